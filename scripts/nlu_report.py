"""`make nlu-report`: held-out NLU evaluation per language, with the real pipeline in config.yml.

For each language and intent, a fixed 20% of the examples (seed 42) is held out; one model is
trained on the rest of all ten languages together (as in production) and parses the held-out
messages. Prints intent macro-F1 and `emergency` recall per language, and the accuracy of the
`country` entity on the labelled sentences in data/nlu_eval/countries.yml. Exits non-zero when a
target is missed: macro-F1 >= 0.90 and emergency recall >= 0.98 in every language.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.languages import SUPPORTED  # noqa: E402

TARGET_F1, TARGET_EMERGENCY = 0.90, 0.98
HOLDOUT = 0.2
SEED = 42


def load_examples(lang: str) -> list[tuple[str, str]]:
    """(text, intent) pairs of one language's NLU files, entity markup removed."""
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(ROOT / "data" / "nlu" / lang))
    return [(m.get("text"), m.get("intent")) for m in data.intent_examples]


def split(examples: list[tuple[str, str]]) -> tuple[list, list]:
    """A stratified split: HOLDOUT of each intent's examples (at least one) held out."""
    by_intent = defaultdict(list)
    for text, intent in examples:
        by_intent[intent].append(text)
    rng = random.Random(SEED)
    train, test = [], []
    for intent, texts in sorted(by_intent.items()):
        texts = sorted(texts)
        rng.shuffle(texts)
        cut = max(1, round(len(texts) * HOLDOUT))
        test += [(t, intent) for t in texts[:cut]]
        train += [(t, intent) for t in texts[cut:]]
    return train, test


def write_nlu(pairs: list[tuple[str, str]], path: Path) -> None:
    by_intent = defaultdict(list)
    for text, intent in pairs:
        by_intent[intent].append(text)
    doc = {"version": "3.1", "nlu": [
        {"intent": intent, "examples": "".join(f"- {json.dumps(t, ensure_ascii=False)[1:-1]}\n" for t in texts)}
        for intent, texts in sorted(by_intent.items())
    ]}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    """Macro-averaged F1 over the intents in `gold`."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


async def parse_all(model: str, texts: list[str]) -> list[dict]:
    from rasa.core.agent import Agent

    agent = Agent.load(model)
    return [await agent.parse_message(t) for t in texts]


def main() -> int:
    logging.disable(logging.WARNING)
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    from rasa.model_training import train_nlu

    held_out: dict[str, list[tuple[str, str]]] = {}
    work = Path(tempfile.mkdtemp(prefix="nlu-report-"))
    (work / "nlu").mkdir()
    for lang in SUPPORTED:
        train, test = split(load_examples(lang))
        held_out[lang] = test
        write_nlu(train, work / "nlu" / f"{lang}.yml")
    print(f"training on the other {100 - int(HOLDOUT * 100)}% of every language ...", flush=True)
    model = train_nlu(config=str(ROOT / "config.yml"), nlu_data=str(work / "nlu"), output=str(work),
                      fixed_model_name="nlu-report")
    countries = yaml.safe_load((ROOT / "data" / "nlu_eval" / "countries.yml").read_text(encoding="utf-8"))

    texts = [t for lang in SUPPORTED for t, _ in held_out[lang]]
    country_texts = [row["text"] for lang in SUPPORTED for row in countries.get(lang, [])]
    parsed = asyncio.run(parse_all(model, texts + country_texts))
    intents = iter(p["intent"]["name"] for p in parsed[: len(texts)])
    found = iter(sorted({e["value"] for e in p.get("entities", []) if e["entity"] == "country"})
                 for p in parsed[len(texts):])

    rows, failed = [], []
    for lang in SUPPORTED:
        gold = [i for _, i in held_out[lang]]
        pred = [next(intents) for _ in gold]
        f1 = macro_f1(gold, pred)
        emergency = [p for g, p in zip(gold, pred) if g == "emergency"]
        recall = sum(p == "emergency" for p in emergency) / len(emergency) if emergency else float("nan")
        labelled = countries.get(lang, [])
        right = sum(next(found) == sorted(row.get("countries") or []) for row in labelled)
        accuracy = right / len(labelled) if labelled else float("nan")
        rows.append((lang, len(gold), f1, len(emergency), recall, len(labelled), accuracy))
        if not f1 >= TARGET_F1 or not recall >= TARGET_EMERGENCY:
            failed.append(lang)
        for (text, g), p in zip(held_out[lang], pred):
            if g != p and os.environ.get("NLU_REPORT_ERRORS"):
                print(f"  {lang}: {g} -> {p}: {text}")

    print(f"\n{'lang':5} {'test':>5} {'macro-F1':>9} {'emerg.':>7} {'recall':>7} {'country':>8} {'accuracy':>9}")
    for lang, n, f1, ne, recall, nc, acc in rows:
        print(f"{lang:5} {n:5d} {f1:9.3f} {ne:7d} {recall:7.3f} {nc:8d} {acc:9.3f}")
    print(f"\ntargets: macro-F1 >= {TARGET_F1}, emergency recall >= {TARGET_EMERGENCY} in every language")
    if failed:
        print("missed in: " + ", ".join(failed))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
