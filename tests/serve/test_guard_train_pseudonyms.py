"""The bank's messages are pseudonymised before the injection guard trains on them: the same
messages give the same fakes (so `steward guard train` is reproducible), the fakes hide the
values, and the key depends on every message (no fixed key an attacker could reuse)."""

from __future__ import annotations

from steward.serve.guards.build import _anonymized

MESSAGES = [
    "Hi, this is Sarah Connor, my mobile is 07700 900123, please call me back.",
    "我叫王芳，手机13800138000，想查一下转账。",
    "How do I order a new debit card?",
]


def test_the_same_messages_give_the_same_fakes() -> None:
    assert _anonymized(list(MESSAGES)) == _anonymized(list(MESSAGES))


def test_the_fakes_hide_the_values_and_keep_plain_text() -> None:
    fakes = _anonymized(list(MESSAGES))
    assert "07700 900123" not in fakes[0]
    assert "13800138000" not in fakes[1]
    assert fakes[2] == MESSAGES[2]


def test_the_key_depends_on_every_message() -> None:
    first = _anonymized(list(MESSAGES))
    other = _anonymized([*MESSAGES, "One more message without personal data."])
    assert first[1] != other[1]
