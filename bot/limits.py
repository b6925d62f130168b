"""How fast one sender may write: a token bucket per sender, kept in memory only.

Each sender may send `burst` messages at once and then one every 60/`per_minute` seconds. At most
`max_senders` buckets are kept (the least recently seen are forgotten), so memory stays bounded
however many senders write. A cry for help is never limited: the channel checks for danger words
before asking (components/channels.py). With several Rasa servers each keeps its own buckets.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Callable

PER_MINUTE = 20
MAX_SENDERS = 10_000


class SenderLimiter:
    """`allow(sender)`: whether this sender's message may be answered now."""

    def __init__(self, per_minute: int = PER_MINUTE, burst: int | None = None,
                 max_senders: int = MAX_SENDERS, clock: Callable[[], float] = time.monotonic):
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.rate = per_minute / 60.0  # tokens a second
        self.burst = float(burst or per_minute)
        self.max_senders = max_senders
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # sender -> (tokens, when)

    def allow(self, sender: str) -> bool:
        now = self.clock()
        tokens, then = self._buckets.pop(sender, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[sender] = (tokens - 1.0 if allowed else tokens, now)
        while len(self._buckets) > self.max_senders:
            self._buckets.popitem(last=False)
        return allowed

    def __len__(self) -> int:
        return len(self._buckets)
