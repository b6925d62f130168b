"""`python -m bot.screening.report`: how well the screener does on the labelled corpus.

Prints, per language, precision and recall per flag and the risk confusion matrix, and exits
non-zero when a target is missed:
  deceptive offers rated medium or high >= 95%; legitimate offers rated high <= 5% and low >= 85%;
  per flag (where the corpus has it or the screener raised it) precision >= 0.85 and recall >= 0.80.
The corpus is tests/screening/corpus/<lang>.yml. The en, zh and ru corpora were written together
with their rules (development figures); am, id, fil and vi were written by someone who had not seen
the rules, so their figures are an independent test.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "screening" / "corpus"
TARGETS = {
    "deceptive_flagged": 0.95,
    "legitimate_high_max": 0.05,
    "legitimate_low": 0.85,
    "precision": 0.85,
    "recall": 0.80,
}


@dataclass
class FlagScore:
    """Counts for one flag."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), or None when the flag was never raised."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or None when the corpus never has the flag."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Evaluation:
    """The figures for one language."""

    lang: str
    offers: int = 0
    flags: dict[str, FlagScore] = field(default_factory=dict)
    # confusion[label][risk] = count
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    destination_right: int = 0
    destination_total: int = 0
    errors: list[str] = field(default_factory=list)  # per-offer differences, for tuning

    def share(self, label: str, risks: tuple[str, ...]) -> float:
        """The share of offers with `label` rated one of `risks`."""
        row = self.confusion.get(label, {})
        total = sum(row.values())
        return sum(row.get(r, 0) for r in risks) / total if total else 1.0

    def missed(self) -> list[str]:
        """The targets this language misses, as readable lines."""
        out = []
        if self.share("deceptive", ("medium", "high")) < TARGETS["deceptive_flagged"]:
            out.append(f"{self.lang}: deceptive rated medium/high {self.share('deceptive', ('medium', 'high')):.0%}")
        if self.share("legitimate", ("high",)) > TARGETS["legitimate_high_max"]:
            out.append(f"{self.lang}: legitimate rated high {self.share('legitimate', ('high',)):.0%}")
        if self.share("legitimate", ("low",)) < TARGETS["legitimate_low"]:
            out.append(f"{self.lang}: legitimate rated low {self.share('legitimate', ('low',)):.0%}")
        for fid, s in sorted(self.flags.items()):
            if s.precision is not None and s.precision < TARGETS["precision"]:
                out.append(f"{self.lang}: {fid} precision {s.precision:.2f}")
            if s.recall is not None and s.recall < TARGETS["recall"]:
                out.append(f"{self.lang}: {fid} recall {s.recall:.2f}")
        return out


def load_corpus(lang: str) -> list[dict]:
    """The labelled offers of `lang`."""
    raw = yaml.safe_load((_corpus_dir() / f"{lang}.yml").read_text(encoding="utf-8")) or {}
    return list(raw.get("offers") or ())


def corpus_languages() -> list[str]:
    """Languages with a corpus file."""
    return sorted(p.stem for p in _corpus_dir().glob("*.yml"))


_CHOSEN_DIR: list[Path] = []


def _corpus_dir() -> Path:
    """The corpus folder: tests/screening/corpus, or the one given with --corpus."""
    return _CHOSEN_DIR[-1] if _CHOSEN_DIR else CORPUS_DIR


def evaluate(lang: str) -> Evaluation:
    """Screen every offer of `lang` (destination detected, not given) and count."""
    from bot.screening.engine import screen

    ev = Evaluation(lang)
    for offer in load_corpus(lang):
        result = screen(offer["text"], lang=lang)
        ev.offers += 1
        expected, got = set(offer.get("flags") or ()), set(result.flag_ids)
        for fid in expected | got:
            s = ev.flags.setdefault(fid, FlagScore())
            if fid in expected and fid in got:
                s.tp += 1
            elif fid in got:
                s.fp += 1
            else:
                s.fn += 1
        row = ev.confusion.setdefault(offer["label"], {})
        row[result.risk] = row.get(result.risk, 0) + 1
        if offer.get("destination"):
            ev.destination_total += 1
            ev.destination_right += result.destination == offer["destination"]
        if expected != got:
            ev.errors.append(f"{offer['id']}: missing {sorted(expected - got)} extra {sorted(got - expected)}")
        if (offer["label"] == "deceptive") == (result.risk == "low") or (
                offer["label"] == "legitimate" and result.risk == "high"):
            ev.errors.append(f"{offer['id']}: {offer['label']} rated {result.risk}")
    return ev


def _fmt(x: float | None) -> str:
    return " n/a" if x is None else f"{x:4.2f}"


def render(ev: Evaluation, verbose: bool = False) -> str:
    """A plain-text table of one language's figures."""
    lines = [f"== {ev.lang}: {ev.offers} offers =="]
    lines.append(f"{'flag':24} {'tp':>3} {'fp':>3} {'fn':>3}  prec  rec")
    for fid, s in sorted(ev.flags.items()):
        lines.append(f"{fid:24} {s.tp:3d} {s.fp:3d} {s.fn:3d}  {_fmt(s.precision)} {_fmt(s.recall)}")
    lines.append(f"{'risk':12} {'high':>5} {'medium':>7} {'low':>5}")
    for label in ("deceptive", "legitimate"):
        row = ev.confusion.get(label, {})
        lines.append(f"{label:12} {row.get('high', 0):5d} {row.get('medium', 0):7d} {row.get('low', 0):5d}")
    lines.append(
        f"deceptive medium/high {ev.share('deceptive', ('medium', 'high')):.0%}; "
        f"legitimate high {ev.share('legitimate', ('high',)):.0%}, low {ev.share('legitimate', ('low',)):.0%}; "
        f"destination found {ev.destination_right}/{ev.destination_total}"
    )
    if verbose:
        lines += ["  " + e for e in ev.errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the report; 0 when every target is met, 1 otherwise."""
    parser = argparse.ArgumentParser(prog="python -m bot.screening.report", description=__doc__.split("\n")[0])
    parser.add_argument("langs", nargs="*", help="languages (default: every corpus)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the offers that differ from their labels")
    parser.add_argument("--corpus", type=Path, help="another folder of <lang>.yml corpora (e.g. a development set)")
    args = parser.parse_args(argv)
    if args.corpus:
        _CHOSEN_DIR.append(args.corpus)
    missed = []
    for lang in args.langs or corpus_languages():
        ev = evaluate(lang)
        print(render(ev, args.verbose))
        print()
        missed += ev.missed()
    if missed:
        print("TARGETS MISSED:\n  " + "\n  ".join(missed))
        return 1
    print("All targets met.")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
