"""Sourced data files (country guides, the help directory): YAML read with line numbers, and the
checks every sourced row needs (a source URL and title, a review date, ISO country codes).

Every problem is reported as `file:line: key: message`, so a reviewer can go straight to it.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from babel import Locale
from babel.numbers import list_currencies


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a guide file."""

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


class Map(dict):
    """A YAML mapping that remembers the line of itself and of each key."""

    line = 0
    key_lines: dict


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are `Map`s with line numbers (1-based)."""


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> Map:
    loader.flatten_mapping(node)
    out = Map()
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
    name = display(path)
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader), []  # noqa: S506 (SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return None, [Problem(name, (mark.line + 1) if mark else 0, "-", f"not valid YAML: {exc.problem}")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, 0, "-", f"cannot read: {exc}")]


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha())


@lru_cache(maxsize=1)
def currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def display(path: Path) -> str:
    parts = path.resolve().parts
    return "/".join(parts[parts.index("data"):]) if "data" in parts else str(path)


def line_of(node: object, key: str | None = None) -> int:
    if isinstance(node, Map):
        return node.key_lines.get(key, node.line) if key else node.line
    return 0


def check_source(row: Map, where: str, file: str, problems: list[Problem]) -> None:
    source = row.get("source")
    if source is None:
        problems.append(Problem(file, line_of(row), f"{where}.source", "missing: every fact needs the URL and title it comes from"))
        return
    if not isinstance(source, dict):
        problems.append(Problem(file, line_of(row, "source"), f"{where}.source", "must be {url: ..., title: ...}"))
        return
    url, title = source.get("url"), source.get("title")
    if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+\.[^\s]+$", url):
        problems.append(Problem(file, line_of(row, "source"), f"{where}.source.url", f"not an http(s) URL: {url!r}"))
    if not isinstance(title, str) or not title.strip():
        problems.append(Problem(file, line_of(row, "source"), f"{where}.source.title", "missing or empty"))


def check_reviewed(row: Map, where: str, file: str, problems: list[Problem], today: _dt.date) -> None:
    value = row.get("reviewed")
    if value is None:
        problems.append(Problem(file, line_of(row), f"{where}.reviewed", "missing: the date the fact was checked"))
        return
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value)
        except ValueError:
            pass
    if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
        problems.append(Problem(file, line_of(row, "reviewed"), f"{where}.reviewed", f"not a date (YYYY-MM-DD): {value!r}"))
    elif value > today:
        problems.append(Problem(file, line_of(row, "reviewed"), f"{where}.reviewed", f"in the future: {value}"))


def check_country(value: object, row: Map, key: str, where: str, file: str, problems: list[Problem]) -> None:
    if not isinstance(value, str) or value.upper() not in countries():
        problems.append(Problem(file, line_of(row, key), where, f"not an ISO 3166 alpha-2 country code: {value!r}"))
