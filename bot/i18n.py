"""Translated text from the gettext catalogs in `locales/`, and locale-aware formatting via Babel.

Message ids are keys (``greet.intro``); the English catalog holds the English text.
Catalogs are split into domains by concern (``messages``, ``screening``, ``guides``, ...).
"""

from __future__ import annotations

import datetime as _dt
import logging
from functools import lru_cache
from pathlib import Path

from babel import Locale, dates, numbers
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from bot.languages import DEFAULT, SUPPORTED, cldr_locale, normalise

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


@lru_cache(maxsize=None)
def _catalog(lang: str, domain: str) -> dict[str, str]:
    """Load one catalog as a dict key -> text, from the compiled .mo if it is current, else the .po."""
    base = LOCALES_DIR / lang / "LC_MESSAGES" / domain
    po, mo = base.with_suffix(".po"), base.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            cat = read_mo(fh)
    elif po.exists():
        with po.open("rb") as fh:
            cat = read_po(fh, locale=None)
    else:
        return {}
    return {
        _key(m.context, m.id): m.string
        for m in cat
        if m.id and isinstance(m.id, str) and m.string and not m.fuzzy
    }


def _key(context: str | bytes | None, msgid: str) -> str:
    """gettext's own glue between a message's context and its id."""
    if isinstance(context, bytes):  # Babel's read_mo gives the context undecoded
        context = context.decode("utf-8")
    return f"{context}\x04{msgid}" if context else msgid


def translate(key: str, lang: str | None, domain: str = "messages", **params: object) -> str:
    """The text for `key` in `lang` (English if that catalog lacks it), with `{name}` params filled in."""
    code = normalise(lang) or DEFAULT
    text = _catalog(code, domain).get(key)
    if text is None and code != DEFAULT:
        log.warning("catalog %s/%s lacks %s; using English", code, domain, key)
        text = _catalog(DEFAULT, domain).get(key)
    if text is None:
        log.error("no catalog has %s/%s", domain, key)
        text = key
    if params:
        try:
            return text.format_map(_Defaulting(params))
        except (ValueError, IndexError):
            log.error("bad placeholder in %s/%s/%s", code, domain, key)
    return text


def has(key: str, lang: str, domain: str = "messages") -> bool:
    """Whether the catalog of `lang` has a non-empty text for `key`."""
    return key in _catalog(lang, domain)


def lookup(msgid: str, lang: str, domain: str, context: str | None = None) -> str | None:
    """The translation of a source-text message (``pgettext`` style), or None when it has none.

    For catalogs whose msgids are English source text with a context (the guides), where a
    missing translation must be noticed by the caller rather than silently replaced.
    """
    return _catalog(normalise(lang) or DEFAULT, domain).get(_key(context, msgid))


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# ---- formatting in the user's locale -------------------------------------------------

def locale_of(lang: str | None) -> Locale:
    """The Babel Locale for a supported language code."""
    return Locale.parse(cldr_locale(normalise(lang) or DEFAULT))


def format_number(value: float | int, lang: str | None) -> str:
    """A number in the user's locale, e.g. 1,500 / 1 500 / 1.500."""
    return numbers.format_decimal(value, locale=locale_of(lang))


def format_percent(value: float | int, lang: str | None) -> str:
    """A percentage given as a number of percent (8.3 -> 8.3% / 8,3 % / ٪8.3) in the user's locale."""
    return numbers.format_percent(value / 100, format="#,##0.##%", locale=locale_of(lang))


def format_money(amount: float | int, currency: str, lang: str | None) -> str:
    """An amount of money in the user's locale, with the currency's symbol or code (QAR1,000 / 1 000 QAR).

    Whole amounts are written without decimals: wages and fees are quoted that way.
    """
    loc = locale_of(lang)
    if float(amount).is_integer():
        pattern = loc.currency_formats["standard"].pattern.split(";")[0]
        whole = pattern.replace("0.00", "0").replace("0,00", "0")
        return numbers.format_currency(int(amount), currency, locale=loc, format=whole, currency_digits=False)
    return numbers.format_currency(amount, currency, locale=loc, format_type="standard")


def format_date(value: _dt.date | str, lang: str | None) -> str:
    """A date in the user's locale (medium length), e.g. 23 Nov 2026."""
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value)
    return dates.format_date(value, format="medium", locale=locale_of(lang))


def country_name(code: str, lang: str | None) -> str:
    """The CLDR name of a country (ISO 3166-1 alpha-2) in the user's language."""
    return locale_of(lang).territories.get(code.upper(), code.upper())


def language_name(code: str, lang: str | None) -> str:
    """The CLDR name of a language (ISO 639) in the user's language: "Thai", "泰语", "ታይኛ"."""
    return locale_of(lang).languages.get(code, code)


def language_autonym(lang: str) -> str:
    """A language's name in its own script, for the language menu (中文, አማርኛ, ...)."""
    loc = locale_of(lang)
    name = loc.get_display_name(loc) or lang
    # CLDR's zh_Hans display name carries the script in brackets; the menu wants just the language.
    return loc.languages.get(loc.language, name)


__all__ = [
    "SUPPORTED",
    "translate",
    "has",
    "lookup",
    "format_number",
    "format_percent",
    "format_money",
    "format_date",
    "country_name",
    "language_autonym",
    "language_name",
]
