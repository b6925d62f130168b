"""bot/screening/risk.py: the ILO/EC Delphi rule for combining indicators."""

import pytest

from bot.screening.risk import rate


@pytest.mark.parametrize("severities, risk", [
    (["strong", "strong"], "high"),
    (["strong", "medium"], "high"),
    (["strong", "weak"], "high"),
    (["medium", "medium", "medium"], "high"),
    (["medium", "medium", "weak"], "high"),
    (["strong"], "medium"),
    (["medium", "medium"], "medium"),
    (["medium"], "low"),
    (["medium", "weak"], "low"),
    (["weak", "weak", "weak"], "low"),
    ([], "low"),
])
def test_the_delphi_combinations_decide_the_risk(severities, risk):
    assert rate(severities) == risk
