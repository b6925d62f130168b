"""Every catalog is complete, has no fuzzy or empty entries, and keeps the English placeholders.

Two kinds of catalogs: key catalogs (msgid `greet.intro`, English in `locales/en`), and source-text
catalogs made from data files (the guides: msgctxt fact id, msgid the English, template
`locales/<domain>.pot`).
"""

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
    """(context, msgid) -> English text of every message of a domain."""
    keyed = LOCALES / "en" / "LC_MESSAGES" / f"{domain}.po"
    if keyed.exists():
        return {(m.context, m.id): m.string for m in _read(keyed) if m.id}
    return {(m.context, m.id): m.id for m in _read(LOCALES / f"{domain}.pot") if m.id}


def test_every_language_has_every_domain():
    from bot.languages import SUPPORTED

    domains = {p.stem for p in LOCALES.glob("en/LC_MESSAGES/*.po")} | {p.stem for p in LOCALES.glob("*.pot")}
    for lang in SUPPORTED:
        for domain in domains:
            if lang == "en" and (LOCALES / f"{domain}.pot").exists():
                continue  # source-text catalogs: the English is the msgid
            assert (LOCALES / lang / "LC_MESSAGES" / f"{domain}.po").exists(), f"{lang} has no {domain}.po"


def test_guide_template_is_current():
    """locales/guides.pot holds exactly the facts in data/country_guides/ (run `make extract`)."""
    from bot.guides.catalog import template

    current = {(m.context, m.id) for m in template() if m.id}
    on_disk = {(m.context, m.id) for m in _read(LOCALES / "guides.pot") if m.id}
    assert current == on_disk, "locales/guides.pot is stale: run `make update-catalogs`"


@pytest.mark.parametrize("path", sorted(LOCALES.glob("en/LC_MESSAGES/*.po")), ids=lambda p: p.name)
def test_english_source_catalogs_have_a_text_for_every_key(path):
    for m in _read(path):
        if m.id:
            assert m.string and m.string.strip(), f"{path}: {m.id} is empty"
            assert not m.fuzzy, f"{path}: {m.id} is fuzzy"


@pytest.mark.parametrize("path", _catalog_files(), ids=lambda p: f"{p.parts[-3]}/{p.name}")
def test_translated_catalog_is_complete_and_keeps_placeholders(path):
    english = _english(path.stem)
    translated = {(m.context, m.id): m for m in _read(path) if m.id}
    missing = sorted(set(english) - set(translated), key=str)
    assert not missing, f"{path} lacks {missing}"
    for key, m in translated.items():
        assert m.string and m.string.strip(), f"{path}: {key} is empty"
        assert not m.fuzzy, f"{path}: {key} is fuzzy"
        if key in english:
            assert set(PLACEHOLDER.findall(m.string)) == set(PLACEHOLDER.findall(english[key])), (
                f"{path}: {key} changes the placeholders"
            )


def test_every_key_the_code_and_responses_use_is_in_the_english_catalog():
    """A mistyped key would otherwise reach users as the bare key."""
    import yaml

    root = LOCALES.parent
    english = {m.id for m in _read(LOCALES / "en" / "LC_MESSAGES" / "messages.po") if m.id}
    spec = yaml.safe_load((root / "data" / "responses.yml").read_text(encoding="utf-8"))["responses"]
    used = {key for response in spec.values() if "domain" not in response for key in response.get("text", [])}
    for response in spec.values():
        if "domain" in response:
            other = {m.id for m in _read(LOCALES / "en" / "LC_MESSAGES" / f"{response['domain']}.po") if m.id}
            assert set(response["text"]) <= other, response
    call = re.compile(r"""\btranslate\(\s*["']([\w.]+)["']\s*,[^)]*?\)""", re.S)
    for folder in ("bot", "actions", "components"):
        for path in (root / folder).rglob("*.py"):
            for match in call.finditer(path.read_text(encoding="utf-8")):
                if "domain=" not in match.group(0):
                    used.add(match.group(1))
    assert used, "found no keys: the scan is broken"
    assert sorted(used - english) == []
