"""bot/screening/cli.py: `python -m bot screen`, run as a subprocess like a user would."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ACCEPTANCE = (
    "Well paid restaurant job for a good looking girl in Dubai, no experience, free ticket, "
    "we keep passport for safety\n"
)
EPS = (
    "Employment Permit System (EPS) - Korea. Manufacturing jobs under the E-9 visa, government to government. "
    "No placement fee. The employment contract is signed before departure and workers keep their own passports.\n"
)


def _screen(*args, stdin: bytes = b""):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.run(
        [sys.executable, "-m", "bot", "screen", *args], input=stdin, capture_output=True, cwd=ROOT, env=env,
        timeout=120,
    )


def _no_traceback(proc):
    assert b"Traceback" not in proc.stderr and b"Traceback" not in proc.stdout


def test_the_acceptance_offer_piped_in_is_high_risk_with_quoted_flags():
    proc = _screen("--json", "-", stdin=ACCEPTANCE.encode())
    _no_traceback(proc)
    assert proc.returncode == 0
    result = json.loads(proc.stdout)
    ids = {f["id"] for f in result["flags"]}
    assert result["risk"] == "high"
    assert {"appearance_requirement", "no_skills_high_pay", "document_retention"} <= ids
    assert ids & {"debt_or_advance", "worker_pays_fee"}
    for flag in result["flags"]:
        assert ACCEPTANCE[flag["start"]:flag["end"]] == flag["evidence"]


def test_a_legitimate_eps_offer_from_a_file_is_low(tmp_path):
    offer = tmp_path / "eps.txt"
    offer.write_text(EPS, encoding="utf-8")
    proc = _screen("--lang", "en", "--json", str(offer))
    assert proc.returncode == 0 and json.loads(proc.stdout)["risk"] == "low"


def test_the_readable_report_marks_evidence_without_ansi_when_piped():
    proc = _screen("--lang", "en", "-", stdin=ACCEPTANCE.encode())
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    assert "Risk: HIGH" in out and "«we keep passport»" in out and "\033[" not in out


def test_a_chinese_offer_gets_a_chinese_report():
    proc = _screen("--lang", "zh", "-", stdin="护照由公司统一保管，不签合同。".encode())
    assert proc.returncode == 0 and "风险" in proc.stdout.decode("utf-8")


@pytest.mark.parametrize("stdin", [
    b"",
    b"   \n\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "Job in Dubai, salary 1500 AED".encode("utf-16-le") + b"\xff\xfe\x00\xd8",
    b"Job offer \xff\xfe\xfa caf\xe9 in Dubai",
    b"<!DOCTYPE html><html><head><title>Jobs</title></head><body><div>Dubai</div></body></html>",
])
def test_unusable_input_exits_2_with_a_message_and_no_traceback(stdin):
    proc = _screen("--lang", "en", "-", stdin=stdin)
    _no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.strip()


def test_unusable_input_in_json_mode_gives_the_error_key():
    proc = _screen("--json", "--lang", "en", "-", stdin=b"")
    assert proc.returncode == 2 and json.loads(proc.stdout)["error"] == "input.empty"


def test_a_megabyte_of_text_is_cut_and_screened_and_the_report_says_so():
    big = ("Restaurant job in Dubai, we keep passport for safety. " * 20000).encode()
    assert len(big) > 1_000_000
    proc = _screen("--lang", "en", "-", stdin=big)
    _no_traceback(proc)
    assert proc.returncode == 0
    assert "only the first" in proc.stdout.decode("utf-8")


@pytest.mark.parametrize("args", [
    ["--lang", "xx-nope", "-"],
    ["--destination", "Dubai", "-"],
    ["--lang", "en", "/no/such/file.txt"],
])
def test_bad_options_and_missing_files_exit_2_with_a_message(args):
    proc = _screen(*args, stdin=ACCEPTANCE.encode())
    _no_traceback(proc)
    assert proc.returncode == 2 and proc.stderr.strip()
