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


def last_intent(tracker: Tracker, among: Iterable[str]) -> Optional[str]:
    """The most recent user intent that is one of `among`, or None."""
    wanted = set(among)
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            name = (event.get("parse_data") or {}).get("intent", {}).get("name")
            if name in wanted:
                return name
    return None


def say(dispatcher: CollectingDispatcher, tracker: Tracker, text: str, **kwargs) -> None:
    """Send `text`; as the first reply after a message that switched the language, say so first."""
    lang = language(tracker)
    if switched_this_turn(tracker.applied_events(), lang):
        text = translate("language.switched", lang) + "\n\n" + text
    dispatcher.utter_message(text=text, **kwargs)
