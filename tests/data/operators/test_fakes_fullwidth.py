"""Pseudonymizing values written in full-width digits (found once the recognizers read them):
the fake keeps the shape and its check digit holds."""

from __future__ import annotations

import random

from stdnum import luhn

from steward.data.pii.operators.fakes import ascii_digits, fake_bank_account, fake_card


def test_full_width_card_and_account_numbers_get_valid_fakes_of_the_same_shape() -> None:
    rng = random.Random(7)
    card = "４１１１ １１１１ １１１１ １１１１"
    fake = fake_card(card, rng)
    assert len(fake) == len(card) and fake != card
    assert luhn.is_valid(ascii_digits(fake))
    account = "６２２２０２１２３４５６７８９０１２"
    fake_account = fake_bank_account(account, rng)
    assert len(fake_account) == len(account) and luhn.is_valid(ascii_digits(fake_account))


def test_ascii_digits_reads_any_unicode_digit() -> None:
    assert ascii_digits("a１b2c٣") == "123"
