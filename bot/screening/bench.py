"""`python -m bot.screening.bench`: screening time for a 2 KB and a 20 KB offer, after warm-up.

Targets: p95 <= 5 ms for 2 KB, <= 50 ms for 20 KB. A benchmark to run by hand or in CI, not a
timed unit test (timings depend on the machine).
"""

from __future__ import annotations

import sys
import time

TARGET_MS = {"2KB": 5.0, "20KB": 50.0}


def _offer(size: int) -> str:
    """A realistic offer of about `size` characters, built from the English corpus."""
    from bot.screening.report import load_corpus

    texts = [o["text"].strip() for o in load_corpus("en")]
    out, i = [], 0
    while sum(len(t) + 1 for t in out) < size:
        out.append(texts[i % len(texts)])
        i += 1
    return "\n".join(out)[:size]


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def run(repeats: int = 200) -> dict[str, float]:
    """Warm up, then time `screen` on a 2 KB and a 20 KB English offer: p50 and p95 wall-clock
    milliseconds, and p95 CPU milliseconds of the screening thread."""
    from bot.screening.engine import screen, warm_up

    warm_up()
    results: dict[str, float] = {}
    for label, size, n in (("2KB", 2_000, repeats), ("20KB", 20_000, max(20, repeats // 5))):
        text = _offer(size)
        for _ in range(5):
            screen(text, lang="en")
        wall, cpu = [], []
        for _ in range(n):
            t0, c0 = time.perf_counter(), time.thread_time()
            screen(text, lang="en")
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
        results[f"p50_{label}_ms"] = round(sorted(wall)[len(wall) // 2], 2)
        results[f"p95_{label}_ms"] = round(_p95(wall), 2)
        # CPU time of this thread: what the screening costs when other processes share the machine.
        results[f"p95_{label}_cpu_ms"] = round(_p95(cpu), 2)
    return results


def main() -> int:
    """Print the timings; 1 when a p95 target is missed."""
    results = run()
    for key, value in results.items():
        print(f"{key:14} {value:8.2f}")
    missed = [label for label, limit in TARGET_MS.items() if results[f"p95_{label}_ms"] > limit]
    if missed:
        print("over target: " + ", ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
