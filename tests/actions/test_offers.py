import asyncio

from actions.offers import ValidateOfferForm


def _extract(tracker, dispatcher):
    return asyncio.run(ValidateOfferForm().extract_offer_screened(dispatcher, tracker, {}))


def test_the_message_after_paste_the_offer_is_screened_and_answered(tracker_from, dispatcher):
    result = _extract(tracker_from("tracker_offer_pasted.json"), dispatcher)
    assert result["offer_screened"] is True and result["offer_flags"]
    assert dispatcher.messages and dispatcher.messages[0]["text"]


def test_the_questions_the_offer_left_open_are_asked_next_one_by_one(tracker_from, dispatcher):
    tracker = tracker_from("tracker_offer_pasted.json")
    result = _extract(tracker, dispatcher)
    assert result["offer_questions"] and len(result["offer_questions"]) <= 3
    tracker.slots.update(result)
    required = asyncio.run(ValidateOfferForm().required_slots([], dispatcher, tracker, {}))
    assert required == ["offer_screened"] + [f"answer_{q}" for q in result["offer_questions"]]


def test_the_answers_rate_the_risk_again_and_clear_the_offer(tracker_from, dispatcher):
    from actions.offers import ActionOfferDone

    tracker = tracker_from("tracker_offer_pasted.json", offer_flags=[], offer_questions=["fee", "passport"],
                           answer_fee="yes", answer_passport="no")
    events = asyncio.run(ActionOfferDone().run(dispatcher, tracker, {}))
    [message] = dispatcher.messages
    assert "With your answers, the risk is: HIGH" in message["text"]
    assert "Someone else keeps your passport" in message["text"]
    assert {e["name"] for e in events if e["event"] == "slot" and e["value"] is None} >= {
        "offer_screened", "offer_flags", "offer_questions", "answer_fee", "answer_passport"}


def test_the_request_that_opens_the_form_is_not_taken_for_the_offer(tracker_from, dispatcher):
    tracker = tracker_from("tracker_offer_pasted.json")
    del tracker.events[2:]  # "check an offer", then the form starts (as Rasa runs it on activation)
    tracker.events += [{"event": "active_loop", "name": "offer_form"},
                       {"event": "slot", "name": "requested_slot", "value": "offer_screened"}]
    tracker.slots["requested_slot"] = "offer_screened"
    assert _extract(tracker, dispatcher) == {}
    assert dispatcher.messages == []


def test_an_answer_to_a_follow_up_question_is_not_screened_as_another_offer(tracker_from, dispatcher):
    tracker = tracker_from("tracker_offer_pasted.json", offer_screened=True, requested_slot="answer_fee")
    assert _extract(tracker, dispatcher) == {} and dispatcher.messages == []


def test_the_offer_text_is_never_put_into_a_slot(tracker_from, dispatcher):
    tracker = tracker_from("tracker_offer_pasted.json")
    result = _extract(tracker, dispatcher)
    assert tracker.latest_message["text"] not in map(str, result.values())


def test_what_the_screening_found_survives_the_forms_validation(tracker_from, dispatcher):
    """rasa_sdk drops non-form slots of an extraction; the whole validation run must keep them."""
    tracker = tracker_from("tracker_offer_pasted.json")
    events = asyncio.run(ValidateOfferForm().run(dispatcher, tracker, {"forms": {"offer_form": {"required_slots": [
        "offer_screened", "answer_fee", "answer_passport", "answer_contract", "answer_licence", "answer_employer"]}},
        "slots": {}}))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["offer_screened"] is True and slots["offer_flags"] and slots["offer_questions"]
    assert slots["requested_slot"] == f"answer_{slots['offer_questions'][0]}"
