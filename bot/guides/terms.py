"""The search terms of a text, the same for the guide passages and for the questions people ask.

- Words come from `bot.segment` (Han characters, Burmese syllables, Khmer clusters, words elsewhere),
  lower-cased. In scripts without spaces a word is several tokens, so each pair of neighbouring
  tokens is a term too (签证 = 签 + 证 + 签证): pairs rank whole words above stray characters.
- Amharic words change their vowels and affixes (ቪዛ, ቪዛዬን; ይከፍላል, መክፈል): a Ge'ez syllable is
  reduced to its consonant (the first form of its row) and each pair of neighbouring consonants is
  a term, so words of one root meet (ከፈ+ፈለ in both "pays" and "to pay").
- Amharic proclitics and endings (የ-, ለ-, -ን, -ዎች) are cut before that.
- Russian words lose their ending (визу, визы -> виз; платит, платите -> плат) and are searched as
  prefixes; Nepali and Indonesian words lose the
  postpositions and particles written onto them (भिसाको -> भिसा, biayanya -> biaya). English and
  other Latin-script words are stemmed by FTS5's porter tokenizer.
- `content_terms` also drops stop words (spaCy's lists, read as data without loading spaCy), so the
  weight of a question rests on the words that carry it.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from bot.scripts import script_of
from bot.segment import spans

_UNSPACED = ("Han", "Myanmar", "Khmer")
_ENDINGS = {
    "Cyrillic": """ами ями ого его ому ему ыми ими ой ей ом ем ам ям ах ях ов ев ую юю ая яя ое ее ые ие ый ий
        ых их ите ете ать ять ить еть ит ет ат ят ут ют ть ся а я о е ы и у ю ь й""",
    "Devanagari": "हरूलाई हरूको हरूमा हरूले हरू लाई बाट देखि सम्म को का की मा ले",
    "id": "nya lah kah pun",
    "Ethiopic": "ዎችን ዎቹን ዎች ዎቹ ውን ዋን ን ና ም ው",
}
# Prepositions, the relative and infinitive markers, and person prefixes of verbs (ይከፍላል, መክፈል -> ክፈል).
_ETHIOPIC_PROCLITICS = sorted("እንደ ስለ ወደ እስከ የሚ የማ ለመ ለማ የ ለ በ ከ መ ይ ት".split(), key=len, reverse=True)
# Letters that sound the same and are spelled either way (ሠ/ሰ, ዐ/አ, ሐ/ኀ/ሀ, ፀ/ጸ).
_ETHIOPIC_SAME = {0x1220: 0x1230, 0x12D0: 0x12A0, 0x1210: 0x1200, 0x1280: 0x1200, 0x1340: 0x1338}
_ENDINGS = {k: sorted(v.split(), key=len, reverse=True) for k, v in _ENDINGS.items()}
_SPACY_LANG = {"fil": "tl"}
_HAN_PARTICLES = frozenset("吗呢吧啊呀嘛哦么的了是我你他她们在有和与或也都就请问想要会能可以该")  # spaCy's code for Tagalog
_NOT_A_TERM = re.compile(r"^\W+$")


def _strip(word: str, endings: list[str], keep: int) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return word[: -len(ending)]
    return word


def _ethiopic_consonant(ch: str) -> str:
    code = ord(ch)
    if 0x1200 <= code <= 0x135A:
        base = code - (code - 0x1200) % 8
        return chr(_ETHIOPIC_SAME.get(base, base))
    return ch


def _word_terms(word: str, script: str | None, lang: str | None) -> list[str]:
    if script == "Cyrillic":
        return [_strip(word.replace("ё", "е"), _ENDINGS["Cyrillic"], 3)]
    if script == "Devanagari":
        return [_strip(word, _ENDINGS["Devanagari"], 2)]
    if script == "Ethiopic":
        stem = _strip(word, _ENDINGS["Ethiopic"], 2)
        for clitic in _ETHIOPIC_PROCLITICS:
            if stem.startswith(clitic) and len(stem) - len(clitic) >= 2:
                stem = stem[len(clitic):]
                break
        skeleton = "".join(_ethiopic_consonant(c) for c in stem)
        pairs = [skeleton[i:i + 2] for i in range(len(skeleton) - 1)]
        return [stem] + (pairs or [skeleton])  # the stem, not the word: ለቤት and የቤት are both ቤት
    if lang == "id" and script == "Latin":
        return [_strip(word, _ENDINGS["id"], 3)]
    return [word]


def marked_terms(text: str, lang: str | None = None) -> list[tuple[str, int, bool]]:
    """(term, word number, derived) for each term of `text`: derived terms are the pairs and the
    Amharic consonant pairs, which stand in for a word but are not one."""
    out: list[tuple[str, int, bool]] = []
    prev: tuple[str, int, str] | None = None  # (token, end offset, script) of the last unspaced token
    for number, (start, end) in enumerate(spans(text or "")):
        token = text[start:end].casefold()
        if _NOT_A_TERM.match(token):
            continue
        script = script_of(token[0])
        word_terms = _word_terms(token, script, lang)
        out += [(t, number, i > 0) for i, t in enumerate(word_terms)]
        if script in _UNSPACED:
            if prev and prev[2] == script and prev[1] == start:
                out.append((prev[0] + token, number, True))
            prev = (token, end, script)
        else:
            prev = None
    return out


def terms(text: str, lang: str | None = None) -> list[str]:
    """Search terms of `text`, in order (repeats kept: they count in BM25)."""
    return [term for term, _, _ in marked_terms(text, lang)]


QUESTION_WORDS_FILE = Path(__file__).resolve().parents[2] / "data" / "search" / "question_words.yml"


@lru_cache(maxsize=None)
def _question_words(lang: str) -> frozenset[str]:
    import yaml

    data = yaml.safe_load(QUESTION_WORDS_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(str(w).casefold() for w in data.get(lang) or ())


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for `lang` (none for Burmese and Khmer), read from its data file, and the
    question words of data/search/question_words.yml."""
    spec = importlib.util.find_spec("spacy")
    code = _SPACY_LANG.get(lang, lang)
    if spec is None or not spec.submodule_search_locations:
        return _question_words(lang)
    path = Path(list(spec.submodule_search_locations)[0]) / "lang" / code / "stop_words.py"
    if not path.exists():
        return _question_words(lang)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    words: set[str] = set()
    for node in ast.walk(tree):  # STOP_WORDS = set("""...""".split()) and similar
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 40:
            words |= {w.casefold() for w in node.value.split()}
    return frozenset(words) | _question_words(lang)


def content_terms(text: str, lang: str) -> list[tuple[str, int, bool]]:
    """`marked_terms` of `text` without the stop words of `lang` (or of English, often mixed in), each term once."""
    stops = stop_words(lang) | stop_words("en")
    kept = list(text or "")
    for start, end in spans(text or ""):
        word = text[start:end].casefold()
        stem = _word_terms(word, script_of(word[0]), lang)[0] if word else word
        # A Chinese token is one character, and spaCy's one-character stop words include parts of
        # words (照 in 护照): only particles the guides never use (吗, 呢, 吧) are dropped.
        if (word in stops or stem in stops) and (script_of(word[0]) != "Han" or word in _HAN_PARTICLES
                                               or word in _question_words(lang)):
            kept[start:end] = " " * (end - start)  # a gap, so no pair is made across a stop word
    seen: set[str] = set()
    out = []
    for term, number, derived in marked_terms("".join(kept), lang):
        if term not in seen:
            seen.add(term)
            out.append((term, number, derived))
    return out
