"""The fourth independent PII set (benchmarks/pii_heldout4) is well formed: spans, checksums,
determinism, proportions and template counts. It checks the set, never Steward's scores on it."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout4 import generator

LABELS = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "DATE_OF_BIRTH",
}
SPOKEN = {w: str(i) for i, w in enumerate(generator.EN_DIGIT_WORDS)} | {"oh": "0"}
ZH_SPOKEN = {c: str(i) for i, c in enumerate(generator.ZH_DIGITS)} | {"幺": "1", "叉": "X"}


def normalise_number(value: str) -> str:
    """Digits (and a final X) of a value written with ASCII, full-width or spoken digits."""
    value = value.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    words = value.split()
    if words and all(w in SPOKEN for w in words):
        return "".join(SPOKEN[w] for w in words)
    return "".join(ZH_SPOKEN.get(c, c) for c in value if c.isdigit() or c in ZH_SPOKEN or c == "X")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return generator.generate()


def spans_of(rows: list[dict[str, object]]) -> list[tuple[str, str]]:
    out = []
    for row in rows:
        text = str(row["text"])
        for span in row["spans"]:  # type: ignore[attr-defined]
            out.append((span["label"], text[span["start"] : span["end"]]))
    return out


def test_render_spans_cover_exactly_the_inserted_values() -> None:
    text, spans = generator.render(
        [
            "Name: ",
            ("PERSON", "D'Arcy McAllister"),
            " | Tel ",
            ("PHONE_NUMBER", "(+91) 98450-12345"),
        ]
    )
    assert [text[s["start"] : s["end"]] for s in spans] == [
        "D'Arcy McAllister",
        "(+91) 98450-12345",
    ]  # type: ignore[misc]


def test_every_generated_span_covers_exactly_its_inserted_value() -> None:
    messages = generator.generate_segments()
    rows = generator.generate()
    assert [m[0] for m in messages] == [r["id"] for r in rows]
    for (_, _, segments), row in zip(messages, rows, strict=True):
        inserted = [(s[0], s[1]) for s in segments if isinstance(s, tuple)]
        text = str(row["text"])
        spans = row["spans"]
        found = [(s["label"], text[s["start"] : s["end"]]) for s in spans]  # type: ignore[attr-defined]
        assert found == inserted, row["id"]
        assert text == "".join(s if isinstance(s, str) else s[1] for s in segments)


def test_spans_are_clean_and_do_not_overlap(rows: list[dict[str, object]]) -> None:
    for row in rows:
        text = str(row["text"])
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):  # type: ignore[attr-defined]
            assert span["label"] in LABELS
            assert previous_end <= span["start"] < span["end"] <= len(text), row["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip(" \n:：,，。|｜"), (row["id"], value)
            previous_end = span["end"]


def test_cue_words_are_not_in_spans(rows: list[dict[str, object]]) -> None:
    for label, value in spans_of(rows):
        for cue in ("Name", "DOB", "IBAN", "卡号", "姓名", "电话", "Email", "SSN", "身份证"):
            assert cue not in value, (label, value)


def test_cards_and_unionpay_accounts_pass_luhn(rows: list[dict[str, object]]) -> None:
    cards = [normalise_number(v) for label, v in spans_of(rows) if label == "CREDIT_CARD"]
    assert cards and all(generator.luhn_valid(c) and 15 <= len(c) <= 19 for c in cards)
    unionpay = [
        normalise_number(v)
        for label, v in spans_of(rows)
        if label == "BANK_ACCOUNT"
        and normalise_number(v).startswith("62")
        and len(normalise_number(v)) >= 16
    ]
    assert unionpay and all(generator.luhn_valid(a) for a in unionpay)


def test_cn_ids_pass_iso_7064(rows: list[dict[str, object]]) -> None:
    ids = [normalise_number(v) for label, v in spans_of(rows) if label == "CN_ID_CARD"]
    assert len(ids) >= 20
    for value in ids:
        assert len(value) == 18, value
        assert generator.cn_id_check_char(value[:17]) == value[17], value


def test_ibans_pass_mod_97_and_ssns_are_plausible(rows: list[dict[str, object]]) -> None:
    ibans = [v for label, v in spans_of(rows) if label == "IBAN_CODE"]
    assert ibans and all(generator.iban_valid(v) for v in ibans)
    assert not generator.iban_valid("GB00BARC00000000000000")
    ssns = [v for label, v in spans_of(rows) if label == "US_SSN"]
    assert ssns and all(generator.ssn_plausible(v) for v in ssns)
    assert not generator.ssn_plausible("666-12-3456")


def test_checksum_helpers_reject_a_changed_digit() -> None:
    rng = random.Random(1)
    card = generator.visa(rng)
    broken = card[:-1] + str((int(card[-1]) + 1) % 10)
    assert generator.luhn_valid(card) and not generator.luhn_valid(broken)
    assert generator.luhn_valid("4111111111111111")
    cn = generator.cn_id(rng)
    assert generator.cn_id_check_char("11010519491231002") == "X"  # GB 11643 sample
    assert generator.cn_id_check_char(cn[:17]) == cn[17]


def test_spoken_and_full_width_forms_are_present(rows: list[dict[str, object]]) -> None:
    values = [v for _, v in spans_of(rows)]
    spoken_phones = [
        v for label, v in spans_of(rows) if label == "PHONE_NUMBER" and v.split()[0] in SPOKEN
    ]
    assert spoken_phones and all(len(normalise_number(v)) == 10 for v in spoken_phones)
    assert any(any(c in v for c in "幺零") for v in values)
    assert any(any("０" <= c <= "９" for c in v) for v in values)
    assert any("·" in v for label, v in spans_of(rows) if label == "PERSON")
    assert any(
        "ext" in v or "分機" in v or "转" in v
        for label, v in spans_of(rows)
        if label == "PHONE_NUMBER"
    )


def test_generation_is_deterministic_and_seed_dependent() -> None:
    assert generator.generate(80, 5) == generator.generate(80, 5)
    assert generator.generate(80, 5) != generator.generate(80, 6)


def test_proportions(rows: list[dict[str, object]]) -> None:
    assert len(rows) == 600
    assert len({r["id"] for r in rows}) == 600
    for lang in ("en", "zh"):
        of_lang = [r for r in rows if r["lang"] == lang]
        assert len(of_lang) == 300
        share_free = sum(not r["spans"] for r in of_lang) / len(of_lang)
        assert 0.25 <= share_free <= 0.35, (lang, share_free)
    counts = Counter(label for label, _ in spans_of(rows))
    assert set(counts) == LABELS
    assert min(counts.values()) >= 15, counts


def test_template_counts_and_use() -> None:
    assert len(generator.EN_POSITIVE) + len(generator.EN_NEGATIVE) >= 25
    assert len(generator.ZH_POSITIVE) + len(generator.ZH_NEGATIVE) >= 25
    rows = generator.generate(3000, 11)
    # Each positive template's first text segment is distinctive enough to find it in the set.
    texts = [str(r["text"]) for r in rows]
    for template in generator.EN_POSITIVE + generator.ZH_POSITIVE:
        opening = template(random.Random(0))[0]
        assert isinstance(opening, str)
        assert any(t.startswith(opening) for t in texts), template.__name__


def test_negatives_hold_no_personal_value(rows: list[dict[str, object]]) -> None:
    names = set(generator.EN_NAMES + generator.ZH_NAMES + generator.ZH_LATIN_NAMES)
    for row in rows:
        if not row["spans"]:
            assert not any(name in str(row["text"]) for name in names), row["id"]
            assert "@" not in str(row["text"])
