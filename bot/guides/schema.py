"""Check a country guide file before anything is built from it.

Every problem is reported as `file:line: key: message`, so a reviewer can go straight to it.
A file with any error is not built (see `bot.guides.store`): nothing half-written.
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from babel import Locale
from babel.numbers import list_currencies

TOPICS = ("legal_channels", "visa", "fees", "contract", "wages", "rights", "embassy", "health", "return")
WAGE_KINDS = ("minimum", "usual")
WAGE_PERIODS = ("hour", "day", "week", "month")
FACT_KEYS = {"id", "topic", "text", "source", "reviewed", "origins", "sectors", "fields"}
WAGE_KEYS = {"destination", "sector", "kind", "amount", "currency", "period", "note", "source", "reviewed"}
_ID = re.compile(r"^[a-z]{2}-[a-z0-9-]+$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a guide file."""

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


class _Map(dict):
    """A YAML mapping that remembers the line of itself and of each key."""

    line = 0
    key_lines: dict


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are `_Map`s with line numbers (1-based)."""


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    out = _Map()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)


def load(path: Path) -> tuple[object, list[Problem]]:
    """The parsed file (mappings carry line numbers), or the YAML error as a problem."""
    name = _display(path)
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader), []  # noqa: S506 (SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return None, [Problem(name, (mark.line + 1) if mark else 0, "-", f"not valid YAML: {exc.problem}")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, 0, "-", f"cannot read: {exc}")]


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha())


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def _display(path: Path) -> str:
    parts = path.resolve().parts
    return "/".join(parts[parts.index("data"):]) if "data" in parts else str(path)


def _line(node: object, key: str | None = None) -> int:
    if isinstance(node, _Map):
        return node.key_lines.get(key, node.line) if key else node.line
    return 0


def _check_source(row: _Map, where: str, file: str, problems: list[Problem]) -> None:
    source = row.get("source")
    if source is None:
        problems.append(Problem(file, _line(row), f"{where}.source", "missing: every fact needs the URL and title it comes from"))
        return
    if not isinstance(source, dict):
        problems.append(Problem(file, _line(row, "source"), f"{where}.source", "must be {url: ..., title: ...}"))
        return
    url, title = source.get("url"), source.get("title")
    if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+\.[^\s]+$", url):
        problems.append(Problem(file, _line(row, "source"), f"{where}.source.url", f"not an http(s) URL: {url!r}"))
    if not isinstance(title, str) or not title.strip():
        problems.append(Problem(file, _line(row, "source"), f"{where}.source.title", "missing or empty"))


def _check_reviewed(row: _Map, where: str, file: str, problems: list[Problem], today: _dt.date) -> None:
    value = row.get("reviewed")
    if value is None:
        problems.append(Problem(file, _line(row), f"{where}.reviewed", "missing: the date the fact was checked"))
        return
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value)
        except ValueError:
            pass
    if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
        problems.append(Problem(file, _line(row, "reviewed"), f"{where}.reviewed", f"not a date (YYYY-MM-DD): {value!r}"))
    elif value > today:
        problems.append(Problem(file, _line(row, "reviewed"), f"{where}.reviewed", f"in the future: {value}"))


def _check_country(value: object, row: _Map, key: str, where: str, file: str, problems: list[Problem]) -> None:
    if not isinstance(value, str) or value.upper() not in _countries():
        problems.append(Problem(file, _line(row, key), where, f"not an ISO 3166 alpha-2 country code: {value!r}"))


def check_guide(path: Path, data: object, today: _dt.date | None = None) -> list[Problem]:
    """Problems in one destination file (`<cc>.yml`)."""
    today = today or _dt.date.today()
    file = _display(path)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        return [Problem(file, 1, "-", "must be a mapping with `destination` and `facts`")]
    for key in sorted(set(data) - {"destination", "facts"}):
        problems.append(Problem(file, _line(data, key), key, "unknown key"))
    dest = data.get("destination")
    _check_country(dest, data, "destination", "destination", file, problems)
    if isinstance(dest, str) and dest.lower() != path.stem:
        problems.append(Problem(file, _line(data, "destination"), "destination", f"{dest} does not match the file name {path.name}"))
    facts = data.get("facts")
    if not isinstance(facts, list):
        problems.append(Problem(file, _line(data, "facts") or 1, "facts", "must be a list of facts"))
        return problems
    for n, row in enumerate(facts):
        where = f"facts[{n}]"
        if not isinstance(row, _Map):
            problems.append(Problem(file, _line(data, "facts"), where, "must be a mapping"))
            continue
        fid = row.get("id")
        if isinstance(fid, str):
            where = f"facts[{fid}]"
        if not isinstance(fid, str) or not _ID.match(fid) or (isinstance(dest, str) and not fid.startswith(dest.lower() + "-")):
            problems.append(Problem(file, _line(row, "id"), f"{where}.id", f"must be '<destination>-words-with-dashes': {fid!r}"))
        for key in sorted(set(row) - FACT_KEYS):
            problems.append(Problem(file, _line(row, key), f"{where}.{key}", "unknown key"))
        if row.get("topic") not in TOPICS:
            problems.append(Problem(file, _line(row, "topic"), f"{where}.topic", f"must be one of {', '.join(TOPICS)}: {row.get('topic')!r}"))
        text = row.get("text")
        fields = row.get("fields") or {}
        if not isinstance(fields, dict):
            problems.append(Problem(file, _line(row, "fields"), f"{where}.fields", "must be a mapping"))
            fields = {}
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(file, _line(row, "text") or _line(row), f"{where}.text", "missing or empty"))
        else:
            try:
                names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
            except ValueError as exc:
                problems.append(Problem(file, _line(row, "text"), f"{where}.text", f"bad placeholder: {exc}"))
                names = set()
            for name in sorted(names - set(fields)):
                problems.append(Problem(file, _line(row, "text"), f"{where}.text", f"{{{name}}} has no value in fields"))
        currency = fields.get("currency")
        if currency is not None and currency not in _currencies():
            problems.append(Problem(file, _line(row, "fields"), f"{where}.fields.currency", f"not an ISO 4217 code: {currency!r}"))
        for code in row.get("origins") or []:
            _check_country(code, row, "origins", f"{where}.origins", file, problems)
        _check_source(row, where, file, problems)
        _check_reviewed(row, where, file, problems, today)
    return problems


def check_wages(path: Path, data: object, today: _dt.date | None = None) -> list[Problem]:
    """Problems in the wage table (`wages.yml`)."""
    today = today or _dt.date.today()
    file = _display(path)
    if not isinstance(data, dict) or not isinstance(data.get("wages"), list):
        return [Problem(file, 1, "wages", "must be a mapping with a `wages` list")]
    problems: list[Problem] = []
    for n, row in enumerate(data["wages"]):
        where = f"wages[{n}]"
        if not isinstance(row, _Map):
            problems.append(Problem(file, _line(data, "wages"), where, "must be a mapping"))
            continue
        for key in sorted(set(row) - WAGE_KEYS):
            problems.append(Problem(file, _line(row, key), f"{where}.{key}", "unknown key"))
        _check_country(row.get("destination"), row, "destination", f"{where}.destination", file, problems)
        if not isinstance(row.get("sector"), str) or not row["sector"].strip():
            problems.append(Problem(file, _line(row, "sector") or _line(row), f"{where}.sector", "missing"))
        if row.get("kind") not in WAGE_KINDS:
            problems.append(Problem(file, _line(row, "kind") or _line(row), f"{where}.kind", f"must be one of {', '.join(WAGE_KINDS)}"))
        amount = row.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
            problems.append(Problem(file, _line(row, "amount") or _line(row), f"{where}.amount", f"must be a positive number: {amount!r}"))
        if row.get("currency") not in _currencies():
            problems.append(Problem(file, _line(row, "currency") or _line(row), f"{where}.currency", f"not an ISO 4217 code: {row.get('currency')!r}"))
        if row.get("period") not in WAGE_PERIODS:
            problems.append(Problem(file, _line(row, "period") or _line(row), f"{where}.period", f"must be one of {', '.join(WAGE_PERIODS)}"))
        _check_source(row, where, file, problems)
        _check_reviewed(row, where, file, problems, today)
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
            problems.append(Problem(_display(path), 1, "-", "a guide file is named <iso alpha-2>.yml (or wages.yml)"))
            continue
        problems += check_guide(path, data, today)
        for row in (data.get("facts") if isinstance(data, dict) and isinstance(data.get("facts"), list) else []):
            fid = row.get("id") if isinstance(row, dict) else None
            if isinstance(fid, str):
                here = f"{_display(path)}:{_line(row, 'id')}"
                if fid in seen_ids:
                    problems.append(Problem(_display(path), _line(row, "id"), f"facts[{fid}].id", f"duplicate of {seen_ids[fid]}"))
                seen_ids.setdefault(fid, here)
    return parsed, problems
