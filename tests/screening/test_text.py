"""bot/screening/text.py: folding that keeps every offset valid."""

import pytest

from bot.screening.text import matchable, script_shares


@pytest.mark.parametrize("text, folded", [
    ("We keep your РАSSPОRТ", "we keep your passport"),
    ("Паспoрт остаётся у вас", "паспорт остается у вас"),
    ("ＵＳＤ１５００，月薪", "usd1500，月薪"),
    ("Don’t pay", "don't pay"),
])
def test_folding_undoes_lookalikes_and_full_width_forms_without_changing_length(text, folded):
    assert matchable(text) == folded and len(matchable(text)) == len(text)


def test_script_shares_count_letters_per_script():
    shares = script_shares("Работа в Дубае 高薪")
    assert shares["cyrillic"] > shares["han"] > 0 and shares["latin"] == 0
