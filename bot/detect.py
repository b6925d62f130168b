"""Which supported language a message is written in: Unicode script first, then Latin-script cues.

Scripts identify most of our languages outright (Han, Ethiopic, Myanmar, Khmer, Devanagari,
Cyrillic). Latin-script text (en, id, fil, vi) needs a statistical identifier; see `latin.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

# (first, last, language) code point ranges; the language each script implies among ours.
_SCRIPT_RANGES = (
    (0x4E00, 0x9FFF, "zh"), (0x3400, 0x4DBF, "zh"), (0xF900, 0xFAFF, "zh"),
    (0x1200, 0x139F, "am"), (0x2D80, 0x2DDF, "am"), (0xAB00, 0xAB2F, "am"),
    (0x1000, 0x109F, "my"), (0xAA60, 0xAA7F, "my"), (0xA9E0, 0xA9FF, "my"),
    (0x1780, 0x17FF, "km"), (0x19E0, 0x19FF, "km"),
    (0x0900, 0x097F, "ne"), (0xA8E0, 0xA8FF, "ne"),
    (0x0400, 0x04FF, "ru"), (0x0500, 0x052F, "ru"),
)


@dataclass(frozen=True)
class Detection:
    """A detected language and how sure we are (0..1), and how much evidence there was."""

    lang: str | None
    confidence: float
    letters: int


def _script_lang(ch: str) -> str | None:
    cp = ord(ch)
    for lo, hi, lang in _SCRIPT_RANGES:
        if lo <= cp <= hi:
            return lang
    return None


def detect(text: str) -> Detection:
    """Detect the language of `text`; `lang` is None when there is nothing to go on."""
    counts: dict[str, int] = {}
    latin = 0
    for ch in text or "":
        lang = _script_lang(ch)
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
        elif ch.isalpha() and ord(ch) < 0x2500:
            latin += 1
    scripted = sum(counts.values())
    if scripted and scripted >= latin * 0.3:
        best = max(counts, key=counts.get)
        share = counts[best] / (scripted + latin)
        # A few characters of a script are already strong evidence; more make it certain.
        return Detection(best, share * min(1.0, 0.6 + counts[best] / 10), scripted + latin)
    if latin:
        from bot import latin as latin_id  # lazy: loads a model

        lang, conf = latin_id.identify(text)
        return Detection(lang, conf, latin)
    return Detection(None, 0.0, 0)


def detect_language(text: str) -> str | None:
    """The most likely supported language of `text`, or None."""
    return detect(text).lang
