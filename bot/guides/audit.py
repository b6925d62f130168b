"""What a reviewer must look at in the guides: unsourced facts, stale facts, and gaps.

- unsourced: a fact without a source URL and title (the build refuses these; the audit fails on them);
- other problems the schema finds (bad topic, placeholder without value, ...);
- stale: reviewed more than `STALE_AFTER_DAYS` ago;
- gaps: a destination × topic with no fact at all, and a fact with no text in a language;
- corridors: which of the origins the campaigns serve have facts of their own for a destination.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from bot.guides.facts import GUIDES_DIR, Fact, load_facts
from bot.guides.schema import Problem, check_all
from bot.languages import SUPPORTED

STALE_AFTER_DAYS = 365
REQUIRED_TOPICS = ("legal_channels", "visa", "fees", "contract", "wages", "rights", "embassy")
# Origins of the campaigns (issue 4): China, Ethiopia, Indonesia, the Philippines, Myanmar, Cambodia,
# Nepal, Viet Nam, and Central Asia (Tajikistan, Kyrgyzstan).
ORIGINS = ("CN", "ET", "ID", "PH", "MM", "KH", "NP", "VN", "TJ", "KG")


@dataclass
class Audit:
    """The findings, and the counts for a summary."""

    unsourced: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    stale: list[Fact] = field(default_factory=list)
    missing_topics: list[tuple[str, str]] = field(default_factory=list)  # (destination, topic)
    untranslated: list[tuple[str, str]] = field(default_factory=list)  # (fact id, language)
    corridors: dict[str, list[str]] = field(default_factory=dict)  # destination -> origins with own facts
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """No unsourced fact and no schema problem (stale facts and gaps are work, not errors)."""
        return not self.unsourced and not self.problems


def _is_source_problem(problem: Problem) -> bool:
    return ".source" in problem.key


def run(directory: Path = GUIDES_DIR, today: _dt.date | None = None, text_in=None) -> Audit:
    """Audit the guide files in `directory` as of `today`."""
    if text_in is None:
        from bot.guides.catalog import text_in
    today = today or _dt.date.today()
    _, problems = check_all(directory, today)
    result = Audit(unsourced=[p for p in problems if _is_source_problem(p)],
                   problems=[p for p in problems if not _is_source_problem(p)])
    try:
        facts = load_facts(directory)
    except Exception:  # noqa: BLE001 - a file too broken to load is already in `problems`
        facts = ()
    destinations = sorted({f.destination for f in facts})
    for fact in facts:
        try:
            reviewed = _dt.date.fromisoformat(fact.reviewed)
        except ValueError:
            continue  # reported by the schema
        if (today - reviewed).days > STALE_AFTER_DAYS:
            result.stale.append(fact)
        for lang in SUPPORTED:
            if text_in(fact, lang) is None:
                result.untranslated.append((fact.id, lang))
    for dest in destinations:
        have = {f.topic for f in facts if f.destination == dest}
        result.missing_topics += [(dest, t) for t in REQUIRED_TOPICS if t not in have]
        result.corridors[dest] = sorted({o for f in facts if f.destination == dest for o in f.origins})
    result.counts = {
        "destinations": len(destinations),
        "facts": len(facts),
        "sources": len({f.source.get("url") for f in facts}),
        "languages": len(SUPPORTED),
        "corridors": sum(len(v) for v in result.corridors.values()),
        "campaign corridors": sum(len(set(v) & set(ORIGINS)) for v in result.corridors.values()),
        "topic gaps": len(result.missing_topics),
        "translation gaps": len(result.untranslated),
        "stale": len(result.stale),
        "unsourced": len(result.unsourced),
    }
    return result


def report(audit: Audit) -> str:
    """The audit as text for a reviewer."""
    lines = []
    if audit.unsourced:
        lines.append(f"UNSOURCED ({len(audit.unsourced)}): every fact needs a source URL and title")
        lines += [f"  {p}" for p in audit.unsourced]
    if audit.problems:
        lines.append(f"PROBLEMS ({len(audit.problems)})")
        lines += [f"  {p}" for p in audit.problems]
    lines.append(f"stale (reviewed more than {STALE_AFTER_DAYS} days ago): {len(audit.stale)}")
    lines += [f"  {f.file}:{f.line}: {f.id} reviewed {f.reviewed}" for f in audit.stale]
    lines.append(f"missing topics (destination × topic with no fact): {len(audit.missing_topics)}")
    by_dest: dict[str, list[str]] = {}
    for dest, topic in audit.missing_topics:
        by_dest.setdefault(dest, []).append(topic)
    lines += [f"  {dest}: {', '.join(topics)}" for dest, topics in by_dest.items()]
    lines.append(f"untranslated (fact × language): {len(audit.untranslated)}")
    by_lang: dict[str, int] = {}
    for _, lang in audit.untranslated:
        by_lang[lang] = by_lang.get(lang, 0) + 1
    lines += [f"  {lang}: {n} facts in English only" for lang, n in sorted(by_lang.items())]
    lines.append("corridors (origins with facts of their own; campaign origins: " + " ".join(ORIGINS) + ")")
    for dest, origins in audit.corridors.items():
        missing = [o for o in ORIGINS if o not in origins]
        lines.append(f"  {dest}: {' '.join(origins) or '-'}   no corridor facts for: {' '.join(missing)}")
    lines.append("counts: " + ", ".join(f"{k} {v}" for k, v in audit.counts.items()))
    lines.append("OK: every fact has a source" if not audit.unsourced else "FAILED: unsourced facts")
    return "\n".join(lines)
