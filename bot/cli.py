"""`python -m bot <verb>`: each verb mirrors a function in the package (sqlite-utils style).

A concern registers its verbs with a `register(subparsers)` function that sets `func` on its parser;
add the module to `VERB_MODULES` below.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules that define `register(subparsers)`. Imported lazily so one broken verb cannot break the rest.
VERB_MODULES = (
    "bot.domain_file",
    "bot.screening.cli",
    "bot.guides.cli",
    "bot.directory.cli",
    "bot.retention",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered verb."""
    parser = argparse.ArgumentParser(prog="python -m bot", description="Before You Go command line")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in VERB_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # that concern is not installed in this tree
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one verb and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
