"""bot.retention: stored conversation events older than the retention period are deleted."""

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.retention import DAY, purge, retention_days

ROOT = Path(__file__).resolve().parent.parent


def _db(path: Path, rows) -> Path:
    con = sqlite3.connect(path)
    con.execute("create table events (id integer primary key, sender_id text, type_name text, "
                "timestamp real, intent_name text, action_name text, data text)")
    con.executemany("insert into events (sender_id, type_name, timestamp, data) values (?, 'user', ?, ?)", rows)
    con.commit()
    con.close()
    return path


def test_events_older_than_the_period_are_deleted_and_their_text_is_gone_from_the_file(tmp_path):
    now = time.time()
    db = _db(tmp_path / "tracker.db", [
        ("old-person", now - 40 * DAY, '{"text": "my passport was taken in Riyadh"}'),
        ("both", now - 31 * DAY, '{"text": "old message of an active person"}'),
        ("both", now - 1 * DAY, '{"text": "yesterday"}'),
    ])
    done = purge(db, days=30, now=now)
    assert (done.events, done.conversations) == (2, 1)
    rows = sqlite3.connect(db).execute("select sender_id, data from events").fetchall()
    assert rows == [("both", '{"text": "yesterday"}')]
    content = db.read_bytes()
    assert b"passport was taken" not in content and b"old message" not in content  # overwritten, not unlinked


def test_nothing_to_purge_before_the_first_conversation(tmp_path):
    assert purge(tmp_path / "missing.db", 30).events == 0
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    assert purge(empty, 30).events == 0


def test_the_period_comes_from_the_environment_and_nonsense_is_refused(monkeypatch):
    monkeypatch.delenv("BYG_RETENTION_DAYS", raising=False)
    assert retention_days() == 30
    monkeypatch.setenv("BYG_RETENTION_DAYS", "7")
    assert retention_days() == 7
    for bad in ("0", "-3", "a week", "1.5"):
        monkeypatch.setenv("BYG_RETENTION_DAYS", bad)
        with pytest.raises(ValueError, match="BYG_RETENTION_DAYS"):
            retention_days()


def test_the_purge_command_reports_what_it_deleted(tmp_path):
    db = _db(tmp_path / "t.db", [("a", time.time() - 10 * DAY, "{}"), ("b", time.time(), "{}")])
    out = subprocess.run([sys.executable, "-m", "bot", "purge", "--db", str(db), "--days", "5"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "1 events older than 5 days deleted; 1 conversations gone" in out.stdout
