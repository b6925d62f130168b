"""Look a recruitment agency up in our copy of the official registers: by licence number (exact,
in any script's digits) or by name (fuzzy: typos, missing words, another word order).

The answer is never "legitimate": it is "listed in <register> as <status> as of <date>" or "not
found in our copy", always with the authority's official lookup to check for real.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import regex

from bot.compiled import per_database
from bot.directory import authorities, sources
from bot.directory.names import legal_forms, looks_like_number, name_fold, name_key, number_key, similarity, words
from bot.directory.store import database

NAME_THRESHOLD = 0.82  # below this two names are different agencies (measured on tests/directory cases)
MAX_MATCHES = 3
BAD_STANDING = ("revoked", "suspended", "cancelled", "expired", "blacklisted")


@dataclass(frozen=True)
class Agency:
    """One row of a register, with the authority that keeps it."""

    id: str
    name: str
    licence: str | None
    country: str
    status: str
    as_of: str
    authority: str | None
    authority_name: str | None  # None: the source is a news report, the authority is not in our directory
    lookup_url: str | None
    source: dict
    reviewed: str


@dataclass(frozen=True)
class Lookup:
    """What the registers say about a query."""

    query: str
    by: str  # "licence" or "name"
    matches: list[tuple[Agency, float]]
    # Where to check for real: the official lookups of the authorities of `country` (or of all).
    official: list[dict] = field(default_factory=list)
    sample: bool = True

    @property
    def found(self) -> bool:
        return bool(self.matches)


@dataclass(frozen=True)
class _Entry:
    """A register row and the forms it is compared in (`bot.directory.names`)."""

    agency: Agency
    keys: tuple[str, ...]  # name_key of each of its names: what a typed name is compared with
    cores: tuple[str, ...]  # each name's words, legal form dropped: what an offer must contain
    licence: str | None  # number_key of its licence


@dataclass(frozen=True)
class _Register:
    entries: tuple[_Entry, ...]
    sample: bool
    # What `mentions` looks for, made once: licence key -> agency; first word of a name -> (words, agency).
    by_licence: dict[str, Agency]
    by_first: dict[str, list[tuple[list[str], Agency]]]


def _register() -> _Register:
    return _read_register(database())


@per_database
def _read_register(db) -> _Register:
    offices = {a["id"]: a for a in authorities()}
    titles = {url: s["title"] for url, s in sources().items()}
    entries = []
    for row in db.query("select * from agencies order by id"):
        office = offices.get(row["authority"] or "", {})
        agency = Agency(
            id=row["id"], name=row["name"], licence=row["licence"], country=row["country"], status=row["status"],
            as_of=row["as_of"], authority=row["authority"], authority_name=office.get("name"),
            lookup_url=office.get("agency_lookup_url"),
            source={"url": row["source_url"], "title": titles.get(row["source_url"], "")}, reviewed=row["reviewed"],
        )
        names = [row["name"], *json.loads(row["other_names"] or "[]")]
        cores = []
        for name in names:
            found = words(name_fold(name))
            while found and found[-1] in legal_forms():
                found.pop()
            if found:
                cores.append(" ".join(found))
        entries.append(_Entry(agency, tuple(name_key(n) for n in names), tuple(cores),
                              number_key(row["licence"]) if row["licence"] else None))
    sample = db["meta"].get("agencies_sample")["value"] == "1"
    by_first: dict[str, list[tuple[list[str], Agency]]] = {}
    for entry in entries:
        for core in entry.cores:
            parts = core.split()
            by_first.setdefault(parts[0], []).append((parts, entry.agency))
    by_licence = {e.licence: e.agency for e in entries if e.licence}
    return _Register(tuple(entries), sample, by_licence, by_first)


def official_lookups(country: str | None = None) -> list[dict]:
    """The authorities (of `country`, or all) with their official agency lookup or website."""
    return [{"authority": a["id"], "name": a["name"], "country": a["country"],
             "lookup": a["agency_lookup_url"] or a["web"], "phone": a["phone"]}
            for a in authorities(country)
            if a["role"] in ("licensing", "migrant_protection") or a["agency_lookup_url"]]


def find_query(message: str) -> str | None:
    """The agency a message asks about ("is Azizzah Manpower licensed?"): a licence number in it, or
    the words that match a registered name; None when the message names neither (then ask)."""
    tokens = re.findall(r"[\w][\w./-]*[\w]|\w", message)
    for token in tokens:
        if looks_like_number(token):
            return token
    keys = [k for entry in _register().entries for k in entry.keys]
    found = words(message)[:60]  # a question, not a pasted document
    best, best_score = None, 0.0
    for size in range(1, min(len(found), 8) + 1):
        for start in range(len(found) - size + 1):
            window = " ".join(found[start:start + size])
            key = name_key(window)
            score = max((similarity(key, k) for k in keys), default=0.0)
            if score >= NAME_THRESHOLD and score > best_score:
                best, best_score = window, score
    return best


_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")
_NUMBERED = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}./-]*[\p{N}]")  # what a licence number looks like


@dataclass(frozen=True)
class Mention:
    """A registered agency named in a text (an offer), where it is named."""

    agency: Agency
    start: int
    end: int


def mentions(text: str) -> list[Mention]:
    """Registered agencies an offer names by licence number or by its full name (as written by the
    agency itself: no fuzzy matching here, a long offer has too many look-alike words)."""
    out: list[Mention] = []
    register = _register()
    by_licence = register.by_licence
    for m in _NUMBERED.finditer(text) if by_licence else ():
        key = number_key(m.group())
        if key in by_licence and looks_like_number(m.group()):
            out.append(Mention(by_licence[key], m.start(), m.end()))
    # Most offers name no registered agency: the words of the whole text, folded once, rule out
    # every name whose first word is not among them ("al" is in many words, not a word in many).
    folded = _WORD.findall(name_fold(text))
    present = set(folded)
    by_first = {w: v for w, v in register.by_first.items() if w in present}
    if not by_first:
        return out
    at = list(_WORD.finditer(text))  # where each word is in the text as written
    if len(at) != len(folded):  # folding split or joined a word: fold word by word
        folded = [name_fold(w.group()) for w in at]
    seen: set[str] = set()
    for i, word in enumerate(folded):  # one pass over the offer, whatever the size of the register
        for parts, agency in by_first.get(word, ()):
            if agency.id not in seen and folded[i:i + len(parts)] == parts:
                seen.add(agency.id)
                out.append(Mention(agency, at[i].start(), at[i + len(parts) - 1].end()))
    return out


def lookup(query: str, country: str | None = None, home: str | None = None) -> Lookup:
    """The register rows that match `query` (a licence number or a name), best first: in `country`'s
    register, or in all when None. `home` (the person's country) chooses the official lookup to
    offer when nothing is found and no country was given."""
    country = country.upper() if country else None
    register = _register()
    entries = [e for e in register.entries if not country or e.agency.country == country]
    matches: list[tuple[Agency, float]] = []
    by = "licence" if looks_like_number(query) else "name"
    if by == "licence":
        key = number_key(query)
        matches = [(e.agency, 1.0) for e in entries if e.licence == key]
    if not matches:  # a name, or a number written inside a name ("Star 21 Agency")
        key = name_key(query)
        scored = [(e.agency, round(max(similarity(key, k) for k in e.keys), 3)) for e in entries if e.keys]
        matches = sorted((m for m in scored if m[1] >= NAME_THRESHOLD), key=lambda m: -m[1])[:MAX_MATCHES]
        if matches and by == "licence":
            by = "name"
    # Where to check: the register of the country asked about, else of the agencies found, else all.
    where = country or (matches[0][0].country if matches and len({a.country for a, _ in matches}) == 1 else None)
    if where is None and not matches and home and official_lookups(home):
        where = home
    return Lookup(query=query, by=by, matches=matches, official=official_lookups(where), sample=register.sample)


def as_json(result: Lookup) -> dict:
    """The lookup as plain data (the CLI's `--json`)."""
    return {
        "query": result.query, "by": result.by, "found": result.found, "sample": result.sample,
        "matches": [{
            "name": a.name, "licence": a.licence, "country": a.country, "status": a.status, "as_of": a.as_of,
            "register": a.authority_name, "official_lookup": a.lookup_url, "score": score,
            "source": a.source, "reviewed": a.reviewed,
        } for a, score in result.matches],
        "official_lookups": result.official,
    }
