"""The job-offer screener: red flags of deceptive recruitment in the text of an offer.

    >>> from bot.screening import screen
    >>> screen("Well paid restaurant job for a good looking girl in Dubai ...", lang="en").to_dict()

Rules are data (data/screening/), text is in the `screening` catalogs (locales/*/LC_MESSAGES/).
See engine.py for the flow and result.py for the JSON contract. No Rasa import here.
"""

from __future__ import annotations

from typing import Any

__all__ = ["screen", "UnusableInput", "MAX_CHARS"]


def __getattr__(name: str) -> Any:
    # Lazy, so `import bot.screening` does not load spaCy until something is screened.
    if name == "screen":
        from bot.screening.engine import screen

        return screen
    if name in ("UnusableInput", "MAX_CHARS"):
        from bot.screening import inputs

        return getattr(inputs, name)
    raise AttributeError(name)
