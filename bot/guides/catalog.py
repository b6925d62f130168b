"""The guides' text in every language: English in `data/country_guides/`, translations in gettext.

Each fact is one message of the `guides` domain: its context is the fact id and its msgid the
English text, so that when the English changes, `make update-catalogs` marks the old
translation fuzzy and the bot answers in English (saying so) until a translator confirms it.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from bot.guides.facts import Fact, all_facts
from bot.i18n import LOCALES_DIR, lookup

DOMAIN = "guides"
TEMPLATE = LOCALES_DIR / f"{DOMAIN}.pot"


def text_in(fact: Fact, lang: str) -> str | None:
    """The fact's text in `lang` (English is the source), or None when it is not translated."""
    if lang == "en":
        return fact.text
    return lookup(fact.text, lang, DOMAIN, context=fact.id)


def template() -> Catalog:
    """The template every language's `guides.po` is updated from."""
    cat = Catalog(project="before-you-go", version="0.1", header_comment=(
        "# Before You Go: country guide facts. The msgctxt is the fact id, the msgid its English text\n"
        "# from data/country_guides/. Keep every {placeholder} as it is: numbers, amounts, phone\n"
        "# numbers and URLs are filled in by the bot, formatted for the reader's locale."
    ))
    for fact in all_facts():
        cat.add(fact.text, context=fact.id, locations=[(fact.file, fact.line)],
                auto_comments=[f"{fact.destination} {fact.topic}" + (
                    f", for workers from {', '.join(fact.origins)}" if fact.origins else "")])
    return cat


def write_template(path: Path = TEMPLATE) -> int:
    """Write the template; the number of messages in it."""
    cat = template()
    with path.open("wb") as fh:
        write_po(fh, cat, width=100, sort_output=False)
    return len(cat)
