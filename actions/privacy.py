"""The user's data: deletion on request."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language, say
from bot.i18n import translate


class ActionDeleteData(Action):
    """Tells honestly that deletion is not built yet (privacy issue), and how to clear the chat."""

    def name(self) -> Text:
        return "action_delete_data"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        say(dispatcher, tracker, translate("coming.delete", language(tracker)))
        return []
