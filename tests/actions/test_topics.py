import asyncio

from actions.topics import ActionAnswerTopic
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
