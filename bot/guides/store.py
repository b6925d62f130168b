"""The guides compiled into one SQLite database (sqlite-utils), with a full-text index per language.

Tables: `sources` (url, title), `facts` (one row per fact, English text and fields), `texts`
(the fact in each language that has a translation), `wages` (the screener's pay table),
`passages_<lang>` + FTS5 (what retrieval searches in that language) and `meta` (the hash of
the inputs). Chinese, Burmese and Khmer have no spaces between words, so passages are stored
as the terms of `bot.guides.terms` joined by spaces and searched the same way.

The database is written to a temporary file and renamed into place: a failed build leaves the
previous database untouched. `database()` rebuilds it when the guides or their catalogs changed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from bot.compiled import Compiled
from bot.guides.facts import GUIDES_DIR, load_facts
from bot.guides.schema import Problem, check_all
from bot.guides.terms import terms
from bot.i18n import LOCALES_DIR, translate
from bot.languages import SUPPORTED

ROOT = GUIDES_DIR.parent.parent
DEFAULT_PATH = ROOT / "build" / "guides.db"
# Marks (M*) are part of words: Burmese, Khmer and Devanagari vowel signs are marks.
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"


class GuideErrors(Exception):
    """The guide files have problems; nothing was built."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in the country guides")
        self.problems = problems


def inputs_hash() -> str:
    """SHA-256 over the guide files, their compiled catalogs, and the code that decides the index terms."""
    h = hashlib.sha256()
    code = [Path(__file__), Path(__file__).with_name("terms.py"), ROOT / "bot" / "segment.py", ROOT / "bot" / "scripts.py",
            ROOT / "data" / "search" / "question_words.yml"]
    files = code + sorted(GUIDES_DIR.glob("*.yml")) + sorted(LOCALES_DIR.glob("*/LC_MESSAGES/guides.mo")) \
        + sorted(LOCALES_DIR.glob("*/LC_MESSAGES/messages.mo"))
    for f in files:
        h.update(str(f.relative_to(ROOT)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def build(path: Path | None = None, directory: Path = GUIDES_DIR) -> dict[str, int]:
    """Check every guide file and write the database; raise GuideErrors (writing nothing) on any problem."""
    from bot.guides.catalog import text_in

    path = path or db_path()
    parsed, problems = check_all(directory)
    if problems:
        raise GuideErrors(problems)
    digest = inputs_hash() if directory == GUIDES_DIR else "built from " + str(directory)
    facts = load_facts(directory)
    with compiled.writing(path) as db:
        db["sources"].insert_all(
            ({"url": f.source["url"], "title": f.source["title"]} for f in facts), pk="url", replace=True)
        db["facts"].insert_all(({
            "id": f.id, "destination": f.destination, "topic": f.topic, "text": f.text,
            "origins": json.dumps(list(f.origins)), "sectors": json.dumps(list(f.sectors)),
            "fields": json.dumps(f.fields, default=str), "source_url": f.source["url"], "reviewed": f.reviewed,
            "file": f.file, "line": f.line,
        } for f in facts), pk="id", foreign_keys=[("source_url", "sources", "url")])
        texts = []
        for lang in SUPPORTED:
            rows = []
            for f in facts:
                text = text_in(f, lang)
                if text is None:
                    continue
                texts.append({"fact_id": f.id, "lang": lang, "text": text})
                # People mix in English words ("visa", "agency"): the English text is searched too.
                label = translate(f"topic.{f.topic}", lang)
                words = terms(f"{label} {text}", lang) + (terms(f.text, "en") if lang != "en" else [])
                rows.append({"fact_id": f.id, "destination": f.destination, "topic": f.topic,
                             "terms": " ".join(words)})
            table = db[f"passages_{lang}"]
            table.insert_all(rows, pk="fact_id")
            if rows:
                db.execute(f"create virtual table [passages_{lang}_fts] using fts5(terms, content='passages_{lang}',"
                           f" tokenize=\"{FTS_TOKENIZE}\")")
                db.execute(f"insert into [passages_{lang}_fts]([passages_{lang}_fts]) values ('rebuild')")
                table.create_index(["destination"])
        db["texts"].insert_all(texts, pk=("fact_id", "lang"), foreign_keys=[("fact_id", "facts", "id")])
        wages = (parsed.get(directory / "wages.yml") or {}).get("wages") or []
        db["wages"].insert_all(({
            "destination": w["destination"].upper(), "sector": w["sector"], "kind": w["kind"],
            "amount": w["amount"], "currency": w["currency"], "period": w["period"],
            "note": w.get("note", ""), "source_url": w["source"]["url"], "source_title": w["source"]["title"],
            "reviewed": str(w["reviewed"]),
        } for w in wages), columns={"destination": str, "sector": str, "kind": str, "amount": float,
                                    "currency": str, "period": str, "note": str, "source_url": str,
                                    "source_title": str, "reviewed": str})
        db["meta"].insert_all([{"key": "inputs", "value": digest}], pk="key")
        counts = {"facts": db["facts"].count, "texts": len(texts), "wages": db["wages"].count,
                  "sources": db["sources"].count, "destinations": len({f.destination for f in facts})}
    return counts


compiled = Compiled("guides", DEFAULT_PATH, "GUIDES_DB", inputs_hash, build)
db_path = compiled.path
is_current = compiled.is_current
database = compiled.database
