"""Rasa's SQL tracker store, minus what must not be kept (bot/privacy.py):

- the text of pasted job offers and of the bot's replies that quote them;
- the sender id itself: rows are stored and found under `pseudonym(sender_id)`;
- a conversation in which the person asked to delete their data: erased at once, all sessions.

Configured in endpoints.yml (`type: components.tracker_store.PrivateSQLTrackerStore`) for SQLite
and PostgreSQL alike. The key of the pseudonyms is $BYG_SENDER_KEY, else (SQLite) a key file next
to the database, made at first start; `sender_key_file` in endpoints.yml names another.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.privacy import asks_deletion, private_positions, pseudonym, redact, sender_key


class PrivateSQLTrackerStore(SQLTrackerStore):
    """Stores events as Rasa does, under a pseudonym, without the text of pasted offers, and
    not at all once the person asked for their data to be deleted."""

    def __init__(self, *args: Any, sender_key_file: Optional[Text] = None, **kwargs: Any) -> None:
        db, dialect = kwargs.get("db"), kwargs.get("dialect", "sqlite")
        if sender_key_file:
            key_file: Optional[Path] = Path(sender_key_file)
        elif dialect == "sqlite" and db:
            key_file = Path(db).resolve().parent / "sender.key"
        else:
            key_file = None  # a database server: the key must come from the environment
        self._key = sender_key(key_file)
        super().__init__(*args, **kwargs)

    def _stored_id(self, sender_id: Text) -> Text:
        return pseudonym(sender_id, self._key)

    def _event_query(self, session, sender_id: Text, fetch_events_from_all_sessions: bool):
        return super()._event_query(session, self._stored_id(sender_id), fetch_events_from_all_sessions)

    def _erase(self, session, sender_id: Text) -> None:
        if self.engine.dialect.name == "sqlite":  # overwrite the rows, not only unlink them
            session.execute(sa.text("PRAGMA secure_delete = ON"))
        session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == self._stored_id(sender_id)).delete()

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's `SQLTrackerStore.save`, storing under the pseudonym, private texts removed;
        erasing instead once the person asked for it."""
        await self.stream_events(tracker)
        events = [e.as_dict() for e in tracker.events]  # what the privacy rules read, made once a turn
        with self.session_scope() as session:
            if asks_deletion(events):
                # Every session of this person, and nothing of this turn: the next message starts afresh.
                self._erase(session, tracker.sender_id)
                session.commit()
                return
            stored_id = self._stored_id(tracker.sender_id)
            new = list(self._additional_events(session, tracker))
            private = private_positions(events)
            for i, event in enumerate(new, start=len(events) - len(new)):
                data = redact(events[i]) if i in private and isinstance(event, (UserUttered, BotUttered)) else events[i]
                session.add(self.SQLEvent(
                    sender_id=stored_id,
                    type_name=event.type_name,
                    timestamp=data.get("timestamp"),
                    intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=data.get("name"),
                    data=json.dumps(data),
                ))
            session.commit()
