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
def _patterns() -> tuple[re.Pattern[str], ...]:
    # Compiled one by one: a single alternation of every language's patterns defeats the regex
    # engine's literal prefilters and was four times slower on a 600-character message.
    return tuple(
        re.compile(p, re.IGNORECASE)
        for path in sorted(DANGER_DIR.glob("*.yml"))
        for p in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    )


def danger_words(text: str) -> str | None:
    """The first strong danger phrase in `text` (in the order of the files), or None."""
    if not text or len(text) > MAX_CHARS:
        return None
    for pattern in _patterns():
        m = pattern.search(text)
        if m:
            return m.group(0)
    return None
