"""Each of the ten languages end to end over REST, with both servers running (as `make run`):
greeting -> a guide question -> an offer screened -> a cry for help, every answer in that language.
Then switching: a long message in another language switches and the bot says so; "ok" does not.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from bot import directory
from bot.guides.catalog import text_in
from bot.guides.facts import facts_for
from bot.i18n import country_name, translate
from bot.languages import SUPPORTED
from test_servers import MODEL, Bot, _text

pytestmark = [
    pytest.mark.servers,
    pytest.mark.skipif(not MODEL.exists(), reason="no trained model: run `make train` (make test does)"),
]

CONVERSATIONS = yaml.safe_load((Path(__file__).parent / "data" / "conversations.yml").read_text(encoding="utf-8"))
SCRIPT = {"zh": "CJK", "am": "ETHIOPIC", "my": "MYANMAR", "km": "KHMER", "ne": "DEVANAGARI", "ru": "CYRILLIC"}


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    b = Bot(tmp_path_factory.mktemp("var-languages"))
    b.start()
    yield b
    b.stop()


def _in_script(text: str, lang: str) -> float:
    """Share of the letters outside URLs and quoted sources that are in the language's script."""
    words = [w for w in text.split() if "://" not in w and "." not in w.strip(".")]
    letters = [c for w in words for c in w if c.isalpha()]
    ours = [c for c in letters if SCRIPT[lang] in unicodedata.name(c, "")]
    return len(ours) / max(1, len(letters))


def _assert_language(text: str, lang: str) -> None:
    if lang in SCRIPT:
        assert _in_script(text, lang) > 0.6, f"not mostly {SCRIPT[lang]}: {text[:300]}"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_a_whole_conversation_stays_in_the_users_language(bot, lang):
    say = CONVERSATIONS[lang]
    sender = f"e2e-{lang}"

    greeting = _text(bot.say(sender, say["greet"]))
    assert translate("menu.intro", lang) in greeting
    _assert_language(greeting, lang)

    answer = _text(bot.say(sender, say["guide"]))
    assert country_name("SA", lang) in answer, answer[:300]
    topics = [t for t in ("fees", "visa") if translate(f"topic.{t}", lang) in answer]
    assert topics, f"no fees or visa answer: {answer[:300]}"
    translated = [text_in(f, lang).split("{")[0][:40] for t in topics for f in facts_for("SA", t)]
    assert any(part in answer for part in translated), "the guide text is not in the user's language"
    assert translate("guide.english_only", lang) not in answer or lang == "en"
    _assert_language(answer.split("http")[0], lang)

    asked = _text(bot.say(sender, say["offer_request"]))
    assert translate("ask.offer", lang) in asked, asked[:300]
    report = _text(bot.say(sender, say["offer"]))
    assert translate("report.title", lang, domain="screening") in report, report[:300]
    _assert_language(report, lang)

    first = bot.say(sender, say["emergency"])[0]["text"]
    assert first.startswith(translate("emergency.intro", lang)), first[:300]
    assert directory.emergency_numbers("AE")[0].contact in first  # the last country named (the offer's Dubai)


def test_a_long_message_in_another_language_switches_and_the_bot_says_so(bot):
    sender = "switcher"
    bot.say(sender, CONVERSATIONS["en"]["greet"])
    reply = _text(bot.say(sender, CONVERSATIONS["ru"]["guide"]))
    assert reply.startswith(translate("language.switched", "ru"))
    assert country_name("SA", "ru") in reply


def test_ok_and_hi_never_switch_the_language(bot):
    sender = "sticky"
    bot.say(sender, CONVERSATIONS["am"]["greet"])
    for short in ("ok", "hi"):
        reply = _text(bot.say(sender, short))
        assert translate("language.switched", "en") not in reply
        _assert_language(reply, "am")


def test_the_channels_language_setting_does_not_undo_a_choice(bot):
    sender = "telegram-user"
    metadata = {"language_code": "en"}
    bot.say(sender, "/choose_language{\"language\":\"km\"}", metadata=metadata)
    reply = _text(bot.say(sender, "hello", metadata=metadata))
    _assert_language(reply, "km")
