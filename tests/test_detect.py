import pytest

from bot.detect import detect, detect_language


@pytest.mark.parametrize(
    "text, lang",
    [
        ("去意大利打工需要什么签证？", "zh"),
        ("ቪዛ ስንት ነው የሚያስፈልገው", "am"),
        ("ထိုင်းမှာ အလုပ်လုပ်ချင်တယ်", "my"),
        ("ខ្ញុំចង់ទៅធ្វើការនៅថៃ", "km"),
        ("म कतार जान चाहन्छु", "ne"),
        ("как получить патент в Москве", "ru"),
        ("làm sao để đi Nhật hợp pháp", "vi"),
        ("I need a job in Korea, how do I apply legally?", "en"),
        ("Bagaimana cara kerja ke Malaysia secara resmi?", "id"),
        ("Paano po mag apply sa Saudi ng legal na paraan?", "fil"),
    ],
)
def test_each_language_is_recognised_from_a_typical_question(text, lang):
    assert detect_language(text) == lang


def test_script_wins_over_a_few_latin_words_mixed_in():
    assert detect_language("我想去 Dubai 工作，agency 要收费吗") == "zh"


def test_text_without_letters_has_no_language():
    assert detect("👍👍 123 !!!").lang is None
    assert detect("").lang is None
