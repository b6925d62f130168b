"""bot/screening/bench.py: the benchmark runs and reports its figures (timings are not asserted)."""

from bot.screening.bench import run


def test_the_benchmark_reports_p95_for_2kb_and_20kb():
    results = run(repeats=5)
    assert {"p95_2KB_ms", "p95_20KB_ms", "p95_2KB_cpu_ms", "p95_20KB_cpu_ms"} <= set(results)
    assert all(v > 0 for v in results.values())


def test_the_benchmark_measures_every_language_with_a_corpus():
    from bot.screening.bench import table
    from bot.screening.report import corpus_languages

    lines, _ = table(repeats=2)
    assert [line.split()[0] for line in lines[1:]] == list(corpus_languages())
