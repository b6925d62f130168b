"""bot/screening/money.py: amounts in the notations offers use."""

import pytest

from bot.screening.money import find_amounts, parse_number
from bot.screening.text import matchable


def _amounts(text):
    return [(a.value, a.currency, text[a.start:a.end]) for a in find_amounts(matchable(text))]


@pytest.mark.parametrize("text, value, currency, written", [
    ("Salary 1,500 SAR", 1500, "SAR", "1,500 SAR"),
    ("Basic RM 1800", 1800, "MYR", "RM 1800"),
    ("earn $3000", 3000, "USD", "$3000"),
    ("月薪2万日元", 20000, "JPY", "2万日元"),
    ("Зарплата 1 500 000 руб", 1500000, "RUB", "1 500 000 руб"),
    ("lương 5 triệu đồng", 5000000, "VND", "5 triệu đồng"),
    ("月薪8000元", 8000, "CNY", "8000元"),
    ("Salary QR 1.200", 1200, "QAR", "QR 1.200"),
    ("up to 4.5k usd", 4500, "USD", "4.5k usd"),
    ("Зарплата 150 тыс. руб.", 150000, "RUB", "150 тыс. руб."),
    ("လစာ ဒေါ်လာ ၁၅၀၀", 1500, "USD", "ဒေါ်လာ ၁၅၀၀"),  # a currency word longer than five letters, before
])
def test_amounts_are_read_with_their_currency_in_many_notations(text, value, currency, written):
    assert _amounts(text) == [(value, currency, written)]


@pytest.mark.parametrize("text, period, monthly", [
    ("Salary 1,500 SAR per month", "month", 1500),
    ("daily wage 60 AED", "day", 60 * 26),
    ("USD 500 a week", "week", 500 * 4.333),
    ("年薪12万元", "year", 120000 * 0.08333),
    ("月薪8000元", "month", 8000),
])
def test_pay_periods_are_turned_into_pay_per_month(text, period, monthly):
    (amount,) = find_amounts(matchable(text))
    assert amount.period == period
    assert amount.per_month() == pytest.approx(monthly, rel=0.01)


def test_a_fee_is_a_cost_not_pay():
    fee, salary = find_amounts(matchable("Placement fee 30,000 PHP, salary 25,000 pesos/month"))
    assert not fee.is_pay and salary.is_pay


def test_numbers_without_a_currency_are_not_amounts():
    assert find_amounts(matchable("Form 1500, room 12, 2026")) == []


@pytest.mark.parametrize("raw, value", [
    ("1,500", 1500), ("1.500", 1500), ("1 500", 1500), ("2.5", 2.5), ("1,500.50", 1500.5), ("1.500,50", 1500.5),
    ("1,80,000", 180000), ("12,50,000", 1250000), ("१,८०,०००", 180000),
])
def test_thousands_separators_and_decimal_marks(raw, value):
    assert parse_number(raw) == value
