"""Rasa component: strong danger words make the intent `emergency`, whatever the classifier thought,
and `emergency` as the classifier's top intent is never left to the fallback.

Runs after the intent classifier and before the FallbackClassifier, so a cry for help is never
turned into "sorry, I did not understand".
"""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.base import StatelessComponent
from bot.danger import danger_words
from bot.screening.inputs import OFFER_MIN_CHARS

# A pasted job offer may say "we keep your passport": that is for the screener, not a cry for help.
# Only a text as long as an offer keeps that intent: short messages with danger words are cries
# for help even when the classifier thinks of an offer ("they brought me for one job and forced me
# into another").
KEEP_IF_CONFIDENT = {"screen_offer": 0.8}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class DangerOverride(StatelessComponent):
    """Sets the intent to `emergency` (confidence 1) when the text has strong danger words."""

    @classmethod
    def warm_up(cls) -> None:
        danger_words("compile the patterns at model load")

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            name, conf = intent.get(INTENT_NAME_KEY), intent.get(PREDICTED_CONFIDENCE_KEY, 0.0)
            if conf >= KEEP_IF_CONFIDENT.get(name, 2.0) and len(message.get(TEXT) or "") >= OFFER_MIN_CHARS:
                continue
            # A cry for help the classifier recognised, however unsure, must not become
            # "sorry, I did not understand": emergency as the top intent is taken as certain.
            if name == "emergency" or danger_words(message.get(TEXT) or ""):
                emergency = {INTENT_NAME_KEY: "emergency", PREDICTED_CONFIDENCE_KEY: 1.0}
                message.set(INTENT, emergency, add_to_output=True)
                # The classifier's other guesses stay, halved: FallbackClassifier treats a runner-up
                # within its ambiguity threshold of the top intent as "not understood", and a
                # runner-up at 0.97 would otherwise turn this certain emergency into a fallback.
                ranking = [{**r, PREDICTED_CONFIDENCE_KEY: r.get(PREDICTED_CONFIDENCE_KEY, 0.0) / 2}
                           for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != "emergency"]
                message.set(INTENT_RANKING_KEY, [emergency, *ranking], add_to_output=True)
        return messages
