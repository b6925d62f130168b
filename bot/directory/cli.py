"""`python -m bot directory build|audit`, `python -m bot hotlines ...`, `python -m bot agency ...`."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `directory`, `hotlines` and `agency` verbs."""
    parser = sub.add_parser("directory", help="help directory: build the database, audit")
    verbs = parser.add_subparsers(dest="directory_verb", metavar="ACTION", required=True)
    build = verbs.add_parser("build", help="check every directory file and compile build/directory.db")
    build.add_argument("--if-needed", action="store_true", help="only when the files changed or the database is unreadable")
    build.set_defaults(func=_build)
    audit = verbs.add_parser("audit", help="unsourced and stale entries, gaps per destination, origin and corridor")
    audit.add_argument("--json", action="store_true")
    audit.set_defaults(func=_audit)

    hot = sub.add_parser("hotlines", help="the numbers the bot gives for a place, as it gives them")
    hot.add_argument("--destination", help="ISO code of where the person is or is going")
    hot.add_argument("--origin", help="ISO code of the person's country")
    hot.add_argument("--lang", default="en", help="language of the answer (en, zh, am, ...)")
    hot.add_argument("--emergency", action="store_true", help="the answer to a cry for help (else to 'hotline?')")
    hot.add_argument("--json", action="store_true", help='print {"text", "destination", "origin", "local", "lines"}')
    hot.set_defaults(func=_hotlines)

    agency = sub.add_parser("agency", help="look an agency up in our copy of the registers, as the bot does")
    agency.add_argument("query", help="a name (any spelling, any script) or a licence number")
    agency.add_argument("--country", help="ISO code of the country whose register to search")
    agency.add_argument("--lang", default="en", help="language of the answer")
    agency.add_argument("--json", action="store_true")
    agency.set_defaults(func=_agency)


def _build(args: argparse.Namespace) -> int:
    from bot.compiled import build_command
    from bot.directory.store import DirectoryError, build, compiled

    return build_command(compiled, build, DirectoryError, args.if_needed)


def _audit(args: argparse.Namespace) -> int:
    from bot.directory.audit import report, run

    result = run()
    if args.json:
        print(json.dumps({"ok": result.ok, "counts": result.counts, "problems": [str(p) for p in result.problems],
                          "unsourced": [str(p) for p in result.unsourced], "stale": result.stale,
                          "destinations": result.destinations, "origins": result.origins,
                          "embassies_missing": result.embassies_missing}, ensure_ascii=False, indent=2))
    else:
        print(report(result))
    return 0 if result.ok else 1


def _lang(code: str) -> str | None:
    from bot.languages import SUPPORTED, normalise

    lang = normalise(code)
    if lang not in SUPPORTED:
        print(f"unknown language {code!r}; one of: {' '.join(SUPPORTED)}", file=sys.stderr)
        return None
    return lang


def _country(code: str | None) -> str | None | bool:
    from bot.datafile import countries

    if code is None:
        return None
    if code.upper() not in countries():
        print(f"not an ISO 3166 alpha-2 country code: {code!r}", file=sys.stderr)
        return False
    return code.upper()


def _hotlines(args: argparse.Namespace) -> int:
    from bot.directory import help_for
    from bot.replies import render

    lang, dest, origin = _lang(args.lang), _country(args.destination), _country(args.origin)
    if lang is None or dest is False or origin is False:
        return 2
    slots = {"destination": dest, "origin": origin}
    text = render("utter_emergency" if args.emergency else "utter_help", lang, slots)["text"]
    if not args.json:
        print(text)
        return 0
    from bot.languages import likely_origin

    origin = origin or likely_origin(lang)  # as the bot does when the conversation has no origin
    found = help_for(dest, origin)
    print(json.dumps({
        "text": text, "destination": dest, "origin": origin, "local": bool(found.local),
        "lines": [_hotline_json(h) for h in found.lines],
    }, ensure_ascii=False, indent=2))
    return 0


def _hotline_json(h) -> dict:
    return {"name": h.name, "kind": h.kind, "country": h.country, "phone": h.phone, "whatsapp": h.whatsapp,
            "telegram": h.telegram, "web": h.web, "hours": h.hours, "languages": list(h.languages),
            "source": h.source, "reviewed": h.reviewed}


def _agency(args: argparse.Namespace) -> int:
    from bot.directory.agencies import as_json, lookup
    from bot.directory.render import agency_answer

    lang, country = _lang(args.lang), _country(args.country)
    if lang is None or country is False:
        return 2
    if not args.query.strip():
        print("give a name or a licence number", file=sys.stderr)
        return 2
    result = lookup(args.query, country)
    if args.json:
        print(json.dumps({**as_json(result), "text": agency_answer(result, lang)}, ensure_ascii=False, indent=2))
    else:
        print(agency_answer(result, lang))
    return 0
