"""Find a language named in a message ("can you speak Amharic?", "中文", "Tagalog po")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from babel import Locale

from bot.languages import SUPPORTED, cldr_locale

ALIASES_FILE = Path(__file__).resolve().parent.parent / "data" / "languages.yml"


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for ui in SUPPORTED:
        loc = Locale.parse(cldr_locale(ui))
        for lang in SUPPORTED:
            name = loc.languages.get(lang)
            if name and len(name) >= 2:
                names[name.lower()] = lang
    data = yaml.safe_load(ALIASES_FILE.read_text(encoding="utf-8"))
    for lang, aliases in data["aliases"].items():
        for alias in aliases:
            names[str(alias).lower()] = lang
    return names


@lru_cache(maxsize=1)
def _regex() -> re.Pattern[str]:
    alts = sorted(_names(), key=len, reverse=True)
    # No word boundaries: Chinese and Burmese attach particles (说中文, 中文吗).
    return re.compile("|".join(re.escape(a) for a in alts), re.IGNORECASE)


def find_language(text: str) -> str | None:
    """The supported language named in `text` (the last one named wins: "not English, Nepali"), or None."""
    hits = [m.group(0).lower() for m in _regex().finditer(text or "")]
    return _names()[hits[-1]] if hits else None
