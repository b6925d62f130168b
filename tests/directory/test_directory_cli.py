"""`python -m bot hotlines` and `python -m bot agency`: the bot's own answers, as JSON for others."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bot(*args, env=None):
    import os

    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_hotlines_for_a_corridor_give_local_numbers_first_in_the_language_asked():
    out = _bot("hotlines", "--origin", "PH", "--destination", "SA", "--lang", "fil", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["local"] and data["lines"][0]["phone"] == "911"
    assert all(line["source"]["url"].startswith("http") and line["reviewed"] for line in data["lines"])
    assert "Saudi Arabia" in data["text"] or "Saudi" in data["text"]
    assert any(line["country"] == "PH" for line in data["lines"])  # the Philippines' own lines after


def test_hotlines_without_a_destination_still_give_numbers():
    data = json.loads(_bot("hotlines", "--lang", "am", "--emergency", "--json").stdout)
    assert not data["local"] and any(ch.isdigit() for ch in data["text"])


def test_agency_by_misspelt_name_and_by_licence_number(tmp_path):
    data = json.loads(_bot("agency", "Azizah Internasional Manpower", "--json").stdout)
    assert data["found"] and data["matches"][0]["status"] == "cancelled" and data["matches"][0]["as_of"]
    assert "legitimate" not in data["text"].lower()
    listed = [r for r in __import__("yaml").safe_load((ROOT / "data" / "directory" / "agencies.yml").read_text(
        encoding="utf-8"))["agencies"] if r.get("licence")]
    assert listed, "the shipped register sample has rows with licence numbers"
    ascii_number = "".join(str(int(c)) if c.isdigit() else c for c in listed[0]["licence"])  # १५०५ -> 1505
    by_number = json.loads(_bot("agency", ascii_number.replace("/", "-"), "--json").stdout)
    assert by_number["by"] == "licence" and by_number["matches"][0]["name"] == listed[0]["name"]
    missing = json.loads(_bot("agency", "0000/000/00", "--country", "NP", "--json").stdout)
    assert missing["by"] == "licence" and not missing["found"]
    assert missing["official_lookups"][0]["lookup"]


def test_bad_arguments_get_a_clear_message_not_a_traceback():
    for args in (["hotlines", "--destination", "Saudi"], ["hotlines", "--lang", "xx"], ["agency", " "]):
        out = _bot(*args)
        assert out.returncode == 2 and out.stderr and "Traceback" not in out.stderr
