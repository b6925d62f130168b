"""A tokenizer that picks its method by script, so one NLU model serves all ten languages.

The segmentation itself is `bot.segment` (Han characters, Burmese syllables, Khmer clusters,
spaces and punctuation elsewhere); this class only adapts it to Rasa's Tokenizer interface.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.segment import spans


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class ScriptTokenizer(Tokenizer):
    """Tokens by script: Han characters, Myanmar syllables, Khmer clusters, words elsewhere."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "ScriptTokenizer":
        return cls(config)

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        text = message.get(attribute) or ""
        tokens = [Token(text[a:b], a) for a, b in spans(text)]
        if not tokens:
            # Nothing word-like (empty, blank, only emoji or punctuation): one token, as Rasa's own
            # tokenizers do, so the classifier gets a (zero) feature row and the fallback answers.
            tokens = [Token(text, 0)]
        return self._apply_token_pattern(tokens)
