"""A SQLite database compiled from data files (the guides, the help directory): written to a
temporary file and renamed into place, so a failed build leaves the previous one; known to be
current by the hash of its inputs stored in its `meta` table; opened read-only once per process.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import sqlite_utils


T = TypeVar("T")


def per_database(read: Callable[[sqlite_utils.Database], T]) -> Callable[[sqlite_utils.Database], T]:
    """`read(db)`, computed once per open database: a rebuilt database is a new object and is read
    again, and nothing is kept of one that is closed (weak keys)."""
    seen: "weakref.WeakKeyDictionary[sqlite_utils.Database, T]" = weakref.WeakKeyDictionary()

    @functools.wraps(read)
    def cached(db: sqlite_utils.Database) -> T:
        if db not in seen:
            seen[db] = read(db)
        return seen[db]

    return cached


class Compiled:
    """One compiled database: where it lives, how to tell it is current, how to (re)build it."""

    def __init__(self, name: str, default_path: Path, env_var: str, inputs_hash: Callable[[], str],
                 build: Callable[[Path], object], probe: str = "meta"):
        self.name = name
        self.default_path = default_path
        self.env_var = env_var  # overrides the path (tests, several bots on one machine)
        self.inputs_hash = inputs_hash
        self._build = build
        self.probe = probe  # a table read to tell a sound database from a corrupt one
        self._lock = threading.Lock()
        self._open: dict[str, sqlite_utils.Database] = {}

    def path(self) -> Path:
        return Path(os.environ.get(self.env_var) or self.default_path)

    @contextmanager
    def writing(self, path: Path) -> Iterator[sqlite_utils.Database]:
        """A new database to fill; it replaces `path` only if the block ends without an error."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.name}-", suffix=".db", dir=path.parent)
        os.close(fd)
        try:
            db = sqlite_utils.Database(tmp)
            yield db
            db.close()
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.forget(path)

    def forget(self, path: Path) -> None:
        """Close this process's connection to `path`: the next `database()` reads it again."""
        db = self._open.pop(str(path), None)
        if db is not None:
            db.conn.close()

    def built_hash(self, path: Path) -> str | None:
        """The inputs hash the database at `path` was built from; None if missing, corrupt or unreadable."""
        if not path.exists():
            return None
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                row = conn.execute("select value from meta where key = 'inputs'").fetchone()
                conn.execute(f"select count(*) from [{self.probe}]").fetchone()
            return row[0] if row else None
        except sqlite3.Error:  # unreadable, corrupt or half-old: rebuilt
            return None

    def is_current(self, path: Path | None = None) -> bool:
        """Whether the database at `path` is readable and was built from the inputs as they are now."""
        return self.built_hash(path or self.path()) == self.inputs_hash()

    def database(self) -> sqlite_utils.Database:
        """The database, read-only; (re)built first when missing, corrupt or out of date.

        Checked once per process (and per path): a running bot keeps the data it started with.
        """
        path = self.path()
        with self._lock:
            db = self._open.get(str(path))
            if db is None:
                if not self.is_current(path):
                    self._build(path)
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
                db = self._open[str(path)] = sqlite_utils.Database(conn)
            return db


def build_command(compiled: Compiled, build: Callable[[Path], dict], errors: type[Exception], if_needed: bool) -> int:
    """`python -m bot guides|directory build [--if-needed]`: build, print the counts or every problem."""
    import sys

    path = compiled.path()
    if if_needed and compiled.is_current(path):
        print(f"{path} is current")
        return 0
    try:
        counts = build(path)
    except errors as exc:
        problems = getattr(exc, "problems", [])
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    print(f"{path}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0
