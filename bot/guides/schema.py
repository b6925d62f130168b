"""Check a country guide file before anything is built from it.

Every problem is reported as `file:line: key: message`, so a reviewer can go straight to it.
A file with any error is not built (see `bot.guides.store`): nothing half-written.
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from pathlib import Path

from bot.datafile import (  # noqa: F401 - Problem, load: this module's interface too
    Problem, Map, check_country, check_reviewed, check_source, currencies, display, line_of, load,
)

TOPICS = ("legal_channels", "visa", "fees", "contract", "wages", "rights", "embassy", "health", "return")
WAGE_KINDS = ("minimum", "usual")
WAGE_PERIODS = ("hour", "day", "week", "month")
FACT_KEYS = {"id", "topic", "text", "source", "reviewed", "origins", "sectors", "fields"}
WAGE_KEYS = {"destination", "sector", "kind", "amount", "currency", "period", "note", "source", "reviewed"}
_ID = re.compile(r"^[a-z]{2}-[a-z0-9-]+$")


def check_guide(path: Path, data: object, today: _dt.date | None = None) -> list[Problem]:
    """Problems in one destination file (`<cc>.yml`)."""
    today = today or _dt.date.today()
    file = display(path)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        return [Problem(file, 1, "-", "must be a mapping with `destination` and `facts`")]
    for key in sorted(set(data) - {"destination", "facts"}):
        problems.append(Problem(file, line_of(data, key), key, "unknown key"))
    dest = data.get("destination")
    check_country(dest, data, "destination", "destination", file, problems)
    if isinstance(dest, str) and dest.lower() != path.stem:
        problems.append(Problem(file, line_of(data, "destination"), "destination", f"{dest} does not match the file name {path.name}"))
    facts = data.get("facts")
    if not isinstance(facts, list):
        problems.append(Problem(file, line_of(data, "facts") or 1, "facts", "must be a list of facts"))
        return problems
    for n, row in enumerate(facts):
        where = f"facts[{n}]"
        if not isinstance(row, Map):
            problems.append(Problem(file, line_of(data, "facts"), where, "must be a mapping"))
            continue
        fid = row.get("id")
        if isinstance(fid, str):
            where = f"facts[{fid}]"
        if not isinstance(fid, str) or not _ID.match(fid) or (isinstance(dest, str) and not fid.startswith(dest.lower() + "-")):
            problems.append(Problem(file, line_of(row, "id"), f"{where}.id", f"must be '<destination>-words-with-dashes': {fid!r}"))
        for key in sorted(set(row) - FACT_KEYS):
            problems.append(Problem(file, line_of(row, key), f"{where}.{key}", "unknown key"))
        if row.get("topic") not in TOPICS:
            problems.append(Problem(file, line_of(row, "topic"), f"{where}.topic", f"must be one of {', '.join(TOPICS)}: {row.get('topic')!r}"))
        text = row.get("text")
        fields = row.get("fields") or {}
        if not isinstance(fields, dict):
            problems.append(Problem(file, line_of(row, "fields"), f"{where}.fields", "must be a mapping"))
            fields = {}
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(file, line_of(row, "text") or line_of(row), f"{where}.text", "missing or empty"))
        else:
            try:
                names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
            except ValueError as exc:
                problems.append(Problem(file, line_of(row, "text"), f"{where}.text", f"bad placeholder: {exc}"))
                names = set()
            for name in sorted(names - set(fields)):
                problems.append(Problem(file, line_of(row, "text"), f"{where}.text", f"{{{name}}} has no value in fields"))
        currency = fields.get("currency")
        if currency is not None and currency not in currencies():
            problems.append(Problem(file, line_of(row, "fields"), f"{where}.fields.currency", f"not an ISO 4217 code: {currency!r}"))
        for code in row.get("origins") or []:
            check_country(code, row, "origins", f"{where}.origins", file, problems)
        check_source(row, where, file, problems)
        check_reviewed(row, where, file, problems, today)
    return problems


def check_wages(path: Path, data: object, today: _dt.date | None = None) -> list[Problem]:
    """Problems in the wage table (`wages.yml`)."""
    today = today or _dt.date.today()
    file = display(path)
    if not isinstance(data, dict) or not isinstance(data.get("wages"), list):
        return [Problem(file, 1, "wages", "must be a mapping with a `wages` list")]
    problems: list[Problem] = []
    for n, row in enumerate(data["wages"]):
        where = f"wages[{n}]"
        if not isinstance(row, Map):
            problems.append(Problem(file, line_of(data, "wages"), where, "must be a mapping"))
            continue
        for key in sorted(set(row) - WAGE_KEYS):
            problems.append(Problem(file, line_of(row, key), f"{where}.{key}", "unknown key"))
        check_country(row.get("destination"), row, "destination", f"{where}.destination", file, problems)
        if not isinstance(row.get("sector"), str) or not row["sector"].strip():
            problems.append(Problem(file, line_of(row, "sector") or line_of(row), f"{where}.sector", "missing"))
        if row.get("kind") not in WAGE_KINDS:
            problems.append(Problem(file, line_of(row, "kind") or line_of(row), f"{where}.kind", f"must be one of {', '.join(WAGE_KINDS)}"))
        amount = row.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
            problems.append(Problem(file, line_of(row, "amount") or line_of(row), f"{where}.amount", f"must be a positive number: {amount!r}"))
        if row.get("currency") not in currencies():
            problems.append(Problem(file, line_of(row, "currency") or line_of(row), f"{where}.currency", f"not an ISO 4217 code: {row.get('currency')!r}"))
        if row.get("period") not in WAGE_PERIODS:
            problems.append(Problem(file, line_of(row, "period") or line_of(row), f"{where}.period", f"must be one of {', '.join(WAGE_PERIODS)}"))
        check_source(row, where, file, problems)
        check_reviewed(row, where, file, problems, today)
    return problems


def check_all(directory: Path, today: _dt.date | None = None) -> tuple[dict[Path, object], list[Problem]]:
    """Every guide file and the wage table of `directory`, parsed, with all their problems."""
    parsed: dict[Path, object] = {}
    problems: list[Problem] = []
    seen_ids: dict[str, str] = {}
    for path in sorted(directory.glob("*.yml")):
        data, errors = load(path)
        problems += errors
        if errors:
            continue
        parsed[path] = data
        if path.stem == "wages":
            problems += check_wages(path, data, today)
            continue
        if not re.fullmatch(r"[a-z]{2}", path.stem):
            problems.append(Problem(display(path), 1, "-", "a guide file is named <iso alpha-2>.yml (or wages.yml)"))
            continue
        problems += check_guide(path, data, today)
        for row in (data.get("facts") if isinstance(data, dict) and isinstance(data.get("facts"), list) else []):
            fid = row.get("id") if isinstance(row, dict) else None
            if isinstance(fid, str):
                here = f"{display(path)}:{line_of(row, 'id')}"
                if fid in seen_ids:
                    problems.append(Problem(display(path), line_of(row, "id"), f"facts[{fid}].id", f"duplicate of {seen_ids[fid]}"))
                seen_ids.setdefault(fid, here)
    return parsed, problems
