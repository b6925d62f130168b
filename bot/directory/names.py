"""How agency names and licence numbers are compared, in any script.

A name becomes a key: Unicode NFKC, case folded, marks of Latin letters removed, punctuation
dropped, words that only say what kind of business it is ("Pvt", "Ltd", "Agency", "有限公司", from
`data/search/agency_name_words.yml`) left out. A licence number becomes its letters and digits,
digits of any script as ASCII ("POEA-123-LB" = "poea 123 lb"; "१२३" = "123").
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import regex
import yaml

WORDS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "search" / "agency_name_words.yml"
# Letters, digits and marks: vowel signs are parts of words in Devanagari, Burmese and Khmer.
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")


def words(text: str) -> list[str]:
    """The words of `text`, in any script."""
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def _lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")) or {}

    def norm(ws):
        return tuple(sorted((unicodedata.normalize("NFKC", str(w)).casefold() for w in ws or ()), key=len, reverse=True))

    return norm(data.get("legal_forms")), norm(data.get("business_words"))


def _generic() -> tuple[str, ...]:
    legal, business = _lists()
    return tuple(sorted(legal + business, key=len, reverse=True))


def legal_forms() -> frozenset[str]:
    """"Pvt", "Ltd", "Inc", "有限公司": dropped wherever names are compared."""
    return frozenset(_lists()[0])


def name_fold(text: str) -> str:
    """Case, width and Latin accents folded: how names are compared, word by word."""
    return _fold(text)


# Combining marks after a Latin letter (é -> e + U+0301). Marks are letters' parts in Indic
# scripts and stay.
_LATIN_MARKS = re.compile(
    "(?<=[a-z\u00c0-\u024f\u1e00-\u1eff])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text)))


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


def name_key(name: str) -> str:
    """The comparable form of an agency name."""
    found = words(_ascii_digits(_fold(name)))
    generic = set(_generic())
    kept = [w for w in found if w not in generic]
    text = " ".join(kept or found)
    for word in _generic():  # words written without spaces (Chinese): removed as substrings
        if not word.isascii() and word in text and text != word:
            text = text.replace(word, "")
    return " ".join(text.split())


def number_key(number: str) -> str:
    """The comparable form of a licence number: letters and digits only."""
    return "".join(words(_ascii_digits(_fold(number))))


def looks_like_number(query: str) -> bool:
    """A licence number has digits; a name rarely has more than a few."""
    digits = sum(ch.isdigit() for ch in query)
    return digits >= 3 and digits * 3 >= len(number_key(query))


def similarity(a: str, b: str) -> float:
    """0..1: how alike two name keys are (typos, a missing word, words in another order)."""
    if not a or not b:
        return 0.0
    direct = SequenceMatcher(None, a, b).ratio()
    ordered = SequenceMatcher(None, " ".join(sorted(a.split())), " ".join(sorted(b.split()))).ratio()
    return max(direct, ordered)
