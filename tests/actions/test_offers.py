import asyncio

from actions.offers import ValidateOfferForm


def _extract(tracker, dispatcher):
    return asyncio.run(ValidateOfferForm().extract_offer_screened(dispatcher, tracker, {}))


def test_the_message_after_paste_the_offer_is_screened_and_answered(tracker_from, dispatcher):
    result = _extract(tracker_from("tracker_offer_pasted.json"), dispatcher)
    assert result == {"offer_screened": True}
    assert dispatcher.messages and dispatcher.messages[0]["text"]


def test_the_request_that_opens_the_form_is_not_taken_for_the_offer(tracker_from, dispatcher):
    result = _extract(tracker_from("tracker_offer_pasted.json", requested_slot=None), dispatcher)
    assert result == {}
    assert dispatcher.messages == []


def test_the_offer_text_is_never_put_into_a_slot(tracker_from, dispatcher):
    tracker = tracker_from("tracker_offer_pasted.json")
    result = _extract(tracker, dispatcher)
    assert tracker.latest_message["text"] not in map(str, result.values())
