"""The guides database: what `python -m bot guides build` writes and the bot reads."""

import sqlite3

from bot.guides.facts import all_facts
from bot.guides.store import build
from bot.languages import SUPPORTED


def test_build_writes_every_fact_source_text_and_wage(tmp_path):
    path = tmp_path / "g.db"
    counts = build(path)
    facts = all_facts()
    assert counts["facts"] == len(facts)
    with sqlite3.connect(path) as db:
        assert db.execute("select count(*) from facts").fetchone()[0] == len(facts)
        assert {r[0] for r in db.execute("select url from sources")} == {f.source["url"] for f in facts}
        langs = {r[0] for r in db.execute("select distinct lang from texts")}
        assert langs == set(SUPPORTED)
        qa = db.execute("select amount, currency, period, source_url from wages where destination = 'QA'").fetchone()
        assert qa[1] == "QAR" and qa[2] == "month" and qa[0] > 0 and qa[3].startswith("http")


def test_every_language_has_a_full_text_index_that_finds_its_words(tmp_path):
    path = tmp_path / "g.db"
    build(path)
    from bot.guides.search import _fts_query
    from bot.guides.terms import terms

    # Words of scripts without spaces, and inflected ones, are found through their search terms.
    probes = {"en": "employers", "zh": "签证", "my": "ဗီဇာ", "km": "ការងារ", "ru": "работодателя", "am": "ቪዛዬን"}
    with sqlite3.connect(path) as db:
        for lang in SUPPORTED:
            assert db.execute(f"select count(*) from passages_{lang}").fetchone()[0] == len(all_facts())
        for lang, word in probes.items():
            query = _fts_query(terms(word, lang)[-1:])
            found = db.execute(f"select count(*) from passages_{lang}_fts where passages_{lang}_fts match ?",
                               [query]).fetchone()[0]
            assert found > 0, (lang, word, query)


def test_the_bot_rebuilds_a_database_older_than_the_guides(tmp_path, monkeypatch):
    from bot.guides import store

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.execute("create table meta (key text primary key, value text)")
        db.execute("insert into meta values ('inputs', 'stale')")
    monkeypatch.setenv("GUIDES_DB", str(path))
    db = store.database()
    assert db["facts"].count == len(all_facts())
    assert db["meta"].get("inputs")["value"] == store.inputs_hash()
