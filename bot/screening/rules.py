"""One engine for every language: the rules in `data/screening/patterns/<lang>.yml` compiled into a
spaCy Matcher, a PhraseMatcher and regexes, once per process.

Sections of a pattern file, each a mapping name -> list of rules:
  rules       red flags, by flag id
  markers     parts of a combination flag (no_experience, high_pay, online_job, ...)
  clear       legitimate phrasings that cancel an overlapping match of that flag ("you keep your passport")
  statements  facts about the whole offer that a rule can depend on (`unless: employer_pays`)
  topics      what answers a follow-up question without being a flag (a licence number)
  sectors     the kind of work (domestic_work, construction, skilled, ...), for the wage check
  destination_cues  toward / away: words before a country that make it the destination or the origin
A rule is one of `regex:` (on the folded text), `phrases:` (token sequences) or `tokens:` (spaCy
Matcher patterns), with options `negatable` (default true for rules and markers, false elsewhere)
and `unless` (the name of a statement that, when the offer makes it, cancels the rule).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from bot.screening import data
from bot.screening.negation import NegationRules, Scope
from bot.screening.text import matchable
from bot.screening.triggers import trie_regex, triggers
from bot.segment import KHMER_CLUSTER

SECTIONS = ("rules", "markers", "clear", "statements", "topics", "sectors", "destination_cues")
NEGATABLE_SECTIONS = ("rules", "markers")


# Words are runs of letters; Han characters are tokens on their own, as spaCy's "char" segmenter
# makes them; Khmer is cut into clusters; numbers keep their separators ("1,500"); every other
# symbol is a token.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Khmer words begin at a cluster (bot/segment.py), so trigger words do too.
_TOKEN = re.compile(f"{KHMER_CLUSTER}|[^\\W\\d_{_HAN}\u1780-\u17b3]+|[{_HAN}]|\\d+(?:[.,]\\d+)*|\n|[^\\w\\s]|_+")


def tokenize(text: str) -> list[re.Match[str]]:
    """Tokens of `text` as regex matches (offsets included): words, numbers, Han characters,
    punctuation and newlines. "don't" is "don" + "'" + "t"; cue lists spell contractions out.

    spaCy's own tokenizer costs about 10 microseconds a token on varied offer text, too slow for
    the 5 ms budget; matching only needs rules and text split the same way, and this is.
    """
    return list(_TOKEN.finditer(text))


class Hit(NamedTuple):
    """A rule that matched: where (character offsets) and whether it was said in the negative.
    (A tuple: a 2 KB offer makes hundreds, and a frozen dataclass costs three times as much.)"""

    section: str
    name: str
    start: int
    end: int
    negated: bool
    unless: str | None


# A regex match is never longer than this; without a bounded lead, matches are searched for this
# far around each trigger.
MAX_MATCH = 250


def _windows(positions: list[int], size: int, length: int) -> list[tuple[int, int]]:
    """Merged spans of MAX_MATCH around each trigger position (trigger `size` characters long)."""
    merged: list[tuple[int, int]] = []
    for p in sorted(positions):
        lo, hi = max(0, p - MAX_MATCH), min(length, p + size + MAX_MATCH)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


@dataclass(frozen=True)
class _Meta:
    section: str
    name: str
    negatable: bool
    unless: str | None


def _spacy():
    # thinc imports TensorFlow when it is installed (Rasa needs it) and that takes seconds; the
    # screener never uses it. Outside a process that already loaded it, keep it out.
    if "spacy" not in sys.modules and "tensorflow" not in sys.modules:
        sys.modules["tensorflow"] = None  # type: ignore[assignment]
        try:
            import spacy
        finally:
            del sys.modules["tensorflow"]
        return spacy
    import spacy

    return spacy


class RuleSet:
    """The compiled rules of one language."""

    def __init__(self, lang: str):
        spec = data.patterns(lang)
        spacy = _spacy()
        from spacy.matcher import Matcher, PhraseMatcher

        self.lang = lang
        self.nlp = spacy.blank(spec.get("pipeline") or lang)
        self.matcher = Matcher(self.nlp.vocab)
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        # (regex, its trigger literals, how far before a trigger a match may start, what it means)
        self.regexes: list[tuple[re.Pattern[str], frozenset[str] | None, int | None, _Meta]] = []
        self.meta: dict[int, _Meta] = {}
        neg = spec.get("negation") or {}
        self.negation = NegationRules.from_spec(neg)
        for cue_kind in ("before", "after"):
            cues = [str(c) for c in neg.get(cue_kind) or ()]
            if cues:
                self._add_phrases(f"neg:{cue_kind}", cues, _Meta("neg", cue_kind, False, None))
        for section in SECTIONS:
            for name, rules in (spec.get(section) or {}).items():
                for i, rule in enumerate(rules):
                    self._add(f"{section}:{name}:{i}", rule, section, name)
        self._index_triggers()

    def _index_triggers(self) -> None:
        """One regex finding every trigger literal of every rule, longest first at each position."""
        self.by_trigger: dict[str, list[int]] = {}
        for k, (_pattern, needs, _lead, _meta) in enumerate(self.regexes):
            for needle in needs or ():
                self.by_trigger.setdefault(needle, []).append(k)
        literals = sorted(self.by_trigger, key=len, reverse=True)
        # At a position where "payment" is found, "pay" is found too: every trigger that is a
        # prefix of the longest one found there.
        self.regexes_at = {
            lit: sorted({k for n in literals if lit.startswith(n) for k in self.by_trigger[n]}) for lit in literals
        }
        # A lookahead finds every position where a trigger starts (overlapping ones too) in one
        # scan in C; a match at a token start wins. One `match` call per token cost 2.5 ms on
        # 2 KB of Chinese, where every character is a token.
        self.trigger_re = re.compile(f"(?=({trie_regex(literals)}))")

    def _add_phrases(self, key: str, phrases: list[str], meta: _Meta) -> None:
        self.meta[self.nlp.vocab.strings.add(key)] = meta
        # Phrases are folded like the text they are matched against (ё -> е, ’ -> ').
        self.phrases.add(key, [self._doc([t.group() for t in tokenize(matchable(p))]) for p in phrases])

    def _doc(self, words: list[str]):
        from spacy.tokens import Doc

        return Doc(self.nlp.vocab, words=words, spaces=[False] * len(words))

    def _add(self, key: str, rule: dict[str, Any], section: str, name: str) -> None:
        # Only red flags and markers can be said in the negative by default; a clearing phrase such as
        # "the employer pays your visa fee" contains cue words itself and must not cancel itself.
        negatable = rule.get("negatable", section in NEGATABLE_SECTIONS)
        meta = _Meta(section, name, bool(negatable), rule.get("unless"))
        if "regex" in rule:
            found = triggers(rule["regex"])
            needs, lead = found if found else (None, None)
            self.regexes.append((re.compile(rule["regex"]), needs, lead, meta))
        elif "phrases" in rule:
            self._add_phrases(key, [str(p) for p in rule["phrases"]], meta)
        else:
            self.meta[self.nlp.vocab.strings.add(key)] = meta
            self.matcher.add(key, rule["tokens"])

    def run(self, folded: str) -> list[Hit]:
        """Every rule hit in `folded` (text from `text.matchable`), with negation decided."""
        tokens = tokenize(folded)
        if not tokens:
            return []
        words = [t.group() for t in tokens]
        doc = self._doc(words)
        starts = [t.start() for t in tokens]
        raw: list[tuple[_Meta, int, int, int, int]] = []  # meta, token start/end, char start/end
        before: list[tuple[int, int]] = []
        after: list[tuple[int, int]] = []
        found = list(self.phrases(doc))
        if len(self.matcher):
            found += list(self.matcher(doc))
        for match_id, s, e in found:
            meta = self.meta[match_id]
            if meta.section == "neg":
                (before if meta.name == "before" else after).append((s, e))
                continue
            raw.append((meta, s, e, tokens[s].start(), tokens[e - 1].end()))
        positions = self.trigger_positions(folded, starts)
        for k, (pattern, needs, lead, meta) in enumerate(self.regexes):
            if needs is not None and k not in positions:
                continue  # none of its trigger words is in the text
            for m in self._matches(folded, starts, pattern, needs, lead, positions.get(k)):
                s = max(0, bisect_right(starts, m.start()) - 1)
                e = max(s + 1, bisect_right(starts, m.end() - 1))
                raw.append((meta, s, e, m.start(), m.end()))
        scope = Scope(words, self.negation, before, after)
        hits = [
            Hit(meta.section, meta.name, cs, ce, meta.negatable and scope.negated(s, e), meta.unless)
            for meta, s, e, cs, ce in raw
        ]
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def trigger_positions(self, folded: str, starts: list[int]) -> dict[int, list[int]]:
        """Regex index -> where its trigger words are. Rules start at a word, and their triggers
        are words or word beginnings: triggers count at token starts only."""
        at_token = set(starts)
        by_literal: dict[str, list[int]] = {}
        for m in self.trigger_re.finditer(folded):
            if m.start() in at_token:
                by_literal.setdefault(m.group(1), []).append(m.start())
        positions: dict[int, list[int]] = {}
        for literal, found in by_literal.items():
            for k in self.regexes_at[literal]:
                positions.setdefault(k, []).extend(found)
        return positions

    @staticmethod
    def _matches(folded: str, starts: list[int], pattern: re.Pattern[str], needs, lead,
                 positions) -> list[re.Match[str]]:
        """Matches of `pattern`, tried only where its triggers are: at the token starts at most
        `lead` characters before a trigger (rules start at a word), or around it when the lead is
        unbounded, or everywhere when the regex has no trigger."""
        if needs is None:
            found = list(pattern.finditer(folded))
        elif not positions:
            return []
        elif lead is None:
            size = max(map(len, needs))
            found = [m for lo, hi in _windows(positions, size, len(folded)) for m in pattern.finditer(folded, lo, hi)]
        else:
            # Each token start in reach of a trigger is tried once, however many triggers reach it.
            found, tried = [], 0
            for p in sorted(positions):
                i = max(tried, bisect_left(starts, p - lead))
                while i < len(starts) and starts[i] <= p:
                    m = pattern.match(folded, starts[i])
                    i += 1
                    if m:
                        found.append(m)
                tried = i
        return [m for m in found if m.end() > m.start()]


@lru_cache(maxsize=None)
def rule_set(lang: str) -> RuleSet:
    """The compiled rules of `lang` (built on first use, then kept for the life of the process)."""
    return RuleSet(lang)


def warm_up(langs: tuple[str, ...] | None = None) -> None:
    """Compile every language's rules now, so the first user does not wait for it."""
    for lang in langs or data.pattern_languages():
        rule_set(lang)
