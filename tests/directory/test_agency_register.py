"""Agency checks: exact on licence numbers (any digits), fuzzy on names (any script), never 'legitimate'."""

from bot.directory.agencies import find_query, lookup
from bot.directory.render import agency_answer


def test_a_licence_number_is_found_however_it_is_written(directory_copy):
    for written in ("1234/075/76", "1234-075-76", "१२३४/०७५/७६", "１２３４／０７５／７６"):
        result = lookup(written)
        assert result.by == "licence" and [a.id for a, _ in result.matches] == ["np-test-himal-fictional"], written


def test_a_misspelt_name_or_its_name_in_another_script_is_found(directory_copy):
    for written in ("Himal Fictonal Test Manpower", "himal fictional test pvt ltd", "हिमाल फिक्शनल टेस्ट"):
        assert [a.id for a, _ in lookup(written).matches] == ["np-test-himal-fictional"], written


def test_a_shipped_sample_row_is_found_by_a_misspelt_name():
    result = lookup("Azizah Internasional Manpower")
    assert [a.name for a, _ in result.matches] == ["Azizzah International Manpower Services, Inc"]
    assert result.matches[0][0].status == "cancelled"


def test_similar_common_words_do_not_make_two_agencies_the_same():
    assert not lookup("Aisis Internasional Manpower").matches or all(
        a.name.startswith("Aisis") for a, _ in lookup("Aisis Internasional Manpower").matches)
    assert not lookup("Global International Manpower Services").matches


def test_not_found_says_so_and_points_to_the_official_lookup_never_to_safety(directory_copy):
    result = lookup("Totally Unknown Recruiters", country="NP")
    text = agency_answer(result, "en")
    assert not result.found and "did not find" in text
    assert "foreignjob.dofe.gov.np" in text
    for word in ("legitimate", "is safe", "trusted"):
        assert word not in text.lower()


def test_a_found_agency_comes_with_its_status_date_and_source_in_the_users_language(directory_copy):
    text = agency_answer(lookup("1234/075/76"), "ne")
    assert "Himal Fictional Test Manpower" in text and "example.org/test-only" in text
    assert "२०२५" in text or "2025" in text  # the date, in the Nepali locale


def test_the_agency_a_question_asks_about_is_found_in_the_question(directory_copy):
    assert find_query("is Himal Fictonal Test Manpower licensed?") is not None
    assert find_query("can you check licence 1234/075/76 for me") == "1234/075/76"
    assert find_query("how do I know if my agency is real") is None
