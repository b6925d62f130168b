"""Which country an offer is for, from the countries it names (bot.geo) and the words before them.

"Work in Dubai" makes AE the destination; "applicants from Nepal" makes NP the origin. Optional:
without bot.geo the destination is unknown (None) and only the wage and scam checks lose it.
"""

from __future__ import annotations

import logging
import re

from bot.screening.rules import Hit

log = logging.getLogger(__name__)

# Offers name where the job near the top: the country finder reads the first SCAN_CHARS, and the
# next stretch only when the first names no country. Reading a whole long paste would cost more
# time than the answer is worth.
SCAN_CHARS = (500, 1500)
# What may stand between a cue word and the country it applies to ("in the UAE", "to: Qatar").
_GAP = re.compile(r"[\s,:\-–]*(?:the\s+)?", re.IGNORECASE)


def _cut(text: str, limit: int) -> int:
    """`limit`, moved back to the last space before it so no name is cut in two."""
    if len(text) <= limit:
        return len(text)
    space = text.rfind(" ", 0, limit)
    return space if space > limit // 2 else limit


def _mentions(find_countries, text: str) -> list:
    first = _cut(text, SCAN_CHARS[0])
    found = list(find_countries(text[:first]))
    if not found and first < len(text):
        rest = _cut(text, SCAN_CHARS[1])
        found = [
            type(m)(m.code, m.start + first, m.end + first, m.surface)
            for m in find_countries(text[first:rest])
        ]
    return found


def guess(text: str, lang: str, cue_hits: list[Hit]) -> str | None:
    """The ISO alpha-2 code of the destination, or None when no country or only an origin is named."""
    try:
        from bot.geo import find_countries
    except ImportError:
        return None
    try:
        mentions = _mentions(find_countries, text)
    except Exception:  # noqa: BLE001 - someone else's module; a failure must not stop the screening
        log.exception("country finder failed")
        return None
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    for m in mentions:
        score = 1.0
        for cue in cue_hits:
            if cue.end <= m.start and m.start - cue.end <= 8 and _GAP.fullmatch(text, cue.end, m.start):
                score += 2.0 if cue.name == "toward" else -3.0
        scores[m.code] = scores.get(m.code, 0.0) + score
        first.setdefault(m.code, m.start)
    candidates = [c for c, s in scores.items() if s > 0]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (scores[c], -first[c]))
