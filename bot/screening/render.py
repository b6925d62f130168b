"""The screening as a readable terminal report, in the user's language, with the evidence marked.

ANSI bold marks the evidence only when the output is a terminal; otherwise it stands between
guillemets so that piped output stays plain text.
"""

from __future__ import annotations

from bot.screening.result import Screening

BOLD, RESET = "\033[1m", "\033[0m"
CONTEXT = 40  # characters of the offer shown on each side of the evidence


def _t(key: str, lang: str, **params: object) -> str:
    from bot.i18n import translate

    return translate(key, lang, domain="screening", **params)


def quote(text: str, start: int, end: int, tty: bool) -> str:
    """The evidence with a little of the text around it, on one line, the evidence marked."""
    before = text[max(0, start - CONTEXT):start]
    after = text[end:end + CONTEXT]
    mark = (BOLD, RESET) if tty else ("«", "»")
    line = (
        ("…" if start > CONTEXT else "") + before + mark[0] + text[start:end] + mark[1] + after
        + ("…" if end + CONTEXT < len(text) else "")
    )
    return " ".join(line.split())


def render(result: Screening, text: str, tty: bool = False) -> str:
    """The terminal report for `result`, screened from `text`."""
    from bot.i18n import country_name, language_autonym

    lang = result.prose_language
    level = _t(f"report.level.{result.risk}", lang)
    lines = [
        (BOLD if tty else "") + _t("report.title", lang) + (RESET if tty else ""),
        _t("report.risk", lang, level=level),
        _t(f"risk.{result.risk}", lang),
        "",
        _t("report.language", lang, language=language_autonym(result.language)),
        _t("report.destination", lang, country=country_name(result.destination, lang))
        if result.destination else _t("report.destination_unknown", lang),
        "",
    ]
    if result.flags:
        lines.append(_t("report.flags_heading", lang, count=len(result.flags)))
        for i, flag in enumerate(result.flags, 1):
            severity = _t(f"report.severity.{flag.severity}", lang)
            lines.append(_t("report.flag_line", lang, number=f"{i:2d}", name=flag.name, severity=severity))
            lines.append("    " + _t("report.evidence", lang, quote=quote(text, flag.start, flag.end, tty)))
            lines.append("    " + flag.explanation)
    else:
        lines.append(_t("report.no_flags", lang))
    for heading, items in (("report.questions_heading", result.questions), ("report.next_heading", result.next_steps)):
        if items:
            lines += ["", _t(heading, lang)]
            lines += [f"  - {item.text}" for item in items]
    notes = [_t(key, lang) for key in result.notes]
    if result.truncated_at is not None:
        notes.append(_t("input.too_long", lang, chars=result.truncated_at))
    if notes:
        lines += [""] + [f"* {n}" for n in notes]
    return "\n".join(lines) + "\n"
