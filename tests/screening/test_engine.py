"""bot/screening/engine.py: the screening of whole offers, and the JSON contract."""

import pytest

from bot.i18n import format_money, translate
from bot.screening import screen
from bot.screening.inputs import MAX_CHARS, UnusableInput

ACCEPTANCE = (
    "Well paid restaurant job for a good looking girl in Dubai, no experience, free ticket, "
    "we keep passport for safety"
)
EPS = (
    "Employment Permit System (EPS) – Korea. Manufacturing jobs under the E-9 visa, hired government to "
    "government. No placement fee is charged to workers. The standard employment contract is signed before "
    "departure and workers keep their own passports."
)


def _ids(result):
    return {f["id"] for f in result["flags"]}


def test_the_acceptance_offer_is_high_risk_and_each_flag_quotes_the_offer():
    result = screen(ACCEPTANCE).to_dict()
    assert result["risk"] == "high"
    assert {"appearance_requirement", "no_skills_high_pay", "document_retention"} <= _ids(result)
    assert _ids(result) & {"debt_or_advance", "worker_pays_fee"}
    for flag in result["flags"]:
        assert flag["evidence"] and ACCEPTANCE[flag["start"]:flag["end"]] == flag["evidence"]
        assert flag["explanation"] and flag["indicator"]


def test_a_legitimate_korea_eps_offer_is_low_and_the_text_says_low_is_not_safe():
    result = screen(EPS, lang="en").to_dict()
    assert result["risk"] == "low"
    assert result["flags"] == []
    assert "NOT mean the offer is safe" in translate("risk.low", "en", domain="screening")


def test_the_result_has_exactly_the_contract_keys():
    result = screen(ACCEPTANCE, lang="en").to_dict()
    assert set(result) == {"risk", "language", "destination", "flags", "questions", "next_steps"}
    assert set(result["flags"][0]) == {"id", "severity", "evidence", "start", "end", "explanation", "indicator"}
    assert result["language"] == "en" and result["destination"] == "AE"
    assert all(set(q) == {"id", "text"} for q in result["questions"] + result["next_steps"])


def test_questions_the_text_already_answers_are_left_out():
    asked = {q["id"] for q in screen(ACCEPTANCE, lang="en").to_dict()["questions"]}
    assert "passport" not in asked  # the offer says who keeps it
    assert {"fee", "contract", "licence", "employer"} <= asked
    answered = {q["id"] for q in screen(EPS, lang="en").to_dict()["questions"]}
    assert not answered & {"fee", "passport", "contract", "licence"}


def test_high_risk_next_steps_say_not_to_travel_and_where_to_get_help():
    steps = {s["id"] for s in screen(ACCEPTANCE, lang="en").to_dict()["next_steps"]}
    assert {"do_not_travel", "ask_help", "verify_agency", "flag.document_retention"} <= steps


def test_offsets_point_into_the_original_text_despite_lookalike_letters():
    text = "Job in Dubai. We keep your РАSSPОRТ for safety."  # Cyrillic Р, А, О, Т
    flag = next(f for f in screen(text, lang="en").flags if f.id == "document_retention")
    assert text[flag.start:flag.end] == flag.evidence and "РАSSPОRТ" in flag.evidence


def test_a_mixed_chinese_and_english_offer_is_read_by_both_languages_rules():
    text = "Dubai 急聘 cleaner，no experience，salary 4000 AED，free visa，护照公司保管，联系 WhatsApp"
    result = screen(text, lang="zh")
    assert {"pressure_urgency", "wrong_visa", "document_retention", "informal_contact"} <= set(result.flag_ids)
    assert "report.mixed_scripts" in result.notes


def test_unrealistic_pay_quotes_the_amount_and_explains_with_the_reference_wage(monkeypatch):
    from bot.screening import data

    monkeypatch.setattr(data, "reference_wages", lambda: (
        {"destination": "QA", "sector": "all", "kind": "minimum", "amount": 1000.0, "currency": "QAR",
         "period": "month"},))
    text = "Cleaners for Doha, Qatar. Salary QAR 3,800 per month."
    flag = next(f for f in screen(text, lang="en").flags if f.id == "unrealistic_pay")
    assert flag.evidence == "QAR 3,800"
    assert format_money(1000, "QAR", "en") in flag.explanation and "3.8" in flag.explanation


def test_a_given_destination_is_used_instead_of_the_detected_one():
    assert screen("Cleaner job in Dubai.", lang="en", destination="qa").destination == "QA"


def test_chinese_and_russian_offers_are_explained_in_their_own_language():
    zh = screen("护照由公司统一保管，不签合同。", lang="zh")
    assert zh.flags and "护照" in zh.flags[0].explanation
    ru = screen("Паспорт будет храниться у работодателя. Работа без договора.", lang="ru")
    assert ru.flags and "паспорт" in ru.flags[0].explanation.lower()


def test_a_language_without_rules_is_checked_with_the_english_rules_and_says_so(monkeypatch):
    # Every language has a pattern file now; take Nepali's away, as if it had not been written yet.
    from bot.screening import data

    languages = tuple(lang for lang in data.pattern_languages() if lang != "ne")
    monkeypatch.setattr(data, "pattern_languages", lambda: languages)
    result = screen("दुबईमा काम, we keep passport for safety.", lang="ne")
    assert "document_retention" in result.flag_ids
    assert result.language == "ne" and "report.partial_language" in result.notes


@pytest.mark.parametrize("text, key", [
    ("", "input.empty"),
    ("   \n\t ", "input.empty"),
    ("12345 !!!", "input.empty"),
    ("<html><body><div>Job</div><p>offer</p></body></html>", "input.html"),
    ("job\x00\x01\x02\x03\x04offer" * 3, "input.not_text"),
])
def test_input_that_is_not_an_offer_is_refused_with_a_catalog_message(text, key):
    with pytest.raises(UnusableInput) as exc:
        screen(text, lang="en")
    assert exc.value.key == key
    assert translate(key, "en", domain="screening") != key


def test_a_very_long_text_is_cut_and_the_cut_is_recorded():
    text = ("Restaurant job in Dubai, we keep passport for safety. " * 1000)
    result = screen(text, lang="en")
    assert result.truncated_at is not None and result.truncated_at <= MAX_CHARS
    assert "document_retention" in result.flag_ids


def test_accents_typed_as_separate_marks_are_matched_like_composed_ones():
    import unicodedata

    text = "Chúng tôi giữ hộ chiếu của bạn. Phí môi giới 5000 đô."
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert screen(decomposed, lang="vi").flag_ids == screen(text, lang="vi").flag_ids
    assert screen(text, lang="vi").flag_ids  # the composed text raises flags at all


def test_an_agency_a_register_reports_as_cancelled_is_strong_evidence_quoted_from_the_offer():
    from bot.directory.agencies import lookup

    [(agency, _)] = lookup("Azizzah International Manpower Services").matches
    assert agency.status == "cancelled"
    text = f"Cleaners for Kuwait. Apply at {agency.name} Makati office, salary 120 KWD, free food."
    result = screen(text, lang="en")
    [flag] = [f for f in result.flags if f.id == "unlicensed_agency"]
    assert flag.severity == "strong" and flag.evidence.startswith("Azizzah International Manpower")
    assert agency.source["title"] in flag.explanation
    assert result.risk in ("medium", "high")


def test_a_word_of_an_agencys_name_alone_is_not_that_agency():
    result = screen("Astha is my sister's name. She found an international job for Dubai through a licensed agency.", lang="en")
    assert "Astha International" not in " ".join(f.explanation for f in result.flags)
