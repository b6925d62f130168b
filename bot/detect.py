"""Which supported language a message is written in: Unicode script first, then Latin-script cues.

Scripts identify most of our languages outright (Han, Ethiopic, Myanmar, Khmer, Devanagari,
Cyrillic). Latin-script text (en, id, fil, vi) needs a statistical identifier; see `latin.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.scripts import LANGUAGE_OF, script_of

@dataclass(frozen=True)
class Detection:
    """A detected language and how sure we are (0..1), and how much evidence there was."""

    lang: str | None
    confidence: float
    letters: int


def _script_lang(ch: str) -> str | None:
    script = script_of(ch)
    return LANGUAGE_OF[script] if script else None


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
        # Each of these scripts belongs to one of our languages, so even two characters are
        # certain; how much of the text is in it (against Latin words mixed in) is the doubt.
        share = counts[best] / (scripted + latin)
        return Detection(best, share, scripted + latin)
    if latin:
        from bot import latin as latin_id  # lazy: loads a model

        lang, conf = latin_id.identify(text)
        return Detection(lang, conf, latin)
    return Detection(None, 0.0, 0)


def detect_language(text: str) -> str | None:
    """The most likely supported language of `text`, or None."""
    return detect(text).lang
