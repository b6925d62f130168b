"""bot.privacy: which stored messages are pasted offers, and what is kept of them."""

from bot.privacy import OFFER_MIN_CHARS, offer_positions, redact_message


def _user(text, intent):
    return {"event": "user", "text": text, "parse_data": {"text": text, "intent": {"name": intent},
                                                          "entities": [{"entity": "country", "value": "AE",
                                                                        "start": 0, "end": 5}]}}


def test_the_answer_to_paste_the_offer_is_an_offer_whatever_its_intent_or_length():
    events = [_user("check an offer", "screen_offer"), {"event": "active_loop", "name": "offer_form"},
              {"event": "slot", "name": "requested_slot", "value": "offer_screened"},
              _user("Dubai job, call 0917 555 0142", "out_of_scope"),
              {"event": "slot", "name": "requested_slot", "value": None}, {"event": "active_loop", "name": None},
              _user("thanks", "thank")]
    assert offer_positions(events) == {3}


def test_a_long_message_read_as_screen_offer_is_an_offer_a_short_request_is_not():
    long = _user("x" * OFFER_MIN_CHARS, "screen_offer")
    assert offer_positions([_user("is this job real?", "screen_offer"), long]) == {1}


def test_a_redacted_offer_keeps_intent_and_entity_types_not_words():
    out = redact_message(_user("Dubai job, call 0917 555 0142", "out_of_scope"))
    assert out["text"] == "" and out["parse_data"]["text"] == ""
    assert out["parse_data"]["intent"]["name"] == "out_of_scope"
    assert out["parse_data"]["entities"] == [{"entity": "country", "value": "AE"}]
    assert "0917" not in str(out)


def test_the_bots_reply_quoting_an_offer_is_not_kept_either_later_replies_are():
    from bot.privacy import private_positions, redact

    events = [{"event": "slot", "name": "requested_slot", "value": "offer_screened"},
              _user("Dubai job, call 0917 555 0142", "out_of_scope"),
              {"event": "bot", "text": 'Risk: HIGH ... "call 0917 555 0142"'},
              {"event": "slot", "name": "requested_slot", "value": None},
              _user("thanks", "thank"), {"event": "bot", "text": "You are welcome"}]
    assert private_positions(events) == {1, 2}
    assert "0917" not in str(redact(events[2]))


def test_a_sender_id_is_stored_as_a_keyed_hash_that_depends_on_the_key(tmp_path, monkeypatch):
    from bot.privacy import KEY_ENV, pseudonym, sender_key

    monkeypatch.delenv(KEY_ENV, raising=False)
    key_file = tmp_path / "var" / "sender.key"
    key = sender_key(key_file)
    assert key_file.stat().st_mode & 0o777 == 0o600  # made at first use, for the owner only
    assert sender_key(key_file) == key  # and kept
    stored = pseudonym("+639175550142", key)
    assert "9175550142" not in stored and len(stored) == 64
    assert pseudonym("+639175550142", key) == stored
    assert pseudonym("+639175550142", b"another key of enough length......") != stored


def test_the_sender_key_from_the_environment_wins_and_a_broken_key_file_is_refused(tmp_path, monkeypatch):
    import pytest

    from bot.privacy import KEY_ENV, sender_key

    monkeypatch.setenv(KEY_ENV, "k" * 40)
    assert sender_key(tmp_path / "never-made.key") == b"k" * 40
    assert not (tmp_path / "never-made.key").exists()
    monkeypatch.delenv(KEY_ENV)
    (tmp_path / "short.key").write_text("abc")
    with pytest.raises(ValueError, match="too short"):
        sender_key(tmp_path / "short.key")
