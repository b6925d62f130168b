"""What our NLU components share: they learn nothing and keep no state, so training passes through."""

from __future__ import annotations

from typing import Any, Dict, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData


class StatelessComponent(GraphComponent):
    """A component with no training and no stored state; subclasses implement `process`."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "StatelessComponent":
        cls.warm_up()
        return cls()

    @classmethod
    def warm_up(cls) -> None:
        """Load data the component needs at model load, so no user waits for it."""

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
