"""Answer a topic question (visa, fees, ...) for the destination, from the country guides."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language, last_intent, say
from bot.guides.answer import answer
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


class ActionAnswerTopic(Action):
    """The guides' answer for the asked topic and destination, or an honest 'not written yet'."""

    def name(self) -> Text:
        return "action_answer_topic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        lang = language(tracker)
        intent = last_intent(tracker, [*TOPIC_INTENTS, "check_agency"])
        if intent == "check_agency":
            say(dispatcher, tracker, translate("coming.agency", lang))
            return []
        topic = TOPIC_INTENTS.get(intent or "", "legal_channels")
        dest = tracker.get_slot("destination")
        origin = tracker.get_slot("origin") or likely_origin(lang)
        found = answer(topic, dest, lang, origin) if dest else None
        if found:
            say(dispatcher, tracker, found.text)
            return []
        country = country_name(dest, lang) if dest else translate("country.unknown", lang)
        say(dispatcher, tracker,
            translate("coming.topic", lang, topic=translate(f"topic.{topic}", lang), country=country))
        return []
