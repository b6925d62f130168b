"""bot/screening/rules.py: one engine compiles every language's rules from data."""

import pytest

from bot.screening import data, rules
from bot.screening.report import load_corpus
from bot.screening.text import matchable


def _words(text):
    return [t.group() for t in rules.tokenize(text)]


def test_tokens_are_words_numbers_han_characters_and_symbols():
    assert _words("don't pay 1,500 sar\n") == ["don", "'", "t", "pay", "1,500", "sar", "\n"]
    assert _words("护照wx，паспорт") == ["护", "照", "wx", "，", "паспорт"]


@pytest.mark.parametrize("lang", ["en", "zh", "ru"])
def test_looking_only_where_triggers_are_finds_every_match_a_full_scan_finds(lang):
    rs = rules.rule_set(lang)
    for offer in load_corpus(lang):
        folded = matchable(offer["text"])
        tokens = rules.tokenize(folded)
        starts = [t.start() for t in tokens]
        token_starts = set(starts)
        positions = rs.trigger_positions(folded, starts)
        for k, (pattern, needs, lead, _meta) in enumerate(rs.regexes):
            full = {(m.start(), m.end()) for m in pattern.finditer(folded) if m.start() in token_starts}
            fast = {(m.start(), m.end()) for m in rs._matches(folded, starts, pattern, needs, lead, positions.get(k))}
            assert full <= fast, (offer["id"], pattern.pattern)


def test_phrase_and_token_rules_work_as_well_as_regexes(tmp_path, monkeypatch):
    (tmp_path / "xx.yml").write_text(
        "language: xx\n"
        "negation: {before: [\"no\"]}\n"
        "rules:\n"
        "  informal_contact:\n"
        "    - phrases: [\"whatsapp\"]\n"
        "  secrecy:\n"
        "    - tokens: [[{LOWER: keep}, {LOWER: quiet}]]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(data, "PATTERNS_DIR", tmp_path)
    data.patterns.cache_clear()
    try:
        hits = rules.RuleSet("xx").run(matchable("Keep quiet and write on WhatsApp, no WhatsApp calls"))
    finally:
        data.patterns.cache_clear()
    found = [(h.name, h.negated) for h in hits if h.section == "rules"]
    assert found == [("secrecy", False), ("informal_contact", False), ("informal_contact", True)]


def test_khmer_is_cut_into_clusters_so_a_word_begins_a_token_wherever_it_is():
    words = [t.group() for t in rules.tokenize("កម្មករមិនបង់ថ្លៃសេវាទេ")]
    assert words == ["ក", "ម្ម", "ក", "រ", "មិ", "ន", "បង់", "ថ្លៃ", "សេ", "វា", "ទេ"]
    assert "ថ្លៃ" in words  # "fee" starts a token although no space comes before it
