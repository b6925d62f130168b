"""What of a conversation may be kept. A pasted job offer is quoted text that can name the
person, their recruiter and their phone number: it is screened in memory and never stored. The
tracker store keeps the message's intent and slots with its text removed, and the bot's answer to
it (which quotes the offer as evidence) without its text too (`private_positions`).
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from bot.screening.inputs import OFFER_MIN_CHARS

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
