"""`python -m bot directory audit`: unsourced entries fail it; gaps are listed per place."""

import datetime as dt

from bot.directory.audit import run


def test_the_shipped_directory_has_no_unsourced_entry():
    assert run().ok


def test_an_unsourced_entry_fails_the_audit_and_a_gap_is_listed(directory_copy):
    hotlines = directory_copy / "hotlines.yml"
    text = hotlines.read_text(encoding="utf-8")
    lb = [line for line in text.splitlines() if "country: LB" in line]
    assert lb
    # Remove every Lebanese entry's source: the audit fails and names them.
    out, in_lb = [], False
    for line in text.splitlines():
        if line.startswith("  - id:"):
            in_lb = False
        if line.strip() == "country: LB":
            in_lb = True
        if in_lb and line.strip().startswith("source:"):
            continue
        out.append(line)
    hotlines.write_text("\n".join(out) + "\n", encoding="utf-8")
    result = run(directory_copy, destinations=["LB", "SA", "AQ"])
    assert not result.ok and result.unsourced and all(".source" in p.key for p in result.unsourced)
    assert "emergency number" in result.destinations["AQ"]
    assert "SA" not in result.destinations


def test_entries_reviewed_more_than_a_year_ago_are_stale(directory_copy):
    result = run(directory_copy, today=dt.date(2028, 1, 1), destinations=[])
    assert result.stale and all("reviewed" in s for s in result.stale)
