import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "directory"

# A register row for the tests only, clearly fictional (the shipped sample has no licence numbers).
FICTIONAL_AGENCY = """
  - id: np-test-himal-fictional
    name: "Himal Fictional Test Manpower Pvt. Ltd."
    other_names: ["हिमाल फिक्शनल टेस्ट म्यानपावर"]
    licence: "1234/075/76"
    country: NP
    authority: np-dofe
    status: licensed
    as_of: 2025-01-15
    source: {url: "https://example.org/test-only", title: "Test fixture, not a real register"}
    reviewed: 2026-01-01
"""


@pytest.fixture
def directory_copy(tmp_path, monkeypatch):
    """A copy of data/directory/ (plus one fictional agency) and its own database, in use for the test."""
    from bot.directory import store

    copy = tmp_path / "directory"
    shutil.copytree(DATA, copy)
    agencies = copy / "agencies.yml"
    agencies.write_text(agencies.read_text(encoding="utf-8").replace("agencies: []", "agencies:").rstrip("\n")
                        + "\n" + FICTIONAL_AGENCY, encoding="utf-8")
    monkeypatch.setenv("DIRECTORY_DIR", str(copy))
    monkeypatch.setenv("DIRECTORY_DB", str(tmp_path / "directory.db"))
    yield copy
    store._forget(tmp_path / "directory.db")
