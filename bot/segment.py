"""Split text into word-like tokens, choosing the method by script.

- Han: one token per character (Chinese has no spaces; character unigrams and, with the word
  n-gram featurizer, bigrams are a strong and dictionary-free basis for short messages).
- Myanmar: syllables, by the sylbreak rules (Ye Kyaw Thu): a syllable starts at a consonant that
  is neither stacked (after U+1039 virama) nor killed (before U+103A asat), or at an independent
  vowel, digit or sign.
- Khmer: orthographic clusters (KCC): a cluster starts at a consonant or independent vowel that
  is not subscripted (after U+17D2 coeng) and not marked as final (before bantoc U+17CB).
- Everything else (Latin, Ethiopic, Devanagari, Cyrillic): runs of letters, marks and digits,
  split at spaces and punctuation of any script (፡ ። ၊ ។ । ...).

Tokens keep their offsets in the original text, so entities found by other components line up.
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

from bot.scripts import script_of

_MY_VIRAMA, _MY_ASAT = "\u1039", "\u103A"
_MY_STARTERS = set(chr(c) for c in range(0x1000, 0x1022))  # consonants က..အ
_MY_INDEPENDENT = set("ဣဤဥဦဧဩဪဿ၌၍၏") | set(chr(c) for c in range(0x1040, 0x104A))
_KM_COENG = "\u17D2"
_KM_FINAL_MARKS = ("\u17CB", "\u17CD", "\u17CE")  # bantoc, toandakhiat, kakabat: the consonant ends a syllable
_KM_STARTERS = set(chr(c) for c in range(0x1780, 0x17B4))  # consonants and independent vowels
_KM_DIGITS = set(chr(c) for c in range(0x17E0, 0x17EA))


# The Khmer clusters `spans` makes, as one regex (the screener's tokenizer, bot/screening/rules.py;
# tests/test_segment.py checks both agree): a consonant or independent vowel with its subscripts
# (coeng + consonant), its signs, and a consonant marked final (before bantoc and the like).
KHMER_CLUSTER = ("[\u1780-\u17b3](?:\u17d2[\u1780-\u17b3]|[\u17b4-\u17d1\u17d3\u17d7\u17dd]"
                 "|[\u1780-\u17b3](?=[\u17cb\u17cd\u17ce]))*")


def _is_word_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LMN" or ch in "_'’"


def _breaks_before(text: str, i: int, script: str) -> bool:
    """Whether a new syllable/cluster starts at text[i], inside a run of Myanmar or Khmer."""
    ch = text[i]
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if script == "Myanmar":
        if ch in _MY_INDEPENDENT:
            return True
        return ch in _MY_STARTERS and prev != _MY_VIRAMA and nxt not in (_MY_ASAT, _MY_VIRAMA)
    if ch in _KM_DIGITS:
        return prev not in _KM_DIGITS
    return ch in _KM_STARTERS and prev != _KM_COENG and nxt not in _KM_FINAL_MARKS


def spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each token of `text`, in order."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if not _is_word_char(ch):
            i += 1
            continue
        script = script_of(ch)
        if script == "Han":
            yield i, i + 1
            i += 1
            continue
        start = i
        i += 1
        if script in ("Myanmar", "Khmer"):
            while i < n and script_of(text[i]) == script and _is_word_char(text[i]) \
                    and not _breaks_before(text, i, script):
                i += 1
            yield start, i
            continue
        # A run of one script (letters and their marks, digits), so 'visa签证' splits in two.
        while i < n and _is_word_char(text[i]) and script_of(text[i]) in (script, None) \
                and (script is not None or script_of(text[i]) is None):
            i += 1
        yield start, i


def tokens(text: str) -> list[str]:
    """The tokens of `text` as strings."""
    return [text[a:b] for a, b in spans(text)]
