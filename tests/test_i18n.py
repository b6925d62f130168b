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


def test_compiled_catalogs_give_the_same_texts_as_their_sources(tmp_path):
    """Catalogs are read from .mo when compiled: contexts (the guides' fact ids) must survive."""
    from babel.messages.mofile import read_mo, write_mo
    from babel.messages.pofile import read_po

    from bot.i18n import LOCALES_DIR, _key

    with (LOCALES_DIR / "ru" / "LC_MESSAGES" / "guides.po").open("rb") as fh:
        source = read_po(fh)
    with (tmp_path / "guides.mo").open("wb") as fh:
        write_mo(fh, source)
    with (tmp_path / "guides.mo").open("rb") as fh:
        compiled = read_mo(fh)
    expected = {_key(m.context, m.id): m.string for m in source if m.id}
    assert {_key(m.context, m.id): m.string for m in compiled if m.id} == expected
    assert all("\x04" in key and not key.startswith("b'") for key in expected)
