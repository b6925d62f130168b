"""`python -m bot directory audit`: what the help directory lacks, entry by entry and corridor by corridor.

- problems: anything the schema rejects, unsourced entries first (exit code 1: nothing is built);
- stale: entries reviewed more than 12 months ago;
- per destination of the guides: an emergency number, other help lines (anti-trafficking, labour,
  NGOs, unions);
- per campaign origin: its own hotline, a licensing authority, an official agency lookup, rows of
  its agency register;
- per corridor (campaign origin × destination of the guides): the origin's embassy or consulate.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from bot.datafile import Problem
from bot.directory.schema import check_all
from bot.directory.store import DIRECTORY_DIR
from bot.guides.audit import ORIGINS

STALE_AFTER = _dt.timedelta(days=365)
# Destinations that are part of an origin country: its citizens there have no embassy to list.
PART_OF = {("CN", "HK"), ("CN", "MO")}


@dataclass
class Audit:
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    destinations: dict[str, list[str]] = field(default_factory=dict)  # destination -> what is missing
    origins: dict[str, list[str]] = field(default_factory=dict)  # origin -> what is missing
    embassies_missing: dict[str, list[str]] = field(default_factory=dict)  # origin -> destinations without one

    @property
    def unsourced(self) -> list[Problem]:
        return [p for p in self.problems if ".source" in p.key or ".reviewed" in p.key]

    @property
    def ok(self) -> bool:
        return not self.problems


def run(directory: Path = DIRECTORY_DIR, today: _dt.date | None = None,
        destinations: list[str] | None = None) -> Audit:
    """Audit `directory` against the guides' destinations and the campaign origins."""
    from bot.guides.facts import destinations as guide_destinations

    today = today or _dt.date.today()
    rows, problems = check_all(directory, today)
    result = Audit(problems=sorted(problems, key=lambda p: (".source" not in p.key, p.file, p.line)))
    hotlines, authorities = rows.get("hotlines", []), rows.get("authorities", [])
    embassies, agencies = rows.get("embassies", []), rows.get("agencies", [])
    result.counts = {
        "hotlines": len(hotlines), "emergency numbers": sum(h.get("kind") in ("emergency", "police") for h in hotlines),
        "authorities": len(authorities), "embassies": len(embassies), "agencies": len(agencies),
        "countries": len({str(r.get("country", "")).upper() for r in hotlines + authorities}),
    }
    for kind in rows.values():
        for row in kind:
            reviewed = row.get("reviewed")
            if isinstance(reviewed, _dt.date) and today - reviewed > STALE_AFTER:
                result.stale.append(f"{row.get('id')} (reviewed {reviewed})")

    def country_of(r: dict, key: str = "country") -> str:
        return str(r.get(key, "")).upper()

    destinations = destinations if destinations is not None else guide_destinations()
    for dest in destinations:
        missing = []
        if not any(country_of(h) == dest and h.get("kind") in ("emergency", "police") for h in hotlines):
            missing.append("emergency number")
        if not any(country_of(h) == dest and h.get("kind") not in ("emergency", "police") for h in hotlines):
            missing.append("help line (anti-trafficking, labour, NGO or union)")
        if missing:
            result.destinations[dest] = missing
    for origin in ORIGINS:
        missing = []
        if not any(country_of(h) == origin for h in hotlines):
            missing.append("hotline")
        own = [a for a in authorities if country_of(a) == origin]
        if not any(a.get("role") == "licensing" for a in own):
            missing.append("licensing authority")
        if not any(a.get("agency_lookup_url") for a in own):
            missing.append("official agency lookup")
        if not any(country_of(a) == origin for a in agencies):
            missing.append("agency register rows")
        if missing:
            result.origins[origin] = missing
        without = [d for d in destinations if (origin, d) not in PART_OF
                   and not any(country_of(e, "origin") == origin and country_of(e, "destination") == d for e in embassies)]
        if without:
            result.embassies_missing[origin] = without
    return result


def report(audit: Audit) -> str:
    """The audit as text for people."""
    lines = ["directory: " + ", ".join(f"{v} {k}" for k, v in audit.counts.items())]
    if audit.problems:
        lines.append(f"PROBLEMS ({len(audit.problems)}; {len(audit.unsourced)} about sources or review dates):")
        lines += [f"  {p}" for p in audit.problems]
    else:
        lines.append("every entry has a source and a review date")
    lines.append(f"stale (reviewed more than 12 months ago): {len(audit.stale)}")
    lines += [f"  {s}" for s in audit.stale]
    lines.append("destinations of the guides lacking:")
    lines += [f"  {d}: {', '.join(m)}" for d, m in sorted(audit.destinations.items())] or ["  nothing"]
    lines.append("campaign origins lacking:")
    lines += [f"  {o}: {', '.join(m)}" for o, m in audit.origins.items()] or ["  nothing"]
    lines.append("no embassy or consulate of the origin in:")
    lines += [f"  {o}: {' '.join(d)}" for o, d in audit.embassies_missing.items()] or ["  nothing"]
    return "\n".join(lines)
