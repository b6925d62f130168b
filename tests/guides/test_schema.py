"""Broken guide files are reported with file, line and key, and nothing is built from them."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.guides.facts import GUIDES_DIR
from bot.guides.schema import check_all
from bot.guides.store import GuideErrors, build

GOOD = """destination: QA
facts:
  - id: qa-wages-example
    topic: wages
    text: "The minimum wage is {amount} a month."
    fields: {amount: 1000, currency: QAR}
    source: {url: "https://www.ilo.org/example", title: "Example"}
    reviewed: 2026-01-01
"""


def _dir(tmp_path: Path, text: str, name: str = "qa.yml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _problems(tmp_path, text, name="qa.yml"):
    _, problems = check_all(_dir(tmp_path, text, name), today=dt.date(2026, 11, 23))
    return [str(p) for p in problems]


def test_the_real_guides_have_no_problems():
    _, problems = check_all(GUIDES_DIR)
    assert problems == []


def test_a_good_file_passes(tmp_path):
    assert _problems(tmp_path, GOOD) == []


@pytest.mark.parametrize("change, expected", [
    (("    source: {url: \"https://www.ilo.org/example\", title: \"Example\"}\n", ""),
     "data/qa.yml:3: facts[qa-wages-example].source: missing"),
    (("topic: wages", "topic: salary"), ":4: facts[qa-wages-example].topic: must be one of"),
    (("{amount} a month", "{amount} a {period}"), ":5: facts[qa-wages-example].text: {period} has no value in fields"),
    (("currency: QAR", "currency: RIYAL"), ":6: facts[qa-wages-example].fields.currency: not an ISO 4217 code"),
    (("https://www.ilo.org/example", "www.ilo.org/example"), ":7: facts[qa-wages-example].source.url: not an http(s) URL"),
    (("reviewed: 2026-01-01", "reviewed: 2027-01-01"), ":8: facts[qa-wages-example].reviewed: in the future"),
    (("reviewed: 2026-01-01", "reviewed: last week"), ":8: facts[qa-wages-example].reviewed: not a date"),
    (("destination: QA", "destination: QQ"), ":1: destination: not an ISO 3166 alpha-2 country code"),
    (("id: qa-wages-example", "id: Wages Example"), ":3: facts[Wages Example].id: must be"),
    (("    reviewed: 2026-01-01\n", "    reviewed: 2026-01-01\n    phone: 123\n"), ":9: facts[qa-wages-example].phone: unknown key"),
])
def test_each_problem_names_file_line_and_key(tmp_path, change, expected):
    old, new = change
    assert old in GOOD
    folder = tmp_path / "data"
    folder.mkdir()
    problems = _problems(folder, GOOD.replace(old, new))
    assert any(expected in p for p in problems), problems


def test_invalid_yaml_is_reported_with_its_line(tmp_path):
    problems = _problems(tmp_path, GOOD.replace("topic: wages", "topic: [wages"))
    assert len(problems) == 1 and "not valid YAML" in problems[0] and ":5:" in problems[0]


def test_a_repeated_id_is_reported_with_the_first_place(tmp_path):
    fact = GOOD.split("facts:\n")[1]
    problems = _problems(tmp_path, GOOD + fact)
    assert any(":9: facts[qa-wages-example].id: duplicate of" in p and "qa.yml:3" in p for p in problems), problems


def test_a_file_must_be_named_for_its_destination(tmp_path):
    problems = _problems(tmp_path, GOOD, "ae.yml")
    assert any("does not match the file name" in p for p in problems)


def test_a_broken_file_builds_nothing_and_keeps_the_previous_database(tmp_path):
    guides = tmp_path / "guides"
    shutil.copytree(GUIDES_DIR, guides)
    db = tmp_path / "guides.db"
    counts = build(db, guides)
    assert counts["facts"] > 0
    before = db.read_bytes()
    (guides / "qa.yml").write_text((guides / "qa.yml").read_text() + "  - id: qa-rights-x\n    topic: rights\n    text: no source\n    reviewed: 2026-01-01\n")
    with pytest.raises(GuideErrors) as err:
        build(db, guides)
    assert any("qa-rights-x" in str(p) and "source" in str(p) for p in err.value.problems)
    assert db.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".guides-")]  # no half-written file left
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from facts where id = 'qa-rights-x'").fetchone()[0] == 0
