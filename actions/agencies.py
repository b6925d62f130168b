"""Check a recruitment agency in our copy of the registers (`bot.directory.agencies`)."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from actions.common import QuotedAnswers, language, language_before_quoted_text, say
from bot.directory.agencies import find_query, lookup
from bot.directory.render import agency_answer
from bot.i18n import translate
from bot.languages import likely_origin

log = logging.getLogger(__name__)

# Messages with these intents are not an agency's name, even while the bot waits for one.
NOT_A_NAME = {"emergency", "delete_data", "goodbye", "choose_language", "greet", "thank"}


class ValidateAgencyForm(QuotedAnswers, FormValidationAction):
    """Answers from the registers as soon as the agency is known: named in the question
    ("is Azizzah Manpower licensed?"), else in the answer to 'which agency?'."""

    def name(self) -> Text:
        return "validate_agency_form"

    async def extract_agency_checked(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> Dict[Text, Any]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent in NOT_A_NAME:
            return {}
        text = (tracker.latest_message.get("text") or "").strip()
        asked = tracker.get_slot("requested_slot") == "agency_checked"
        lang = language_before_quoted_text(tracker)[0] if asked else language(tracker)
        try:
            query = text if asked else find_query(text)
            if not query:
                return {}  # the question names no agency we can tell: the form asks which one
            origin = tracker.get_slot("origin") or likely_origin(lang)
            reply = agency_answer(lookup(query, home=None if origin == "ZZ" else origin), lang)
        except Exception:  # noqa: BLE001 - the person must still hear where to check
            log.exception("agency lookup failed")
            reply = translate("agency.no_lookup", lang)
        say(dispatcher, tracker, reply, lang=lang)
        return {"agency_checked": True}

    async def required_slots(self, domain_slots, dispatcher, tracker, domain):  # noqa: D102
        return ["agency_checked"]


class ActionAgencyDone(Action):
    """Clears `agency_checked` so the next agency is asked for again."""

    def name(self) -> Text:
        return "action_agency_done"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return [SlotSet("agency_checked", None)]
