"""scripts/loadtest.py (`make loadtest`), small: conversations at once against the real servers,
then every answered message found in the tracker store under its own sender, in order."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import loadtest  # noqa: E402

pytestmark = pytest.mark.skipif(not (ROOT / "models" / "current.tar.gz").exists(),
                                reason="no trained model: run `make train` (make test does)")


def test_parallel_conversations_are_all_answered_and_stored_none_lost_or_mixed(tmp_path):
    figures = loadtest.run(conversations=12, messages=4, timeout=120, var=tmp_path)
    assert (figures["messages"], figures["answered"]) == (48, 48), figures["first_errors"]
    assert figures["errors"] == figures["lost"] == figures["mixed"] == 0


def test_a_conversation_mixed_into_another_is_noticed(tmp_path, monkeypatch):
    real = loadtest.stored_messages
    # As if the store had put person 1's first message into person 0's conversation.
    monkeypatch.setattr(loadtest, "stored_messages", lambda db, key, sender: real(db, key, sender) + (
        ["hello, this is person 1"] if sender == "load-0" else []))
    figures = loadtest.run(conversations=2, messages=1, timeout=120, var=tmp_path)
    assert figures["mixed"] == 1 and figures["lost"] == 0


def test_a_restart_in_the_middle_loses_nothing_that_was_answered(tmp_path):
    figures = loadtest.run(conversations=8, messages=4, timeout=120, var=tmp_path, restart=True)
    assert figures["restarted"] == 1
    assert figures["answered"] == figures["messages"] == 32, figures["first_errors"]
    assert figures["errors"] == figures["lost"] == figures["mixed"] == 0
