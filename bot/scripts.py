"""Unicode scripts of the languages we support: which script a character is in.

One table for everything that cares about scripts: language detection (`detect.py`), country
names (`geo.py`) and tokenisation (`segment.py`).
"""

from __future__ import annotations

from functools import lru_cache

# (first, last, script) code point ranges.
RANGES = (
    (0x4E00, 0x9FFF, "Han"), (0x3400, 0x4DBF, "Han"), (0xF900, 0xFAFF, "Han"),
    (0x1200, 0x139F, "Ethiopic"), (0x2D80, 0x2DDF, "Ethiopic"), (0xAB00, 0xAB2F, "Ethiopic"),
    (0x1000, 0x109F, "Myanmar"), (0xAA60, 0xAA7F, "Myanmar"), (0xA9E0, 0xA9FF, "Myanmar"),
    (0x1780, 0x17FF, "Khmer"), (0x19E0, 0x19FF, "Khmer"),
    (0x0900, 0x097F, "Devanagari"), (0xA8E0, 0xA8FF, "Devanagari"),
    (0x0400, 0x04FF, "Cyrillic"), (0x0500, 0x052F, "Cyrillic"),
)

# The language each non-Latin script implies among ours.
LANGUAGE_OF = {
    "Han": "zh", "Ethiopic": "am", "Myanmar": "my", "Khmer": "km", "Devanagari": "ne", "Cyrillic": "ru",
}

# Scripts written without spaces between words.
UNSPACED = frozenset({"Han", "Myanmar", "Khmer"})


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """The script of one character among those in RANGES, or None (Latin, digits, punctuation...)."""
    cp = ord(ch)
    for lo, hi, name in RANGES:
        if lo <= cp <= hi:
            return name
    return None


def first_script(text: str) -> str | None:
    """The script of the first character of `text` that has one of ours."""
    for ch in text:
        found = script_of(ch)
        if found:
            return found
    return None
