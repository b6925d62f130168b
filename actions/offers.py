"""Screen a pasted job offer. The offer text is only read here, never put into a slot."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from actions.common import language
from bot.i18n import translate

# Messages with these intents are not an offer, even while the bot waits for one.
NOT_AN_OFFER = {"emergency", "delete_data", "goodbye", "choose_language"}


class ValidateOfferForm(FormValidationAction):
    """Fills `offer_screened` by screening the message that answers 'paste the offer'."""

    def name(self) -> Text:
        return "validate_offer_form"

    async def extract_offer_screened(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") != "offer_screened":
            return {}  # the message that opened the form is the request, not the offer
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent in NOT_AN_OFFER:
            return {}
        dispatcher.utter_message(text=translate("coming.offer", language(tracker)))
        return {"offer_screened": True}

    async def required_slots(self, domain_slots, dispatcher, tracker, domain):  # noqa: D102
        return ["offer_screened"]


class ActionOfferDone(Action):
    """Clears `offer_screened` after a screening so the next offer is asked for again."""

    def name(self) -> Text:
        return "action_offer_done"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return [SlotSet("offer_screened", None)]
