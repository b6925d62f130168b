"""Render the bot's responses in the user's language from the catalogs and the directory.

`data/responses.yml` says which catalog keys make each response; replies that list numbers are
built here from `bot.directory`. The Rasa NLG adapter (components/nlg.py) and the domain builder
both call `render`, so the bot and its static fallback say the same thing.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from bot import directory
from bot.geo import find_countries
from bot.i18n import country_name, language_autonym, language_name, translate
from bot.languages import DEFAULT, SUPPORTED, likely_origin, normalise

log = logging.getLogger(__name__)
RESPONSES_FILE = Path(__file__).resolve().parent.parent / "data" / "responses.yml"
# Most destinations to list when we do not know where someone is, so the first screen stays short.
MAX_ELSEWHERE = 8


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    return yaml.safe_load(RESPONSES_FILE.read_text(encoding="utf-8"))


def names() -> list[str]:
    """Every response this module can render (the `utter_` actions of the domain)."""
    return list(_spec()["responses"])


def render(name: str, lang: str | None, slots: Mapping[str, Any] | None = None,
           message: str | None = None) -> dict[str, Any] | None:
    """The response `name` as `{"text": ..., "buttons": [...]}` in `lang`, or None if unknown.

    `message` is what the user just wrote (for responses that answer it from the guides).
    Paragraphs are separated by a blank line; channels show each paragraph as one message.
    """
    spec = _spec()["responses"].get(name)
    if spec is None:
        return None
    lang = normalise(lang) or DEFAULT
    slots = slots or {}
    text = _from_guides(message, lang, slots) if spec.get("answer_from_guides") and message else None
    if text is None and "render" in spec:
        text = _RENDERERS[spec["render"]](lang, _where_now(message, slots))
    elif text is None:
        text = "\n\n".join(translate(key, lang, domain=spec.get("domain", "messages")) for key in spec["text"])
    reply: dict[str, Any] = {"text": text}
    if spec.get("buttons"):
        reply["buttons"] = _BUTTONS[spec["buttons"]](lang)
    return reply


# ---- buttons ---------------------------------------------------------------------------

def _menu_buttons(lang: str) -> list[dict[str, str]]:
    return [
        {"title": translate("menu.button.country", lang), "payload": "/ask_legal_channels"},
        {"title": translate("menu.button.offer", lang), "payload": "/screen_offer"},
        {"title": translate("menu.button.help", lang), "payload": "/ask_hotline"},
    ]


def _destination_buttons(lang: str) -> list[dict[str, str]]:
    # The payload is the country's name in the user's language: it works typed too.
    return [
        {"title": country_name(code, lang), "payload": country_name(code, lang)}
        for code in _spec()["destination_buttons"]
    ]


def _language_buttons(lang: str) -> list[dict[str, str]]:
    return [
        {"title": language_autonym(code), "payload": f'/choose_language{{"language":"{code}"}}'}
        for code in SUPPORTED
    ]


def _answer_buttons(lang: str) -> list[dict[str, str]]:
    return [
        {"title": translate("answer.yes", lang), "payload": "/affirm"},
        {"title": translate("answer.no", lang), "payload": "/deny"},
        {"title": translate("answer.unknown", lang), "payload": "/out_of_scope"},
    ]


_BUTTONS = {"menu": _menu_buttons, "destinations": _destination_buttons, "languages": _language_buttons,
            "answers": _answer_buttons}


# ---- replies built from the directory ---------------------------------------------------

def _line(h: directory.Hotline, lang: str) -> str:
    """One contact: name, number, and when known its hours and the languages it answers in."""
    extra = [h.hours] if h.hours else []
    if h.languages:
        extra.append(", ".join(language_name(code, lang) for code in h.languages))
    text = f"• {h.name}: {h.contact}"
    return f"{text} ({'; '.join(extra)})" if extra else text


def _elsewhere(lang: str) -> list[str]:
    have = set(directory.countries_with_emergency_numbers())
    main = _spec()["destination_buttons"]
    # The main destinations first, in the order of the destination buttons.
    order = [c for c in main if c in have] + sorted(have - set(main))
    return [
        f"• {country_name(code, lang)}: " + " / ".join(h.contact for h in directory.emergency_numbers(code))
        for code in order[:MAX_ELSEWHERE]
    ]


def _numbers_block(lang: str, slots: Mapping[str, Any]) -> tuple[str, bool]:
    """The numbers for where the person is (else the main destinations'), then their own country's
    lines; and whether the first are local. One paragraph: the first message a channel shows."""
    dest = (slots.get("destination") or "").upper() or None
    origin = (slots.get("origin") or "").upper() or likely_origin(lang)
    found = directory.help_for(dest, None if origin == "ZZ" else origin)
    home = []
    if found.home:
        home = [translate("emergency.in_country", lang, country=country_name(found.home[0].country, lang))]
        home += [_line(h, lang) for h in found.home]
    if found.local:
        local = [translate("emergency.in_country", lang, country=country_name(dest, lang))]
        return "\n".join(local + [_line(h, lang) for h in found.local] + home), True
    elsewhere = [translate("emergency.elsewhere", lang)] + _elsewhere(lang)
    return "\n".join(home + elsewhere), False


def _emergency(lang: str, slots: Mapping[str, Any]) -> str:
    """Numbers first (in the first message a channel shows), then short advice, then ask where."""
    numbers, local = _numbers_block(lang, slots)
    parts = [translate("emergency.intro", lang) + "\n" + numbers, translate("emergency.safety", lang)]
    if not local:
        parts.append(translate("emergency.where", lang))
    return "\n\n".join(parts)


def _hotlines(lang: str, slots: Mapping[str, Any]) -> str:
    numbers, local = _numbers_block(lang, slots)
    parts = [translate("help.intro", lang) + "\n" + numbers]
    if not local:
        parts.append(translate("emergency.where", lang))
    return "\n\n".join(parts)


_RENDERERS = {"emergency": _emergency, "hotlines": _hotlines}


def _where_now(message: str | None, slots: Mapping[str, Any]) -> Mapping[str, Any]:
    """The slots, with the destination set to the one country the message names ("I am in Riyadh,
    ..."): someone in danger is where they say they are, even when the message came while the bot
    waited for something else (an offer, their origin) and no slot took the country."""
    named = {m.code for m in find_countries(message or "")}
    return {**slots, "destination": named.pop()} if len(named) == 1 else slots


def _from_guides(message: str, lang: str, slots: Mapping[str, Any]) -> str | None:
    """The guides' answer to a free-text message when a destination is known, else None."""
    from bot.guides.ask import ask

    try:
        reply = ask(message, lang, slots.get("destination"), slots.get("origin"))
    except Exception:  # noqa: BLE001 - the static fallback still answers, in the user's language
        log.exception("answering from the guides failed")
        return None
    return reply.answer if reply.destination else None
