"""Answer a topic question (visa, fees, ...) for the destination, from the country guides."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from actions.common import QuotedAnswers, language, last_intent, say
from bot.directory import embassies
from bot.directory.render import embassy_answer, where_to_check
from bot.guides.answer import answer, origins_to_ask
from bot.i18n import country_name, translate
from bot.languages import likely_origin

TOPIC_INTENTS = {
    "ask_legal_channels": "legal_channels",
    "ask_visa": "visa",
    "ask_fees": "fees",
    "ask_contract": "contract",
    "ask_wages": "wages",
    "ask_rights": "rights",
    "ask_embassy": "embassy",
}


def _topic(tracker: Tracker) -> str | None:
    """The guide topic of the question being answered."""
    return TOPIC_INTENTS.get(last_intent(tracker, TOPIC_INTENTS) or "")


def _origin(tracker: Tracker) -> str | None:
    """Where the person comes from: said in this conversation, else guessed from their language."""
    return tracker.get_slot("origin") or likely_origin(language(tracker))


def _origins_to_ask(topic: str, destination: str, origin: str | None) -> list[str]:
    """Origins to offer: the guide's corridors, and for embassies those the directory has."""
    offered = set(origins_to_ask(topic, destination, origin))
    if topic == "embassy" and not origin:
        offered |= {e.origin for e in embassies(None, destination)}
    return sorted(offered)


class ValidateDestinationForm(QuotedAnswers, FormValidationAction):
    """Asks for the destination; then for the origin too, but only when the guide's answer on this
    topic and destination differs by origin and the origin is not known (`origins_to_ask`)."""

    def name(self) -> Text:
        return "validate_destination_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain):  # noqa: D102
        dest, topic = tracker.get_slot("destination"), _topic(tracker)
        if dest and topic and _origins_to_ask(topic, dest, _origin(tracker)):
            return ["destination", "origin"]
        return ["destination"]


class ActionAskOrigin(Action):
    """'Which country are you from?' with a button for each origin the guide has facts for."""

    def name(self) -> Text:
        return "action_ask_origin"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        lang = language(tracker)
        dest, topic = tracker.get_slot("destination"), _topic(tracker)
        codes = _origins_to_ask(topic, dest, None) if dest and topic else []
        # The payload is the country's name in the user's language: typing it works the same way.
        buttons = [{"title": country_name(c, lang), "payload": country_name(c, lang)} for c in codes]
        buttons.append({"title": translate("origin.other", lang), "payload": "/deny"})
        say(dispatcher, tracker, translate("ask.origin", lang), buttons=buttons)
        return []


class ActionAnswerTopic(Action):
    """The guides' answer for the asked topic and destination, or an honest 'not written yet'."""

    def name(self) -> Text:
        return "action_answer_topic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        lang = language(tracker)
        topic = TOPIC_INTENTS.get(last_intent(tracker, TOPIC_INTENTS) or "", "legal_channels")
        dest = tracker.get_slot("destination")
        origin = _origin(tracker)
        found = answer(topic, dest, lang, origin) if dest else None
        if found:
            text = found.text
            if topic == "legal_channels":  # and how to verify a recruiter, at home
                check = where_to_check(origin if origin != "ZZ" else None, lang)
                text = f"{text}\n\n{check}" if check else text
            say(dispatcher, tracker, text)
            return []
        listed = embassy_answer(origin if origin != "ZZ" else None, dest, lang) if dest and topic == "embassy" else None
        if listed:  # not in the guides, but in the help directory
            say(dispatcher, tracker, listed)
            return []
        country = country_name(dest, lang) if dest else translate("country.unknown", lang)
        say(dispatcher, tracker,
            translate("coming.topic", lang, topic=translate(f"topic.{topic}", lang), country=country))
        return []
