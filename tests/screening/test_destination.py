"""bot/screening/destination.py: the destination from the countries an offer names."""

import pytest

from bot.screening import screen

geo = pytest.importorskip("bot.geo")


@pytest.mark.parametrize("lang, text, code", [
    ("en", "Restaurant job in Dubai, free ticket.", "AE"),
    ("en", "Applicants from Nepal: construction work in Qatar.", "QA"),
    ("en", "Maid for Jordan. Day off every Friday.", "JO"),
    ("zh", "去沙特做家政，月薪5000元。", "SA"),
    ("ru", "Работа в Катаре для граждан Узбекистана.", "QA"),
])
def test_the_destination_is_the_country_the_job_is_in(lang, text, code):
    assert screen(text, lang=lang).destination == code


def test_no_country_means_no_destination():
    assert screen("Cleaners needed, good salary, apply now.", lang="en").destination is None
