"""Rasa entity extractor for `country`: CLDR names and aliases in every language, as ISO codes."""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.base import StatelessComponent
from bot.geo import find_countries, warm_up


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class CountryExtractor(StatelessComponent, EntityExtractorMixin):
    """Adds a `country` entity (value: ISO 3166-1 alpha-2) for each country named in the message."""

    @classmethod
    def warm_up(cls) -> None:
        warm_up()  # build the name index at load, not on the first message

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            found = [
                {"entity": "country", "value": m.code, "start": m.start, "end": m.end, "confidence": 1.0}
                for m in find_countries(message.get(TEXT) or "")
            ]
            if found:
                message.set(ENTITIES, message.get(ENTITIES, []) + self.add_extractor_name(found), add_to_output=True)
        return messages
