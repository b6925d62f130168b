"""Turning whatever was pasted or piped in into text the screener can read, or saying why not.

Screening time grows with the length of the text, so input is cut at MAX_CHARS characters (the
report says so); an offer is rarely longer than a few thousand. Empty input, binary data, text that
is not UTF-8 and web pages are refused with a catalog key (`input.*`) that explains what to do.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass


MAX_CHARS = 20_000
# A message at least this long is a pasted offer, not a question about one: none of the 304 corpus
# offers with danger words is shorter (components/danger_override.py, bot/privacy.py).
OFFER_MIN_CHARS = 200
# UTF-8 needs at most 4 bytes a character, so this many bytes always hold MAX_CHARS characters.
MAX_BYTES = MAX_CHARS * 4

_TAG = re.compile(
    r"<\s*/?\s*(?:html|head|body|div|span|p|br|table|tr|td|script|style|meta|a|img|li|ul|ol|h[1-6]|iframe|form)\b[^>]{0,400}>",
    re.IGNORECASE,
)
_TWO_LETTERS = re.compile(r"[^\W\d_][\s\S]*?[^\W\d_]")
# Control characters other than tab, newline and carriage return: what binary data is full of.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_WEB_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<script[\s>]", re.IGNORECASE)


class UnusableInput(ValueError):
    """Input that cannot be screened; `key` is the catalog message that says why."""

    def __init__(self, key: str, **params: object):
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class Prepared:
    """Text ready to screen, and where it was cut (None when it was not)."""

    text: str
    truncated_at: int | None


def decode(raw: bytes, more_follows: bool = False) -> str:
    """Bytes as text; `more_follows` says the bytes were cut, so a split last character is dropped."""
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnusableInput("input.not_text")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(raw, final=not more_follows)
    except UnicodeDecodeError as exc:
        raise UnusableInput("input.not_text") from exc


def prepare(text: str, already_cut: bool = False) -> Prepared:
    """Check `text` and cut it to MAX_CHARS; raises UnusableInput for input that is not an offer's text."""
    if not isinstance(text, str):
        raise UnusableInput("input.not_text")
    # Some keyboards store accents as separate marks (Vietnamese "ô" as "o" + U+0302); the rules
    # are written composed. Evidence is quoted from this composed text.
    text = unicodedata.normalize("NFC", text)
    truncated_at = None
    if len(text) > MAX_CHARS:
        cut = text.rfind(" ", MAX_CHARS - 200, MAX_CHARS)
        text = text[: cut if cut > 0 else MAX_CHARS]
        truncated_at = len(text)
    elif already_cut:
        truncated_at = len(text)
    if not _TWO_LETTERS.search(text[:2000]):
        raise UnusableInput("input.empty")
    sample = text[:4000]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise UnusableInput("input.not_text")
    if _WEB_PAGE.search(sample) or len(_TAG.findall(sample)) >= 3:
        raise UnusableInput("input.html")
    return Prepared(text, truncated_at)
