"""The help directory compiled into one SQLite database (sqlite-utils): `build/directory.db`.

Tables: `hotlines`, `authorities`, `embassies`, `agencies`, `sources`, and `meta` (the hash of the
inputs and whether the agency table is a sample). How names are compared (`names.py`) is
worked out from the `agencies` rows once per process, so it is not stored.

Written to a temporary file and renamed into place, so a failed build leaves the previous database.
`database()` rebuilds it when it is missing, unreadable (corrupt) or older than its inputs; when the
directory files themselves are broken it raises `DirectoryError`, and the servers refuse to start:
the bot never runs without its numbers.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from bot.compiled import Compiled
from bot.datafile import Problem
from bot.directory.schema import check_all

ROOT = Path(__file__).resolve().parent.parent.parent
DIRECTORY_DIR = ROOT / "data" / "directory"
DEFAULT_PATH = ROOT / "build" / "directory.db"


class DirectoryError(RuntimeError):
    """The directory data is missing or broken: the bot must not answer without numbers."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = problems or []


def data_dir() -> Path:
    """Where the directory files are (DIRECTORY_DIR overrides, e.g. for a test's own copy)."""
    return Path(os.environ.get("DIRECTORY_DIR") or DIRECTORY_DIR)


def inputs_hash(directory: Path | None = None) -> str:
    """SHA-256 over the directory files and the code that checks and stores them."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    directory = directory or data_dir()
    for f in [here / "store.py", here / "schema.py", *sorted(directory.glob("*.yml"))]:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def _json(value: object) -> str:
    return json.dumps(list(value or ()), ensure_ascii=False)


def build(path: Path | None = None, directory: Path | None = None) -> dict[str, int]:
    """Check every directory file and write the database; raise DirectoryError (writing nothing) on any problem."""
    path = path or db_path()
    directory = directory or data_dir()
    rows, problems = check_all(directory)
    if problems:
        raise DirectoryError(f"{len(problems)} problem(s) in {directory}:\n" + "\n".join(map(str, problems)), problems)
    with compiled.writing(path) as db:
        everything = [r for kind in rows.values() for r in kind]
        db["sources"].insert_all(({"url": r["source"]["url"], "title": r["source"]["title"]} for r in everything),
                                 pk="url", replace=True)
        common = {"source_url": str, "reviewed": str}
        db["hotlines"].insert_all(({
            "id": r["id"], "kind": r["kind"], "country": r["country"].upper(), "name": r["name"],
            "phone": r.get("phone"), "whatsapp": r.get("whatsapp"), "telegram": r.get("telegram"), "web": r.get("web"),
            "hours": r.get("hours"), "languages": _json(r.get("languages")),
            "serves_origins": _json(c.upper() for c in r.get("serves_origins") or ()),
            "source_url": r["source"]["url"], "reviewed": str(r["reviewed"]), "line": r.line,
        } for r in rows["hotlines"]), pk="id", columns={"phone": str, "whatsapp": str, "telegram": str, "web": str,
                                                        "hours": str, **common})
        db["authorities"].insert_all(({
            "id": r["id"], "country": r["country"].upper(), "name": r["name"], "role": r["role"],
            "phone": r.get("phone"), "web": r.get("web"), "agency_lookup_url": r.get("agency_lookup_url"),
            "source_url": r["source"]["url"], "reviewed": str(r["reviewed"]),
        } for r in rows["authorities"]), pk="id", columns={"phone": str, "web": str, "agency_lookup_url": str, **common})
        db["embassies"].insert_all(({
            "id": r["id"], "origin": r["origin"].upper(), "destination": r["destination"].upper(), "name": r["name"],
            "city": r["city"], "phone": r.get("phone"), "web": r.get("web"),
            "source_url": r["source"]["url"], "reviewed": str(r["reviewed"]),
        } for r in rows["embassies"]), pk="id", columns={"phone": str, "web": str, **common})
        # Created up front: the register may be empty (a sample extract where no list could be shipped).
        db["agencies"].create({"id": str, "name": str, "other_names": str, "licence": str, "country": str,
                               "authority": str, "status": str, "as_of": str, "note": str, **common}, pk="id")
        db["agencies"].insert_all(({
            "id": r["id"], "name": r["name"], "other_names": _json(r.get("other_names")),
            "licence": str(r["licence"]) if r.get("licence") is not None else None, "country": r["country"].upper(),
            "authority": r.get("authority"), "status": r["status"], "as_of": str(r["as_of"]), "note": r.get("note"),
            "source_url": r["source"]["url"], "reviewed": str(r["reviewed"]),
        } for r in rows["agencies"]))
        sample = bool(_top(directory / "agencies.yml").get("sample", True))
        db["meta"].insert_all([{"key": "inputs", "value": inputs_hash(directory)},
                               {"key": "agencies_sample", "value": "1" if sample else "0"}], pk="key")
        counts = {kind: db[kind].count for kind in ("hotlines", "authorities", "embassies", "agencies", "sources")}
    return counts


def _top(path: Path) -> dict:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data if isinstance(data, dict) else {}


compiled = Compiled("directory", DEFAULT_PATH, "DIRECTORY_DB", inputs_hash, build, probe="hotlines")
db_path = compiled.path
is_current = compiled.is_current
database = compiled.database
_forget = compiled.forget
