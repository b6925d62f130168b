"""Strong danger words in any supported language (`data/help/danger/<lang>.yml`).

A safety net under the intent classifier: "they took my passport and lock me in" must get the
emergency answer even when the classifier is unsure, in whatever language it is written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

DANGER_DIR = Path(__file__).resolve().parent.parent / "data" / "help" / "danger"
# Long pasted texts (job offers) are screened, not treated as cries for help.
MAX_CHARS = 600


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    parts = [
        f"(?:{p})"
        for path in sorted(DANGER_DIR.glob("*.yml"))
        for p in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def danger_words(text: str) -> str | None:
    """The first strong danger phrase in `text`, or None."""
    if not text or len(text) > MAX_CHARS:
        return None
    m = _pattern().search(text)
    return m.group(0) if m else None
