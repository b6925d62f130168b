"""The literal strings a regex cannot match without, and how far before them a match can start.

`triggers(r"\\b(pay|send)\\s+(us\\s+)?fees?")` is ({"pay", "send"}, 0): every match contains "pay" or
"send", and starts right at it. The rule engine finds all trigger words of a language in one pass,
then tries each regex only where its triggers are, instead of scanning the whole text with a
hundred regexes (Python's `re` is slow to scan for patterns that start with `\\b` or a choice).
When no trigger can be told, the regex scans the whole text.
"""

from __future__ import annotations

import re

try:  # Python 3.11 moved the parser
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import (  # type: ignore[import-not-found]
        ASSERT, ASSERT_NOT, AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN,
    )
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import (  # type: ignore[no-redef]
        ASSERT, ASSERT_NOT, AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN,
    )

UNBOUNDED = 10_000  # a lead wider than this is treated as unknown
Found = tuple[set[str], int]  # trigger strings, the widest lead before them


def _good(strings: set[str] | None) -> bool:
    # One ASCII letter is found almost everywhere; it would filter nothing.
    return bool(strings) and all(len(s) >= 2 or not s.isascii() for s in strings)


# An open-ended repeat before a trigger ("\\s*", "\\w+") is taken to span at most this many
# characters; a longer one only costs a missed match in very odd spacing.
OPEN_REPEAT = 12


def _max_width(state, items) -> int:
    """The widest text `items` can match, with open-ended repeats counted as OPEN_REPEAT."""
    total = 0
    for op, av in items:
        if op in (MAX_REPEAT, MIN_REPEAT):
            low, high, inner = av
            one = _max_width(state, inner)
            total += one * (high if high < UNBOUNDED else OPEN_REPEAT)
        elif op == SUBPATTERN:
            total += _max_width(state, av[-1])
        elif op == BRANCH:
            total += max((_max_width(state, b) for b in av[1]), default=0)
        elif op in (AT, ASSERT, ASSERT_NOT):
            continue
        else:
            total += sre_parse.SubPattern(state, [(op, av)]).getwidth()[1]
        if total >= UNBOUNDED:
            return UNBOUNDED
    return total


def _literal(run: str) -> bool:
    return len(run) >= 2 or bool(run and not run.isascii())


def _sequence(state, items) -> Found | None:
    """Triggers of a sequence: those of its first element that has good ones, and the lead before."""
    items = list(items)
    run, run_from = "", 0
    for i, (op, av) in enumerate(items):
        if op == LITERAL:
            if not run:
                run_from = i
            run += chr(av)
            continue
        if _literal(run):
            return {run}, _max_width(state, items[:run_from])
        # A single ASCII letter before a choice is the parser factoring out a common first letter:
        # (tiket|ticket) is "t" + (iket|icket). The triggers are then "tiket" and "ticket", not
        # "iket" and "icket" (which never start a word, so the rule would never be tried).
        prefix, prefix_from = (run, run_from) if run and op not in (AT, ASSERT, ASSERT_NOT) else ("", 0)
        run = ""
        if op in (AT, ASSERT, ASSERT_NOT):
            continue
        found = _item(state, op, av)
        if found and _good(found[0]):
            if prefix and found[1] == 0:
                return {prefix + s for s in found[0]}, _max_width(state, items[:prefix_from])
            return found[0], min(UNBOUNDED, _max_width(state, items[:i]) + found[1])
    if _literal(run):
        return {run}, _max_width(state, items[:run_from])
    return None


def _item(state, op, av) -> Found | None:
    if op == SUBPATTERN:
        return _sequence(state, av[-1])
    if op == BRANCH:
        strings: set[str] = set()
        lead = 0
        for branch in av[1]:
            found = _sequence(state, branch)
            if not found or not _good(found[0]):
                return None
            strings |= found[0]
            lead = max(lead, found[1])
        return strings, lead
    if op in (MAX_REPEAT, MIN_REPEAT):
        low, _high, inner = av
        return _sequence(state, inner) if low >= 1 else None
    return None


def triggers(pattern: str) -> tuple[frozenset[str], int | None] | None:
    """(literals of which every match contains one, how many characters a match can start before
    that literal, or None if unbounded); None when no such literals can be told."""
    try:
        parsed = sre_parse.parse(pattern)
        found = _sequence(parsed.state, parsed)
    except Exception:  # noqa: BLE001 - an unusual pattern simply scans the whole text
        return None
    if not found or not _good(found[0]):
        return None
    strings, lead = found
    return frozenset(strings), (None if lead >= UNBOUNDED else lead)


def trie_regex(literals: list[str]) -> str:
    """One regex matching any of `literals`, the longest one at a position, shaped as a trie so
    that `re` checks a handful of first characters instead of trying every literal in turn."""
    trie: dict = {}
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie) or "(?!)"
