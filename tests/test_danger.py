import pytest

from bot.danger import danger_words


@pytest.mark.parametrize(
    "text",
    [
        "I am trapped and they took my passport",
        "my employer took my passport and locks me in",
        "雇主扣了我的护照，不让我出门",
        "Работодатель забрал паспорт и не выпускает",
        "paspor saya ditahan majikan, saya dikurung",
        "kinuha ng amo ko ang passport ko, hindi ako makalabas",
        "chủ giữ hộ chiếu của tôi và nhốt tôi trong nhà",
        "ፓስፖርቴን ወሰዱብኝ",
        "मेरो पासपोर्ट मालिकले खोस्यो",
    ],
)
def test_cries_for_help_are_recognised_in_many_languages(text):
    assert danger_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "can my employer keep the passport?",
        "what visa do I need for Korea",
        "how much is the placement fee",
        "老板可以拿我的护照吗",
    ],
)
def test_questions_about_rights_are_not_emergencies(text):
    assert danger_words(text) is None


def test_long_pasted_offers_are_not_read_as_cries_for_help():
    assert danger_words("we keep your passport for safety. " * 40) is None
