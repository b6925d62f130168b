"""`python -m bot guides ...` (extract, build, audit) and `python -m bot ask ...`."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `guides` and `ask` verbs."""
    parser = sub.add_parser("guides", help="country guides: build the database, audit, extract texts")
    verbs = parser.add_subparsers(dest="guides_verb", metavar="ACTION", required=True)
    extract = verbs.add_parser("extract", help="write locales/guides.pot from data/country_guides/")
    extract.set_defaults(func=_extract)
    build = verbs.add_parser("build", help="check every guide file and compile build/guides.db")
    build.add_argument("--if-needed", action="store_true", help="only when the guides or catalogs changed")
    build.set_defaults(func=_build)
    audit = verbs.add_parser("audit", help="unsourced and stale facts, gaps per destination, topic and language")
    audit.add_argument("--json", action="store_true", help="counts and findings as JSON")
    audit.set_defaults(func=_audit)

    ask = sub.add_parser("ask", help="answer a question from the guides, as the bot does")
    ask.add_argument("question")
    ask.add_argument("--lang", required=True, help="language of the question and the answer (en, zh, am, ...)")
    ask.add_argument("--destination", help="ISO code of the destination, if the question does not name it")
    ask.add_argument("--origin", help="ISO code of the origin country, for corridor facts")
    ask.add_argument("--json", action="store_true", help='print {"answer", "topic", "destination", "sources"}')
    ask.set_defaults(func=_ask)


def _extract(args: argparse.Namespace) -> int:
    from bot.guides.catalog import TEMPLATE, write_template

    count = write_template()
    print(f"{TEMPLATE}: {count} facts")
    return 0


def _build(args: argparse.Namespace) -> int:
    from bot.compiled import build_command
    from bot.guides.store import GuideErrors, build, compiled

    return build_command(compiled, build, GuideErrors, args.if_needed)


def _audit(args: argparse.Namespace) -> int:
    from bot.guides.audit import report, run

    result = run()
    if args.json:
        print(json.dumps({"ok": result.ok, "counts": result.counts,
                          "unsourced": [str(p) for p in result.unsourced],
                          "problems": [str(p) for p in result.problems],
                          "stale": [f.id for f in result.stale],
                          "missing_topics": result.missing_topics,
                          "corridors": result.corridors}, ensure_ascii=False, indent=2))
    else:
        print(report(result))
    return 0 if result.ok else 1


def _ask(args: argparse.Namespace) -> int:
    from bot.guides.ask import ask
    from bot.languages import SUPPORTED, normalise

    lang = normalise(args.lang)
    if lang not in SUPPORTED:
        print(f"unknown language {args.lang!r}; one of: {' '.join(SUPPORTED)}", file=sys.stderr)
        return 2
    reply = ask(args.question, lang, args.destination, args.origin)
    if args.json:
        print(json.dumps(reply.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(reply.answer)
    return 0
