"""An agency lookup as the bot says it, in the user's language: listed (with status, date and
source) or not found, then always the official register to check, then why a licence is not enough.
Never "legitimate", never "safe"."""

from __future__ import annotations

from bot.directory import embassies
from bot.directory.agencies import Lookup, official_lookups
from bot.i18n import country_name, format_date, translate


def agency_answer(result: Lookup, lang: str) -> str:
    parts = []
    if result.found:
        rows = [translate("agency.found", lang)]
        for agency, _score in result.matches:
            licence = translate("agency.licence", lang, number=agency.licence) if agency.licence else ""
            rows.append(translate("agency.row", lang, name=agency.name, licence=licence,
                                  status=translate(f"agency.status.{agency.status}", lang),
                                  date=format_date(agency.as_of, lang), title=agency.source.get("title", ""),
                                  url=agency.source.get("url", "")))
        parts.append("\n".join(rows))
    else:
        parts.append(translate("agency.not_found", lang, query=result.query.strip()[:80]))
    lookups = [o for o in result.official if o.get("lookup")]
    if lookups:
        parts.append(_checks(lookups, lang))
    else:
        parts.append(translate("agency.no_lookup", lang))
    parts.append(translate("agency.never_safe", lang))
    return "\n\n".join(parts)


def where_to_check(origin: str | None, lang: str) -> str | None:
    """'Check it in the official register' with the origin's licensing authorities, or None."""
    lookups = [o for o in official_lookups(origin) if o.get("lookup")] if origin else []
    return _checks(lookups, lang) if lookups else None


def _checks(lookups: list[dict], lang: str) -> str:
    return "\n".join([translate("agency.check", lang)] + [
        translate("agency.check_row", lang, name=o["name"], lookup=o["lookup"]) for o in lookups])


def embassy_answer(origin: str | None, destination: str, lang: str) -> str | None:
    """The origin's embassies and consulates in the destination from the directory, each with its
    source and review date; None when the directory has none (or the origin is not known)."""
    found = embassies(origin, destination) if origin else []
    if not found:
        return None
    parts = [translate("guide.heading", lang, topic=translate("topic.embassy", lang),
                       country=country_name(destination, lang))]
    for e in found:
        line = translate("guide.for_origins", lang, origins=country_name(e.origin, lang))
        contact = " / ".join(c for c in (e.phone, e.web) if c)
        parts.append(f"• {line} {e.name}, {e.city}: {contact}\n" + translate(
            "guide.source", lang, title=e.source.get("title", ""), url=e.source.get("url", ""),
            date=format_date(e.reviewed, lang)))
    return "\n\n".join(parts)
