"""The help directory: hotlines, emergency numbers, authorities and embassies, read from
`build/directory.db` (compiled from `data/directory/` by `bot.directory.store`).

Every entry carries its source and review date; nothing here is ever made up. The other modules:
`schema` (checks the files), `store` (the database), `names` + `agencies` (the agency register),
`audit` (gaps), `cli` (`python -m bot directory|hotlines|agency`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from bot.compiled import per_database
from bot.directory.store import DirectoryError, database

__all__ = ["DirectoryError", "Embassy", "Help", "Hotline", "authorities", "countries_with_emergency_numbers",
           "embassies", "emergency_numbers", "help_for", "help_lines", "hotlines", "ready"]

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
    telegram: str | None = None
    web: str | None = None
    hours: str | None = None
    languages: tuple[str, ...] = ()
    serves_origins: tuple[str, ...] = ()
    source: dict = field(default_factory=dict)
    reviewed: str = ""

    @property
    def contact(self) -> str:
        """The best way to reach it, as one short string (phone first)."""
        return self.phone or self.whatsapp or self.telegram or self.web or ""


@dataclass(frozen=True)
class Embassy:
    """A mission of an origin country in a destination."""

    id: str
    origin: str
    destination: str
    name: str
    city: str
    phone: str | None
    web: str | None
    source: dict
    reviewed: str

    @property
    def contact(self) -> str:
        return self.phone or self.web or ""


def _loaded() -> dict:
    """Every row of the directory database (read once per database, `bot.compiled.per_database`)."""
    return _rows(database())


@per_database
def _rows(db) -> dict:
    sources = {r["url"]: {"url": r["url"], "title": r["title"]} for r in db.query("select * from sources")}
    lines = tuple(Hotline(
        id=r["id"], kind=r["kind"], country=r["country"], name=r["name"], phone=r["phone"],
        whatsapp=r["whatsapp"], telegram=r["telegram"], web=r["web"], hours=r["hours"],
        languages=tuple(json.loads(r["languages"])), serves_origins=tuple(json.loads(r["serves_origins"])),
        source=sources[r["source_url"]], reviewed=r["reviewed"],
    ) for r in db.query("select * from hotlines order by line"))
    missions = tuple(Embassy(
        id=r["id"], origin=r["origin"], destination=r["destination"], name=r["name"], city=r["city"],
        phone=r["phone"], web=r["web"], source=sources[r["source_url"]], reviewed=r["reviewed"],
    ) for r in db.query("select * from embassies order by id"))
    offices = tuple({**r, "source": sources[r["source_url"]]} for r in db.query("select * from authorities order by country, id"))
    if not any(h.kind in EMERGENCY_KINDS for h in lines):
        raise DirectoryError("the directory has no emergency number: the bot has no numbers to give")
    return {"hotlines": lines, "embassies": missions, "authorities": offices, "sources": sources}


def ready() -> dict[str, int]:
    """Make sure the directory can be read (rebuilding a missing or corrupt database); counts of rows.

    Raises DirectoryError with every problem when the directory files are broken: the servers call
    this at start and refuse to run without numbers.
    """
    rows = _loaded()
    return {kind: len(rows[kind]) for kind in ("hotlines", "embassies", "authorities")}


def hotlines() -> tuple[Hotline, ...]:
    """Every hotline in the directory, in the order of the file."""
    return _loaded()["hotlines"]


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


def embassies(origin: str | None, destination: str) -> list[Embassy]:
    """The origin's missions in the destination (every origin's when `origin` is None)."""
    return [e for e in _loaded()["embassies"]
            if e.destination == destination.upper() and (origin is None or e.origin == origin.upper())]


def sources() -> dict[str, dict]:
    """Every source the directory cites, by URL: {"url", "title"}."""
    return _loaded()["sources"]


def authorities(country: str | None = None) -> list[dict]:
    """A country's labour ministry and licensing bodies, or every country's (rows of
    `authorities.yml`, with `source`)."""
    return [a for a in _loaded()["authorities"] if country is None or a["country"] == country.upper()]


@dataclass(frozen=True)
class Help:
    """The numbers for one person: where they are (if known) and their own country's lines."""

    destination: str | None
    local: list[Hotline]  # emergency numbers first, then help lines of the destination
    home: list[Hotline]  # the origin's own lines (24-hour hotlines of its ministry or migrant agency)

    @property
    def lines(self) -> list[Hotline]:
        return self.local + self.home


def help_for(destination: str | None, origin: str | None) -> Help:
    """What to give someone in `destination` (or unknown) who comes from `origin` (or unknown)."""
    dest = destination.upper() if destination else None
    local = (emergency_numbers(dest) + help_lines(dest, origin)) if dest else []
    home = [h for h in hotlines() if origin and h.country == origin.upper() and h.country != dest]
    return Help(dest, local, home)
