from bot.language_choice import choose, effective, from_metadata
from bot.langnames import find_language


def test_explicit_choice_wins_over_the_language_of_the_message():
    assert choose("choose_language", "can you speak Amharic?") == "am"
    assert choose("choose_language", "Tagalog po please") == "fil"
    assert choose("choose_language", "请用中文") == "zh"


def test_channel_setting_counts_only_until_the_conversation_has_a_language():
    assert from_metadata({"language_code": "ru"}) == "ru"
    assert from_metadata({"language": "tl"}) == "fil"
    assert effective(None, from_metadata({"language_code": "ru"})) == "ru"
    # Chosen Amharic from the menu; Telegram keeps reporting the phone's English.
    assert effective("am", from_metadata({"language_code": "en"})) == "am"


def test_short_latin_messages_never_switch_language():
    assert choose("affirm", "ok") is None
    assert choose("greet", "hi") is None


def test_a_clear_message_in_a_script_switches():
    assert choose("ask_visa", "ቪዛ ያስፈልገኛል") == "am"


def test_a_long_confident_latin_message_switches():
    assert choose("ask_visa", "Bagaimana cara mendapatkan visa kerja ke Malaysia secara resmi?") == "id"


def test_unknown_metadata_is_ignored():
    assert from_metadata({"language": "xx"}) is None
    assert from_metadata(None) is None


def test_language_names_in_other_languages_are_found():
    assert find_language("по-русски пожалуйста") == "ru"
    assert find_language("tiếng Việt") == "vi"
    assert find_language("no language here") is None


def test_a_two_character_greeting_in_a_script_sets_the_language():
    assert choose("greet", "你好") == "zh"
    assert choose("greet", "ሰላም") == "am"
    assert choose("greet", "здравствуйте") == "ru"


def test_a_latin_word_inside_script_text_does_not_hide_the_language():
    assert choose("ask_visa", "म साउदी जान चाहन्छु visa कति लाग्छ") == "ne"


def _user(intent="ask_visa"):
    return {"event": "user", "parse_data": {"intent": {"name": intent}}}


def _slot(name, value):
    return {"event": "slot", "name": name, "value": value}


def test_a_switch_is_announced_once_in_the_first_reply():
    from bot.language_choice import switched_this_turn

    events = [_user("greet"), _slot("language", "en"), {"event": "bot"}, _user(), _slot("language", "ru")]
    assert switched_this_turn(events, "ru")
    assert not switched_this_turn(events + [{"event": "bot"}], "ru")


def test_no_announcement_for_the_first_language_an_explicit_choice_or_no_change():
    from bot.language_choice import switched_this_turn

    assert not switched_this_turn([_user(), _slot("language", "am")], "am")
    chosen = [_user(), _slot("language", "en"), {"event": "bot"}, _user("choose_language"), _slot("language", "km")]
    assert not switched_this_turn(chosen, "km")
    same = [_user(), _slot("language", "vi"), {"event": "bot"}, _user()]
    assert not switched_this_turn(same, "vi")
    # the phone said English; the person writes Nepali: say so
    channel = [_user(), _slot("channel_language", "en"), {"event": "bot"}, _user(), _slot("language", "ne")]
    assert switched_this_turn(channel, "ne")
