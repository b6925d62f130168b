"""bot/screening/render.py: the terminal report."""

from bot.screening import screen
from bot.screening.render import BOLD, quote, render

TEXT = "Restaurant job in Dubai, we keep passport for safety"


def test_the_evidence_is_bold_on_a_terminal_and_between_guillemets_otherwise():
    start = TEXT.index("we keep")
    assert BOLD + "we keep passport" in quote(TEXT, start, start + 16, tty=True)
    assert "«we keep passport»" in quote(TEXT, start, start + 16, tty=False)


def test_the_report_gives_the_risk_the_flags_and_the_next_steps_without_ansi_when_piped():
    out = render(screen(TEXT, lang="en"), TEXT, tty=False)
    assert "Risk: MEDIUM" in out and "«we keep passport»" in out and "What to do next:" in out
    assert "\033[" not in out


def test_a_low_risk_report_never_says_safe_without_not():
    out = render(screen("Sample Hotel LLC, Doha. No placement fee.", lang="en"), "x", tty=False)
    assert "does NOT mean the offer is safe" in out
