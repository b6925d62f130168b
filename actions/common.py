"""What every action needs from a tracker: the user's language and the last intent of a kind."""

from __future__ import annotations

from typing import Iterable, Optional

from rasa_sdk import Tracker

from bot.language_choice import effective
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
