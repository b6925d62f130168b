"""What every action needs from a tracker: the user's language and the last intent of a kind."""

from __future__ import annotations

from typing import Iterable, Optional

from rasa_sdk import Tracker

from bot.languages import DEFAULT, normalise


def language(tracker: Tracker) -> str:
    """The conversation's language (slot), English if not known yet."""
    return normalise(tracker.get_slot("language")) or DEFAULT


def last_intent(tracker: Tracker, among: Iterable[str]) -> Optional[str]:
    """The most recent user intent that is one of `among`, or None."""
    wanted = set(among)
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            name = (event.get("parse_data") or {}).get("intent", {}).get("name")
            if name in wanted:
                return name
    return None
