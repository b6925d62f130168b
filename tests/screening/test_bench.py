"""bot/screening/bench.py: the benchmark runs and reports its figures (timings are not asserted)."""

from bot.screening.bench import run


def test_the_benchmark_reports_p95_for_2kb_and_20kb():
    results = run(repeats=5)
    assert {"p95_2KB_ms", "p95_20KB_ms", "p95_2KB_cpu_ms", "p95_20KB_cpu_ms"} <= set(results)
    assert all(v > 0 for v in results.values())
