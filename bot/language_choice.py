"""Which language one message asks for: explicit choice > channel metadata > confident detection.

`choose` gives the language a message itself sets (an explicit choice, or enough text confidently
in one language), or None when it gives no reason to change, so the `language` slot stays as it
was ("ok" and "hi" never switch). `from_metadata` gives the language the channel reports (the
phone's or web chat's setting); it goes to its own slot and only counts while the conversation
has no language of its own, so a channel that repeats "en" on every message cannot undo a choice.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from bot.detect import detect
from bot.langnames import find_language
from bot.languages import normalise

# A message must carry this many letters of one language before it may switch the conversation.
MIN_LETTERS_LATIN = 12
MIN_LETTERS_SCRIPT = 2  # a Han, Ethiopic, Burmese... word is unambiguous
MIN_CONFIDENCE = 0.85
_SCRIPT_LANGS = {"zh", "am", "my", "km", "ne", "ru"}


def from_metadata(metadata: Mapping[str, Any] | None) -> str | None:
    """The language a channel says the user has set (web chat `language`, Telegram `language_code`)."""
    if not metadata:
        return None
    for key in ("language", "lang", "language_code"):
        lang = normalise(metadata.get(key))
        if lang:
            return lang
    return None


def choose(intent: str | None, text: str) -> str | None:
    """The language this message sets for the conversation, or None to keep the current one."""
    if intent == "choose_language":
        named = find_language(text)
        if named:
            return named
    found = detect(text)
    if found.lang is None or found.confidence < MIN_CONFIDENCE:
        return None
    needed = MIN_LETTERS_SCRIPT if found.lang in _SCRIPT_LANGS else MIN_LETTERS_LATIN
    return found.lang if found.letters >= needed else None


def effective(chosen: str | None, channel: str | None) -> str | None:
    """The conversation's language: the one chosen or written in, else the channel's setting."""
    return normalise(chosen) or normalise(channel)


def switched_this_turn(events: Iterable[Mapping[str, Any]], lang: str) -> bool:
    """Whether the user's last message moved the conversation to `lang` from another language
    without asking for it (so the bot should say so), and no reply to that message was sent yet.

    `events` are a tracker's applied events as dicts (Rasa's `as_dict()`, rasa_sdk's `events`).
    """
    events = list(events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if not users:
        return False
    last = users[-1]
    if any(e.get("event") == "bot" for e in events[last + 1:]):
        return False
    if ((events[last].get("parse_data") or {}).get("intent") or {}).get("name") == "choose_language":
        return False  # an explicit choice is confirmed by its own answer
    before: dict[str, Any] = {"language": None, "channel_language": None}
    for event in events[:last]:
        if event.get("event") == "slot" and event.get("name") in before:
            before[event["name"]] = event.get("value")
    previous = effective(before["language"], before["channel_language"])
    return previous is not None and previous != lang
