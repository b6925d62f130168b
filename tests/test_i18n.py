from bot.i18n import country_name, format_date, format_money, translate


def test_whole_amounts_are_written_without_decimals_in_the_users_locale():
    assert format_money(1000, "QAR", "en") == "QAR1,000"
    assert format_money(1000, "QAR", "ru") == "1\xa0000\xa0QAR"
    assert format_money(1500.5, "SAR", "en") == "SAR1,500.50"


def test_dates_and_country_names_follow_the_users_locale():
    assert format_date("2026-11-23", "en") == "Nov 23, 2026"
    assert format_date("2026-11-23", "zh") == "2026年11月23日"
    assert country_name("SA", "zh") == "沙特阿拉伯"
    assert country_name("SA", "am") == "ሳውድአረቢያ"


def test_missing_translation_falls_back_to_english_not_to_the_key():
    assert translate("menu.button.help", "xx") == "Get help now"


def test_placeholders_are_filled_and_unknown_ones_left_visible():
    assert "Saudi" in translate("emergency.in_country", "en", country="Saudi")
    assert "{country}" in translate("emergency.in_country", "en")
