"""Train the model only when its inputs changed: the hash of the inputs is kept next to the model."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The custom components and the segmenter shape the features, so they are training inputs too.
INPUTS = ["config.yml", "domain", "data/nlu", "data/rules", "components", "bot/segment.py", "bot/scripts.py"]
MODEL = ROOT / "models" / "current.tar.gz"
STAMP = ROOT / "models" / "current.inputs.sha256"


def inputs_hash() -> str:
    """SHA-256 over the names and contents of every training input file."""
    h = hashlib.sha256()
    for item in INPUTS:
        path = ROOT / item
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix in (".tmp",) or "__pycache__" in f.parts:
                continue
            h.update(str(f.relative_to(ROOT)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def main() -> int:
    digest = inputs_hash()
    if MODEL.exists() and STAMP.exists() and STAMP.read_text().strip() == digest and "--force" not in sys.argv:
        print(f"model is current ({MODEL.relative_to(ROOT)}); not training")
        return 0
    rasa = Path(sys.executable).with_name("rasa")
    cmd = [str(rasa), "train", "--fixed-model-name", "current", "--out", "models", "--domain", "domain",
           "--config", "config.yml", "--data", "data/nlu", "data/rules", "--force"]
    print("training:", " ".join(cmd[1:]), flush=True)
    result = subprocess.run(cmd, cwd=ROOT, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    if result.returncode != 0:
        return result.returncode
    STAMP.write_text(digest + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
