"""The labelled corpus (tests/screening/corpus/) and the targets of bot/screening/report.py."""

import re

import pytest

from bot.screening import data
from bot.screening.report import TARGETS, corpus_languages, evaluate, load_corpus

MINIMUM = {"en": 25, "zh": 15, "ru": 15}
# Corpora written by someone who had not seen the rules (am, id, fil, vi): an independent test.
# Their figures are printed by `make screener-report` and reported, not asserted here.
BLIND = sorted(set(corpus_languages()) - set(MINIMUM))
# A phone number: ten or more digits in a row, give or take spaces and dashes. Corpus numbers are masked (X).
PHONE = re.compile(r"(?:\d[\s-]?){10,}")


def test_every_required_language_has_a_corpus():
    assert set(MINIMUM) <= set(corpus_languages())


@pytest.mark.parametrize("lang", sorted(set(MINIMUM) | set(BLIND)))
def test_the_corpus_is_big_enough_and_one_third_or_more_legitimate(lang):
    offers = load_corpus(lang)
    assert len(offers) >= MINIMUM.get(lang, 12)
    legitimate = sum(o["label"] == "legitimate" for o in offers)
    assert legitimate * 3 >= len(offers)


@pytest.mark.parametrize("lang", sorted(set(MINIMUM) | set(BLIND)))
def test_corpus_entries_are_well_formed_and_have_no_phone_numbers(lang):
    flags = set(data.flag_book().flags)
    ids = [o["id"] for o in load_corpus(lang)]
    assert len(ids) == len(set(ids))
    for offer in load_corpus(lang):
        assert offer["label"] in ("deceptive", "legitimate")
        assert set(offer.get("flags") or ()) <= flags, offer["id"]
        assert offer["text"].strip()
        assert not PHONE.search(offer["text"]), offer["id"]
        if offer["label"] == "deceptive":
            assert offer["flags"], offer["id"]


@pytest.mark.parametrize("lang", sorted(MINIMUM))
def test_the_screener_meets_its_targets_on_the_corpus(lang):
    ev = evaluate(lang)
    assert ev.share("deceptive", ("medium", "high")) >= TARGETS["deceptive_flagged"]
    assert ev.share("legitimate", ("high",)) <= TARGETS["legitimate_high_max"]
    assert ev.share("legitimate", ("low",)) >= TARGETS["legitimate_low"]
    assert ev.missed() == [], "\n".join(ev.errors)
