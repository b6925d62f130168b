import pytest

from bot.geo import find_countries, first_country


@pytest.mark.parametrize(
    "text, code",
    [
        ("Who pays for my visa to Saudi Arabia?", "SA"),
        ("I am in Riyadh", "SA"),
        ("去意大利打工需要什么签证？", "IT"),
        ("在沙特做家政", "SA"),
        ("迪拜的工作", "AE"),
        ("በሳውዲ ያለሁ", "SA"),
        ("म कतारमा छु", "QA"),
        ("Я работаю в Катаре", "QA"),
        ("работа в Южной Корее", "KR"),
        ("ကျွန်တော် ထိုင်းမှာ", "TH"),
        ("ខ្ញុំនៅប្រទេសថៃ", "TH"),
        ("Kerja di Malaysia gan", "MY"),
        ("trabaho sa Hong Kong po", "HK"),
        ("KSA driver job", "SA"),
        ("làm sao đi Nhật", "JP"),
    ],
)
def test_countries_are_found_in_every_script_as_iso_codes(text, code):
    assert first_country(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "làm việc hợp pháp",  # "Pháp" (France) inside "hợp pháp" (legal)
        "cập nhật thông tin",  # "Nhật" (Japan) inside "cập nhật" (update)
        "I want to talk to Chad about my contract",
        "малина и обман",
    ],
)
def test_ordinary_words_are_not_read_as_countries(text):
    assert find_countries(text) == []


def test_mentions_carry_offsets_into_the_original_text():
    text = "From Nepal to Qatar"
    found = find_countries(text)
    assert [m.code for m in found] == ["NP", "QA"]
    assert [text[m.start:m.end] for m in found] == ["Nepal", "Qatar"]


@pytest.mark.parametrize("text", ["bisa bahasa Inggris", "ចេះនិយាយភាសាអង់គ្លេស", "እንግሊዝኛ ትችላለህ?", "bahasa Jepang",
                                  "tiếng Nhật", "ភាសាថៃ"])
def test_a_language_named_after_a_country_is_not_that_country(text):
    assert find_countries(text) == []


@pytest.mark.parametrize("text, code", [("ke Inggris kerja", "GB"), ("ወደ እንግሊዝ መሄድ", "GB"), ("ទៅប្រទេសអង់គ្លេស", "GB"),
                                        ("kerja di Korsel", "KR"), ("ភូមា", "MM"), ("ប៉ោយប៉ែត", "KH")])
def test_the_country_itself_is_still_found(text, code):
    assert [m.code for m in find_countries(text)] == [code]


def test_an_everyday_word_that_begins_with_a_countrys_name_is_not_that_country():
    # Amharic ኩባንያ is "company"; ኩባ alone is Cuba.
    assert [m.code for m in find_countries("በማሌዥያ ኩባንያ ውስጥ ስራ")] == ["MY"]
    assert [m.code for m in find_countries("ወደ ኩባ መሄድ")] == ["CU"]
