"""`make bench`: start the bot as `make run` does, then measure, loopback only and bounded.

Prints a table and writes JSON under var/bench/: guide retrieval latency (in process, on the
full database; target p95 <= 5 ms), time from start to the first answer, and latency of N
sequential REST messages (distinct topics, several languages); then the job-offer screener's
time per language (`bot.screening.bench`).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serve  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [
    "hello", "what visa do I need for Korea", "Saudi Arabia", "who pays the placement fee",
    "去意大利打工需要什么签证？", "ቪዛ ስንት ነው", "how much is the salary in Qatar", "is this agency licensed",
    "help", "thank you", "Paano po mag apply sa Japan?", "как получить патент",
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


RETRIEVAL = [
    ("Who pays for my visa?", "en"), ("how much is the minimum wage", "en"), ("can I change employer", "en"),
    ("需要什么签证", "zh"), ("最低工资是多少", "zh"), ("ቪዛዬን ማን ይከፍላል", "am"), ("ዝቅተኛ ደመወዝ ስንት ነው", "am"),
    ("ဗီဇာခ ဘယ်သူပေးရမလဲ", "my"), ("លិខិតឆ្លងដែនរបស់ខ្ញុំ", "km"), ("भिसा कसले तिर्छ", "ne"),
    ("кто платит за визу", "ru"), ("ai trả tiền visa", "vi"), ("siapa bayar visa", "id"), ("sino magbabayad ng visa", "fil"),
]


def retrieval(rounds: int = 20) -> dict:
    """Latency of `bot.guides.search.search` over every destination and the questions above."""
    sys.path.insert(0, str(ROOT))
    from bot.guides.facts import destinations
    from bot.guides.search import search

    from bot.guides.search import clear_cache

    search("warm up", "en", "SA")
    out = {}
    for kind in ("cold", "warm"):  # cold: no term remembered from an earlier question
        times = []
        for _ in range(rounds):
            for dest in destinations():
                for question, lang in RETRIEVAL:
                    if kind == "cold":
                        clear_cache()
                    t = time.perf_counter()
                    search(question, lang, dest)
                    times.append((time.perf_counter() - t) * 1000)
        out.update({f"retrieval_{kind}_n": len(times), f"retrieval_{kind}_p50_ms": round(statistics.median(times), 2),
                    f"retrieval_{kind}_p95_ms": round(pct(times, 95), 2)})
    return out


def main(n: int = 100) -> int:
    found = retrieval()
    var = Path(tempfile.mkdtemp(prefix="byg-bench-"))
    e = serve.env()
    e.update(RASA_PORT=os.environ.get("BENCH_RASA_PORT", "5015"), ACTION_PORT=os.environ.get("BENCH_ACTION_PORT", "5065"),
             VAR_DIR=str(var), TRACKER_DB=str(var / "tracker.db"))
    t0 = time.monotonic()
    actions, rasa = serve.start(e, var / "log")
    try:
        if not serve.ready(e, actions, rasa):
            print("error: servers did not start", file=sys.stderr)
            return 1
        serve.say(e["RASA_PORT"], "bench-first", "hello")
        first_answer = time.monotonic() - t0
        times = []
        for i in range(n):
            t = time.perf_counter()
            serve.say(e["RASA_PORT"], f"bench-{i // len(MESSAGES)}", MESSAGES[i % len(MESSAGES)])
            times.append((time.perf_counter() - t) * 1000)
    finally:
        serve.stop(actions, rasa)
    result = {
        **found,
        "start_to_first_answer_s": round(first_answer, 1),
        "sequential_n": n,
        "sequential_p50_ms": round(statistics.median(times), 1),
        "sequential_p95_ms": round(pct(times, 95), 1),
    }
    out = ROOT / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(result, indent=2))
    width = max(map(len, result))
    for k, v in result.items():
        print(f"{k:<{width}}  {v}")
    # The job-offer screener, per language (in process; targets p95 <= 5 ms / 2 KB, <= 50 ms / 20 KB).
    from bot.screening.bench import TARGET_MS, table

    lines, missed = table(repeats=100)
    print("\njob-offer screening, ms:\n" + "\n".join(lines))
    print("over target: " + ", ".join(missed) if missed else f"screening targets met ({TARGET_MS})")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
