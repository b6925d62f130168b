"""Rasa's REST and socket.io channels, each with a per-sender message limit (bot/limits.py).

A sender over the limit gets a polite reply in their language instead of an answer, never
silence; a message with danger words always goes through. When answering fails, the error is
logged without the message's text (Rasa's own channel logs the text). Configured in credentials.yml under
the same names as Rasa's own channels (`rest`, `socketio`), so the webhook URLs do not change;
`per_minute` sets the limit (default 20).
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.rest import RestInput as _RasaRest
from rasa.core.channels.socketio import SocketIOInput as _RasaSocketIO

from bot.danger import danger_words
from bot.limits import PER_MINUTE, SenderLimiter

Handler = Callable[[UserMessage], Awaitable[Any]]
log = logging.getLogger(__name__)


def _language(message: UserMessage) -> str:
    from bot.detect import detect_language
    from bot.language_choice import from_metadata
    from bot.languages import normalise

    return from_metadata(message.metadata) or normalise(detect_language(message.text or "")) or "en"


class _Limited:
    limiter: SenderLimiter

    def _limited(self, on_new_message: Handler) -> Handler:
        async def handle(message: UserMessage) -> Any:
            if danger_words(message.text or "") or self.limiter.allow(str(message.sender_id)):
                try:
                    return await on_new_message(message)
                except Exception:  # noqa: BLE001 - Rasa's REST channel would log the message's text
                    log.exception("handling a message failed (its text is not logged)")
                    return None
            from bot.i18n import translate

            await message.output_channel.send_text_message(
                message.sender_id, translate("limits.slow_down", _language(message)))
            return None

        return handle


class RestInput(_Limited, _RasaRest):
    """Rasa's REST channel (`/webhooks/rest/webhook`), limited per sender."""

    def __init__(self, per_minute: int = PER_MINUTE) -> None:
        self.limiter = SenderLimiter(per_minute)

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls(int((credentials or {}).get("per_minute", PER_MINUTE)))

    def blueprint(self, on_new_message: Handler):  # noqa: D102
        return super().blueprint(self._limited(on_new_message))


class SocketIOInput(_Limited, _RasaSocketIO):
    """Rasa's socket.io channel (the web chat), limited per sender."""

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = dict(credentials or {})
        per_minute = int(credentials.pop("per_minute", PER_MINUTE))
        channel = super().from_credentials(credentials)
        channel.limiter = SenderLimiter(per_minute)
        return channel

    def blueprint(self, on_new_message: Handler):  # noqa: D102
        return super().blueprint(self._limited(on_new_message))
