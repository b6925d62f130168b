"""Whether a matched phrase is said in the negative ("no placement fee", "护照不交公司", "без оплаты").

A cue negates a match when it comes shortly before it (or shortly after, for cues such as
"none" or "paid by the employer") in the same clause. Clauses end at hard boundaries (full stop,
"but"); a comma ends one too, unless a list continues after it ("no placement, medical or training
fees"), which is told by a list joiner ("or", "and", "、") between the comma and the match.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass


@dataclass(frozen=True)
class NegationRules:
    """One language's negation settings (from the `negation:` section of its pattern file)."""

    window_before: int
    window_after: int
    hard_boundaries: frozenset[str]
    soft_boundaries: frozenset[str]
    list_joiners: frozenset[str]

    @classmethod
    def from_spec(cls, spec: dict) -> "NegationRules":
        """Build from the YAML mapping."""
        return cls(
            int(spec.get("window_before", 5)),
            int(spec.get("window_after", 3)),
            frozenset(spec.get("hard_boundaries") or ()),
            frozenset(spec.get("soft_boundaries") or ()),
            frozenset(spec.get("list_joiners") or ()),
        )


class Scope:
    """Negation cues and clause boundaries of one tokenised text, ready for many `negated` calls."""

    def __init__(self, tokens: list[str], rules: NegationRules,
                 before: list[tuple[int, int]], after: list[tuple[int, int]]):
        self.rules = rules
        self.before = sorted(before)
        self.after = sorted(after)
        self._tokens = tokens
        self._indexed = False

    def _index(self) -> None:
        """Where the clause boundaries and list joiners are: found on first need (most matches
        have no negation cue near them, and then none of this is looked at)."""
        r, tokens = self.rules, self._tokens
        self.hard = [i for i, tok in enumerate(tokens) if tok in r.hard_boundaries or "\n" in tok]
        self.soft = [i for i, tok in enumerate(tokens) if tok in r.soft_boundaries]
        self.joiners = [i for i, tok in enumerate(tokens) if tok in r.list_joiners]
        self._indexed = True

    def _blocked(self, a: int, b: int) -> bool:
        """Whether a clause boundary lies among tokens [a, b)."""
        if a >= b:
            return False
        if not self._indexed:
            self._index()
        h = bisect_left(self.hard, a)
        if h < len(self.hard) and self.hard[h] < b:
            return True
        k = bisect_left(self.soft, b) - 1
        if k < 0 or self.soft[k] < a:
            return False
        last_soft = self.soft[k]
        j = bisect_left(self.joiners, last_soft)
        # After the last comma, a joiner before the match means we are still inside the list.
        return not (j < len(self.joiners) and self.joiners[j] < b)

    def negated(self, start: int, end: int) -> bool:
        """Whether the match on tokens [start, end) is negated by a cue in its clause."""
        r = self.rules
        lo = bisect_left(self.before, (start - r.window_before - 4, 0))
        for cue_start, cue_end in self.before[lo:]:
            if cue_start >= end:
                break
            if cue_start >= start and cue_end <= end:
                return True  # "we will not keep your passport" inside one match
            if cue_end <= start and start - cue_end <= r.window_before and not self._blocked(cue_end, start):
                return True
        lo = bisect_left(self.after, (end, 0))
        for cue_start, _ in self.after[lo:]:
            if cue_start - end > r.window_after:
                break
            if not self._blocked(end, cue_start):
                return True
        return False
