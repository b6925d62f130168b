"""Check the help directory files (`data/directory/`) before anything is built from them.

Each problem is `file:line: key: message` (`bot.datafile`); a file with any error is not built.
What each file holds:
- `hotlines.yml`: numbers and contact points (emergency, police, labour, anti-trafficking, NGOs, unions);
- `authorities.yml`: labour ministries and licensing bodies, with their official agency lookup;
- `embassies.yml`: missions of an origin country in a destination;
- `agencies.yml`: a small sample of an official register of recruitment agencies.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from bot.datafile import Map, Problem, check_country, check_reviewed, check_source, display, line_of, load

FILES = {"hotlines": "hotlines", "authorities": "authorities", "embassies": "embassies", "agencies": "agencies"}
HOTLINE_KINDS = ("emergency", "police", "anti_trafficking", "migrant_worker", "labour", "ngo", "union")
AUTHORITY_ROLES = ("licensing", "labour_ministry", "migrant_protection")
AGENCY_STATUSES = ("licensed", "revoked", "suspended", "cancelled", "expired", "blacklisted")
CONTACTS = ("phone", "whatsapp", "telegram", "web")
KEYS = {
    "hotlines": {"id", "kind", "country", "name", "hours", "languages", "serves_origins", "source", "reviewed", *CONTACTS},
    "authorities": {"id", "country", "name", "role", "phone", "web", "agency_lookup_url", "source", "reviewed"},
    "embassies": {"id", "origin", "destination", "name", "city", "phone", "web", "source", "reviewed"},
    "agencies": {"id", "name", "other_names", "licence", "country", "authority", "status", "as_of", "note", "source",
                 "reviewed"},
}
TOP_KEYS = {"agencies": {"agencies", "sample", "note"}}
_ID = re.compile(r"^[a-z]{2}-[a-z0-9-]+$")
_PHONE = re.compile(r"^\+?[0-9(][0-9 ().-]*[0-9]$")
# A language of a hotline: ours, or any ISO 639-1 code (a line may speak Hindi or Arabic).
_LANG = re.compile(r"^[a-z]{2,3}$")


def _text(row: Map, key: str, where: str, file: str, problems: list[Problem], required: bool = True) -> None:
    value = row.get(key)
    if value is None and not required:
        return
    if not isinstance(value, (str, int)) or not str(value).strip():
        problems.append(Problem(file, line_of(row, key) or line_of(row), f"{where}.{key}", "missing or empty"))


def _one_of(row: Map, key: str, allowed: tuple[str, ...], where: str, file: str, problems: list[Problem]) -> None:
    if row.get(key) not in allowed:
        problems.append(Problem(file, line_of(row, key) or line_of(row), f"{where}.{key}",
                                f"must be one of {', '.join(allowed)}: {row.get(key)!r}"))


def _check_row(kind: str, row: Map, where: str, file: str, problems: list[Problem], today: _dt.date) -> None:
    for key in sorted(set(row) - KEYS[kind]):
        problems.append(Problem(file, line_of(row, key), f"{where}.{key}", "unknown key"))
    _text(row, "name", where, file, problems)
    phone = row.get("phone")
    if phone is not None and not (isinstance(phone, str) and _PHONE.match(phone)):
        problems.append(Problem(file, line_of(row, "phone"), f"{where}.phone",
                                f"write the number as a quoted string of digits, spaces, +, (, ), -, .: {phone!r}"))
    if kind == "hotlines":
        _one_of(row, "kind", HOTLINE_KINDS, where, file, problems)
        check_country(row.get("country"), row, "country", f"{where}.country", file, problems)
        if not any(row.get(c) for c in CONTACTS):
            problems.append(Problem(file, line_of(row), where, f"no way to reach it: give one of {', '.join(CONTACTS)}"))
        for code in row.get("languages") or []:
            if not (isinstance(code, str) and _LANG.match(code)):
                problems.append(Problem(file, line_of(row, "languages"), f"{where}.languages", f"not a language code: {code!r}"))
        for code in row.get("serves_origins") or []:
            check_country(code, row, "serves_origins", f"{where}.serves_origins", file, problems)
    elif kind == "authorities":
        _one_of(row, "role", AUTHORITY_ROLES, where, file, problems)
        check_country(row.get("country"), row, "country", f"{where}.country", file, problems)
    elif kind == "embassies":
        check_country(row.get("origin"), row, "origin", f"{where}.origin", file, problems)
        check_country(row.get("destination"), row, "destination", f"{where}.destination", file, problems)
        _text(row, "city", where, file, problems)
        if not (row.get("phone") or row.get("web")):
            problems.append(Problem(file, line_of(row), where, "no way to reach it: give phone or web"))
    elif kind == "agencies":
        check_country(row.get("country"), row, "country", f"{where}.country", file, problems)
        _one_of(row, "status", AGENCY_STATUSES, where, file, problems)
        _text(row, "authority", where, file, problems, required=False)  # null: the body is not in authorities.yml
        _text(row, "licence", where, file, problems, required=False)
        as_of = row.get("as_of")
        if not isinstance(as_of, _dt.date) or as_of > today:
            problems.append(Problem(file, line_of(row, "as_of") or line_of(row), f"{where}.as_of",
                                    f"the date of the register's status (YYYY-MM-DD, not in the future): {as_of!r}"))
        names = row.get("other_names") or []
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            problems.append(Problem(file, line_of(row, "other_names"), f"{where}.other_names", "must be a list of names"))
    check_source(row, where, file, problems)
    check_reviewed(row, where, file, problems, today)


def check_all(directory: Path, today: _dt.date | None = None) -> tuple[dict[str, list[Map]], list[Problem]]:
    """The rows of every directory file of `directory`, by file kind, with all their problems."""
    today = today or _dt.date.today()
    rows: dict[str, list[Map]] = {}
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for kind, key in FILES.items():
        path = directory / f"{kind}.yml"
        file = display(path)
        if not path.exists():
            problems.append(Problem(file, 0, "-", "missing"))
            continue
        data, errors = load(path)
        problems += errors
        if errors:
            continue
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            problems.append(Problem(file, 1, key, f"must be a mapping with a `{key}` list"))
            continue
        for extra in sorted(set(data) - TOP_KEYS.get(kind, {key})):
            problems.append(Problem(file, line_of(data, extra), extra, "unknown key"))
        rows[kind] = []
        for n, row in enumerate(data[key]):
            where = f"{key}[{n}]"
            if not isinstance(row, Map):
                problems.append(Problem(file, line_of(data, key), where, "must be a mapping"))
                continue
            rid = row.get("id")
            if isinstance(rid, str):
                where = f"{key}[{rid}]"
            if not (isinstance(rid, str) and _ID.match(rid)):
                problems.append(Problem(file, line_of(row, "id") or line_of(row), f"{where}.id",
                                        f"must be '<cc>-words-with-dashes': {rid!r}"))
            elif rid in seen:
                problems.append(Problem(file, line_of(row, "id"), f"{where}.id", f"duplicate of {seen[rid]}"))
            else:
                seen[rid] = f"{file}:{line_of(row, 'id')}"
            _check_row(kind, row, where, file, problems, today)
            rows[kind].append(row)
    authorities = {r.get("id") for r in rows.get("authorities", [])}
    for row in rows.get("agencies", []):
        if row.get("authority") and row["authority"] not in authorities:
            problems.append(Problem("data/directory/agencies.yml", line_of(row, "authority"),
                                    f"agencies[{row.get('id')}].authority", f"not an id in authorities.yml: {row['authority']!r}"))
    if "hotlines" in rows and not any(r.get("kind") in ("emergency", "police") for r in rows["hotlines"]):
        problems.append(Problem("data/directory/hotlines.yml", 1, "hotlines", "no emergency number at all"))
    return rows, problems

