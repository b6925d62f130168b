"""Random and hostile text (hypothesis) through everything that reads what a person sends: the
screener, language detection, segmentation, country and money finding, and the offer form's
action. Nothing may raise but the screener's own UnusableInput, whose message must exist in the
person's language; offsets must point into the text. Timing is `make bench`'s job, not this one's."""

import asyncio

from hypothesis import HealthCheck, given, settings, strategies as st
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.detect import detect_language
from bot.geo import find_countries
from bot.i18n import has
from bot.languages import SUPPORTED
from bot.screening import UnusableInput, screen
from bot.screening.money import find_amounts
from bot.screening.text import matchable
from bot.segment import spans

# Letters of every script the bot reads, and what hostile input is made of: control and format
# characters (zero-width, bidi overrides), combining marks, emoji with joiners, lone surrogates'
# neighbours, digits of other scripts, currency signs and punctuation.
HOSTILE = st.sampled_from(
    list("\x00\x01\x07\x1b\x7f\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2066\u2069\ufeff\ufffd\ufffe")
    + list("\u0301\u0308\u093c\u094d\u17d2\u1039\u103a\u0e31")
    + ["👨‍👩‍👧", "🏽", "🙏", "🇸🇦", "\U0001f9d1\u200d\U0001f4bb"]
    + list("٠١٢३४५၁၂១២$€£¥₱₫₹₽%,.:;!?()[]{}<>&\"'/\\|\n\r\t ")
)
SCRIPTS = st.sampled_from([
    "Dubai job salary 1,500 USD passport kept no fee", "沙特 工作 月薪 5000 元 护照 押", "ዱባይ ስራ ደሞዝ 1500 ፓስፖርት",
    "gaji RM 1800 paspor ditahan", "sahod 25k walang bayad", "လစာ ဒေါ်လာ ၁၅၀၀ ပတ်စပို့", "ប្រាក់ខែ ១៥០០ ដុល្លារ លិខិតឆ្លងដែន",
    "तलब १ लाख ८० हजार पासपोर्ट", "зарплата 150 тыс. руб паспорт", "lương 5 triệu đồng hộ chiếu", "<b>job</b><script>x</script>",
])
TEXT = st.lists(st.one_of(st.text(max_size=30), HOSTILE, SCRIPTS), max_size=40).map("".join)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(TEXT, st.sampled_from(sorted(SUPPORTED) + [None, "xx"]))
def test_the_screener_reads_anything_or_says_in_the_persons_language_why_not(text, lang):
    try:
        result = screen(text, lang=lang)
    except UnusableInput as exc:
        assert has(exc.key, lang if lang in SUPPORTED else "en", "screening"), exc.key
        return
    assert result.risk in ("high", "medium", "low")
    for flag in result.flags:
        assert 0 <= flag.start <= flag.end <= len(text)


@FUZZ
@given(TEXT)
def test_language_detection_answers_a_supported_language_or_none(text):
    assert detect_language(text) in set(SUPPORTED) | {None}


@FUZZ
@given(TEXT)
def test_segments_countries_and_amounts_point_into_the_text(text):
    for start, end in spans(text):
        assert 0 <= start < end <= len(text)
    for mention in find_countries(text):
        assert text[mention.start:mention.end] == mention.surface and len(mention.code) == 2
    folded = matchable(text)
    for amount in find_amounts(folded):
        assert 0 <= amount.start < amount.end <= len(folded) and amount.value > 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(sorted(SUPPORTED)))
def test_the_offer_form_answers_any_text_pasted_as_an_offer(text, lang):
    from actions.offers import ValidateOfferForm

    tracker = Tracker(
        "fuzz", {"language": lang, "requested_slot": "offer_screened", "offer_questions": None},
        {"text": text, "intent": {"name": "screen_offer", "confidence": 0.9}, "entities": []},
        [{"event": "active_loop", "name": "offer_form"},
         {"event": "slot", "name": "requested_slot", "value": "offer_screened"},
         {"event": "user", "text": text, "parse_data": {"intent": {"name": "screen_offer"}}}],
        False, None, {"name": "offer_form"}, "action_listen",
    )
    dispatcher = CollectingDispatcher()
    result = asyncio.run(ValidateOfferForm().extract_offer_screened(dispatcher, tracker, {}))
    assert result["offer_screened"] is True
    assert dispatcher.messages and dispatcher.messages[0]["text"].strip()
