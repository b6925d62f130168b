"""`python -m bot ask`: the bot's answer to a free-text question, from the command line."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.guides.ask import ask
from bot.i18n import format_date, translate
from bot.scripts import script_of

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "ask", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def _share(text: str, script: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(script_of(c) == script for c in letters) / len(letters)


@pytest.mark.parametrize("question, lang, dest, script", [
    ("Who pays for my visa to Saudi Arabia?", "en", "SA", None),  # None: Latin (no script of its own)
    ("ወደ ሳውዲ አረቢያ ለመሄድ ቪዛዬን ማን ይከፍላል?", "am", "SA", "Ethiopic"),
    ("去意大利打工需要什么签证？", "zh", "IT", "Han"),
])
def test_the_three_questions_get_their_countrys_answer_in_their_language_with_source_and_date(question, lang, dest, script):
    out = _cli(question, "--lang", lang, "--json")
    assert out.returncode == 0, out.stderr
    reply = json.loads(out.stdout)
    assert reply["destination"] == dest
    assert reply["topic"] in ("fees", "visa")
    assert reply["sources"] and all(s["url"].startswith("http") and s["title"] and s["reviewed"] for s in reply["sources"])
    for source in reply["sources"]:
        assert source["url"] in reply["answer"]
        assert format_date(source["reviewed"], lang) in reply["answer"]  # the date in the user's locale
    body = reply["answer"]
    for source in reply["sources"]:  # titles and URLs stay in the publication's language
        body = body.replace(source["url"], "").replace(source["title"], "")
    assert _share(body, script) > 0.6, reply["answer"]


def test_a_question_naming_no_country_asks_for_it():
    reply = ask("who pays for the visa?", "vi")
    assert reply.destination is None and not reply.answered
    assert reply.answer == translate("ask.destination", "vi")


def test_an_unanswerable_question_says_so_in_the_users_language_and_offers_help():
    reply = ask("как приготовить плов в Корее", "ru")
    assert reply.destination == "KR" and not reply.answered
    assert reply.answer == translate("guide.no_answer", "ru", country="Республика Корея") or "Коре" in reply.answer
    assert "помогите" in reply.answer


def test_a_country_named_in_the_question_wins_over_the_conversations():
    reply = ask("minimum wage in Qatar", "en", destination="JP")
    assert reply.destination == "QA" and reply.topic == "wages"


def test_an_unknown_language_is_refused_with_a_clear_message():
    out = _cli("hello", "--lang", "xx")
    assert out.returncode == 2 and "unknown language" in out.stderr


def test_the_same_answer_as_text_without_json():
    out = _cli("minimum wage", "--lang", "en", "--destination", "QA")
    assert out.returncode == 0 and "Qatar" in out.stdout and "http" in out.stdout
