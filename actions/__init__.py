"""Rasa SDK actions: read slots, call `bot`, dispatch messages. No SQL, no spaCy, no text here."""
