"""Overall risk from the flags found, by the ILO/EC Delphi rule for combining indicators.

A dimension counts as present with 2 strong, or 1 strong + 1 medium/weak, or 3 medium, or
2 medium + 1 weak indicators; that is `high`. Any strong one, or 2 medium, is `medium`. Anything
else is `low`, which means only that no red flag was found in the text, never that an offer is safe.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable


def rate(severities: Iterable[str]) -> str:
    """`high`, `medium` or `low` for the severities (strong/medium/weak) of the flags raised."""
    n = Counter(severities)
    strong, medium, weak = n["strong"], n["medium"], n["weak"]
    if strong >= 2 or (strong >= 1 and medium + weak >= 1) or medium >= 3 or (medium >= 2 and weak >= 1):
        return "high"
    if strong >= 1 or medium >= 2:
        return "medium"
    return "low"
