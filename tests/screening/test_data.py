"""bot/screening/data.py: the data files follow their schema, and mistakes point at file and line."""

import re
from pathlib import Path

import pytest

from bot.i18n import has
from bot.screening import data

# The 16 flags of /work/shared/knowledge/red-flags.md.
FLAG_IDS = {
    "worker_pays_fee", "document_retention", "debt_or_advance", "wrong_visa", "unrealistic_pay",
    "no_skills_high_pay", "vague_employer", "informal_contact", "appearance_requirement", "no_contract",
    "pressure_urgency", "restricted_freedom", "withheld_wages", "secrecy", "unlicensed_agency", "scam_compound",
}
LANGS = ("en", "zh", "ru")


def test_every_flag_is_defined_with_a_delphi_severity_and_an_indicator():
    book = data.flag_book()
    assert set(book.flags) == FLAG_IDS
    for spec in book.flags.values():
        assert spec.severity in ("strong", "medium", "weak")
        assert re.fullmatch(r"[a-z0-9_]+", spec.indicator)


@pytest.mark.parametrize("lang", LANGS)
def test_every_flag_question_and_step_has_text_in_each_catalog(lang):
    book = data.flag_book()
    keys = [f"flag.{f}.{part}" for f in book.flags for part in ("name", "explain", "todo")]
    keys += ["flag.unrealistic_pay.explain_wage"] + [f"risk.{r}" for r in ("high", "medium", "low")]
    keys += [f"question.{q}" for q in book.questions] + [f"next.{s}" for s in book.next_steps]
    keys += ["input.empty", "input.too_long", "input.not_text", "input.html"]
    missing = [k for k in keys if not has(k, lang, "screening")]
    assert not missing


@pytest.mark.parametrize("lang", LANGS)
def test_each_pattern_file_loads_and_compiles(lang):
    from bot.screening.rules import rule_set

    assert data.patterns(lang)["language"] == lang
    assert rule_set(lang).regexes


def test_a_broken_pattern_file_is_reported_with_its_file_and_line(tmp_path, monkeypatch):
    bad = tmp_path / "xx.yml"
    bad.write_text("language: xx\nrules:\n  worker_pays_fee:\n    - regex: '(unclosed'\n", encoding="utf-8")
    monkeypatch.setattr(data, "PATTERNS_DIR", tmp_path)
    data.patterns.cache_clear()
    try:
        with pytest.raises(data.DataError) as exc:
            data.patterns("xx")
    finally:
        data.patterns.cache_clear()
    assert exc.value.path == Path(bad) and exc.value.line == 4
    assert "xx.yml:4" in str(exc.value)


def test_an_unknown_flag_in_a_pattern_file_is_refused(tmp_path, monkeypatch):
    (tmp_path / "xx.yml").write_text("language: xx\nrules:\n  no_such_flag:\n    - regex: 'x'\n", encoding="utf-8")
    monkeypatch.setattr(data, "PATTERNS_DIR", tmp_path)
    data.patterns.cache_clear()
    try:
        with pytest.raises(data.DataError, match="no_such_flag"):
            data.patterns("xx")
    finally:
        data.patterns.cache_clear()


def test_fixed_exchange_rates_name_their_source():
    for peg in data.money_notation()["pegs"]:
        assert peg["source"]["url"].startswith("http") and peg["reviewed"]
