"""The help directory: hotlines, emergency numbers, authorities and embassies from `data/directory/`.

Every entry carries its source and review date; nothing here is ever made up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DIRECTORY_DIR = Path(__file__).resolve().parent.parent / "data" / "directory"
EMERGENCY_KINDS = ("emergency", "police")


@dataclass(frozen=True)
class Hotline:
    """One number or contact point people can use to get help."""

    id: str
    kind: str
    country: str
    name: str
    phone: str | None = None
    whatsapp: str | None = None
    web: str | None = None
    hours: str | None = None
    languages: tuple[str, ...] = ()
    serves_origins: tuple[str, ...] = ()
    source: dict = field(default_factory=dict)
    reviewed: str = ""

    @property
    def contact(self) -> str:
        """The best way to reach it, as one short string (phone first)."""
        return self.phone or self.whatsapp or self.web or ""


class DirectoryError(RuntimeError):
    """The directory data is missing or broken: the bot must not answer without numbers."""


@lru_cache(maxsize=1)
def hotlines() -> tuple[Hotline, ...]:
    """Every hotline in the directory."""
    path = DIRECTORY_DIR / "hotlines.yml"
    if not path.exists():
        raise DirectoryError(f"{path} is missing: the bot has no numbers to give")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for row in data.get("hotlines") or []:
        out.append(
            Hotline(
                id=row["id"],
                kind=row["kind"],
                country=str(row["country"]).upper(),
                name=row["name"],
                phone=_s(row.get("phone")),
                whatsapp=_s(row.get("whatsapp")),
                web=_s(row.get("web")),
                hours=_s(row.get("hours")),
                languages=tuple(row.get("languages") or ()),
                serves_origins=tuple(str(c).upper() for c in row.get("serves_origins") or ()),
                source=row.get("source") or {},
                reviewed=str(row.get("reviewed") or ""),
            )
        )
    if not any(h.kind in EMERGENCY_KINDS for h in out):
        raise DirectoryError(f"{path} has no emergency number")
    return tuple(out)


def _s(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def emergency_numbers(country: str) -> list[Hotline]:
    """The emergency and police numbers of a country (empty if we have none sourced)."""
    return [h for h in hotlines() if h.country == country.upper() and h.kind in EMERGENCY_KINDS]


def help_lines(country: str, origin: str | None = None) -> list[Hotline]:
    """Non-emergency help in a country: anti-trafficking, migrant-worker and labour lines, NGOs, unions.

    Lines that serve only some origins are included when `origin` is one of them.
    """
    out = []
    for h in hotlines():
        if h.country != country.upper() or h.kind in EMERGENCY_KINDS:
            continue
        if h.serves_origins and (origin or "").upper() not in h.serves_origins:
            continue
        out.append(h)
    return out


def countries_with_emergency_numbers() -> list[str]:
    """Countries for which the directory has a sourced emergency number."""
    return sorted({h.country for h in hotlines() if h.kind in EMERGENCY_KINDS})
