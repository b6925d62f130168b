"""The languages the bot speaks, and how their identifiers map to CLDR locales."""

from __future__ import annotations

# Order is the order of the language menu.
SUPPORTED = ("en", "zh", "am", "id", "fil", "my", "km", "ne", "ru", "vi")
DEFAULT = "en"

# Identifiers seen in the wild (channel metadata, detectors) mapped to ours.
ALIASES = {
    "tl": "fil",
    "zh-hans": "zh",
    "zh-cn": "zh",
    "zh-sg": "zh",
    "in": "id",  # old ISO 639 code still sent by some Android phones
    "bur": "my",
    "mya": "my",
    "khm": "km",
    "amh": "am",
    "nep": "ne",
    "rus": "ru",
    "vie": "vi",
    "ind": "id",
    "eng": "en",
    "zho": "zh",
    "chi": "zh",
    "tgl": "fil",
}

# CLDR locale used for formatting (numbers, dates, names) per language.
CLDR_LOCALE = {"zh": "zh_Hans"}


def normalise(code: str | None) -> str | None:
    """Map a language identifier such as 'tl', 'zh-CN' or 'en_US' to a supported code, or None."""
    if not code:
        return None
    c = str(code).strip().lower().replace("_", "-")
    if c in SUPPORTED:
        return c
    if c in ALIASES:
        return ALIASES[c]
    base = c.split("-")[0]
    if base in SUPPORTED:
        return base
    return ALIASES.get(base)


def cldr_locale(lang: str) -> str:
    """The Babel/CLDR locale identifier for a supported language."""
    return CLDR_LOCALE.get(lang, lang)


# The origin country most people writing in a language come from, among the corridors the guides
# cover. Used only to choose corridor facts (an embassy, a licensing office) and always said in the
# answer ("For workers from Ethiopia: ..."). English and Russian are written by people of many
# origins, so no guess is made for them.
LIKELY_ORIGIN = {"zh": "CN", "am": "ET", "id": "ID", "fil": "PH", "my": "MM", "km": "KH", "ne": "NP", "vi": "VN"}


def likely_origin(lang: str | None) -> str | None:
    """The origin to assume for corridor facts when the conversation has none, or None."""
    return LIKELY_ORIGIN.get(normalise(lang) or "")
