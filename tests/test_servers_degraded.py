"""With the action server down, the greeting and the help answer still come, in the user's language;
a corrupt directory database is rebuilt when the servers start; Rasa's HTTP API is off unless
enabled with a token."""

from __future__ import annotations

import urllib.request

import pytest

from bot import directory
from bot.i18n import translate
from bot.languages import SUPPORTED
from test_languages import CONVERSATIONS
from test_servers import MODEL, Bot, _text, serve

pytestmark = [
    pytest.mark.servers,
    pytest.mark.skipif(not MODEL.exists(), reason="no trained model: run `make train` (make test does)"),
]

# (language, a greeting, a cry for help from Saudi Arabia, a word only that language's script has)
CASES = [
    ("en", "hello", "I am in Riyadh, my employer took my passport and locks me in", "danger"),
    ("am", "ሰላም", "ሪያድ ነኝ፣ አሰሪዬ ፓስፖርቴን ወሰደች እና ቤት ውስጥ ቆልፋብኛለች", "ሳውድአረቢያ"),
    ("id", "halo kak", "Saya di Riyadh, majikan menahan paspor saya dan saya dikurung", "Arab Saudi"),
    ("zh", "你好", "我在利雅得，老板扣了我的护照，把我锁在家里", "沙特阿拉伯"),
    ("ru", "здравствуйте", "Я в Эр-Рияде, хозяин забрал паспорт и не выпускает меня", "Саудовская Аравия"),
]


MID_CONVERSATION = ("en", "am", "id")


@pytest.fixture(scope="module")
def bot_without_actions(tmp_path_factory):
    var = tmp_path_factory.mktemp("var-degraded")
    corrupt = var / "directory.db"
    corrupt.write_bytes(b"\x00garbage, not SQLite" * 500)  # a disk error, a bad copy: rebuilt at start
    b = Bot(var)
    b.env["DIRECTORY_DB"] = str(corrupt)
    b.start()
    # Conversations that used the action server (a guide answer) before it went down.
    b.answered_before = {lang: _text(b.say(f"mid-{lang}", CONVERSATIONS[lang]["guide"])) for lang in MID_CONVERSATION}
    actions = b.procs[0]
    from serve import stop

    stop(actions)  # the action server is down from here on
    yield b
    b.stop()


def test_a_corrupt_directory_database_is_rebuilt_at_start(bot_without_actions):
    import sqlite3

    with sqlite3.connect(bot_without_actions.env["DIRECTORY_DB"]) as db:
        assert db.execute("select count(*) from hotlines where kind in ('emergency', 'police')").fetchone()[0] > 0


@pytest.mark.parametrize("lang", MID_CONVERSATION)
def test_emergency_mid_conversation_after_the_action_server_stopped(bot_without_actions, lang):
    assert bot_without_actions.answered_before[lang].strip()  # the guide answer came while it was up
    cry = CONVERSATIONS[lang]["emergency"]
    first = bot_without_actions.say(f"mid-{lang}", cry)[0]["text"]
    assert first.startswith(translate("emergency.intro", lang))
    assert any(ch.isdigit() for ch in first)
    assert "Traceback" not in first
    assert cry not in bot_without_actions.logs()  # the failure is logged, the person's words are not


@pytest.mark.parametrize("lang", SUPPORTED)
def test_greeting_and_help_come_in_every_language_without_the_action_server(bot_without_actions, lang):
    say = CONVERSATIONS[lang]
    sender = f"degraded-all-{lang}"
    greeting = _text(bot_without_actions.say(sender, say["greet"]))
    assert translate("menu.intro", lang) in greeting
    first = bot_without_actions.say(sender, say["emergency"])[0]["text"]
    assert first.startswith(translate("emergency.intro", lang))
    assert any(h.contact in first for h in directory.emergency_numbers("SA"))


@pytest.mark.parametrize("lang, hello, cry, local_word", CASES, ids=[c[0] for c in CASES])
def test_help_answer_names_the_place_in_the_users_language_without_the_action_server(
    bot_without_actions, lang, hello, cry, local_word
):
    sender = f"degraded-{lang}"
    greeting = _text(bot_without_actions.say(sender, hello, metadata={"language": lang}))
    assert translate("menu.intro", lang) in greeting
    first = bot_without_actions.say(sender, cry, metadata={"language": lang})[0]["text"]
    assert local_word in first
    for hotline in directory.emergency_numbers("SA"):
        assert hotline.contact in first


def test_rasas_http_api_is_off_and_once_enabled_needs_its_token(tmp_path):
    import urllib.error

    def status(bot, query=""):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{bot.env['RASA_PORT']}/status{query}", timeout=30) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code

    bot = Bot(tmp_path / "off")
    bot.start()
    try:
        assert status(bot) in (403, 404, 405)  # no API routes at all
    finally:
        bot.stop()
    assert serve.preflight({**bot.env, "BYG_ENABLE_API": "1", "BYG_API_TOKEN": "short"})  # refused
    bot = Bot(tmp_path / "on")
    token = "t" * 40
    bot.env.update(BYG_ENABLE_API="1", BYG_API_TOKEN=token)
    bot.start()
    try:
        assert status(bot) == 401 and status(bot, f"?token={token}") == 200
    finally:
        bot.stop()
