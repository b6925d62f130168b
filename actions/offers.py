"""Screen a pasted job offer with `bot.screening`. The offer text is only read here, never put into a slot."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

import logging

from actions.common import PassesOnSlots, QuotedAnswers, language, language_before_quoted_text, loop_when_user_wrote, say
from bot.i18n import translate
from bot.screening import UnusableInput, screen
from bot.screening.data import flag_book
from bot.screening.followup import render as followup_text, rescore, to_ask
from bot.screening.render import render

log = logging.getLogger(__name__)

# Messages with these intents are not an offer, even while the bot waits for one.
NOT_AN_OFFER = {"emergency", "delete_data", "goodbye", "choose_language"}


class ValidateOfferForm(QuotedAnswers, PassesOnSlots, FormValidationAction):
    """Fills `offer_screened` by screening the message that answers 'paste the offer'."""

    passes_on = ("offer_flags", "offer_questions")

    def name(self) -> Text:
        return "validate_offer_form"

    async def extract_offer_screened(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> Dict[Text, Any]:
        if loop_when_user_wrote(tracker) != "offer_form" or tracker.get_slot("requested_slot") != "offer_screened":
            return {}  # the request that opened the form, or an answer to a follow-up question
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent in NOT_AN_OFFER:
            return {}
        lang = language_before_quoted_text(tracker)[0]  # an English offer pasted by a Nepali speaker
        text = tracker.latest_message.get("text") or ""
        found: dict[str, Any] = {"offer_flags": [], "offer_questions": []}
        try:
            result = screen(text, lang, tracker.get_slot("destination"))
            reply = render(result, text)
            asked = to_ask([q.id for q in result.questions])
            found = {"offer_flags": result.flag_ids, "offer_questions": asked}
            if asked:
                reply += "\n\n" + translate("followup.intro", lang, domain="screening")
        except UnusableInput as exc:
            reply = translate(exc.key, lang, domain="screening", **exc.params)
        except Exception:  # noqa: BLE001 - the person must still hear what to do
            log.exception("screening failed")
            reply = translate("report.internal_error", lang, domain="screening")
        say(dispatcher, tracker, reply, lang=lang)
        return {"offer_screened": True, **found}

    async def required_slots(self, domain_slots, dispatcher, tracker, domain):  # noqa: D102
        # The offer first; then the questions its text left open, one by one (yes / no / don't know).
        return ["offer_screened"] + [f"answer_{q}" for q in tracker.get_slot("offer_questions") or []]


class ActionOfferDone(Action):
    """After the follow-up questions: the risk rated again with the answers; then every offer slot
    is cleared so the next offer starts afresh."""

    def name(self) -> Text:
        return "action_offer_done"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        answers = {q: tracker.get_slot(f"answer_{q}") for q in tracker.get_slot("offer_questions") or []}
        answers = {q: a for q, a in answers.items() if a}
        if answers:
            lang = language(tracker)
            say(dispatcher, tracker, followup_text(rescore(tracker.get_slot("offer_flags") or [], answers), lang))
        answer_slots = [f"answer_{q}" for q in flag_book().red_answers]  # every question that can be asked
        return [SlotSet(name, None) for name in ["offer_screened", "offer_flags", "offer_questions", *answer_slots]]
