"""Find the guide passages that answer a free-text question: BM25 over FTS5, in the user's language.

Only passages of the destination asked about are searched, so an answer is never for the wrong
country. FTS5 ranks the candidates; whether the best one answers at all is decided by `coverage`:
the share of the question's weight (idf of its terms, the country's name left out) that the passage
contains. Words the guides never use ("weather", "rice") weigh like rare words, so a question about
something else stays below `MIN_COVERAGE` and the bot says it does not know.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.compiled import per_database
from bot.geo import find_countries
from bot.guides.store import database
from bot.guides.terms import content_terms, terms
from bot.i18n import country_name
from bot.languages import SUPPORTED
from bot.scripts import script_of

MIN_COVERAGE = 0.25  # tests/guides/test_search.py: answered questions cover 0.27-1, unrelated ones < 0.2
CANDIDATES = 50  # a destination has a few dozen passages at most: coverage looks at all that match


@dataclass(frozen=True)
class Hit:
    """A passage that answers the question, and how much of the question it covers."""

    fact_id: str
    topic: str
    coverage: float


def question_terms(question: str, lang: str, destination: str | None = None) -> list[tuple[str, int, bool]]:
    """The content terms of a question, without the words that name a country (the destination filter does
    that): the mentions `bot.geo` finds, and words made only of the destination's name in `lang` or English."""
    for mention in sorted(find_countries(question), key=lambda m: m.start, reverse=True):
        question = question[: mention.start] + " " + question[mention.end:]
    marked = content_terms(question, lang)
    if not destination:
        return marked
    name = set(terms(f"{country_name(destination, lang)} {country_name(destination, 'en')}", lang))
    by_word: dict[int, list[str]] = {}
    for term, number, _ in marked:
        by_word.setdefault(number, []).append(term)
    naming = {n for n, ts in by_word.items() if ts[0] in name or (len(ts) > 1 and set(ts[1:]) <= name)}
    return [m for m in marked if m[1] not in naming]


def _fts_query(words: list[str]) -> str:
    """FTS5 query matching any of `words`; Russian stems match as prefixes (плат* finds платёж)."""
    return " OR ".join('"' + w.replace('"', '""') + '"' + ("*" if script_of(w[0]) == "Cyrillic" else "")
                       for w in words)


_ROWS_MAX = 50_000  # terms remembered per database; words repeat a lot across questions


@per_database
def _tables(db) -> frozenset[str]:
    """The tables of the (read-only, per-process) database, looked up once."""
    return frozenset(db.table_names())


@per_database
def _remembered(db) -> dict[tuple[str, str], frozenset[int]]:
    """(table, term) -> rows, per open database: a rebuilt one starts empty."""
    return {}


def _rows_with(db, table: str, term: str) -> frozenset[int]:
    """The passages of `table` that contain `term` (its document frequency is their number)."""
    remembered = _remembered(db)
    rows = remembered.get((table, term))
    if rows is None:
        rows = frozenset(r[0] for r in db.execute(
            f"select rowid from [{table}_fts] where [{table}_fts] match ?", [_fts_query([term])]))
        if len(remembered) >= _ROWS_MAX:
            remembered.clear()
        remembered[(table, term)] = rows
    return rows


def clear_cache() -> None:
    """Forget the remembered term lookups (for benchmarks of cold queries)."""
    _remembered(database()).clear()


def search(question: str, lang: str, destination: str, limit: int = 3) -> list[Hit]:
    """Passages of `destination` that answer `question`, best first; empty when none covers enough of it."""
    lang = lang if lang in SUPPORTED else "en"
    marked = question_terms(question, lang, destination)
    if not marked:
        return []
    db = database()
    table = f"passages_{lang}"
    if f"{table}_fts" not in _tables(db):
        return []
    rows = db.execute(
        f"select p.fact_id, p.topic, p.rowid from [{table}_fts] f join [{table}] p on p.rowid = f.rowid"
        f" where [{table}_fts] match ? and p.destination = ? order by bm25([{table}_fts]) limit ?",
        [_fts_query([t for t, _, _ in marked]), destination.upper(), CANDIDATES],
    ).fetchall()
    if not rows:
        return []
    total = db.execute(f"select count(*) from [{table}]").fetchone()[0]
    containing = {term: _rows_with(db, table, term) for term, _, _ in marked}
    # Each word of the question counts once, with the weight of its rarest term in the guides (a
    # word the guides never use weighs like the rarest word: the question is about something else);
    # a passage earns the weight of the rarest of the word's terms it contains. So a word written
    # as several terms (Chinese pairs, Amharic consonant pairs) does not count several times.
    idf = {t: math.log((total + 1) / (len(containing[t]) + 1)) for t, _, _ in marked if containing[t]}
    words: dict[int, list[str]] = {}
    for term, number, _ in marked:
        words.setdefault(number, []).append(term)
    weights = {n: max((idf[t] for t in ts if t in idf), default=math.log(total + 1)) for n, ts in words.items()}
    whole = sum(weights.values()) or 1.0
    hits = []
    for fact_id, topic, rowid in rows:
        earned = sum(max((idf[t] for t in ts if t in idf and rowid in containing[t]), default=0.0)
                     for ts in words.values())
        coverage = earned / whole
        if coverage >= MIN_COVERAGE:
            hits.append(Hit(fact_id, topic, round(coverage, 3)))
    hits.sort(key=lambda h: -h.coverage)
    return hits[:limit]
