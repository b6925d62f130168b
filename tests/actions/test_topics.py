import asyncio

import pytest

from actions.topics import TOPIC_INTENTS, ActionAnswerTopic
from bot.guides.facts import facts_for


def _run(tracker, dispatcher):
    asyncio.run(ActionAnswerTopic().run(dispatcher, tracker, {}))
    [message] = dispatcher.messages
    return message["text"]


def test_topic_question_is_answered_from_the_guide_of_the_destination(tracker_from, dispatcher):
    text = _run(tracker_from("tracker_visa_saudi.json"), dispatcher)
    assert "Saudi Arabia" in text
    assert facts_for("SA", "visa")[0].source["url"] in text


def test_topic_answer_comes_in_the_conversation_language(tracker_from, dispatcher):
    text = _run(tracker_from("tracker_visa_saudi.json", language="zh"), dispatcher)
    assert "沙特阿拉伯" in text


def test_without_facts_the_bot_says_honestly_it_cannot_answer_yet(tracker_from, dispatcher):
    text = _run(tracker_from("tracker_visa_saudi.json", destination="AQ"), dispatcher)
    assert "cannot answer" in text and "help" in text


def test_corridor_facts_follow_the_origin_of_the_users_language(tracker_from, dispatcher):
    """An Amharic speaker gets the Ethiopia corridor facts for Saudi Arabia, labelled, and not India's."""
    from bot.guides.facts import all_facts
    from bot.guides.catalog import text_in

    sa = [f for f in all_facts() if f.destination == "SA"]
    topic = next(t for t in {f.topic for f in sa}
                 if any("ET" in f.origins for f in sa if f.topic == t)
                 and any("ET" not in f.origins and f.origins for f in sa if f.topic == t))
    tracker = tracker_from("tracker_visa_saudi.json", language="am")
    tracker.latest_message["intent"]["name"] = f"ask_{topic}"
    tracker.events[-1]["parse_data"]["intent"]["name"] = f"ask_{topic}"
    text = _run(tracker, dispatcher)
    ethiopian = [f for f in sa if f.topic == topic and "ET" in f.origins]
    others = [f for f in sa if f.topic == topic and f.origins and "ET" not in f.origins]
    assert any(text_in(f, "am").split("{")[0][:30] in text for f in ethiopian)
    assert not any(text_in(f, "am").split("{")[0][:30] in text for f in others)
    assert "ኢትዮጵያ" in text  # "For workers from Ethiopia", in Amharic


@pytest.mark.parametrize("intent, topic", sorted(TOPIC_INTENTS.items()))
def test_each_topic_intent_gets_that_topics_facts_for_the_destination(tracker_from, dispatcher, intent, topic):
    """In Filipino (likely origin: the Philippines), for a destination with facts on the topic."""
    from bot.guides.facts import all_facts
    from bot.i18n import country_name, translate

    fact = next(f for f in all_facts() if f.topic == topic and (not f.origins or "PH" in f.origins))
    tracker = tracker_from("tracker_visa_saudi.json", destination=fact.destination, language="fil")
    tracker.latest_message["intent"]["name"] = intent
    tracker.events[-1]["parse_data"]["intent"]["name"] = intent
    text = _run(tracker, dispatcher)
    assert text.startswith(translate("guide.heading", "fil", topic=translate(f"topic.{topic}", "fil"),
                                     country=country_name(fact.destination, "fil")))
    shown = [f for f in facts_for(fact.destination, topic) if not f.origins or "PH" in f.origins]
    assert shown[0].source["url"] in text


def _embassy_question(tracker):
    tracker.latest_message["intent"]["name"] = "ask_embassy"
    tracker.events[1]["parse_data"]["intent"]["name"] = "ask_embassy"
    return tracker


def _required(tracker, dispatcher):
    from actions.topics import ValidateDestinationForm

    return asyncio.run(ValidateDestinationForm().required_slots(["destination", "origin"], dispatcher, tracker, {}))


