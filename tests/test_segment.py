"""Tokens by script: what the NLU model sees of each language."""

import pytest

from bot.segment import spans, tokens


def test_han_is_split_into_characters_and_latin_words_stay_whole():
    assert tokens("去意大利打工需要什么签证？") == list("去意大利打工需要什么签证")
    assert tokens("visa签证 2000元") == ["visa", "签", "证", "2000", "元"]


def test_burmese_is_split_into_syllables_with_killed_and_stacked_consonants_kept():
    assert tokens("ကျွန်တော် အလုပ်လုပ်ချင်တယ်") == ["ကျွန်", "တော်", "အ", "လုပ်", "လုပ်", "ချင်", "တယ်"]
    assert tokens("မင်္ဂလာပါ")[0] == "မင်္ဂ"  # the stacked ဂ belongs to the first syllable


def test_khmer_is_split_into_clusters_with_subscripts_and_final_consonants_kept():
    assert tokens("ខ្ញុំចង់ទៅធ្វើការ")[:4] == ["ខ្ញុំ", "ចង់", "ទៅ", "ធ្វើ"]


@pytest.mark.parametrize("text, expected", [
    ("ሳዑዲ ለመሄድ ቪዛ ማን ይከፍላል?", ["ሳዑዲ", "ለመሄድ", "ቪዛ", "ማን", "ይከፍላል"]),
    ("ፓስፖርቴን ወሰዱ።እርዱኝ", ["ፓስፖርቴን", "ወሰዱ", "እርዱኝ"]),
    ("म साउदी जान चाहन्छु।visa कति?", ["म", "साउदी", "जान", "चाहन्छु", "visa", "कति"]),
    ("Хочу в Россию, виза?", ["Хочу", "в", "Россию", "виза"]),
    ("tôi muốn đi Nhật làm việc", ["tôi", "muốn", "đi", "Nhật", "làm", "việc"]),
])
def test_spaced_scripts_split_at_spaces_and_their_own_punctuation(text, expected):
    assert tokens(text) == expected


def test_offsets_point_into_the_original_text():
    text = "去沙特, my passport ပတ်စပို့ ကို"
    for start, end in spans(text):
        assert text[start:end].strip() == text[start:end] and text[start:end]
    assert "".join(text[a:b] for a, b in spans(text)) == "".join(c for c in text if c not in " ,")


def test_emoji_and_punctuation_alone_give_no_tokens():
    assert tokens("😀🙏 ?!") == []


def test_the_khmer_cluster_regex_makes_the_same_clusters_as_spans():
    import re
    from pathlib import Path

    from bot.segment import KHMER_CLUSTER

    root = Path(__file__).resolve().parent.parent
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((root / "data" / "nlu" / "km").glob("*.yml")))
    runs = re.findall("[\u1780-\u17b3][\u1780-\u17d3\u17d7\u17dd]*", text)  # letter runs, as offers have them
    assert len(runs) > 1000
    for run in runs:
        assert [m.group() for m in re.finditer(KHMER_CLUSTER, run)] == tokens(run), run
