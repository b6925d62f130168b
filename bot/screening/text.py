"""Text prepared for matching: same length as the input, so every offset points into the original.

Lower-cases, folds full-width forms and typographic quotes to ASCII, folds ё to е, and undoes
look-alike letters (Cyrillic "а" in a Latin word) that are used to slip past keyword filters.
"""

from __future__ import annotations

import re

# Cyrillic letters that look like Latin ones, both directions. Only applied inside a word whose
# other letters are of the other script, so real Russian and real English words are untouched.
_CYR_TO_LAT = dict(zip("асеорхуіјкмнтвАСЕОРХУІЈКМНТВ", "aceopxyijkmhtbACEOPXYIJKMHTB"))
_LAT_TO_CYR = {lat: cyr for cyr, lat in _CYR_TO_LAT.items() if lat.lower() not in "ijhtb"}

_SINGLE = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ",
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "ё": "е", "Ё": "Е",
}


_TABLE = str.maketrans({
    **_SINGLE,
    # Full-width ASCII (ＵＳＤ１５００) becomes ASCII; Chinese punctuation stays as it is, because
    # the Chinese rules use it as clause boundaries.
    **{chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F) if chr(cp) not in "，。！？；：（）"},
    "\u3000": " ",
})
_LETTERS = "a-zа-яіј"
_MIXED_WORD = re.compile(f"[{_LETTERS}]*(?:[a-z][а-яіј]|[а-яіј][a-z])[{_LETTERS}]*")
_HAS_CYRILLIC = re.compile("[а-я]")


def _unmask_lookalikes(word: str) -> str:
    """A mixed Latin/Cyrillic word in one script, whichever most of its letters use."""
    lat = sum(1 for c in word if c.isascii())
    table = _CYR_TO_LAT if lat >= len(word) - lat else _LAT_TO_CYR
    return "".join(table.get(c, c) for c in word)


def matchable(text: str) -> str:
    """`text` folded for matching; always exactly as long as `text`."""
    folded = text.translate(_TABLE)
    low = folded.lower()
    if len(low) != len(folded):
        # A few letters (İ) grow when lower-cased; keep those as they are so offsets stay valid.
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    if _HAS_CYRILLIC.search(low):
        low = _MIXED_WORD.sub(lambda m: _unmask_lookalikes(m.group(0)), low)
    return low


_SCRIPTS = {
    "han": re.compile("[\u3400-\u4dbf\u4e00-\u9fff]"),
    "cyrillic": re.compile("[\u0400-\u04ff]"),
    "latin": re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
}
_LETTER = re.compile(r"[^\W\d_]")


def script_shares(text: str) -> dict[str, float]:
    """Share of letters per script family: latin, cyrillic, han, other."""
    if text.isascii():
        return {"latin": 1.0 if _LETTER.search(text) else 0.0, "cyrillic": 0.0, "han": 0.0, "other": 0.0}
    total = len(_LETTER.findall(text)) or 1
    shares = {name: len(rx.findall(text)) / total for name, rx in _SCRIPTS.items()}
    shares["other"] = max(0.0, 1.0 - sum(shares.values()))
    return shares
