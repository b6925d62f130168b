"""components.channels: the limit and the error handling wrapped around Rasa's channels."""

import asyncio
import logging

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from components.channels import RestInput


def _handle(channel, on_new_message, text, sender="s1"):
    out = CollectingOutputChannel()
    asyncio.run(channel._limited(on_new_message)(UserMessage(text, out, sender)))
    return [m["text"] for m in out.messages]


def test_a_failure_is_logged_without_the_message_text(caplog):
    async def broken(message):
        raise RuntimeError("the model is gone")

    with caplog.at_level(logging.DEBUG):
        _handle(RestInput(), broken, "my boss in Riyadh took my passport, call 0917 555 0142")
    assert "handling a message failed" in caplog.text and "the model is gone" in caplog.text
    assert "0917" not in caplog.text and "Riyadh" not in caplog.text


def test_over_the_limit_the_reply_is_in_the_senders_language_and_danger_always_passes():
    seen = []

    async def answer(message):
        seen.append(message.text)

    channel = RestInput(per_minute=1)
    _handle(channel, answer, "hola")
    [reply] = _handle(channel, answer, "Вы можете проверить это предложение о работе?")
    assert "Пожалуйста, подождите минуту" in reply
    _handle(channel, answer, "help me, they locked me in the room")
    assert seen == ["hola", "help me, they locked me in the room"]
