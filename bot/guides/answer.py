"""Answer a topic question for a destination from the guide facts, in the user's language.

Facts for everyone come first; facts that hold only for some origins are labelled with them.
Each fact is followed by its source and review date (in the user's locale). A fact without text
in the user's language (locales/<lang>/LC_MESSAGES/guides.po) is given in English with a note saying so.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.guides.catalog import text_in
from bot.guides.facts import Fact, facts_for
from bot.i18n import country_name, format_date, format_money, format_number, format_percent, translate

MAX_FACTS = 4  # a phone screen; the rest is one question away


@dataclass(frozen=True)
class Answer:
    """The reply text and the sources it rests on."""

    text: str
    sources: list[dict[str, str]]


def render_fact(fact: Fact, lang: str) -> tuple[str, bool]:
    """The fact's sentence in `lang` (or English) with its fields formatted; and whether it is English only."""
    text = text_in(fact, lang)
    english_only = text is None
    text = text or fact.text
    values = {}
    currency = fact.fields.get("currency")
    for key, value in fact.fields.items():
        if key == "amount" and currency and isinstance(value, (int, float)):
            values[key] = format_money(value, currency, lang)
        elif key == "percent" and isinstance(value, (int, float)):
            values[key] = format_percent(value, lang)
        elif key == "year" or key.endswith("_year"):
            values[key] = str(value)  # 2017, not "2,017"
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            values[key] = format_number(value, lang)
        else:
            values[key] = str(value)
    return text.format_map(values), english_only


def answer(topic: str, destination: str, lang: str, origin: str | None = None) -> Answer | None:
    """The answer for `topic` in `destination`, or None when the guides have nothing on it."""
    facts = facts_for(destination, topic)
    general = [f for f in facts if not f.origins]
    corridor = [f for f in facts if f.origins and (origin is None or origin.upper() in f.origins)]
    chosen = (general + corridor)[:MAX_FACTS]
    return render(chosen, topic, destination, lang, origin) if chosen else None


def origins_to_ask(topic: str, destination: str, origin: str | None) -> list[str]:
    """The origins to offer when the bot must ask where the person is from: the guide's answer on
    `topic` in `destination` is only for some origins (an embassy, a corridor's fee rules) and the
    origin is not known. Empty when the origin is known or some facts hold for everyone (those
    come first, and the corridor facts after them are labelled with their origins)."""
    facts = facts_for(destination, topic)
    if origin or any(not f.origins for f in facts):
        return []
    return sorted({o for f in facts for o in f.origins})


def render(facts: list[Fact], topic: str, destination: str, lang: str, origin: str | None = None) -> Answer:
    """A heading, then each fact with its source and review date (in the user's locale)."""
    parts = [translate("guide.heading", lang, topic=translate(f"topic.{topic}", lang),
                       country=country_name(destination, lang))]
    sources = []
    for fact in facts:
        sentence, english_only = render_fact(fact, lang)
        if fact.origins:  # said even when the origin is known: it may be a guess from the language
            names = ", ".join(country_name(o, lang) for o in fact.origins)
            sentence = translate("guide.for_origins", lang, origins=names) + " " + sentence
        if english_only and lang != "en":
            sentence = translate("guide.english_only", lang) + " " + sentence
        parts.append("• " + sentence + "\n" + translate(
            "guide.source", lang, title=fact.source.get("title", ""), url=fact.source.get("url", ""),
            date=format_date(fact.reviewed, lang)))
        sources.append({"url": fact.source.get("url", ""), "title": fact.source.get("title", ""),
                        "reviewed": fact.reviewed})
    return Answer("\n\n".join(parts), sources)
