"""`make loadtest`: many conversations at once against the real servers, on loopback only.

Starts both servers as `make run` does (own ports, own var/ in a temporary folder), runs N
conversations in parallel (default 200, each a few messages in a row, as a person writes), then
checks the tracker store: every message each conversation sent is stored under that sender's
pseudonym, in order, and nothing of another conversation is mixed in. Prints messages, errors,
lost messages and reply latency; exits 1 when a message got no reply or was lost or mixed.

    python scripts/loadtest.py [CONVERSATIONS] [--messages K] [--timeout SECONDS] [--restart]

With --restart both servers are stopped and started again when half the messages are answered;
what got no answer meanwhile is sent again, as messaging apps do (also without --restart, for
up to two minutes: connections reset under load). Nothing answered may be lost.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import serve  # noqa: E402
from bench import pct  # noqa: E402

from bot.privacy import pseudonym  # noqa: E402

# What a person asks in a row; {i} makes each conversation's words its own, so mixing shows.
SCRIPT = ["hello, this is person {i}", "what visa do I need to work in Japan? (person {i})",
          "how much is the placement fee in Saudi Arabia? (person {i})", "thank you, person {i}"]


@dataclass
class Conversation:
    sender: str
    sent: list[str] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)  # messages that got a reply: acknowledged
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    retries: int = 0


class Counter:
    """Answered messages so far, across threads."""

    def __init__(self) -> None:
        self.value, self._lock = 0, threading.Lock()

    def add(self) -> None:
        with self._lock:
            self.value += 1


def converse(port: str, i: int, messages: int, timeout: float, retry_for: float = 0.0,
             progress: Counter | None = None) -> Conversation:
    """One person writing `messages` messages in a row, each after the previous reply; a message
    that gets no answer is sent again, as a messaging app does, for up to `retry_for` seconds."""
    c = Conversation(f"load-{i}")
    for template in SCRIPT[:messages]:
        text = template.format(i=i)
        c.sent.append(text)
        t0 = time.perf_counter()
        give_up = time.monotonic() + retry_for
        replies = None
        while replies is None:
            try:
                replies = serve.say(port, c.sender, text, timeout)
            except Exception as exc:  # noqa: BLE001 - counted and reported, the run goes on
                if time.monotonic() >= give_up:
                    c.errors.append(f"{type(exc).__name__}: {exc}")
                    break
                c.retries += 1
                time.sleep(1.0)
        if replies is None:
            continue
        c.latencies.append((time.perf_counter() - t0) * 1000)
        if any((r.get("text") or "").strip() for r in replies):
            c.answered.append(text)
            if progress:
                progress.add()
        else:
            c.errors.append(f"no reply to {text!r}")
    return c


def stored_messages(db: Path, key: bytes, sender: str) -> list[str]:
    """The user messages the tracker store keeps for `sender`, in order."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("select data from events where sender_id = ? and type_name = 'user' order by id",
                           (pseudonym(sender, key),)).fetchall()
    finally:
        con.close()
    return [json.loads(data).get("text") for (data,) in rows]


def _start(e: dict[str, str], var: Path) -> tuple:
    procs = serve.start(e, var / "log")
    if not serve.ready(e, *procs):
        serve.stop(*procs)
        raise RuntimeError(f"the servers did not start; see {var}/log")
    return procs


def run(conversations: int, messages: int, timeout: float, var: Path, restart: bool = False) -> dict:
    """Start the servers in `var`, run the conversations, check the store, stop; the figures.
    With `restart`, both servers are stopped and started again once half the messages are
    answered; people's apps send again what got no answer meanwhile."""
    e = serve.local_env(var)
    procs = [_start(e, var)]
    progress = Counter()

    def restart_halfway() -> None:
        while progress.value < conversations * messages // 2:
            time.sleep(0.1)
        serve.stop(*procs[-1])
        procs.append(_start(e, var))

    watcher = threading.Thread(target=restart_halfway, daemon=True) if restart else None
    try:
        t0 = time.perf_counter()
        if watcher:
            watcher.start()
        # Messaging platforms send a webhook again when it fails; so do these clients. Under 200
        # simultaneous connections a few are reset at connect (Sanic's listen backlog is 100).
        retry_for = 600.0 if restart else 120.0
        with ThreadPoolExecutor(max_workers=conversations) as pool:
            done = list(pool.map(
                lambda i: converse(e["RASA_PORT"], i, messages, timeout, retry_for, progress), range(conversations)))
        wall = time.perf_counter() - t0
        if watcher:
            watcher.join(timeout=1)
    finally:
        serve.stop(*procs[-1])
    key = (var / "sender.key").read_text().encode()
    lost = mixed = duplicated = 0
    for c in done:
        kept = stored_messages(var / "tracker.db", key, c.sender)
        resent = [t for k, t in enumerate(kept) if k and kept[k - 1] == t]  # sent again after a lost reply
        duplicated += len(resent)
        kept = [t for k, t in enumerate(kept) if not k or kept[k - 1] != t]
        lost += sum(1 for t in c.answered if t not in kept)  # answered, yet not stored
        mixed += sum(1 for t in kept if t not in c.sent)  # another conversation's words
        if [t for t in kept if t in c.answered] != [t for t in c.answered if t in kept]:
            mixed += 1  # stored out of order
    latencies = [ms for c in done for ms in c.latencies]
    return {
        "conversations": conversations, "messages": sum(len(c.sent) for c in done),
        "answered": sum(len(c.answered) for c in done), "errors": sum(len(c.errors) for c in done),
        "lost": lost, "mixed": mixed, "restarted": len(procs) - 1, "retries": sum(c.retries for c in done),
        "stored_twice": duplicated, "wall_s": round(wall, 1),
        "messages_per_s": round(sum(len(c.sent) for c in done) / wall, 1) if wall else 0.0,
        "p50_ms": round(pct(latencies, 50), 1) if latencies else None,
        "p95_ms": round(pct(latencies, 95), 1) if latencies else None,
        "max_ms": round(max(latencies), 1) if latencies else float("nan"),
        "first_errors": [err for c in done for err in c.errors][:5],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/loadtest.py", description=__doc__.split("\n")[0])
    parser.add_argument("conversations", nargs="?", type=int, default=200)
    parser.add_argument("--messages", type=int, default=len(SCRIPT), choices=range(1, len(SCRIPT) + 1))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for one reply")
    parser.add_argument("--restart", action="store_true", help="stop and start both servers halfway")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="byg-load-") as tmp:
        figures = run(args.conversations, args.messages, args.timeout, Path(tmp), args.restart)
    for name, value in figures.items():
        print(f"{name:16} {value}")
    return 1 if figures["errors"] or figures["lost"] or figures["mixed"] else 0


if __name__ == "__main__":
    sys.exit(main())
