"""Rasa entity extractor for `language`: sets the conversation language without the action server."""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.base import StatelessComponent
from bot.language_choice import choose


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class LanguageExtractor(StatelessComponent, EntityExtractorMixin):
    """Adds a `language` entity when the message names, carries or is clearly written in a language.

    Runs after the intent classifier so that an explicit `choose_language` wins.
    """

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            lang = choose(intent, message.get(TEXT) or "", message.get("metadata"))
            if lang:
                entity = {"entity": "language", "value": lang, "start": 0, "end": 0, "confidence": 1.0}
                message.set(ENTITIES, message.get(ENTITIES, []) + self.add_extractor_name([entity]), add_to_output=True)
        return messages
