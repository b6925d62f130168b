"""What of a conversation may be kept, and under which name.

- A pasted job offer is quoted text that can name the person, their recruiter and their phone
  number: it is screened in memory and never stored. The tracker store keeps the message's intent
  and slots with its text removed, and the bot's answer to it (which quotes the offer as evidence)
  without its text too (`private_positions`).
- A sender id is a phone number or a messenger account: it is stored only as a keyed hash
  (`pseudonym`), with a key made at first start and kept out of the repository (`sender_key`).
- "Delete my data" (`DELETE_ACTION` in a conversation) erases the whole conversation at once.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import Any, Iterable, Mapping

from bot.screening.inputs import OFFER_MIN_CHARS

# The action that answers "delete my data"; a tracker store that sees it erases the conversation.
DELETE_ACTION = "action_delete_data"
# The sender key from the environment (several servers sharing one tracker database need the same).
KEY_ENV = "BYG_SENDER_KEY"
REDACTED = ""  # what a stored offer's text becomes


def offer_positions(events: Iterable[Mapping[str, Any]]) -> set[int]:
    """Positions of the user messages in `events` (event dicts, in order) that are job offers: the
    answer to "paste the offer" (`requested_slot` was `offer_screened`), or a long message read as
    `screen_offer`."""
    found: set[int] = set()
    requested = None
    for i, event in enumerate(events):
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "requested_slot":
            requested = event.get("value")
        elif kind == "active_loop" and not event.get("name"):
            requested = None
        elif kind == "user":
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            text = event.get("text") or ""
            if requested == "offer_screened" or (intent == "screen_offer" and len(text) >= OFFER_MIN_CHARS):
                found.add(i)
    return found


def private_positions(events: Iterable[Mapping[str, Any]]) -> set[int]:
    """Positions of the events whose text must not be stored: the offers (`offer_positions`) and
    the bot's replies to them, up to the person's next message."""
    events = list(events)
    offers = offer_positions(events)
    found = set(offers)
    replying = False
    for i, event in enumerate(events):
        if event.get("event") == "user":
            replying = i in offers
        elif replying and event.get("event") == "bot":
            found.add(i)
    return found


def redact(event: dict[str, Any]) -> dict[str, Any]:
    """An event (as a dict) without the text it carries: a user message, or a bot reply."""
    if event.get("event") == "user":
        return redact_message(event)
    out = dict(event)
    out["text"] = REDACTED
    return out


def redact_message(event: dict[str, Any]) -> dict[str, Any]:
    """A user message event as a dict, without its text (intent, entities' types and slots stay)."""
    out = dict(event)
    out["text"] = REDACTED
    parse = dict(out.get("parse_data") or {})
    parse["text"] = REDACTED
    parse["entities"] = [{k: v for k, v in e.items() if k in ("entity", "value", "role", "extractor")}
                         for e in parse.get("entities") or ()]
    parse.pop("response_selector", None)
    out["parse_data"] = parse
    return out


def sender_key(path: Path | None) -> bytes:
    """The secret for `pseudonym`: $BYG_SENDER_KEY, else the key file at `path`, made on first use
    (32 random bytes, readable by the owner only). Raises ValueError when there is neither."""
    from_env = os.environ.get(KEY_ENV, "").strip()
    if from_env:
        return from_env.encode("utf-8")
    if path is None:
        raise ValueError(f"no sender key: set {KEY_ENV} (the same on every server sharing a database)")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: two servers starting together must not both write a key; the loser reads the winner's.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(secrets.token_hex(32))
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise ValueError(f"{path}: the sender key is too short; delete the file to make a new one")
    return key.encode("ascii")


def pseudonym(sender_id: str, key: bytes) -> str:
    """A sender id as stored: a keyed hash (HMAC-SHA256), the same for the same id and key, which
    cannot be turned back into the phone number or account without the key."""
    return hmac.new(key, sender_id.encode("utf-8"), hashlib.sha256).hexdigest()


def asks_deletion(events: Iterable[Mapping[str, Any]]) -> bool:
    """Whether the conversation (event dicts) ran the delete action: nothing of it may be kept."""
    return any(e.get("event") == "action" and e.get("name") == DELETE_ACTION for e in events)
