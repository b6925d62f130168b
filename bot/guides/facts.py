"""Load the guide facts from `data/country_guides/<cc>.yml` (every fact has a source and review date)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

GUIDES_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "country_guides"
TOPICS = ("legal_channels", "visa", "fees", "contract", "wages", "rights", "embassy", "health", "return")


@dataclass(frozen=True)
class Fact:
    """One sourced statement about a destination."""

    id: str
    destination: str
    topic: str
    text: dict[str, str]
    source: dict[str, str]
    reviewed: str
    origins: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    fields: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def all_facts() -> tuple[Fact, ...]:
    """Every fact of every destination file."""
    out = []
    for path in sorted(GUIDES_DIR.glob("[a-z][a-z].yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        dest = str(data["destination"]).upper()
        for row in data.get("facts") or []:
            out.append(
                Fact(
                    id=row["id"], destination=dest, topic=row["topic"], text=dict(row.get("text") or {}),
                    source=dict(row["source"]), reviewed=str(row["reviewed"]),
                    origins=tuple(str(o).upper() for o in row.get("origins") or ()),
                    sectors=tuple(row.get("sectors") or ()), fields=dict(row.get("fields") or {}),
                )
            )
    return tuple(out)


def facts_for(destination: str, topic: str) -> list[Fact]:
    """The facts for one destination and topic."""
    dest = destination.upper()
    return [f for f in all_facts() if f.destination == dest and f.topic == topic]


def destinations() -> list[str]:
    """Destinations that have a guide file."""
    return sorted({f.destination for f in all_facts()})
