"""Find countries named in free text, in any supported language, as ISO 3166-1 alpha-2 codes.

Names come from CLDR (via Babel) for all supported locales, plus `data/geo/aliases.yml` for short
forms and cities (沙特, KSA, Dubai). Scripts without spaces (Han, Myanmar, Khmer) match anywhere;
Ethiopic and Devanagari allow attached particles (በሳውዲ, कतारमा); Cyrillic allows case endings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from babel import Locale

from bot.languages import SUPPORTED, cldr_locale
from bot.scripts import UNSPACED, first_script

ALIASES_FILE = Path(__file__).resolve().parent.parent / "data" / "geo" / "aliases.yml"
# CLDR territory codes that are regions or placeholders, not countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ"}
_MIN_LATIN = 4  # shorter CLDR Latin names collide with words; short forms go in aliases


@dataclass(frozen=True)
class CountryMention:
    """A country found in text: ISO code and where the words are."""

    code: str
    start: int
    end: int
    surface: str


def _script(name: str) -> str:
    """How names in this script are matched: declined (Cyrillic), with affixes, unspaced, or Latin."""
    script = first_script(name)
    if script == "Cyrillic":
        return "cyrillic"
    if script in ("Ethiopic", "Devanagari"):
        return "affixing"
    if script in UNSPACED:
        return "unspaced"
    return "latin"


def _lower(text: str) -> str:
    """Lower-case without changing the length, so offsets stay valid."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _cyrillic_stem(name: str) -> str:
    # Russian declines country names: Катар -> Катаре, Россия -> России, Корея -> Корею.
    return name[:-1] if name[-1] in "аяьйео" and len(name) > 4 else name


@lru_cache(maxsize=1)
def _aliases() -> dict:
    """data/geo/aliases.yml, read once."""
    return yaml.safe_load(ALIASES_FILE.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[int, ...]]]:
    """(exact names, Cyrillic stems, first-two-chars -> name lengths longest first)."""
    data = _aliases()
    excluded = {_lower(w) for words in (data.get("exclude") or {}).values() for w in words}
    names: dict[str, str] = {}
    for lang in SUPPORTED:
        for code, name in Locale.parse(cldr_locale(lang)).territories.items():
            if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
                continue
            if _script(name) == "latin" and len(name) < _MIN_LATIN:
                continue
            names.setdefault(_lower(name), code)
    for code, aliases in (data.get("aliases") or {}).items():
        for alias in aliases:
            names[_lower(str(alias))] = code
    for word in excluded:
        names.pop(word, None)
    stems = {_cyrillic_stem(n): c for n, c in names.items() if _script(n) == "cyrillic" and " " not in n}
    lengths: dict[str, set[int]] = {}
    for n in names:
        lengths.setdefault(n[:2], set()).add(len(n))
    return names, stems, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}


@lru_cache(maxsize=1)
def _not_countries() -> tuple[str, ...]:
    """Everyday words that begin with a country's name (`not_countries` in aliases.yml)."""
    return tuple(_lower(str(w)) for w in _aliases().get("not_countries") or ())


_WORD = re.compile(r"\w+")
# Russian case endings that may follow a country's stem (Катар-е, Росси-и, Коре-ю, Таиланд-ом).
_CASE_ENDINGS = {"а", "у", "е", "ы", "и", "ю", "я", "ей", "ой", "ом", "ем", "ию", "ии", "ия", "ам", "ах"}


def find_countries(text: str) -> list[CountryMention]:
    """All countries mentioned in `text`, in order of appearance, in any supported language."""
    if not text:
        return []
    names, stems, lengths = _index()
    words = _not_countries()
    low = _lower(text)
    found: list[CountryMention] = []
    i, n = 0, len(low)
    while i < n:
        ch = low[i]
        if words and low.startswith(words, i):
            i = _WORD.match(low, i).end()  # "ኩባንያ" (company), not Cuba
            continue
        at_word_start = i == 0 or not low[i - 1].isalnum()
        kind = _script(ch) if ch.isalpha() else ""
        if not kind or (kind in ("latin", "cyrillic") and not at_word_start):
            i += 1
            continue
        hit = None
        for size in lengths.get(low[i:i + 2], ()):
            cand = low[i:i + size]
            if cand in names and (kind not in ("latin", "cyrillic") or i + size >= n or not low[i + size].isalnum()):
                hit = (names[cand], i + size)
                break
        if hit is None and kind == "cyrillic":
            word = _WORD.match(low, i).group(0)
            for cut in range(1, 4):
                stem, ending = word[: len(word) - cut], word[len(word) - cut:]
                code = stems.get(stem) if len(stem) >= 4 and ending in _CASE_ENDINGS else None
                if code:
                    hit = (code, i + len(word))
                    break
        if hit and _is_language_name(low, i, hit[1]):
            i = hit[1]
        elif hit:
            found.append(CountryMention(hit[0], i, hit[1], text[i:hit[1]]))
            i = hit[1]
        else:
            i += 1
    return found


@lru_cache(maxsize=1)
def _language_markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _aliases().get("language_markers") or {}
    return tuple(_lower(w) for w in data.get("before") or ()), tuple(_lower(w) for w in data.get("after") or ())


def _is_language_name(low: str, start: int, end: int) -> bool:
    """Whether the name at low[start:end] is part of a language's name ("bahasa Inggris", "ጃፓንኛ")."""
    before, after = _language_markers()
    head = low[:start].rstrip()
    return any(head.endswith(w) for w in before) or any(low.startswith(w, end) for w in after)


def first_country(text: str) -> str | None:
    """The first country mentioned in `text`, or None."""
    mentions = find_countries(text)
    return mentions[0].code if mentions else None


def warm_up() -> None:
    """Build the name index now (at model load) so no user waits for it."""
    _index()
