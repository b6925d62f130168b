from bot.screening.followup import MAX_ASKED, rescore, to_ask


def test_at_most_three_open_questions_are_asked_in_the_books_order():
    assert to_ask(["fee", "passport", "contract", "licence", "employer"]) == ["fee", "passport", "contract"][:MAX_ASKED]
    assert to_ask(["employer"]) == ["employer"]


def test_answers_that_show_red_flags_raise_the_risk():
    calm = rescore([], {"fee": "no", "passport": "yes", "contract": "yes"})
    assert calm.risk == "low" and calm.added == []
    worse = rescore([], {"fee": "yes", "passport": "no", "contract": "unknown"})
    assert worse.added == ["worker_pays_fee", "document_retention"] and worse.risk == "high"


def test_an_answer_never_lowers_what_the_text_showed():
    assert rescore(["document_retention", "worker_pays_fee"], {"fee": "no", "passport": "yes"}).risk == "high"
