"""`python -m bot guides ...`: the country guides' command line."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `guides` verb and its sub-commands."""
    parser = sub.add_parser("guides", help="country guides: extract texts for translation")
    verbs = parser.add_subparsers(dest="guides_verb", metavar="ACTION", required=True)
    extract = verbs.add_parser("extract", help="write locales/guides.pot from data/country_guides/")
    extract.set_defaults(func=_extract)


def _extract(args: argparse.Namespace) -> int:
    from bot.guides.catalog import TEMPLATE, write_template

    count = write_template()
    print(f"{TEMPLATE}: {count} facts")
    return 0
