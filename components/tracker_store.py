"""Rasa's SQL tracker store, minus what must not be kept: the text of pasted job offers and of the
bot's replies that quote them (`bot.privacy.private_positions`). Configured in endpoints.yml (`type: components.tracker_store.
PrivateSQLTrackerStore`) for SQLite and PostgreSQL alike."""

from __future__ import annotations

from typing import Iterator

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy import private_positions, redact


class PrivateSQLTrackerStore(SQLTrackerStore):
    """Stores every event as Rasa does, except that a pasted offer and the answer quoting it are
    stored without their text."""

    def _additional_events(self, session, tracker: DialogueStateTracker) -> Iterator[Event]:
        new = list(super()._additional_events(session, tracker))
        first = len(tracker.events) - len(new)
        private = private_positions(e.as_dict() for e in tracker.events)
        for i, event in enumerate(new, start=first):
            if i in private and isinstance(event, (UserUttered, BotUttered)):
                yield Event.from_parameters(redact(event.as_dict()))
            else:
                yield event
