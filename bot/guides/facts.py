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
    text: str  # English, the source language; translations live in locales/<lang>/LC_MESSAGES/guides.po
    source: dict[str, str]
    reviewed: str
    origins: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    fields: dict = field(default_factory=dict)
    file: str = ""
    line: int = 0


@lru_cache(maxsize=1)
def all_facts() -> tuple[Fact, ...]:
    """Every fact of every destination file in data/country_guides/."""
    return load_facts(GUIDES_DIR)


@lru_cache(maxsize=1)
def by_id() -> dict[str, Fact]:
    """Every fact of data/country_guides/ by its id."""
    return {f.id: f for f in all_facts()}


def load_facts(directory: Path) -> tuple[Fact, ...]:
    """Every fact of the destination files (`<cc>.yml`) in `directory`, in file order."""
    out = []
    for path in sorted(directory.glob("[a-z][a-z].yml")):
        source = path.read_text(encoding="utf-8")
        data = yaml.safe_load(source) or {}
        dest = str(data["destination"]).upper()
        lines = _id_lines(source)
        for row in data.get("facts") or []:
            out.append(
                Fact(
                    id=row["id"], destination=dest, topic=row["topic"], text=str(row["text"]),
                    source=dict(row.get("source") or {}), reviewed=str(row.get("reviewed", "")),
                    origins=tuple(str(o).upper() for o in row.get("origins") or ()),
                    sectors=tuple(row.get("sectors") or ()), fields=dict(row.get("fields") or {}),
                    file=f"data/country_guides/{path.name}", line=lines.get(row["id"], 0),
                )
            )
    return tuple(out)


def _id_lines(source: str) -> dict[str, int]:
    """The line of each `- id:` in a guide file, for messages that point a reviewer at a fact."""
    found = {}
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("- id:"):
            found[stripped[5:].strip().strip("\"'")] = number
    return found


def facts_for(destination: str, topic: str) -> list[Fact]:
    """The facts for one destination and topic."""
    dest = destination.upper()
    return [f for f in all_facts() if f.destination == dest and f.topic == topic]


def destinations() -> list[str]:
    """Destinations that have a guide file."""
    return sorted({f.destination for f in all_facts()})
