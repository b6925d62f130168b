"""How long a conversation is kept: `python -m bot purge` deletes every stored event older than
the retention period (default 30 days, $BYG_RETENTION_DAYS) from the tracker database.
`scripts/serve.py` runs it at start and once a day while the bot runs.

Works on the embedded default, Rasa's SQL tracker store on SQLite (table `events`, a `timestamp`
column in Unix seconds). Deleted rows are overwritten (`secure_delete`), so their text cannot be
read back from the database file.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DAYS = 30
DAYS_ENV = "BYG_RETENTION_DAYS"
DAY = 86_400


def retention_days() -> int:
    """$BYG_RETENTION_DAYS, else 30. Raises ValueError for anything but a positive whole number."""
    raw = os.environ.get(DAYS_ENV, "").strip() or str(DEFAULT_DAYS)
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{DAYS_ENV} must be a whole number of days, at least 1 (is {raw!r})")
    return int(raw)


@dataclass(frozen=True)
class Purged:
    """What a purge removed."""

    events: int
    conversations: int  # conversations with nothing left


def purge(db: Path, days: int, now: float | None = None) -> Purged:
    """Delete the events older than `days` days from the tracker database `db` (nothing when it
    does not exist yet)."""
    if not db.exists():
        return Purged(0, 0)
    cutoff = (time.time() if now is None else now) - days * DAY
    con = sqlite3.connect(db)
    try:
        if not con.execute("select 1 from sqlite_master where type = 'table' and name = 'events'").fetchone():
            return Purged(0, 0)
        con.execute("pragma secure_delete = on")
        before = {s for (s,) in con.execute("select distinct sender_id from events")}
        with con:
            deleted = con.execute("delete from events where timestamp < ?", (cutoff,)).rowcount
        after = {s for (s,) in con.execute("select distinct sender_id from events")}
        return Purged(deleted, len(before - after))
    finally:
        con.close()


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `purge` verb."""
    parser = sub.add_parser("purge", help="delete stored conversation events older than the retention period")
    parser.add_argument("--db", type=Path, default=None, help="tracker database (default: $TRACKER_DB, else var/tracker.db)")
    parser.add_argument("--days", type=int, default=None, help=f"keep this many days (default: ${DAYS_ENV}, else {DEFAULT_DAYS})")
    parser.set_defaults(func=_purge)


def default_db() -> Path:
    """The tracker database `make run` uses."""
    root = Path(__file__).resolve().parent.parent
    var = Path(os.environ.get("VAR_DIR") or root / "var")
    return Path(os.environ.get("TRACKER_DB") or var / "tracker.db")


def _purge(args: argparse.Namespace) -> int:
    try:
        days = args.days if args.days is not None else retention_days()
    except ValueError as exc:
        print(f"error: {exc}")
        return 2
    if days < 1:
        print("error: --days must be at least 1")
        return 2
    db = args.db or default_db()
    done = purge(db, days)
    print(f"{db}: {done.events} events older than {days} days deleted; {done.conversations} conversations gone")
    return 0
