"""The real Rasa and action servers, started as `make run` starts them, talked to over REST."""

from __future__ import annotations

import socket
import sqlite3
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot import directory
from bot.privacy import pseudonym

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import serve  # noqa: E402

MODEL = ROOT / "models" / "current.tar.gz"
pytestmark = [
    pytest.mark.servers,
    pytest.mark.skipif(not MODEL.exists(), reason="no trained model: run `make train` (make test does)"),
]


class Bot:
    """Both servers on free ports with their own var/ directory; restartable."""

    def __init__(self, var: Path):
        self.env = serve.local_env(var)
        self.var = var
        self.procs = ()

    def start(self):
        actions, rasa = serve.start(self.env, self.var / "log")
        self.procs = (actions, rasa)
        assert serve.ready(self.env, actions, rasa), (self.var / "log" / "rasa.log").read_text(errors="replace")[-3000:]

    def stop(self):
        serve.stop(*self.procs)

    def say(self, sender: str, message: str, metadata: dict | None = None) -> list[dict]:
        return serve.say(self.env["RASA_PORT"], sender, message, metadata=metadata)  # raises unless 200

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in (self.var / "log").glob("*.log"))

    def stored_id(self, sender: str) -> str:
        """The pseudonym the tracker store keeps a sender's events under (key made at first start)."""
        return pseudonym(sender, (self.var / "sender.key").read_text().encode())


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    b = Bot(tmp_path_factory.mktemp("var"))
    b.start()
    yield b
    b.stop()


