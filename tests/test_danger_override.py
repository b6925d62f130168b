"""components/danger_override.py: danger words and the classifier's emergency become emergency;
a long pasted offer the classifier is sure of stays an offer."""

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.danger_override import OFFER_MIN_CHARS, DangerOverride


def _run(text, intent, confidence):
    message = Message({TEXT: text, INTENT: {"name": intent, "confidence": confidence},
                       INTENT_RANKING_KEY: [{"name": intent, "confidence": confidence}]})
    DangerOverride().process([message])
    return message.get(INTENT)["name"], message.get(INTENT)["confidence"]


def test_a_short_cry_for_help_misread_as_an_offer_is_an_emergency():
    assert _run("help me, they locked me in the house", "screen_offer", 0.95) == ("emergency", 1.0)


def test_a_long_offer_the_classifier_is_sure_of_stays_an_offer():
    offer = ("Hiring housemaids for Riyadh. Salary 1500 SAR. Free food and accommodation. "
             "Contact our office. help me, they locked me in ") * 3
    assert len(offer) >= OFFER_MIN_CHARS
    assert _run(offer, "screen_offer", 0.95)[0] == "screen_offer"


def test_emergency_as_top_intent_is_taken_as_certain():
    assert _run("ok so what now", "emergency", 0.31) == ("emergency", 1.0)


def test_other_messages_are_left_alone():
    assert _run("what visa do I need for Korea", "ask_visa", 0.7) == ("ask_visa", 0.7)


def test_an_overridden_emergency_is_never_ambiguous_for_the_fallback_classifier():
    """FallbackClassifier falls back when the runner-up is within ambiguity_threshold of the top intent."""
    import yaml
    from pathlib import Path

    config = yaml.safe_load((Path(__file__).resolve().parent.parent / "config.yml").read_text())
    fallback = next(c for c in config["pipeline"] if c["name"] == "FallbackClassifier")
    message = Message({TEXT: "call police for me pls", INTENT: {"name": "ask_hotline", "confidence": 0.99},
                       INTENT_RANKING_KEY: [{"name": "ask_hotline", "confidence": 0.99},
                                            {"name": "emergency", "confidence": 0.01}]})
    DangerOverride().process([message])
    first, second = message.get(INTENT_RANKING_KEY)[:2]
    assert first == {"name": "emergency", "confidence": 1.0}
    assert first["confidence"] - second["confidence"] >= fallback["ambiguity_threshold"]
    assert second["name"] == "ask_hotline"
