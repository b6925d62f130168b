import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.agencies import ValidateAgencyForm


def _tracker(text, intent="check_agency", requested=None, language="en"):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    slots = {"language": language, "requested_slot": requested, "agency_checked": None, "origin": None}
    # When the bot asked "which agency?", the form was already running.
    events = ([{"event": "active_loop", "name": "agency_form"}] if requested else []) + [
        {"event": "user", "text": text, "parse_data": latest}]
    return Tracker("agency-test", slots, latest, events, False, None, {"name": "agency_form"}, "agency_form")


def _extract(tracker):
    dispatcher = CollectingDispatcher()
    slots = asyncio.run(ValidateAgencyForm().extract_agency_checked(dispatcher, tracker, {}))
    return slots, "\n".join(m["text"] for m in dispatcher.messages)


def test_an_agency_named_in_the_question_is_looked_up_at_once():
    slots, text = _extract(_tracker("is Azizah Manpower licensed?"))
    assert slots == {"agency_checked": True}
    assert "Azizzah International Manpower Services" in text and "filipinotimes.net" in text


def test_a_question_naming_no_agency_lets_the_form_ask_which_one():
    slots, text = _extract(_tracker("how can I know if my agency is licensed?"))
    assert slots == {} and text == ""


def test_the_answer_to_which_agency_is_looked_up_in_the_users_language():
    slots, text = _extract(_tracker("Sinar Terang Sejahtera", intent="out_of_scope", requested="agency_checked",
                                    language="id"))
    assert slots == {"agency_checked": True}
    assert "Sinar Terang Sejahtera" in text and "siskop2mi.go.id" in text  # not found: Indonesia's official lookup


def test_a_cry_for_help_while_the_bot_waits_for_a_name_is_not_looked_up():
    slots, text = _extract(_tracker("help they locked me in", intent="emergency", requested="agency_checked"))
    assert slots == {} and text == ""


def test_an_agency_name_that_looks_like_another_language_does_not_switch_the_conversation():
    tracker = _tracker("Azizah Internasional Manpower", intent="out_of_scope", requested="agency_checked",
                       language="id")
    tracker.events[:0] = [{"event": "slot", "name": "language", "value": "en"}]  # English before the name
    slots, text = _extract(tracker)
    assert slots == {"agency_checked": True}  # the language is set back by the form's run (next test)
    assert "In our copy of the official registers" in text  # answered in English, no "you wrote in Indonesian"


def test_the_language_set_back_survives_the_forms_validation():
    tracker = _tracker("Azizah Internasional Manpower", intent="out_of_scope", requested="agency_checked",
                       language="id")
    tracker.events[:0] = [{"event": "slot", "name": "language", "value": "en"}]
    events = asyncio.run(ValidateAgencyForm().run(CollectingDispatcher(), tracker,
                                                  {"forms": {"agency_form": {"required_slots": ["agency_checked"]}},
                                                   "slots": {}}))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["agency_checked"] is True and slots["language"] == "en"
