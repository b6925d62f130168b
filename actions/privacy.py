"""The user's data: deletion on request."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language, say
from bot.i18n import translate
from bot.privacy import DELETE_ACTION


class ActionDeleteData(Action):
    """Confirms the deletion. The erasing itself is the tracker store's (components/tracker_store.py):
    once this action has run in a conversation, the store deletes every stored event of the person
    and keeps nothing of this turn."""

    def name(self) -> Text:
        return DELETE_ACTION

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        say(dispatcher, tracker, translate("privacy.deleted", language(tracker)))
        return []
