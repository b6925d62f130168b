"""What every action needs from a tracker: the user's language and the last intent of a kind."""

from __future__ import annotations

from typing import Iterable, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
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


def loop_when_user_wrote(tracker: Tracker) -> Optional[str]:
    """The form that was active when the person sent their latest message (None outside a form):
    whether the message answers the form's question or is the request that opened it."""
    active = when = None
    for event in tracker.events:
        if event.get("event") == "active_loop":
            active = event.get("name")
        elif event.get("event") == "user":
            when = active
    return when


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


class QuotedAnswers:
    """For a form whose answers are quoted text, not the person's own words (a pasted offer, an
    agency's name, a country's name): an answer that switched the conversation's language is
    undone ("Indonesia" or "Azizah Internasional Manpower" is not a reason to answer in Indonesian)."""

    async def run(self, dispatcher, tracker, domain):  # noqa: D102
        events = await super().run(dispatcher, tracker, domain)
        if loop_when_user_wrote(tracker) == self.form_name():
            _, keep = language_before_quoted_text(tracker)
            events += [SlotSet(name, value) for name, value in keep.items()]
        return events


class PassesOnSlots:
    """For a FormValidationAction whose extraction also sets slots that are not the form's
    (`passes_on`): rasa_sdk's validation keeps only the form's own slots, so these are added back."""

    passes_on: tuple[str, ...] = ()

    async def get_validation_events(self, dispatcher, tracker, domain):  # noqa: D102
        events = await super().get_validation_events(dispatcher, tracker, domain)
        recent = tracker.slots_to_validate()
        return events + [SlotSet(name, recent[name]) for name in self.passes_on if name in recent]
