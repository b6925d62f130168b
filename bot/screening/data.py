"""The screener's data files, loaded once and checked; a mistake is reported with file and line.

`data/screening/flags.yml` (flags, combinations, questions, next steps), `data/screening/money.yml`,
`data/screening/patterns/<lang>.yml` (rules per language) and the reference wages in
`data/country_guides/wages.yml`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data" / "screening"
PATTERNS_DIR = DATA_DIR / "patterns"
WAGES_FILE = ROOT / "data" / "country_guides" / "wages.yml"

SEVERITIES = ("strong", "medium", "weak")
RULE_KINDS = ("regex", "phrases", "tokens")
RULE_OPTIONS = {"negatable", "unless"}
PATTERN_SECTIONS = {
    "language", "pipeline", "negation", "rules", "markers", "clear", "statements", "topics",
    "destination_cues", "sectors",
}
NEGATION_KEYS = {"before", "after", "window_before", "window_after", "hard_boundaries", "soft_boundaries", "list_joiners"}
# Markers the engine itself provides to combinations, besides those in the pattern files.
BUILT_IN_MARKERS = {"unrealistic_pay", "scam_destination"}


class DataError(ValueError):
    """A data file that does not follow its schema: says which file, which line and what is wrong."""

    def __init__(self, path: Path, where: tuple[Any, ...], message: str):
        self.path, self.line = path, _line_of(path, where)
        super().__init__(f"{path}:{self.line}: {'/'.join(map(str, where))}: {message}")


def _line_of(path: Path, where: tuple[Any, ...]) -> int:
    """The 1-based line of the node at key path `where` (the deepest one that exists)."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return 1
    line = node.start_mark.line if node else 0
    for key in where:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node, line = nxt, nxt.start_mark.line
    return line + 1


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(path, (), f"not valid YAML (line {mark.line + 1 if mark else '?'}): {exc}") from exc


# ---- flags.yml -------------------------------------------------------------------------------

@dataclass(frozen=True)
class FlagSpec:
    """One red flag: how much it weighs and what it is evidence of."""

    id: str
    severity: str
    dimension: str
    indicator: str
    question: str | None


@dataclass(frozen=True)
class FlagBook:
    """Everything in flags.yml."""

    flags: dict[str, FlagSpec]
    combinations: dict[str, dict[str, tuple[str, ...]]]
    scam_destinations: frozenset[str]
    questions: tuple[str, ...]
    next_steps: dict[str, dict[str, Any]]
    red_answers: dict[str, str]  # question -> the answer ("yes"/"no") that shows its flag


@lru_cache(maxsize=None)
def flag_book() -> FlagBook:
    """The flag definitions, checked."""
    path = DATA_DIR / "flags.yml"
    raw = _read(path) or {}
    questions = tuple(raw.get("questions") or ())
    flags = {}
    for fid, spec in (raw.get("flags") or {}).items():
        if not isinstance(spec, dict):
            raise DataError(path, ("flags", fid), "must be a mapping")
        for key in ("severity", "dimension", "indicator"):
            if not spec.get(key):
                raise DataError(path, ("flags", fid), f"needs `{key}`")
        if spec["severity"] not in SEVERITIES:
            raise DataError(path, ("flags", fid, "severity"), f"must be one of {SEVERITIES}")
        q = spec.get("question")
        if q is not None and q not in questions:
            raise DataError(path, ("flags", fid, "question"), f"unknown question {q!r}")
        flags[fid] = FlagSpec(fid, spec["severity"], spec["dimension"], spec["indicator"], q)
    combos = {}
    for fid, combo in (raw.get("combinations") or {}).items():
        if fid not in flags:
            raise DataError(path, ("combinations", fid), "unknown flag")
        if not combo.get("all"):
            raise DataError(path, ("combinations", fid), "needs `all`")
        combos[fid] = {k: tuple(combo.get(k) or ()) for k in ("all", "any")}
    steps = raw.get("next_steps") or {}
    for name, cond in steps.items():
        for fid in cond.get("flags") or ():
            if fid not in flags:
                raise DataError(path, ("next_steps", name, "flags"), f"unknown flag {fid!r}")
        for q in cond.get("questions") or ():
            if q not in questions:
                raise DataError(path, ("next_steps", name, "questions"), f"unknown question {q!r}")
    red = {str(q): str(a) for q, a in (raw.get("red_answers") or {}).items()}
    for q, answer in red.items():
        if q not in questions:
            raise DataError(path, ("red_answers", q), f"unknown question {q!r}")
        if answer not in ("yes", "no"):
            raise DataError(path, ("red_answers", q), f"must be yes or no, not {answer!r}")
    return FlagBook(flags, combos, frozenset(raw.get("scam_destinations") or ()), questions, steps, red)


