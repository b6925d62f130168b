"""What the bot says, rendered from the catalogs and the directory, as a user would read it."""

import pytest

from bot import directory, replies
from bot.i18n import country_name, translate
from bot.languages import SUPPORTED


def test_every_response_renders_non_empty_text():
    for name in replies.names():
        reply = replies.render(name, "en", {})
        assert reply and reply["text"].strip(), name
        assert "{" not in reply["text"], f"{name} has an unfilled placeholder"


def test_greeting_offers_the_three_things_the_bot_does_as_buttons_and_text():
    reply = replies.render("utter_greet", "en", {})
    payloads = [b["payload"] for b in reply["buttons"]]
    assert payloads == ["/ask_legal_channels", "/screen_offer", "/ask_hotline"]
    for b in reply["buttons"]:  # also readable on channels without buttons
        assert b["title"].lower().split()[-1] in reply["text"].lower()


def test_fallback_always_includes_the_way_to_get_help():
    text = replies.render("utter_fallback", "en", {})["text"]
    assert translate("fallback.help", "en") in text


@pytest.mark.parametrize("lang", SUPPORTED)
def test_emergency_answer_without_a_known_place_gives_numbers_in_every_language(lang):
    first = replies.render("utter_emergency", lang, {})["text"].split("\n\n")[0]
    assert first.startswith(translate("emergency.intro", lang))
    for code in ("SA", "AE", "QA", "MY"):  # the main destinations, each with its own numbers
        line = next(line for line in first.splitlines() if line.startswith(f"• {country_name(code, lang)}:"))
        assert all(h.contact in line for h in directory.emergency_numbers(code)), line


@pytest.mark.parametrize("code", directory.countries_with_emergency_numbers())
def test_emergency_answer_for_a_known_country_lists_that_countrys_numbers_first(code):
    text = replies.render("utter_emergency", "en", {"destination": code})["text"]
    numbers = [h.contact for h in directory.emergency_numbers(code)]
    first_message = text.split("\n\n")[0]
    assert country_name(code, "en") in first_message
    for n in numbers:
        assert n in first_message


def test_language_menu_names_each_language_in_its_own_script():
    titles = [b["title"] for b in replies.render("utter_choose_language", "en", {})["buttons"]]
    assert len(titles) == len(SUPPORTED)
    for expected in ("中文", "አማርኛ", "မြန်မာ", "ខ្មែរ", "नेपाली", "русский", "Tiếng Việt"):
        assert expected in titles


def test_destination_buttons_use_the_users_language():
    zh = replies.render("utter_ask_destination", "zh", {})["buttons"]
    assert {"title": "沙特阿拉伯", "payload": "沙特阿拉伯"} in zh


def test_unknown_response_is_none_so_the_domain_text_is_used():
    assert replies.render("utter_nothing_like_this", "en", {}) is None


def test_fallback_answers_a_free_text_question_from_the_guides_when_the_destination_is_known():
    reply = replies.render("utter_fallback", "ru", {"destination": "QA"}, message="а сколько минимальная зарплата")
    assert "Катар" in reply["text"] and "http" in reply["text"]
    assert reply["buttons"]  # the menu stays


def test_fallback_says_the_guide_has_no_answer_rather_than_guessing():
    reply = replies.render("utter_fallback", "en", {"destination": "JP"}, message="how do I cook rice")
    assert reply["text"] == translate("guide.no_answer", "en", country="Japan")


def test_fallback_without_a_destination_is_the_static_fallback():
    reply = replies.render("utter_fallback", "en", {}, message="asdfgh")
    assert reply["text"].startswith(translate("fallback", "en"))


def test_the_nlg_passes_the_users_message_to_the_fallback():
    import asyncio

    from rasa.shared.core.events import SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from components.nlg import CatalogNLG

    tracker = DialogueStateTracker.from_events("nlg-test", [
        SlotSet("language", "zh"), SlotSet("destination", "QA"),
        UserUttered("最低工资是多少", intent={"name": "nlu_fallback", "confidence": 0.2}),
    ])
    reply = asyncio.run(CatalogNLG(domain=None).generate("utter_fallback", tracker, "rest"))
    assert "卡塔尔" in reply["text"] and "http" in reply["text"]


def test_the_help_answer_says_in_which_languages_a_line_answers_in_the_users_language():
    lines = [h for h in directory.help_lines("TH") if "my" in h.languages]
    assert lines
    text = replies.render("utter_help", "my", {"destination": "TH"})["text"]
    assert lines[0].contact in text and "မြန်မာ" in text  # "Burmese", written in Burmese
