from actions.topics import ActionAnswerTopic
from bot.i18n import translate


async def _run(tracker, dispatcher):
    return await ActionAnswerTopic().run(dispatcher, tracker, {})


def test_topic_answer_names_the_topic_and_country_the_user_asked_about(tracker_from, dispatcher):
    import asyncio

    asyncio.run(_run(tracker_from("tracker_visa_saudi.json"), dispatcher))
    [message] = dispatcher.messages
    assert "Saudi Arabia" in message["text"]
    assert translate("topic.visa", "en") in message["text"]


def test_topic_answer_comes_in_the_conversation_language(tracker_from, dispatcher):
    import asyncio

    asyncio.run(_run(tracker_from("tracker_visa_saudi.json", language="zh"), dispatcher))
    [message] = dispatcher.messages
    assert "沙特阿拉伯" in message["text"]
