"""Amounts of money in an offer: "1,500 SAR", "RM 1800", "$3000", "2万日元", "1 500 000 руб",
"5 triệu đồng", "月薪8000元"; with their currency, pay period and whether they are pay or a cost.

The notation (currency words, multipliers, period words, cue words) is data, in money.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.screening import data

_CLAUSE_END = re.compile(r"[.;!?\n。；！？]\s")
_NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:(?:,|\.|\s)\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)(?![\d])"
_NUMBER_RE = re.compile(_NUMBER)


@dataclass(frozen=True)
class Amount:
    """An amount found in the text; `start`/`end` cover the number and its currency."""

    value: float
    currency: str
    period: str | None
    start: int
    end: int
    is_pay: bool

    def per_month(self) -> float:
        """The amount as pay per month (per month when no period is written)."""
        factors = data.money_notation()["periods"]
        return self.value * float(factors[self.period or "month"])


def _alternation(words: list[str]) -> str:
    """A regex alternation, longest first; words made of letters must stand alone as words."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        if w[:1].isalpha() and not _is_cjk(w[0]):
            esc = r"(?<![^\W\d_])" + esc
        if w[-1:].isalpha() and not _is_cjk(w[-1]):
            esc += r"(?![^\W\d_])"
        parts.append(esc)
    return "|".join(parts)


def _is_cjk(ch: str) -> bool:
    return 0x3000 <= ord(ch) <= 0x9FFF


@dataclass(frozen=True)
class _Compiled:
    multiplier: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_of: dict[str, str]
    multiplier_of: dict[str, float]
    after: list[tuple[re.Pattern[str], str]]
    before: list[tuple[str, str]]
    pay_cue: re.Pattern[str]
    cost_cue: re.Pattern[str]
    currency_reach: int  # the longest currency word and a space: how far before a number to look


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    spec = data.money_notation()
    currency_of = {alias.lower(): code for code, aliases in spec["currencies"].items() for alias in aliases}
    multiplier_of = {str(k).lower(): float(v) for k, v in spec["multipliers"].items()}
    cur = _alternation(list(currency_of))
    after = [
        (re.compile(r"\s*(?:\(?[^\W\d_]{1,8}\)?\s+)?(?:" + _alternation(words) + ")"), period)
        for period, words in spec["period_after"].items()
    ]
    before = [(w, period) for period, words in spec["period_before"].items() for w in words]

    def cues(words: list[str]) -> re.Pattern[str]:
        # Cue words are stems: "зарплат" matches "зарплата", "fee" matches "fees".
        alts = [
            (r"(?<![^\W\d_])" + re.escape(w)) if w[:1].isalpha() and not _is_cjk(w[0]) else re.escape(w)
            for w in sorted(set(map(str, words)), key=len, reverse=True)
        ]
        return re.compile("|".join(alts))

    return _Compiled(
        re.compile(rf"\s?({_alternation(list(multiplier_of))})"),
        re.compile(rf"\s?({cur})"),
        re.compile(rf"({cur})\s?$"),
        currency_of, multiplier_of, after, before, cues(spec["pay_cues"]), cues(spec["cost_cues"]),
        max(map(len, currency_of), default=0) + 1,
    )


def parse_number(raw: str) -> float | None:
    """A number written with thousands separators or a decimal mark: 1,500 / 1.500 / 1 500 / 2.5 /
    1,80,000 (lakh grouping, Nepal and India)."""
    s = re.sub(r"\s", "", raw)
    seps = [c for c in s if c in ",."]
    if not seps:
        return float(s)
    last = max(s.rfind(","), s.rfind("."))
    groups = re.split(r"[,.]", s)
    if len(set(seps)) == 2:
        # Both marks: the last one is the decimal mark (1,500.50 or 1.500,50).
        return float(re.sub(r"[,.]", "", s[:last]) + "." + s[last + 1:])
    if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
        return float("".join(groups))
    # South Asian grouping with commas: 1,80,000 (one lakh eighty thousand), 12,50,000.
    if set(seps) == {","} and len(groups) >= 3 and len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[1:-1]) \
            and 1 <= len(groups[0]) <= 2:
        return float("".join(groups))
    if len(seps) == 1:
        return float(s.replace(",", "."))
    return None


def _period(folded: str, start: int, end: int, c: _Compiled) -> str | None:
    for pattern, period in c.after:
        if pattern.match(folded, end, min(len(folded), end + 24)):
            return period
    window = folded[max(0, start - 12):start]
    for word, period in c.before:
        if word in window:
            return period
    return None


def _nearest_before(pattern: re.Pattern[str], folded: str, start: int, reach: int) -> int | None:
    """Distance from the end of the nearest cue before `start` (within `reach`, same sentence)."""
    lo = max(0, start - reach)
    sentence = [m.end() for m in _CLAUSE_END.finditer(folded, lo, start)]
    if sentence:
        lo = sentence[-1]
    best = None
    for m in pattern.finditer(folded, lo, start):
        best = start - m.end()
    return best


def _is_pay(folded: str, start: int, end: int, period: str | None, c: _Compiled) -> bool:
    cost = _nearest_before(c.cost_cue, folded, start, 25)
    after_text = folded[end:end + 15]
    cost_after = c.cost_cue.search(after_text)
    if cost_after and not _CLAUSE_END.search(after_text[: cost_after.start() + 1]):
        return False
    pay = _nearest_before(c.pay_cue, folded, start, 40)
    if cost is not None and (pay is None or cost < pay):
        return False
    return period is not None or pay is not None


def find_amounts(folded: str) -> list[Amount]:
    """Every amount with a currency in `folded` (text from `text.matchable`), in order.

    Anchored on the numbers, which are few, rather than on the hundreds of currency words.
    """
    c = _compiled()
    out = []
    for m in _NUMBER_RE.finditer(folded):
        start, end = m.start(), m.end()
        try:
            value = parse_number(m.group())
        except ValueError:
            value = None
        if not value:
            continue
        mult = c.multiplier.match(folded, end)
        if mult:
            value *= c.multiplier_of[mult.group(1)]
        cur_after = c.currency_after.match(folded, mult.end() if mult else end)
        cur_before = None if cur_after else c.currency_before.search(folded, max(0, start - c.currency_reach), start)
        if cur_after:
            currency, end = cur_after.group(1), cur_after.end()
        elif cur_before:
            currency, start = cur_before.group(1), cur_before.start()
            end = mult.end() if mult else end
        else:
            continue
        period = _period(folded, start, end, c)
        out.append(Amount(value, c.currency_of[currency], period, start, end, _is_pay(folded, start, end, period, c)))
    return out
