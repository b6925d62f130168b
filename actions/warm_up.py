"""Loaded with this package when the action server starts (rasa_sdk imports every module of it).

Compiles the job-offer screener's rules of every language and the country-name index now, so the
first person who pastes an offer does not wait seconds for them, and takes what was loaded out of
the garbage collector's way (see bot.screening.engine.warm_up).
"""

from bot.screening.engine import warm_up

warm_up(freeze=True)
