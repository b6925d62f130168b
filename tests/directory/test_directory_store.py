"""The directory database: built from checked files only, rebuilt when missing or corrupt."""

import pytest

from bot import directory
from bot.directory import store


def test_broken_file_is_reported_with_file_line_and_key_and_nothing_is_written(directory_copy, tmp_path):
    hotlines = directory_copy / "hotlines.yml"
    text = hotlines.read_text(encoding="utf-8")
    hotlines.write_text(text.replace('phone: "911"', 'phone: "call nine one one"', 1), encoding="utf-8")
    with pytest.raises(store.DirectoryError) as err:
        store.build()
    [problem] = err.value.problems
    assert problem.file.endswith("hotlines.yml") and problem.key == "hotlines[sa-emergency-911].phone"
    assert text.splitlines()[problem.line - 1].strip().startswith("phone:")
    assert not (tmp_path / "directory.db").exists()


def test_an_entry_without_a_source_is_refused(directory_copy):
    embassies = directory_copy / "embassies.yml"
    lines = embassies.read_text(encoding="utf-8").splitlines()
    first_source = next(i for i, line in enumerate(lines) if line.strip().startswith("source:"))
    embassies.write_text("\n".join(lines[:first_source] + lines[first_source + 1:]) + "\n", encoding="utf-8")
    with pytest.raises(store.DirectoryError) as err:
        store.build()
    assert any(p.key.endswith(".source") and "missing" in p.message for p in err.value.problems)


def test_a_missing_or_corrupt_database_is_rebuilt_and_the_numbers_are_there(directory_copy, tmp_path):
    db = tmp_path / "directory.db"
    assert directory.emergency_numbers("SA")  # built on first use
    store._forget(db)
    db.write_bytes(b"this is not a database" * 100)
    assert not store.is_current(db)
    assert [h.contact for h in directory.emergency_numbers("SA")] == ["911", "999"]
    assert store.is_current(db)


def test_broken_directory_files_stop_the_bot_with_every_problem(directory_copy, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import serve

    (directory_copy / "hotlines.yml").write_text("hotlines: [\n", encoding="utf-8")
    problem = serve.preflight({"DIRECTORY_DB": str(tmp_path / "directory.db")})
    assert "no numbers to give" in problem and "hotlines.yml" in problem and "not valid YAML" in problem