# ---- patterns/<lang>.yml ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def pattern_languages() -> tuple[str, ...]:
    """The languages that have a pattern file."""
    return tuple(sorted(p.stem for p in PATTERNS_DIR.glob("*.yml")))


@lru_cache(maxsize=None)
def patterns(lang: str) -> dict[str, Any]:
    """The pattern file of `lang`, checked against the flags and the schema."""
    path = PATTERNS_DIR / f"{lang}.yml"
    raw = _read(path) or {}
    book = flag_book()
    unknown = set(raw) - PATTERN_SECTIONS
    if unknown:
        raise DataError(path, (sorted(unknown)[0],), f"unknown section; expected {sorted(PATTERN_SECTIONS)}")
    if raw.get("language") != lang:
        raise DataError(path, ("language",), f"must be {lang!r}")
    neg = raw.get("negation") or {}
    if set(neg) - NEGATION_KEYS:
        raise DataError(path, ("negation",), f"unknown keys {sorted(set(neg) - NEGATION_KEYS)}")
    statements = raw.get("statements") or {}
    markers_used = {m for c in book.combinations.values() for k in ("all", "any") for m in c[k]}
    for section, allowed in (
        ("rules", set(book.flags)),
        ("clear", set(book.flags)),
        ("markers", markers_used - BUILT_IN_MARKERS),
        ("statements", None),
        ("topics", set(book.questions)),
        ("sectors", None),
        ("destination_cues", {"toward", "away"}),
    ):
        for name, rules in (raw.get(section) or {}).items():
            if allowed is not None and name not in allowed:
                raise DataError(path, (section, name), f"unknown name; expected one of {sorted(allowed)}")
            _check_rules(path, (section, name), rules, statements)
    return raw


def _check_rules(path: Path, where: tuple[Any, ...], rules: Any, statements: dict) -> None:
    if not isinstance(rules, list) or not rules:
        raise DataError(path, where, "must be a non-empty list of rules")
    for i, rule in enumerate(rules):
        if not isinstance(rule, dict):
            raise DataError(path, where + (i,), "a rule is a mapping with one of regex/phrases/tokens")
        kinds = [k for k in RULE_KINDS if k in rule]
        if len(kinds) != 1 or set(rule) - set(RULE_KINDS) - RULE_OPTIONS:
            raise DataError(path, where + (i,), f"needs exactly one of {RULE_KINDS}, options {sorted(RULE_OPTIONS)}")
        if "regex" in rule:
            try:
                re.compile(rule["regex"])
            except re.error as exc:
                raise DataError(path, where + (i, "regex"), f"bad regex: {exc}") from exc
        if "unless" in rule and rule["unless"] not in statements:
            raise DataError(path, where + (i, "unless"), f"no statement named {rule['unless']!r}")


# ---- money.yml, wages.yml --------------------------------------------------------------------

@lru_cache(maxsize=None)
def money_notation() -> dict[str, Any]:
    """Currencies, multipliers, periods and cue words from money.yml."""
    path = DATA_DIR / "money.yml"
    raw = _read(path) or {}
    for key in ("currencies", "multipliers", "periods", "period_after", "period_before", "pay_cues", "cost_cues"):
        if not raw.get(key):
            raise DataError(path, (key,), "missing")
    for i, peg in enumerate(raw.get("pegs") or ()):
        if not peg.get("source") or not peg.get("reviewed"):
            raise DataError(path, ("pegs", i), "a fixed rate needs `source` and `reviewed`")
    return raw


@lru_cache(maxsize=None)
def reference_wages() -> tuple[dict[str, Any], ...]:
    """Reference monthly wages from data/country_guides/wages.yml; empty when the file is absent."""
    if not WAGES_FILE.exists():
        return ()
    raw = _read(WAGES_FILE) or {}
    out = []
    for i, row in enumerate(raw.get("wages") or ()):
        if not isinstance(row, dict):
            continue
        try:
            amount = float(row["amount"])
            entry = {
                "destination": str(row["destination"]).upper(),
                "sector": str(row.get("sector") or "all"),
                "kind": str(row.get("kind") or "minimum"),
                "amount": amount,
                "currency": str(row["currency"]).upper(),
                "period": str(row.get("period") or "month"),
            }
        except (KeyError, TypeError, ValueError) as exc:
            # Someone else's file: a bad row is skipped, not fatal, so the wage check only loses that row.
            log.warning("%s", DataError(WAGES_FILE, ("wages", i), f"skipped: {exc}"))
            continue
        out.append(entry)
    return tuple(out)
