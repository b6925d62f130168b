"""bot.limits: how fast one sender may write."""

import pytest

from bot.limits import SenderLimiter


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_burst_is_answered_then_one_message_every_few_seconds():
    clock = Clock()
    limiter = SenderLimiter(per_minute=20, clock=clock)
    assert all(limiter.allow("a") for _ in range(20))
    assert not limiter.allow("a")
    assert limiter.allow("b")  # nobody else is slowed down
    clock.now += 3.0  # 20 a minute: one more every 3 seconds
    assert limiter.allow("a") and not limiter.allow("a")
    clock.now += 60.0
    assert all(limiter.allow("a") for _ in range(20))


def test_memory_stays_bounded_however_many_senders_write():
    limiter = SenderLimiter(per_minute=5, max_senders=100, clock=Clock())
    for i in range(1000):
        limiter.allow(f"sender-{i}")
    assert len(limiter) == 100


def test_a_limit_below_one_a_minute_is_refused():
    with pytest.raises(ValueError):
        SenderLimiter(per_minute=0)
