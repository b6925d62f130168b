"""The wage check: pay far above the reference wage for the destination and kind of work.

Reference wages come from data/country_guides/wages.yml; where none exists for the destination,
or the pay is in a currency that cannot be compared without live exchange rates, nothing fires.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.screening import data
from bot.screening.money import Amount

# Pay more than this many times the usual (or minimum) wage for unskilled work is implausible.
RATIO = 2.5


@dataclass(frozen=True)
class WageFinding:
    """Pay that looks too good: the amount as written, per month, and the reference it beats."""

    amount: Amount
    monthly: float  # in the reference currency
    reference: float
    currency: str
    ratio: float


def _usd_rates() -> dict[str, float]:
    rates = {"USD": 1.0}
    for peg in data.money_notation().get("pegs") or ():
        rates[str(peg["currency"]).upper()] = float(peg["per_usd"])
    return rates


def convert(value: float, currency: str, target: str) -> float | None:
    """`value` in `target` currency, when both are the same or fixed to the US dollar; else None."""
    if currency == target:
        return value
    rates = _usd_rates()
    if currency in rates and target in rates:
        return value / rates[currency] * rates[target]
    return None


def reference(destination: str, sectors: set[str]) -> dict | None:
    """The reference monthly wage for unskilled work in `sectors` at `destination`, if one is known.

    A sector-specific row beats the `all` row; a `usual` wage beats a `minimum`.
    """
    rows = [w for w in data.reference_wages() if w["destination"] == destination and w["period"] == "month"]
    for pick in (lambda w: w["sector"] in sectors, lambda w: w["sector"] == "all"):
        candidates = [w for w in rows if pick(w)]
        if candidates:
            return sorted(candidates, key=lambda w: w["kind"] != "usual")[0]
    return None


def applies(destination: str | None, sectors: set[str]) -> bool:
    """Whether the wage check can say anything: a destination with a reference wage, unskilled work."""
    return bool(destination) and "skilled" not in sectors and reference(destination, sectors) is not None


def check(amounts: list[Amount], destination: str | None, sectors: set[str]) -> WageFinding | None:
    """The highest pay in the offer if it is more than RATIO times the reference wage, else None."""
    if not applies(destination, sectors):
        return None  # skilled pay varies too much for a floor to say anything
    ref = reference(destination, sectors)
    best = None
    for amount in amounts:
        if not amount.is_pay:
            continue
        monthly = convert(amount.per_month(), amount.currency, ref["currency"])
        if monthly is None:
            continue
        if best is None or monthly > best.monthly:
            best = WageFinding(amount, monthly, ref["amount"], ref["currency"], monthly / ref["amount"])
    return best if best and best.ratio > RATIO else None
