"""bot/screening/triggers.py: the literals a regex needs, so it runs only where they are."""

import re

import pytest

from bot.screening.triggers import trie_regex, triggers


@pytest.mark.parametrize("pattern, needs, lead", [
    (r"\b(pay|send)\s+(us\s+)?fees?", {"pay", "send"}, 0),
    (r"\bfees?\b", {"fee"}, 0),
    (r"(cash |small )?(deposit|bond)\b", {"deposit", "bond"}, 6),
    (r"(护照|证件)(原件)?(保管)", {"护照", "证件"}, 0),
    (r"[1-9]\d*\s*(usd|sar)", {"usd", "sar"}, 25),
])
def test_triggers_are_the_first_required_literals(pattern, needs, lead):
    assert triggers(pattern) == (frozenset(needs), lead)


def test_a_regex_without_required_literals_has_no_triggers():
    assert triggers(r"\d+\s*[a-z]+") is None
    assert triggers(r"(a|b)x") is None  # single ASCII letters would filter nothing


def test_the_trigger_trie_finds_the_longest_literal():
    rx = re.compile(trie_regex(["pay", "payment", "fee"]))
    assert rx.match("payments").group() == "payment"
    assert rx.match("pays").group() == "pay"
    assert rx.match("nothing") is None


def test_a_first_letter_shared_by_every_choice_stays_part_of_the_triggers():
    # Python's parser turns (tanda|ttd|teken) into "t" + (anda|td|eken): a rule is tried only where a
    # trigger starts a word, so each trigger must be the start of the words the rule matches.
    for pattern, words in [(r"\b(tanda|ttd|teken)\s+kontrak", ["tanda", "ttd", "teken"]),
                           (r"\b(tiket|ticket)\s+gratis", ["tiket", "ticket"])]:
        found, lead = triggers(pattern)
        assert lead == 0
        assert all(any(w.startswith(t) for w in words) for t in found), found
        assert all(any(w.startswith(t) for t in found) for w in words), found