def test_the_form_asks_the_origin_of_an_english_speaker_when_the_embassy_depends_on_it(tracker_from, dispatcher):
    tracker = _embassy_question(tracker_from("tracker_visa_saudi.json"))
    assert _required(tracker, dispatcher) == ["destination", "origin"]
    # Known from an earlier answer, or likely from the language: not asked.
    assert _required(_embassy_question(tracker_from("tracker_visa_saudi.json", origin="PH")), dispatcher) == ["destination"]
    assert _required(_embassy_question(tracker_from("tracker_visa_saudi.json", language="am")), dispatcher) == ["destination"]
    # A topic whose answer holds for everyone: not asked.
    assert _required(tracker_from("tracker_visa_saudi.json"), dispatcher) == ["destination"]


def test_the_origin_question_offers_the_origins_the_guide_covers_and_a_way_out(tracker_from, dispatcher):
    from actions.topics import ActionAskOrigin

    tracker = _embassy_question(tracker_from("tracker_visa_saudi.json", language="vi"))
    asyncio.run(ActionAskOrigin().run(dispatcher, tracker, {}))
    [message] = dispatcher.messages
    assert "Bạn đến từ nước nào" in message["text"]
    titles = [b["title"] for b in message["buttons"]]
    assert "Philippines" in titles and "Ấn Độ" in titles  # country names in Vietnamese
    assert message["buttons"][-1]["payload"] == "/deny"


def test_the_answer_gives_only_the_embassy_of_the_origin_the_person_named(tracker_from, dispatcher):
    text = _run(_embassy_question(tracker_from("tracker_visa_saudi.json", origin="PH")), dispatcher)
    assert "Philippines" in text and "India" not in text


def test_my_country_is_not_listed_gets_an_honest_no_answer_not_another_countrys_embassy(tracker_from, dispatcher):
    text = _run(_embassy_question(tracker_from("tracker_visa_saudi.json", origin="ZZ")), dispatcher)
    assert "cannot answer" in text and "India" not in text and "Philippines" not in text


def test_legal_channels_end_with_where_to_check_a_recruiters_licence_at_home(tracker_from, dispatcher):
    tracker = tracker_from("tracker_visa_saudi.json", language="ne", destination="MY")
    tracker.latest_message["intent"]["name"] = "ask_legal_channels"
    tracker.events[1]["parse_data"]["intent"]["name"] = "ask_legal_channels"
    text = _run(tracker, dispatcher)
    assert "foreignjob.dofe.gov.np" in text  # Nepal's Department of Foreign Employment, for a Nepali speaker


def test_an_embassy_the_guides_lack_comes_from_the_help_directory_with_its_source(tracker_from, dispatcher):
    from bot.directory import embassies, hotlines  # noqa: F401 - the directory database is built on use

    pairs = [(e.origin, e.destination, e) for dest in {"SA", "AE", "QA", "MY", "HK", "KR", "JP", "SG"}
             for e in embassies(None, dest)
             if not any(e.origin in f.origins for f in facts_for(dest, "embassy"))]
    assert pairs, "the directory should add embassies the guides do not have"
    origin, dest, mission = pairs[0]
    tracker = _embassy_question(tracker_from("tracker_visa_saudi.json", origin=origin, destination=dest))
    text = _run(tracker, dispatcher)
    assert mission.contact.split(" / ")[0] in text and mission.source["url"] in text


def test_a_country_named_in_answer_to_which_country_does_not_switch_the_language(tracker_from, dispatcher):
    from actions.topics import ValidateDestinationForm

    tracker = tracker_from("tracker_visa_saudi.json", language="id")  # "Indonesia" read as a language choice
    tracker.events[:0] = [{"event": "slot", "name": "language", "value": "en"}]
    tracker.events.insert(3, {"event": "active_loop", "name": "destination_form"})  # asked before the answer
    events = asyncio.run(ValidateDestinationForm().run(dispatcher, tracker, {"forms": {"destination_form": {
        "required_slots": ["destination", "origin"]}}, "slots": {}}))
    assert {"event": "slot", "timestamp": None, "name": "language", "value": "en"} in events
