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
from rasa.shared.core.trackers import DialogueStateTracker

from bot import directory, replies
from bot.i18n import translate
from bot.language_choice import effective, switched_this_turn

log = logging.getLogger(__name__)


class CatalogNLG(NaturalLanguageGenerator):
    """Renders `utter_*` responses with `bot.replies`; anything else falls back to the domain's responses."""

    def __init__(self, endpoint_config: Any = None, domain: Any = None, **_: Any) -> None:
        self._domain_nlg = TemplatedNaturalLanguageGenerator(domain.responses if domain else {})
        # The numbers must be there before the first message: a missing or corrupt directory
        # database is rebuilt now; broken directory files stop the server with every problem.
        counts = directory.ready()
        log.info("help directory: %s", counts)

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
            reply = replies.render(utter_action, lang, slots, tracker.latest_message.text if tracker.latest_message else None)
            if reply is not None and lang and switched_this_turn((e.as_dict() for e in tracker.applied_events()), lang):
                reply["text"] = translate("language.switched", lang) + "\n\n" + reply["text"]
        except Exception:  # never leave the user without an answer; the domain's English text remains
            log.exception("rendering %s failed", utter_action)
            reply = None
        if reply is not None:
            return reply
        return await self._domain_nlg.generate(utter_action, tracker, output_channel, **kwargs)

