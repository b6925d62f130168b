"""`python -m bot screen [--lang L] [--destination CC] [--json] FILE|-`: screen a job offer.

Prints the JSON contract (see result.py) with --json, else a readable report. Exit codes: 0 when
the text was screened (whatever the risk), 2 when the input cannot be screened (empty, binary,
not UTF-8, a web page, an unknown language or destination), 1 on an internal error. Input longer
than inputs.MAX_CHARS characters is cut, and the report says so. Never prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import BinaryIO

from bot.languages import normalise
from bot.screening import inputs

log = logging.getLogger(__name__)

EXIT_SCREENED, EXIT_ERROR, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `screen` verb."""
    p = subparsers.add_parser(
        "screen",
        help="screen a job offer for red flags of deceptive recruitment",
        description=__doc__.split("\n\n")[0],
    )
    p.add_argument("file", metavar="FILE|-", help="the offer as a UTF-8 text file, or - to read standard input")
    p.add_argument("--lang", help="language of the offer (en, zh, ru, ...); detected when left out")
    p.add_argument("--destination", metavar="CC", help="destination country as ISO alpha-2 (AE, QA, ...)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


def _t(key: str, lang: str, **params: object) -> str:
    from bot.i18n import translate

    return translate(key, lang, domain="screening", **params)


def _write(stream, text: str) -> None:
    # Write UTF-8 whatever the locale says, so a Chinese offer cannot fail on an ASCII terminal.
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text)


def read_offer(path: str) -> tuple[str, bool]:
    """The text of FILE (or stdin for '-'), at most MAX_BYTES of it, and whether more followed."""
    if path == "-":
        return _read_stream(sys.stdin.buffer)
    try:
        with open(path, "rb") as fh:
            return _read_stream(fh)
    except OSError as exc:
        raise inputs.UnusableInput("input.unreadable", path=path) from exc


def _read_stream(stream: BinaryIO) -> tuple[str, bool]:
    raw = stream.read(inputs.MAX_BYTES + 1)
    more = len(raw) > inputs.MAX_BYTES
    return inputs.decode(raw[: inputs.MAX_BYTES], more_follows=more), more


def _unusable(exc: inputs.UnusableInput, lang: str, as_json: bool) -> int:
    message = _t(exc.key, lang, **exc.params)
    if as_json:
        _write(sys.stdout, json.dumps({"error": exc.key, "message": message}, ensure_ascii=False) + "\n")
    else:
        _write(sys.stderr, message + "\n")
    return EXIT_UNUSABLE


def run(args: argparse.Namespace) -> int:
    """Screen the offer named by `args` and print the result; returns the exit code."""
    lang = normalise(args.lang) if args.lang else None
    ui_lang = lang or "en"
    try:
        if args.lang and not lang:
            raise inputs.UnusableInput("input.unknown_lang", value=args.lang)
        destination = (args.destination or "").strip().upper() or None
        if destination and not (len(destination) == 2 and destination.isascii() and destination.isalpha()):
            raise inputs.UnusableInput("input.unknown_destination", code=args.destination)
        text, cut = read_offer(args.file)
        from bot.screening.engine import screen

        result = screen(text, lang=lang, destination=destination, already_cut=cut)
        prepared_text = text[: result.truncated_at] if result.truncated_at is not None else text
        if args.json:
            _write(sys.stdout, json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
            if result.truncated_at is not None:
                _write(sys.stderr, _t("input.too_long", result.prose_language, chars=result.truncated_at) + "\n")
        else:
            from bot.screening.render import render

            _write(sys.stdout, render(result, prepared_text, tty=sys.stdout.isatty()))
        return EXIT_SCREENED
    except inputs.UnusableInput as exc:
        return _unusable(exc, ui_lang, args.json)
    except BrokenPipeError:
        return EXIT_SCREENED  # the reader (`| head`) went away; nothing more to say
    except Exception:  # noqa: BLE001 - the contract is: a clear message, never a traceback
        log.debug("screening failed", exc_info=True)
        _write(sys.stderr, _t("report.internal_error", ui_lang) + "\n")
        return EXIT_ERROR
