"""What every action needs from a tracker: the user's language and the last intent of a kind."""

from __future__ import annotations

from typing import Iterable, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.i18n import translate
from bot.language_choice import effective, switched_this_turn
from bot.languages import DEFAULT


def language(tracker: Tracker) -> str:
    """The conversation's language (chosen or written in, else the channel's), English if not known."""
    return effective(tracker.get_slot("language"), tracker.get_slot("channel_language")) or DEFAULT


def language_before_quoted_text(tracker: Tracker) -> tuple[str, dict]:
    """For a message that is quoted text (a pasted offer, an agency's name), not the person's own
    words: the conversation's language before it, and the slot to set back if the message
    switched it ("Azizah Internasional Manpower" is not a reason to answer in Indonesian)."""
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    current = language(tracker)
    if not users:
        return current, {}
    before = [e for e in events[:users[-1]] if e.get("event") == "slot" and e.get("name") == "language"]
    previous = before[-1].get("value") if before else None
    if previous and previous != tracker.get_slot("language"):
        return effective(previous, tracker.get_slot("channel_language")) or DEFAULT, {"language": previous}
    return current, {}


def last_intent(tracker: Tracker, among: Iterable[str]) -> Optional[str]:
    """The most recent user intent that is one of `among`, or None."""
    wanted = set(among)
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            name = (event.get("parse_data") or {}).get("intent", {}).get("name")
            if name in wanted:
                return name
    return None


def say(dispatcher: CollectingDispatcher, tracker: Tracker, text: str, lang: str | None = None, **kwargs) -> None:
    """Send `text`; as the first reply after a message that switched the language, say so first
    (not when `lang`, the language `text` is in, is not the one the message switched to)."""
    current = language(tracker)
    if (lang is None or lang == current) and switched_this_turn(tracker.applied_events(), current):
        text = translate("language.switched", current) + "\n\n" + text
    dispatcher.utter_message(text=text, **kwargs)
