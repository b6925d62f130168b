"""`python -m bot guides audit`: unsourced facts fail it; stale facts and gaps are listed."""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.guides.audit import REQUIRED_TOPICS, run
from bot.guides.facts import GUIDES_DIR, all_facts, load_facts
from bot.languages import SUPPORTED

ROOT = Path(__file__).resolve().parents[2]


def test_the_guides_pass_the_audit_from_the_command_line():
    out = subprocess.run([sys.executable, "-m", "bot", "guides", "audit", "--json"], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["unsourced"] == [] and report["counts"]["facts"] == len(all_facts())


def test_a_fact_without_a_source_fails_the_audit(tmp_path):
    guides = tmp_path / "country_guides"
    shutil.copytree(GUIDES_DIR, guides)
    text = (guides / "jp.yml").read_text()
    (guides / "jp.yml").write_text(text + "  - id: jp-rights-unsourced\n    topic: rights\n    text: x\n    reviewed: 2026-01-01\n")
    result = run(guides)
    assert not result.ok
    assert [p.key for p in result.unsourced] == ["facts[jp-rights-unsourced].source"]


def test_facts_reviewed_over_a_year_ago_are_stale():
    facts = all_facts()
    newest = max(dt.date.fromisoformat(f.reviewed) for f in facts)
    assert run(today=newest).stale == []
    later = run(today=newest + dt.timedelta(days=366))
    assert {f.id for f in later.stale} == {f.id for f in facts if f.reviewed == newest.isoformat()} | {
        f.id for f in facts if (newest + dt.timedelta(days=366) - dt.date.fromisoformat(f.reviewed)).days > 365}


def test_coverage_every_destination_topic_and_language_is_answered_or_listed_as_a_gap():
    """Each destination × required topic × language either has a fact with text in that language,
    or the audit lists it (as a missing topic or an untranslated fact)."""
    from bot.guides.catalog import text_in

    result = run()
    missing = set(result.missing_topics)
    untranslated = set(result.untranslated)
    facts = load_facts(GUIDES_DIR)
    for dest in {f.destination for f in facts}:
        for topic in REQUIRED_TOPICS:
            cell = [f for f in facts if f.destination == dest and f.topic == topic]
            if not cell:
                assert (dest, topic) in missing
                continue
            for lang in SUPPORTED:
                if not any(text_in(f, lang) for f in cell):
                    assert all((f.id, lang) in untranslated for f in cell)


def test_an_untranslated_fact_is_listed_for_its_language():
    fact = all_facts()[0]
    result = run(text_in=lambda f, lang: None if (f.id, lang) == (fact.id, "km") else f.text)
    assert result.untranslated == [(fact.id, "km")]
