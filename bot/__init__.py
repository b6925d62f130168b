"""Before You Go: the core package (knowledge base, screener, i18n, directory, privacy, CLI).

Nothing in this package imports Rasa: `actions/` and `components/` adapt it to Rasa.
"""

__version__ = "0.1.0"
