"""Rasa NLU components: thin adapters that register `bot/` logic in Rasa's graph."""
