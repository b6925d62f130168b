"""Retrieval over the guides in the user's language: the right passage, or nothing."""

import pytest

from bot.guides.facts import all_facts
from bot.guides.search import search

FACTS = {f.id: f for f in all_facts()}

# (question, language, destination, the topic (or topics) of the passages that answer it)
ANSWERED = [
    ("Who pays for my visa to Saudi Arabia?", "en", "SA", "fees"),
    ("how much is the minimum wage in Qatar", "en", "QA", "wages"),
    ("去意大利打工需要什么签证？", "zh", "IT", "visa"),
    ("卡塔尔的最低工资是多少", "zh", "QA", "wages"),
    # Two passages are about changing employer in Japan: the right to change workplace, and what
    # Filipino workers send the MWO when they change employer. Either answers.
    ("在日本可以换雇主吗", "zh", "JP", ("rights", "embassy")),
    ("ကာတာမှာ အနည်းဆုံး လစာ ဘယ်လောက်လဲ", "my", "QA", "wages"),
    ("ဆော်ဒီကို သွားဖို့ ဗီဇာခ ဘယ်သူပေးရမလဲ", "my", "SA", "fees"),
    ("ወደ ሳውዲ አረቢያ ለመሄድ ቪዛዬን ማን ይከፍላል?", "am", "SA", "fees"),
    ("ኳታር ዝቅተኛ ደመወዝ ስንት ነው", "am", "QA", "wages"),
    ("ወደ ሊባኖስ ለቤት ሰራተኛ ውል", "am", "LB", "contract"),
    ("Кто платит за визу в Саудовскую Аравию?", "ru", "SA", "fees"),
    ("минимальная зарплата в Катаре", "ru", "QA", "wages"),
    ("можно ли сменить работодателя в Корее", "ru", "KR", "rights"),
]

UNRELATED = [
    ("what is the weather tomorrow", "en", "SA"),
    ("best football team in Korea", "en", "KR"),
    ("明天天气怎么样", "zh", "IT"),
    ("日本哪里的拉面最好吃", "zh", "JP"),
    ("ကိုရီးယား ဘောလုံးပွဲ ဘယ်တော့လဲ", "my", "KR"),
    ("как приготовить плов", "ru", "KR"),
    ("Какая погода завтра в Москве", "ru", "SA"),
]


@pytest.mark.parametrize("question, lang, dest, topic", ANSWERED, ids=[f"{q[1]}-{q[2]}-{q[3] if isinstance(q[3], str) else q[3][0]}" for q in ANSWERED])
def test_the_best_passage_is_on_the_asked_topic(question, lang, dest, topic):
    hits = search(question, lang, dest)
    assert hits, "no answer"
    assert hits[0].topic in (topic if isinstance(topic, tuple) else (topic,)), hits


@pytest.mark.parametrize("question, lang, dest", UNRELATED, ids=[f"{q[1]}-{q[2]}" for q in UNRELATED])
def test_a_question_the_guides_do_not_cover_gets_no_passage(question, lang, dest):
    assert search(question, lang, dest) == []


def test_only_passages_of_the_destination_asked_are_returned():
    for dest in ("SA", "QA", "JP", "KR", "LB"):
        for question, lang, _, _ in ANSWERED:
            assert all(FACTS[h.fact_id].destination == dest for h in search(question, lang, dest))


def test_the_passage_that_answers_is_ranked_above_others_of_its_country():
    hits = search("Who pays for my visa to Saudi Arabia?", "en", "SA")
    assert hits[0].fact_id == "sa-fees-employer-pays-recruitment"
    assert hits[0].coverage > hits[-1].coverage or len(hits) == 1
