"""The second independent PII set (benchmarks/pii_heldout2): its own spans checked against the
values it inserted, checksums, determinism, its share of PII-free messages and templates. The
PII engine is never run on it here (nobody may tune on it)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from pii_heldout2 import generator  # noqa: E402

EN_WORDS = {w: str(i) for i, w in enumerate(generator.EN_DIGIT_WORDS)} | {"oh": "0"}
ZH_DIGIT_CHARS = {c: str(i) for i, c in enumerate(generator.ZH_DIGITS)} | {
    "幺": "1",
    "两": "2",
    "洞": "0",
    "叉": "X",
}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
DIGIT_LABELS = ("PHONE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT", "US_SSN", "CN_ID_CARD")


def normalise_digits(surface: str) -> str:
    """Written or spoken digits (English words, double/triple, Chinese numerals) to digits."""
    out: list[str] = []
    repeat = 1
    for token in re.findall(r"[A-Za-z]+|.", surface):
        word = token.lower()
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
        elif word in EN_WORDS:
            out.append(EN_WORDS[word] * repeat)
            repeat = 1
        elif token in ZH_DIGIT_CHARS:
            out.append(ZH_DIGIT_CHARS[token])
        elif token.isdigit() or token == "X":
            out.append(token)
    return "".join(out)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return generator.generate_annotated(600, 2518)


def test_every_span_is_the_inserted_value(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text = row["text"]
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert span["label"] in generator.LABELS, (row["id"], span)
            assert text[span["start"] : span["end"]] == span["surface"], (row["id"], span)
            assert span["surface"] == span["surface"].strip() and span["surface"], (row["id"], span)
            assert span["start"] >= previous_end, f"{row['id']}: overlapping spans"
            previous_end = span["end"]


def test_digit_values_read_back_to_their_canonical_form(rows: list[dict[str, Any]]) -> None:
    checked = Counter[str]()
    for row in rows:
        for span in row["spans"]:
            label, surface, canonical = span["label"], span["surface"], span["canonical"]
            if label == "PHONE_NUMBER":
                # The surface may carry a country code in place of the trunk 0.
                assert normalise_digits(surface).endswith(canonical.lstrip("0")), span
                assert 8 <= len(canonical) <= 16, span
            elif label in DIGIT_LABELS:
                assert normalise_digits(surface) == canonical, span
            elif label == "IBAN_CODE":
                assert surface.replace(" ", "") == canonical, span
            checked[label] += 1
    assert all(checked[label] >= 10 for label in generator.LABELS), checked


def test_checksums_are_valid(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for span in row["spans"]:
            label, canonical = span["label"], span["canonical"]
            if label == "CREDIT_CARD":
                assert generator.luhn_valid(canonical) and len(canonical) in (15, 16), span
                assert canonical[0] in "3456", span
            elif label == "BANK_ACCOUNT" and canonical.startswith("62"):
                assert generator.luhn_valid(canonical) and 16 <= len(canonical) <= 19, span
            elif label == "CN_ID_CARD":
                assert generator.cn_id_valid(canonical), span
            elif label == "IBAN_CODE":
                assert generator.iban_valid(canonical), span
            elif label == "US_SSN":
                assert generator.ssn_plausible(canonical), span
            elif label == "EMAIL_ADDRESS":
                assert EMAIL.match(canonical), span


def test_checksum_helpers_reject_a_changed_digit() -> None:
    # Known-good values from published examples, then the same with one digit changed.
    assert generator.luhn_valid("4111111111111111")
    assert not generator.luhn_valid("4111111111111121")
    assert generator.iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not generator.iban_valid("GB82 WEST 1234 5698 7654 33")
    assert generator.cn_id_valid("11010519491231002X")
    assert not generator.cn_id_valid("110105194912310021")
    assert not generator.ssn_plausible("666-12-3456")
    assert not generator.ssn_plausible("912-12-3456")


def test_deterministic_per_seed() -> None:
    assert generator.generate(200, 5) == generator.generate(200, 5)
    assert generator.generate(200, 5) != generator.generate(200, 6)


def test_public_rows_have_the_benchmark_shape() -> None:
    rows = generator.generate()
    assert len(rows) == 600
    assert len({row["id"] for row in rows}) == 600
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        assert row["lang"] in ("en", "zh")
        for span in row["spans"]:
            assert set(span) == {"start", "end", "label"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_language_has_negatives_and_templates(rows: list[dict[str, Any]], lang: str) -> None:
    in_lang = [row for row in rows if row["lang"] == lang]
    assert 0.45 <= len(in_lang) / len(rows) <= 0.55
    pii_free = [row for row in in_lang if not row["spans"]]
    assert len(pii_free) / len(in_lang) >= 0.25
    assert len({row["template"] for row in in_lang}) >= 20
    # A PII-free template never emits a span, whatever it draws.
    negative_templates = {row["template"] for row in pii_free}
    assert all(not row["spans"] for row in in_lang if row["template"] in negative_templates)


def test_each_language_has_its_own_scripts(rows: list[dict[str, Any]]) -> None:
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert all(cjk.search(row["text"]) for row in rows if row["lang"] == "zh")
    assert not any(cjk.search(row["text"]) for row in rows if row["lang"] == "en")
    # Latin-script names inside Chinese text are part of the set.
    assert any(
        span["label"] == "PERSON" and span["surface"].isascii()
        for row in rows
        if row["lang"] == "zh"
        for span in row["spans"]
    )


def test_quality_benchmark_offers_the_heldout2_option() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "pii_quality.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "--heldout2" in result.stdout
