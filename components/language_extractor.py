"""Rasa entity extractor for `language`: sets the conversation language without the action server."""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.base import StatelessComponent
from bot.language_choice import choose, from_metadata


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class LanguageExtractor(StatelessComponent, EntityExtractorMixin):
    """Adds `language` entities: one when the message names or is clearly written in a language
    (fills the `language` slot), one with role `channel` when the channel reports a language
    (fills `channel_language`, used only while `language` is empty).

    Runs after the intent classifier so that an explicit `choose_language` wins.
    """

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            found = []
            lang = choose(intent, message.get(TEXT) or "")
            if lang:
                found.append({"entity": "language", "value": lang, "start": 0, "end": 0, "confidence": 1.0})
            channel = from_metadata(message.get("metadata"))
            if channel:
                found.append({"entity": "language", "role": "channel", "value": channel,
                              "start": 0, "end": 0, "confidence": 1.0})
            if found:
                message.set(ENTITIES, message.get(ENTITIES, []) + self.add_extractor_name(found), add_to_output=True)
        return messages
