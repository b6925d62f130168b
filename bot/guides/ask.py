"""Answer a free-text question from the guides: the code path of `python -m bot ask` and of the bot's
fallback for questions that fit no topic.

The destination comes from the caller (the conversation's slot) or from the question; without one the
reply asks for it. The passages that answer best (`bot.guides.search`) are given with their sources;
when none covers enough of the question, the reply says so and lists what can be asked. Never an
empty reply, never a passage of another country.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.geo import first_country
from bot.guides.answer import render
from bot.guides.facts import by_id
from bot.guides.search import search
from bot.i18n import country_name, translate
from bot.languages import DEFAULT, normalise

MAX_PASSAGES = 2


@dataclass(frozen=True)
class Reply:
    """What `ask` says, and what it rests on (for `--json` and for tests)."""

    answer: str
    topic: str | None
    destination: str | None
    sources: list[dict[str, str]] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        return bool(self.sources)

    def as_dict(self) -> dict:
        return {"answer": self.answer, "topic": self.topic, "destination": self.destination,
                "sources": self.sources}


def ask(question: str, lang: str | None, destination: str | None = None, origin: str | None = None) -> Reply:
    """The guides' answer to `question` in `lang`."""
    lang = normalise(lang) or DEFAULT
    # A country named in the question wins over the one the conversation (or --destination) had.
    dest = (first_country(question or "") or destination or "").upper() or None
    if not dest:
        return Reply(translate("ask.destination", lang), None, None)
    hits = search(question or "", lang, dest)
    known = by_id()
    facts = [known[h.fact_id] for h in hits if h.fact_id in known]
    if origin:
        facts = [f for f in facts if not f.origins or origin.upper() in f.origins]
    if not facts:
        return Reply(translate("guide.no_answer", lang, country=country_name(dest, lang)), None, dest)
    topic = facts[0].topic
    chosen = [facts[0]] + [f for f in facts[1:] if f.topic == topic][: MAX_PASSAGES - 1]
    result = render(chosen, topic, dest, lang, origin)
    return Reply(result.text, topic, dest, result.sources)
