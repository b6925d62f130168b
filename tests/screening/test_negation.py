"""bot/screening/negation.py and the negation rules in the pattern files: legitimate offers say the
same words in the negative, and those must not raise the flag."""

from pathlib import Path

import pytest
import yaml

from bot.screening import screen
from bot.screening.negation import NegationRules, Scope

HARD_NEGATIVES = [
    ("en", "No placement fee.", "worker_pays_fee"),
    ("en", "We do not charge any recruitment fee.", "worker_pays_fee"),
    ("en", "Placement fee: none.", "worker_pays_fee"),
    ("en", "No placement, medical or training fees.", "worker_pays_fee"),
    ("en", "The employer pays the visa fee and the ticket.", "worker_pays_fee"),
    ("en", "Visa and ticket fees are paid by the employer.", "worker_pays_fee"),
    ("en", "You keep your own passport.", "document_retention"),
    ("en", "The employer will never keep your passport.", "document_retention"),
    ("en", "Contract signed before departure.", "no_contract"),
    ("en", "Free air ticket every 2 years.", "debt_or_advance"),
    ("en", "Free ticket, paid by the employer, no salary deductions.", "debt_or_advance"),
    ("en", "Nothing is deducted from your salary.", "debt_or_advance"),
    ("en", "Never travel on a tourist visa to work.", "wrong_visa"),
    ("en", "We never recruit through WhatsApp.", "informal_contact"),
    ("zh", "没有中介费。", "worker_pays_fee"),
    ("zh", "不收取任何押金和保证金。", "worker_pays_fee"),
    ("zh", "签证费由雇主承担。", "worker_pays_fee"),
    ("zh", "护照自己保管。", "document_retention"),
    ("zh", "严禁扣押护照。", "document_retention"),
    ("zh", "出国前签订劳动合同。", "no_contract"),
    ("zh", "不要持旅游签证出国打工。", "wrong_visa"),
    ("ru", "Без оплаты за трудоустройство.", "worker_pays_fee"),
    ("ru", "Никаких сборов и залогов.", "worker_pays_fee"),
    ("ru", "Паспорт остаётся у вас.", "document_retention"),
    ("ru", "Паспорт мы не забираем.", "document_retention"),
    ("ru", "Договор подписывается до выезда.", "no_contract"),
    ("ru", "Без договора не выезжайте.", "no_contract"),
    ("ru", "Не езжайте по туристической визе.", "wrong_visa"),
]

POSITIVES = [
    ("en", "Placement fee 20,000 pesos.", "worker_pays_fee"),
    ("en", "No experience needed, placement fee 20,000 pesos.", "worker_pays_fee"),
    ("en", "We keep your passport for safekeeping.", "document_retention"),
    ("en", "Contract will be signed upon arrival.", "no_contract"),
    ("en", "Free ticket!", "debt_or_advance"),
    ("en", "No day off.", "restricted_freedom"),
    ("en", "Don't tell your family.", "secrecy"),
    ("zh", "中介费3万。", "worker_pays_fee"),
    ("zh", "押金3000元。", "worker_pays_fee"),
    ("zh", "护照由公司统一保管。", "document_retention"),
    ("zh", "没有休息日。", "restricted_freedom"),
    ("ru", "Оплата за оформление 300 евро.", "worker_pays_fee"),
    ("ru", "Паспорт будет храниться у работодателя.", "document_retention"),
    ("ru", "Работа без договора.", "no_contract"),
    ("ru", "Без выходных.", "restricted_freedom"),
]


# More languages keep their cases in negation_cases/<lang>.yml: {negatives: [[text, flag]], positives: [...]}.
for _path in sorted((Path(__file__).parent / "negation_cases").glob("*.yml")):
    _cases = yaml.safe_load(_path.read_text(encoding="utf-8")) or {}
    HARD_NEGATIVES += [(_path.stem, text, flag) for text, flag in _cases.get("negatives") or ()]
    POSITIVES += [(_path.stem, text, flag) for text, flag in _cases.get("positives") or ()]


@pytest.mark.parametrize("lang, text, flag", HARD_NEGATIVES)
def test_a_flag_said_in_the_negative_is_not_raised(lang, text, flag):
    assert flag not in screen(text, lang=lang).flag_ids


@pytest.mark.parametrize("lang, text, flag", POSITIVES)
def test_the_same_words_said_plainly_raise_the_flag(lang, text, flag):
    assert flag in screen(text, lang=lang).flag_ids


def _scope(tokens, before=(), after=()):
    rules = NegationRules(6, 4, frozenset({".", "but"}), frozenset({","}), frozenset({"or", "and"}))
    return Scope(tokens, rules, list(before), list(after))


def test_a_cue_negates_a_match_in_the_same_clause_only():
    tokens = "no experience needed , placement fee 500".split()
    assert not _scope(tokens, before=[(0, 1)]).negated(4, 6)
    tokens = "no placement , medical or training fees".split()
    assert _scope(tokens, before=[(0, 1)]).negated(5, 7)


def test_a_full_stop_or_but_ends_the_scope_of_a_cue():
    assert not _scope("no fee . deposit".split(), before=[(0, 1)]).negated(3, 4)
    assert not _scope("no fee but deposit".split(), before=[(0, 1)]).negated(3, 4)


def test_cues_after_a_match_negate_it():
    assert _scope("placement fee : none".split(), after=[(3, 4)]).negated(0, 2)
