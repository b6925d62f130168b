from bot.guides.answer import answer
from bot.guides.facts import TOPICS, all_facts, facts_for


def test_every_fact_has_a_source_url_title_and_review_date():
    for fact in all_facts():
        assert fact.source.get("url", "").startswith("http"), fact.id
        assert fact.source.get("title"), fact.id
        assert len(fact.reviewed) == 10, fact.id
        assert fact.topic in TOPICS, fact.id
        assert fact.text.strip(), fact.id


def test_answer_gives_the_facts_for_the_country_asked_with_their_sources():
    fact = facts_for("SA", "fees")[0]
    result = answer("fees", "SA", "en")
    assert "Saudi Arabia" in result.text.split("\n")[0]
    assert fact.source["url"] in result.text
    assert {"url": fact.source["url"], "title": fact.source["title"], "reviewed": fact.reviewed} in result.sources


def test_answer_never_borrows_facts_from_another_country():
    result = answer("visa", "KR", "en")
    assert result.sources
    urls = {f.source["url"] for f in facts_for("KR", "visa")}
    assert {s["url"] for s in result.sources} <= urls


def test_corridor_facts_are_labelled_with_the_origins_they_hold_for():
    from bot.guides.answer import MAX_FACTS

    pairs = {(f.destination, f.topic) for f in all_facts() if f.origins}
    dest, topic = next((d, t) for d, t in sorted(pairs) if len(facts_for(d, t)) <= MAX_FACTS)
    result = answer(topic, dest, "en")
    assert "For workers from" in result.text


def test_untranslated_facts_say_they_are_in_english_only(monkeypatch):
    from bot.i18n import translate

    monkeypatch.setattr("bot.guides.answer.text_in", lambda fact, lang: fact.text if lang == "en" else None)
    result = answer("fees", "SA", "ru")
    fact = facts_for("SA", "fees")[0]
    assert translate("guide.english_only", "ru") + " " + fact.text in result.text
    assert "нояб." in result.text  # the review date is in the user's locale


def test_translated_facts_come_in_the_users_language():
    from bot.guides.catalog import text_in

    for lang in ("zh", "am", "ru"):
        fact = facts_for("SA", "fees")[0]
        translated = text_in(fact, lang)
        assert translated, f"{fact.id} has no {lang} text"
        result = answer("fees", "SA", lang)
        assert translated.split("{")[0] in result.text
        assert fact.text not in result.text


def test_no_facts_means_no_answer_rather_than_a_guess():
    assert answer("wages", "AQ", "en") is None


def test_years_are_not_formatted_as_numbers():
    from bot.guides.answer import render_fact
    from bot.guides.facts import Fact

    fact = Fact(id="xx-embassy-y", destination="QA", topic="embassy", text="This page is from {year}; {count} workers.",
                source={"url": "https://x.gov", "title": "t"}, reviewed="2026-01-01", fields={"year": 2017, "count": 2017})
    assert render_fact(fact, "en")[0] == "This page is from 2017; 2,017 workers."


def _by_origin_only():
    """(destination, topic) pairs whose every fact holds only for some origins, e.g. embassies."""
    pairs = {(f.destination, f.topic) for f in all_facts()}
    return sorted(p for p in pairs if all(f.origins for f in facts_for(*p)))


def test_the_origin_is_asked_when_the_answer_exists_only_for_some_origins():
    from bot.guides.answer import origins_to_ask

    assert ("SA", "embassy") in _by_origin_only()
    offered = origins_to_ask("embassy", "SA", None)
    assert set(offered) == {o for f in facts_for("SA", "embassy") for o in f.origins}
    assert "PH" in offered


def test_the_origin_is_not_asked_when_known_or_when_some_facts_hold_for_everyone():
    from bot.guides.answer import origins_to_ask

    assert origins_to_ask("embassy", "SA", "PH") == []
    # Saudi fees: a fact for everyone plus a corridor fact; answered at once, the corridor labelled.
    assert any(not f.origins for f in facts_for("SA", "fees")) and any(f.origins for f in facts_for("SA", "fees"))
    assert origins_to_ask("fees", "SA", None) == []
    assert origins_to_ask("visa", "AQ", None) == []  # nothing written: nothing to ask


def test_an_origin_without_facts_of_its_own_gets_no_other_origins_facts():
    """'My country is not listed' (ZZ) or an origin the guide does not cover: no other country's embassy."""
    for origin in ("ZZ", "BD"):
        for dest, topic in _by_origin_only():
            if not any(origin in f.origins for f in facts_for(dest, topic)):
                assert answer(topic, dest, "en", origin) is None, (dest, topic, origin)
