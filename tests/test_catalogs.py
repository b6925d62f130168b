"""Every catalog is complete, has no fuzzy or empty entries, and keeps the English placeholders."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALES = Path(__file__).resolve().parent.parent / "locales"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _read(path):
    with path.open("rb") as fh:
        return read_po(fh)


def _catalog_files():
    return sorted(p for p in LOCALES.glob("*/LC_MESSAGES/*.po") if p.parts[-3] != "en")


def _english(domain):
    return {m.id: m for m in _read(LOCALES / "en" / "LC_MESSAGES" / f"{domain}.po") if m.id}


@pytest.mark.parametrize("path", sorted(LOCALES.glob("en/LC_MESSAGES/*.po")), ids=lambda p: p.name)
def test_english_source_catalogs_have_a_text_for_every_key(path):
    for m in _read(path):
        if m.id:
            assert m.string and m.string.strip(), f"{path}: {m.id} is empty"
            assert not m.fuzzy, f"{path}: {m.id} is fuzzy"


@pytest.mark.parametrize("path", _catalog_files(), ids=lambda p: f"{p.parts[-3]}/{p.name}")
def test_translated_catalog_is_complete_and_keeps_placeholders(path):
    english = _english(path.stem)
    translated = {m.id: m for m in _read(path) if m.id}
    missing = sorted(set(english) - set(translated))
    assert not missing, f"{path} lacks {missing}"
    for key, m in translated.items():
        assert m.string and m.string.strip(), f"{path}: {key} is empty"
        assert not m.fuzzy, f"{path}: {key} is fuzzy"
        if key in english:
            assert set(PLACEHOLDER.findall(m.string)) == set(PLACEHOLDER.findall(english[key].string)), (
                f"{path}: {key} changes the placeholders"
            )
