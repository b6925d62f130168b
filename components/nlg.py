"""Rasa NLG running inside the Rasa server: every response rendered from the catalogs by `bot.replies`.

Because it runs in the Rasa process, greeting, fallback and the help answer come in the user's
language (and with the numbers for where they are) even when the action server is down.
Configured in endpoints.yml as `nlg: {type: components.nlg.CatalogNLG}`.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, Optional, Text

from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import replies
from bot.i18n import translate
from bot.language_choice import effective

log = logging.getLogger(__name__)


class CatalogNLG(NaturalLanguageGenerator):
    """Renders `utter_*` responses with `bot.replies`; anything else falls back to the domain's responses."""

    def __init__(self, endpoint_config: Any = None, domain: Any = None, **_: Any) -> None:
        self._domain_nlg = TemplatedNaturalLanguageGenerator(domain.responses if domain else {})

    async def generate(
        self,
        utter_action: Text,
        tracker: DialogueStateTracker,
        output_channel: Text,
        **kwargs: Any,
    ) -> Optional[Dict[Text, Any]]:
        slots = tracker.current_slot_values()
        lang = effective(slots.get("language"), slots.get("channel_language"))
        try:
            reply = replies.render(utter_action, lang, slots)
            if reply is not None and lang and _switched_this_turn(tracker, lang):
                reply["text"] = translate("language.switched", lang) + "\n\n" + reply["text"]
        except Exception:  # never leave the user without an answer; the domain's English text remains
            log.exception("rendering %s failed", utter_action)
            reply = None
        if reply is not None:
            return reply
        return await self._domain_nlg.generate(utter_action, tracker, output_channel, **kwargs)


def _switched_this_turn(tracker: DialogueStateTracker, lang: str) -> bool:
    """Whether the user's last message moved the conversation to `lang` from another language
    without asking for it (so the bot should say so), and this is the first reply to that message.
    """
    events = list(tracker.applied_events())
    users = [i for i, e in enumerate(events) if isinstance(e, UserUttered)]
    if not users:
        return False
    last = users[-1]
    if any(isinstance(e, BotUttered) for e in events[last + 1:]):
        return False
    if (events[last].intent or {}).get("name") == "choose_language":
        return False  # an explicit choice is confirmed by its own answer
    before = {"language": None, "channel_language": None}
    for event in events[:last]:
        if isinstance(event, SlotSet) and event.key in before:
            before[event.key] = event.value
    previous = effective(before["language"], before["channel_language"])
    return previous is not None and previous != lang
