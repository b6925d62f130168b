"""What a screening returns. `to_dict()` is the JSON contract used by the CLI and the Rasa action:

    {"risk": "high|medium|low", "language": "en", "destination": "AE" or null,
     "flags": [{"id", "severity", "evidence", "start", "end", "explanation", "indicator"}],
     "questions": [{"id", "text"}], "next_steps": [{"id", "text"}]}

`evidence` is exactly `text[start:end]` of the screened input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FlagFound:
    """A red flag with the words of the offer that show it."""

    id: str
    severity: str
    evidence: str
    start: int
    end: int
    explanation: str
    indicator: str
    name: str = ""  # short title for the terminal report; not part of the JSON contract

    def to_dict(self) -> dict[str, Any]:
        """The flag as in the JSON contract."""
        return {
            "id": self.id, "severity": self.severity, "evidence": self.evidence, "start": self.start,
            "end": self.end, "explanation": self.explanation, "indicator": self.indicator,
        }


@dataclass(frozen=True)
class Item:
    """A follow-up question or a next step: its catalog name and its text."""

    id: str
    text: str

    def to_dict(self) -> dict[str, str]:
        """The item as in the JSON contract."""
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class Screening:
    """The outcome of screening one offer."""

    risk: str
    language: str
    destination: str | None
    flags: list[FlagFound]
    questions: list[Item]
    next_steps: list[Item]
    # For the report, not the contract: the language the prose is in, and whether the text was cut.
    prose_language: str = "en"
    truncated_at: int | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (see the module docstring)."""
        return {
            "risk": self.risk,
            "language": self.language,
            "destination": self.destination,
            "flags": [f.to_dict() for f in self.flags],
            "questions": [q.to_dict() for q in self.questions],
            "next_steps": [s.to_dict() for s in self.next_steps],
        }

    @property
    def flag_ids(self) -> list[str]:
        """The ids of the flags raised, in report order."""
        return [f.id for f in self.flags]
