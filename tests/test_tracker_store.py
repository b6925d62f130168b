"""components.tracker_store: what Rasa's SQL tracker store keeps of a conversation, on real SQLite."""

import asyncio
import sqlite3

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy import DELETE_ACTION, KEY_ENV, pseudonym
from components.tracker_store import PrivateSQLTrackerStore

PHONE = "+639175550142"


@pytest.fixture()
def store(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    domain = Domain.from_dict({"intents": ["greet", "delete_data"], "slots": {
        "language": {"type": "text", "mappings": [{"type": "custom"}]}}})
    return PrivateSQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "tracker.db"))


def _save(store, sender, *events):
    tracker = asyncio.run(store.retrieve(sender)) or DialogueStateTracker(sender, store.domain.slots)
    for e in events:
        tracker.update(e)
    asyncio.run(store.save(tracker))


def _rows(tmp_path):
    return sqlite3.connect(tmp_path / "tracker.db").execute("select sender_id, data from events").fetchall()


def test_a_conversation_is_stored_under_a_pseudonym_and_found_again_by_the_real_id(store, tmp_path):
    _save(store, PHONE, SessionStarted(), UserUttered("hello", {"name": "greet"}), SlotSet("language", "fil"))
    key = (tmp_path / "sender.key").read_text().encode()
    assert {s for s, _ in _rows(tmp_path)} == {pseudonym(PHONE, key)}
    assert PHONE.encode() not in (tmp_path / "tracker.db").read_bytes()
    again = asyncio.run(store.retrieve(PHONE))
    assert again.sender_id == PHONE and again.get_slot("language") == "fil"
    assert asyncio.run(store.retrieve("someone else")) is None


def test_delete_my_data_erases_every_session_at_once(store, tmp_path):
    _save(store, PHONE, SessionStarted(), UserUttered("my boss took my passport in Riyadh", {"name": "ask_rights"}),
          BotUttered("You have the right to keep your passport."))
    _save(store, PHONE, SessionStarted(), UserUttered("hello again", {"name": "greet"}))  # a second session
    _save(store, "another person", SessionStarted(), UserUttered("hello", {"name": "greet"}))
    _save(store, PHONE, UserUttered("delete my data", {"name": "delete_data"}), ActionExecuted(DELETE_ACTION),
          BotUttered("Done: I have deleted everything"))
    assert asyncio.run(store.retrieve(PHONE)) is None  # the next message starts afresh
    assert asyncio.run(store.retrieve_full_tracker(PHONE)) is None
    assert asyncio.run(store.retrieve("another person")) is not None  # nobody else's
    content = (tmp_path / "tracker.db").read_bytes()
    for gone in (b"took my passport", b"hello again", b"delete my data"):
        assert gone not in content, gone
    _save(store, PHONE, SessionStarted(), UserUttered("hi", {"name": "greet"}))
    assert len(asyncio.run(store.retrieve(PHONE)).events) == 2  # a new conversation is kept again


def test_a_database_server_needs_a_shared_key(monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    with pytest.raises(ValueError, match=KEY_ENV):
        PrivateSQLTrackerStore(domain=Domain.empty(), dialect="postgresql", db="rasa", host="127.0.0.1")
