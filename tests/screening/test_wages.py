"""bot/screening/wages.py: pay far above the reference wage for the destination."""

import pytest

from bot.screening import data, wages
from bot.screening.money import find_amounts
from bot.screening.text import matchable

QATAR = ({"destination": "QA", "sector": "all", "kind": "minimum", "amount": 1000.0, "currency": "QAR",
          "period": "month"},)


@pytest.fixture
def qatar_only(monkeypatch):
    monkeypatch.setattr(data, "reference_wages", lambda: QATAR)


def _check(text, destination="QA", sectors=frozenset()):
    return wages.check(find_amounts(matchable(text)), destination, set(sectors))


def test_pay_far_above_the_reference_is_found(qatar_only):
    finding = _check("Salary QAR 3,800 per month")
    assert finding and finding.ratio == pytest.approx(3.8)


def test_usual_pay_is_not_found(qatar_only):
    assert _check("Basic salary QAR 1,300 + food allowance QAR 300") is None


def test_dollar_pay_is_compared_through_the_fixed_rate(qatar_only):
    finding = _check("Salary USD 3,000 monthly")
    assert finding and finding.monthly == pytest.approx(3000 * 3.64)


def test_daily_pay_is_counted_per_month(qatar_only):
    assert _check("Daily wage QAR 120") is not None  # 120 x 26 = 3,120 a month


def test_nothing_is_said_without_a_reference_wage_for_the_destination(qatar_only):
    assert _check("Salary USD 9,000 monthly", destination="ZZ") is None
    assert _check("Salary USD 9,000 monthly", destination=None) is None


def test_currencies_without_a_fixed_rate_are_not_compared(qatar_only):
    assert _check("Salary 500,000 PHP per month") is None


def test_skilled_work_and_fees_are_left_out(qatar_only):
    assert _check("Salary QAR 9,000 per month", sectors={"skilled"}) is None
    assert _check("Placement fee QAR 5,000") is None


def test_a_sector_wage_beats_the_all_sectors_wage(monkeypatch):
    rows = QATAR + ({"destination": "QA", "sector": "domestic_work", "kind": "usual", "amount": 2000.0,
                     "currency": "QAR", "period": "month"},)
    monkeypatch.setattr(data, "reference_wages", lambda: rows)
    assert wages.reference("QA", {"domestic_work"})["amount"] == 2000.0
    assert wages.reference("QA", {"construction"})["amount"] == 1000.0


def test_the_project_wage_file_loads():
    for row in data.reference_wages():
        assert len(row["destination"]) == 2 and row["amount"] > 0 and len(row["currency"]) == 3