def _text(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def test_hello_gets_the_greeting_with_the_three_options(bot):
    replies = bot.say("greeter", "hello")
    assert "Before You Go" in _text(replies)
    payloads = [b["payload"] for r in replies for b in r.get("buttons", [])]
    assert payloads == ["/ask_legal_channels", "/screen_offer", "/ask_hotline"]


def test_emergency_in_the_middle_of_a_form_gets_numbers_first(bot):
    asked = _text(bot.say("trapped", "what visa do I need to work abroad?"))
    assert "Which country" in asked
    first = bot.say("trapped", "I am trapped and they took my passport")[0]["text"]
    assert "danger" in first and any(ch.isdigit() for ch in first)


def test_emergency_names_the_numbers_of_the_country_the_person_is_in(bot):
    first = bot.say("riyadh", "I am in Riyadh, my employer took my passport and locks me in")[0]["text"]
    assert "Saudi Arabia" in first
    assert all(h.contact in first for h in directory.emergency_numbers("SA"))


def test_emergency_while_an_offer_is_awaited_names_the_country_in_the_message(bot):
    asked = _text(bot.say("offer-then-help", "can you check a job offer for me?"))
    assert "paste" in asked
    first = bot.say("offer-then-help", "I am in Riyadh, my employer took my passport and locks me in")[0]["text"]
    assert "Saudi Arabia" in first
    assert all(h.contact in first for h in directory.emergency_numbers("SA"))


def test_the_bot_asks_where_someone_is_from_when_the_embassy_depends_on_it(bot):
    replies = bot.say("from-where", "where is my embassy in Saudi Arabia?")
    assert "Which country are you from" in _text(replies)
    buttons = [b for r in replies for b in r.get("buttons", [])]
    assert "Philippines" in [b["title"] for b in buttons] and buttons[-1]["payload"] == "/deny"
    answer = _text(bot.say("from-where", "Philippines"))
    # The Philippine embassy in Saudi Arabia: the origin did not replace the destination.
    assert "Saudi Arabia" in answer and "Philippines" in answer and "India" not in answer
    # Asked once: the next corridor question uses the origin the person gave.
    again = _text(bot.say("from-where", "where is the embassy in Qatar"))
    assert "Which country are you from" not in again and "Qatar" in again and "Philippines" in again


def test_a_pasted_offer_is_screened_but_its_text_is_never_stored(bot):
    offer = ("Cleaners wanted in Dubai, no experience, salary 2500 USD, agency fee 1500 USD before departure, "
             "we keep your passport for safety. Call Mr Karim on 0917 555 0142 or WhatsApp.")
    assert "paste" in _text(bot.say("private-offer", "can you check a job offer for me?"))
    report = _text(bot.say("private-offer", offer))
    assert "passport" in report.lower()  # screened: the flag's explanation
    stored = Path(bot.env["TRACKER_DB"]).read_bytes()
    assert bot.stored_id("private-offer").encode() in stored and b"screen_offer" in stored  # kept...
    for secret in ("0917 555 0142", "Mr Karim", "Cleaners wanted in Dubai"):
        assert secret.encode() not in stored, secret  # ...without the offer's words
    assert "0917 555 0142" not in bot.logs()


def test_delete_my_data_leaves_no_offer_no_number_and_no_sender_id_under_var_or_in_the_logs(bot):
    sender = "+639175550199"  # as a phone-number sender id looks on WhatsApp
    offer = ("Housemaid for Riyadh, free visa and ticket, salary deducted for 6 months to pay the agency. "
             "Madam keeps the passport. Text Ate Lorna on 0917 555 0177 today only.")
    asked = "my cousin sent me a job offer, can you check it?"  # said by no other test's sender
    assert "paste" in _text(bot.say(sender, asked))
    assert "passport" in _text(bot.say(sender, offer)).lower()
    bot.say(sender, "/deny")  # answers a follow-up question
    done = _text(bot.say(sender, "delete my data"))
    assert "deleted everything" in done
    db = sqlite3.connect(bot.env["TRACKER_DB"])
    assert not db.execute("select count(*) from events where sender_id = ?", (bot.stored_id(sender),)).fetchone()[0]
    for path in [p for p in bot.var.rglob("*") if p.is_file()]:
        content = path.read_bytes()
        for secret in ("0917 555 0177", "Ate Lorna", "Housemaid for Riyadh", sender, "9175550199", asked):
            assert secret.encode() not in content, (secret, path)
    assert "Before You Go" in _text(bot.say(sender, "hello"))  # and the next message starts afresh


def test_after_an_offer_the_bot_asks_what_the_text_left_open_and_rates_the_risk_again(bot):
    bot.say("followup", "can you check a job offer for me?")
    report = bot.say("followup", "Cleaners wanted for a hotel in Dubai. Good salary. Send your CV to our office.")
    assert "Has anyone asked you to pay" in _text(report)  # the first open question, with answer buttons
    assert [b["payload"] for r in report for b in r.get("buttons", [])] == ["/affirm", "/deny", "/out_of_scope"]
    texts = []
    for _ in range(3):  # yes to "pay anything?", no to "hold your own passport?", ...
        texts.append(_text(bot.say("followup", "/affirm" if not texts else "/deny")))
        if "With your answers" in texts[-1]:
            break
    assert "With your answers, the risk is: HIGH" in texts[-1]


def test_an_agency_check_names_what_the_register_says_and_where_to_check(bot):
    asked = _text(bot.say("agency-check", "how do I know if my agency is licensed?"))
    assert "Which agency" in asked
    answer = _text(bot.say("agency-check", "Azizah Internasional Manpower"))
    assert "Azizzah International Manpower Services" in answer and "cancelled" in answer
    assert "legitimate" not in answer.lower()


@pytest.mark.parametrize(
    "message",
    ["", " ", "x" * 100_000, "\x00\x01\x02\x1b[31m\u200b\u200e", "😀😀🙏🏽👨‍👩‍👧", "\ud7ff\ufffe\uffff",
     "\u202eراتب 1500 ريال\u202c job in دبي \u2066passport\u2069", "<script>alert(1)</script><b>job</b>"],
    ids=["empty", "blank", "100KB", "control", "emoji", "odd-codepoints", "right-to-left", "html"],
)
def test_bad_input_gets_a_clear_reply_and_no_error(bot, message):
    replies = bot.say(f"bad-{len(message)}-{ord(message[0]) if message else 0}", message)
    assert replies and _text(replies).strip()
    assert "Traceback" not in bot.logs()


def test_a_body_that_is_not_utf8_json_is_refused_without_a_server_error(bot):
    for body in (b"\xff\xfe\x00garbage", b'{"sender": "x", "message": "\xc3\x28"}', b"{not json"):
        req = urllib.request.Request(f"http://127.0.0.1:{bot.env['RASA_PORT']}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                status = r.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        assert status < 500, body
    assert "Before You Go" in _text(bot.say("after-garbage", "hello"))  # and the server still answers


def test_a_sender_who_floods_is_asked_to_slow_down_but_a_cry_for_help_always_gets_numbers(bot):
    replies = [_text(bot.say("flooder", "hello")) for _ in range(24)]  # credentials.yml: 20 a minute
    slowed = [r for r in replies if "faster than I can answer" in r]
    assert slowed and "Before You Go" in replies[0]
    assert "Before You Go" in _text(bot.say("not-the-flooder", "hello"))  # nobody else is slowed down
    cry = _text(bot.say("flooder", "help me, they locked me in the room and took my passport"))
    assert "faster than I can answer" not in cry and any(ch.isdigit() for ch in cry)


def test_conversation_survives_a_restart(bot):
    asked = _text(bot.say("restarter", "how much is the placement fee?"))
    assert "Which country" in asked
    bot.stop()
    bot.start()
    answer = _text(bot.say("restarter", "Saudi Arabia"))
    assert "Saudi Arabia" in answer and "fees" in answer
    db = sqlite3.connect(bot.env["TRACKER_DB"])
    senders = {row[0] for row in db.execute("select sender_id from events")}
    assert bot.stored_id("restarter") in senders and "restarter" not in senders


def test_run_script_prints_where_to_chat_and_stops_both_servers_on_ctrl_c(tmp_path):
    import signal
    import subprocess
    import time

    env = serve.local_env(tmp_path)
    proc = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "serve.py")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if "Ctrl-C" in line or not line:
            break
    out = "".join(lines)
    assert f"localhost:{env['RASA_PORT']}/webhooks/rest/webhook" in out, out
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == 0
    for port in (env["RASA_PORT"], env["ACTION_PORT"]):
        with socket.socket() as s:
            assert s.connect_ex(("127.0.0.1", int(port))) != 0, f"port {port} still answers"
