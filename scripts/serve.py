"""Start the action server and the Rasa server together, wait until both answer, stop both on Ctrl-C.

Environment: RASA_PORT (5005), ACTION_PORT (5055), TRACKER_DB (var/tracker.db), VAR_DIR (var),
BYG_RETENTION_DAYS (30), BYG_ENABLE_API and BYG_API_TOKEN (Rasa's HTTP API, off unless both are
set). Both listen on 127.0.0.1 only. Conversation events older than the
retention period are deleted at start and once a day while running (bot/retention.py).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.setdefault("RASA_PORT", "5005")
    e.setdefault("ACTION_PORT", "5055")
    e.setdefault("VAR_DIR", str(ROOT / "var"))
    e.setdefault("TRACKER_DB", str(Path(e["VAR_DIR"]) / "tracker.db"))
    e["RASA_TELEMETRY_ENABLED"] = "false"
    e["SANIC_HOST"] = "127.0.0.1"  # the action server is never reachable from outside
    e.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    e.setdefault("TQDM_DISABLE", "1")
    e.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def preflight(e: dict[str, str]) -> str | None:
    """Why the bot must not start, or None. The help directory must be readable: a missing or
    corrupt database is rebuilt here; broken directory files are reported, and nothing starts."""
    sys.path.insert(0, str(ROOT))
    if "DIRECTORY_DB" in e:
        os.environ["DIRECTORY_DB"] = e["DIRECTORY_DB"]
    from bot.directory import DirectoryError, ready

    try:
        ready()
    except DirectoryError as exc:
        return f"the help directory cannot be read, so the bot would have no numbers to give:\n{exc}"
    from bot.retention import retention_days

    try:
        retention_days()
    except ValueError as exc:
        return str(exc)
    if e.get("BYG_ENABLE_API") == "1" and len(e.get("BYG_API_TOKEN", "")) < 32:
        return "BYG_ENABLE_API=1 needs BYG_API_TOKEN, a secret of at least 32 characters"
    return None


PURGE_EVERY = 86_400  # seconds


def purge_old(e: dict[str, str]) -> None:
    """Delete conversation events older than the retention period; a failure is reported, and
    tried again at the next round, never a reason to stop answering."""
    from bot.retention import purge, retention_days

    try:
        done = purge(Path(e["TRACKER_DB"]), retention_days())
    except Exception as exc:  # noqa: BLE001 - e.g. the database locked for longer than sqlite waits
        print(f"warning: the retention purge failed ({exc}); trying again later", file=sys.stderr, flush=True)
        return
    if done.events:
        print(f"retention: {done.events} events older than {retention_days()} days deleted", flush=True)


def api_arguments(e: dict[str, str]) -> list[str]:
    """Rasa's HTTP API (conversations, trackers, model) is off; BYG_ENABLE_API=1 turns it on, and
    only with a token (BYG_API_TOKEN, at least 32 characters; preflight refuses to start without)."""
    if e.get("BYG_ENABLE_API") != "1":
        return []
    return ["--enable-api", "--auth-token", e["BYG_API_TOKEN"]]


def free_port() -> int:
    """A port nobody listens on now, on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def local_env(var: Path) -> dict[str, str]:
    """The environment of a pair of servers of its own: free ports, its own var/ (tests, benchmarks)."""
    e = env()
    e.update(RASA_PORT=str(free_port()), ACTION_PORT=str(free_port()), VAR_DIR=str(var),
             TRACKER_DB=str(Path(var) / "tracker.db"))
    return e


def say(port: str, sender: str, message: str, timeout: float = 60, metadata: dict | None = None) -> list[dict]:
    """One message to the bot over REST, as a channel sends it; the bot's replies."""
    body = {"sender": sender, "message": message, **({"metadata": metadata} if metadata else {})}
    req = urllib.request.Request(f"http://127.0.0.1:{port}/webhooks/rest/webhook", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read())


def ready(e: dict[str, str], actions: subprocess.Popen, rasa: subprocess.Popen) -> bool:
    """Whether both servers answer: the action server's health, then Rasa (its model loaded)."""
    return wait_for(f"http://127.0.0.1:{e['ACTION_PORT']}/health", actions, 120) and wait_for(
        f"http://127.0.0.1:{e['RASA_PORT']}/", rasa, 300)


def wait_for(url: str, proc: subprocess.Popen, timeout: float) -> bool:
    """Poll `url` until it answers 200, the process dies, or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def start(e: dict[str, str], logs: Path) -> tuple[subprocess.Popen, subprocess.Popen]:
    """Start both servers with logs under `logs`; return (actions, rasa) once both answer."""
    logs.mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    actions = subprocess.Popen(
        [str(bin_dir / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", e["ACTION_PORT"]],
        cwd=ROOT, env=e, stdout=open(logs / "actions.log", "ab"), stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    rasa = subprocess.Popen(
        [str(bin_dir / "rasa"), "run", "--model", "models/current.tar.gz", "--endpoints", "endpoints.yml",
         "--credentials", "credentials.yml", "--interface", "127.0.0.1", "--port", e["RASA_PORT"],
         "--cors", "*", *api_arguments(e)],
        cwd=ROOT, env=e, stdout=open(logs / "rasa.log", "ab"), stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return actions, rasa


def stop(*procs: subprocess.Popen) -> None:
    """Stop the servers, last started first (Rasa before the action server it calls, so no message
    is taken in that can no longer be answered): SIGTERM to each process group, SIGKILL after 10 s."""
    for p in reversed(procs):
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    # Explicitly, because a process started in the background (e.g. `make run &`) inherits an
    # ignored SIGINT, and Python then never raises KeyboardInterrupt: Ctrl-C must always stop.
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    e = env()
    problem = preflight(e)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    Path(e["VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    logs = Path(e["VAR_DIR"]) / "log"
    t0 = time.monotonic()
    purge_old(e)
    actions, rasa = start(e, logs)
    port = e["RASA_PORT"]
    try:
        ok = ready(e, actions, rasa)
    except KeyboardInterrupt:
        stop(actions, rasa)
        return 0
    if not ok:
        stop(actions, rasa)
        print(f"error: the servers did not start; see {logs}/rasa.log and {logs}/actions.log", file=sys.stderr)
        return 1
    try:
        print(f"Before You Go is running (ready in {time.monotonic() - t0:.0f} s).")
        print(f"  REST:      curl -s localhost:{port}/webhooks/rest/webhook -d '{{\"sender\":\"me\",\"message\":\"hello\"}}'")
        print(f"  socket.io: http://localhost:{port}/socket.io")
        print(f"  logs:      {logs}/")
        print("Press Ctrl-C to stop.", flush=True)
        next_purge = time.monotonic() + PURGE_EVERY
        while actions.poll() is None and rasa.poll() is None:
            time.sleep(0.5)
            if time.monotonic() >= next_purge:
                purge_old(e)
                next_purge += PURGE_EVERY
        print("error: a server stopped; see the logs", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nstopping...", flush=True)
        return 0
    finally:
        stop(actions, rasa)


if __name__ == "__main__":
    sys.exit(main())
