import json
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def tracker_from():
    """Build a rasa_sdk Tracker from a JSON fixture in tests/data/, optionally changing slots."""

    def build(name, **slots):
        state = json.loads((DATA / name).read_text(encoding="utf-8"))
        state["slots"].update(slots)
        return Tracker(
            state["sender_id"], state["slots"], state["latest_message"], state["events"],
            state["paused"], state["followup_action"], state["active_loop"], state["latest_action_name"],
        )

    return build


@pytest.fixture
def dispatcher():
    return CollectingDispatcher()
