"""After a screening, the questions the offer's text could not answer are asked in the conversation
(fees paid? passport kept? contract seen?); the answers can show more red flags, and the risk is
rated again with them. Only flag ids, question ids and answers are involved: never the offer's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.screening import data, risk as risk_rule

MAX_ASKED = 3  # a phone screen: the first questions in flags.yml's order
ANSWERS = ("yes", "no", "unknown")


def to_ask(open_questions: list[str]) -> list[str]:
    """The open questions to ask, in order, at most MAX_ASKED (those with a red answer only)."""
    red = data.flag_book().red_answers
    return [q for q in open_questions if q in red][:MAX_ASKED]


@dataclass(frozen=True)
class Rescored:
    risk: str
    added: list[str]  # flags the answers showed, in the order of the questions


def rescore(flags: list[str], answers: dict[str, str]) -> Rescored:
    """The risk with the flags of the text and those the answers show ("unknown" shows nothing)."""
    book = data.flag_book()
    by_question = {spec.question: fid for fid, spec in book.flags.items() if spec.question}
    added = []
    for question, answer in answers.items():
        fid = by_question.get(question)
        if fid and answer == book.red_answers.get(question) and fid not in flags and fid not in added:
            added.append(fid)
    level = risk_rule.rate(book.flags[f].severity for f in [*flags, *added] if f in book.flags)
    return Rescored(level, added)


def render(result: Rescored, lang: str) -> str:
    """The risk again with the answers, the warning signs they showed (each with what to do), and
    where to get help when the risk is not low. Never "safe"."""
    from bot.i18n import translate

    def t(key: str, **params: object) -> str:
        return translate(key, lang, domain="screening", **params)

    parts = [t("followup.result", level=t(f"report.level.{result.risk}"))]
    if result.added:
        parts.append("\n".join([t("followup.added")] + [
            t("followup.line", name=t(f"flag.{f}.name"), todo=t(f"flag.{f}.todo")) for f in result.added]))
    else:
        parts.append(t("followup.none"))
    if result.risk != "low":
        parts.append(t("next.ask_help"))
    parts.append(t("next.verify_agency"))
    return "\n\n".join(parts)
