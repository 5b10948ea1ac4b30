"""The address recognizer's street-line search, branch by branch with the branches whose
literals a text lacks skipped (address_en._street_line), finds what the one alternation finds:
the same match, at every position the recognizer searches from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from steward.data.pii.recognizers import address_en
from steward.examples.bank import BankDataConfig, generate_bank_lines

PRESIDIO = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "presidio_synth"

ADDRESSES = [
    "Meet me at the corner of 5th Avenue and Main Street tomorrow.",
    "Send it to ul. Zamkowa 33, 35108 Rzeszów or Via Roma 131, Milano.",
    "378 Keith Rapids, East Annaton, MD 57326 and 1987 74 Diakou Street",
    "Blk 706 Ang Mo Kio Avenue 3 / 14/3 Beaconsfield Parade / 6111 W 14th St",
    "138 Kingsway, Cardiff CF22 5NL. Steinfelden 73, Rákóczi út 13. Keizersgracht 123-II",
    "6750 Koskikatu 25, PSC 6477, Box 2981, USS Lorenzen, APO AE 83700, PO Box 4455",
    "Apt 4, The Maltings, Dublin. 187, Shanti Niketan, Linking Road, Mumbai",
    "12 rue de la Paix, 75002 Paris; 7 Bóthar na Trá, Salthill; B-17, Green Park "
    "Extension, New Delhi 110016; Flat D, 2/F, Block 7, Taikoo Shing",
    "Unit 12, Harbour View and Unit 4412, Box 221",  # a branch's literal, no match of it
]


def _texts() -> list[str]:
    lines, _ = generate_bank_lines(BankDataConfig(n_messages=600, seed=11, malformed_rate=0.0))
    texts = [json.loads(line)["text"] for line in lines] + ADDRESSES
    synth = PRESIDIO / "synth_dataset_v2.json"
    if synth.is_file():
        texts += [row["full_text"] for row in json.loads(synth.read_text("utf-8"))[:600]]
    return texts


def test_branch_by_branch_search_is_the_alternations_search() -> None:
    matched = 0
    for text in _texts():
        for position in range(0, len(text) + 1, 7):
            whole = address_en._STREET_LINE.search(text, position)
            ours = address_en._street_line(text, position)
            assert (whole and (whole.span(), whole.group())) == (
                ours and (ours.span(), ours.group())
            ), (text, position)
            matched += whole is not None
    assert matched > 500  # the check has teeth: many positions find a street line


@pytest.mark.parametrize("branch", sorted(address_en._STREET_NEEDS))
def test_a_skipped_branch_needs_one_of_its_literals(branch: int) -> None:
    """Every match of a gated branch holds one of its literals (so a text without any has
    no match of it), checked on texts where the branch does match."""
    pattern, needs = address_en._STREET_BRANCHES[branch]
    assert needs
    found = [m.group() for text in _texts() for m in pattern.finditer(text)]
    assert found, branch  # the texts above hold a match of every gated branch
    assert all(any(word in value for word in needs) for value in found)


def test_the_street_word_branch_needs_an_ending_before_a_number() -> None:
    """Every match of the street-word branch has a street word's ending right before spaces
    and a digit (``_STREET_WORD_NEED``), so a text without one has no match of it."""
    pattern, _ = address_en._STREET_BRANCHES[address_en._STREET_WORD_BRANCH]
    found = [(text, m) for text in _texts() for m in pattern.finditer(text)]
    assert found  # ("Steinfelden 73", "Keizersgracht 123-II" above)
    for text, match in found:
        assert address_en._STREET_WORD_NEED.search(text, match.start(), match.end()), text
