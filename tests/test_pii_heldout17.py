"""The seventeenth blind PII set checks itself: shape, proportions, spans on their values and
valid numbers. It never runs the detector (a test split is measured once, by the scorer)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout17 import generator as g

LABELS = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "BANK_ACCOUNT",
    "IP_ADDRESS",
    "ADDRESS",
    "DATE_OF_BIRTH",
}
ID = re.compile(r"v17-(en|zh)-([a-z_]+)-(\d{4})")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return g.generate()


def test_shape_and_ids(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 600
    for index, row in enumerate(rows):
        assert set(row) == {"id", "text", "lang", "spans"}
        m = ID.fullmatch(row["id"])
        assert m, row["id"]
        assert m.group(1) == row["lang"] and int(m.group(3)) == index
        genres = g.EN_GENRES if row["lang"] == "en" else g.ZH_GENRES
        assert m.group(2) in genres
    assert len({row["id"] for row in rows}) == 600


def test_deterministic_and_seeded(rows: list[dict[str, Any]]) -> None:
    assert g.generate() == rows
    assert g.generate(600, 1) != rows
    assert len(g.generate(41, 5)) == 41


def test_proportions(rows: list[dict[str, Any]]) -> None:
    by_lang = Counter(row["lang"] for row in rows)
    assert by_lang == {"en": 300, "zh": 300}
    free = Counter(row["lang"] for row in rows if not row["spans"])
    assert free == {"en": 90, "zh": 90}
    # every genre has both PII-free and personal messages
    for lang, genres in (("en", g.EN_GENRES), ("zh", g.ZH_GENRES)):
        for genre in genres:
            kinds = {
                bool(row["spans"]) for row in rows if row["id"].startswith(f"v17-{lang}-{genre}-")
            }
            assert kinds == {True, False}, (lang, genre)


def test_labels_and_spans_on_values(rows: list[dict[str, Any]]) -> None:
    seen: Counter[str] = Counter()
    for row in rows:
        text = row["text"]
        previous_end = -1
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert span["label"] in LABELS
            value = text[span["start"] : span["end"]]
            assert value and value == value.strip(), (row["id"], value)
            assert value[-1] not in ".,;:，。；：", (row["id"], value)
            assert span["start"] >= previous_end, row["id"]  # no overlaps
            previous_end = span["end"]
            seen[span["label"]] += 1
        assert not re.search(r"\{[A-Z]+\d*\}", text), row["id"]  # every placeholder filled
        if row["lang"] == "zh":
            assert re.search(r"[\u4e00-\u9fff]", text), row["id"]
    assert set(seen) == LABELS  # every label is represented


def values(rows: list[dict[str, Any]], label: str) -> list[tuple[dict[str, Any], str]]:
    return [
        (row, row["text"][s["start"] : s["end"]])
        for row in rows
        for s in row["spans"]
        if s["label"] == label
    ]


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_luhn_helper_on_known_numbers() -> None:
    assert luhn("4111111111111111") and luhn("79927398713")
    assert not luhn("4111111111111112")
    assert g.luhn_ok("4111 1111 1111 1111") and not g.luhn_ok("79927398710")


def test_cards_and_accounts(rows: list[dict[str, Any]]) -> None:
    for row, value in values(rows, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and len(digits) in (15, 16), value
        assert luhn(digits), value
        if digits.startswith("62"):  # issue 18: a UnionPay number is a card only beside a cue
            assert "信用卡" in row["text"] or "credit" in row["text"].lower(), row["id"]
    for row, value in values(rows, "BANK_ACCOUNT"):
        digits = value.replace(" ", "")
        assert digits.isdigit(), value
        if row["lang"] == "zh":
            assert digits.startswith("62") and len(digits) in (16, 19) and luhn(digits), value
            before = row["text"][: row["text"].index(value)]
            assert "信用卡" not in before[-8:], row["id"]
        else:
            assert 8 <= len(digits) <= 12, value


def test_iban_mod97(rows: list[dict[str, Any]]) -> None:
    known = "GB82 WEST 1234 5698 7654 32"  # the ECBS example
    for iban in [known] + [v for _, v in values(rows, "IBAN_CODE")]:
        compact = iban.replace(" ", "")
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact), iban
        moved = compact[4:] + compact[:4]
        assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, iban


def test_cn_ids_gb11643(rows: list[dict[str, Any]]) -> None:
    weights = [2 ** (17 - i) % 11 for i in range(17)]  # derived, not copied from the module
    ids = [v for _, v in values(rows, "CN_ID_CARD")]
    assert any(v.endswith("X") for v in ids)
    assert (
        "11010519491231002X"[-1]
        == "10X98765432"[
            sum(int(c) * w for c, w in zip("11010519491231002", weights, strict=True)) % 11
        ]
    )
    for v in ids:
        assert re.fullmatch(r"\d{17}[\dX]", v), v
        check = "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], weights, strict=True)) % 11]
        assert v[17] == check, v
        year, month, day = int(v[6:10]), int(v[10:12]), int(v[12:14])
        assert 1900 < year < 2026 and 1 <= month <= 12 and 1 <= day <= 31, v


def test_ssn_rules(rows: list[dict[str, Any]]) -> None:
    ssns = [v for _, v in values(rows, "US_SSN")]
    assert ssns
    for v in ssns:
        m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
        assert m, v
        area, group, serial = m.groups()
        assert area not in ("000", "666") and not area.startswith("9"), v
        assert group != "00" and serial != "0000", v
    assert not g.ssn_ok("666-12-3456") and not g.ssn_ok("123-00-4567") and g.ssn_ok("123-45-6789")


def test_other_shapes(rows: list[dict[str, Any]]) -> None:
    for _, v in values(rows, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
        role = ("support", "hr", "giving", "noreply", "disputes", "subscriptions")
        assert v.split("@")[0] not in role, v
    for _, v in values(rows, "IP_ADDRESS"):
        parts = [int(p) for p in v.split(".")]
        assert len(parts) == 4 and all(0 <= p <= 255 for p in parts), v
        assert parts[0] not in (10, 127, 192, 172), v
    for row, v in values(rows, "PHONE_NUMBER"):
        digits = re.sub(r"\D", "", v)
        assert 10 <= len(digits) <= 13, v
        if row["lang"] == "zh" and not v.startswith("+44") and not v.startswith("+1"):
            assert re.fullmatch(r"(86)?1[3-9]\d{9}", digits), v


def test_negatives_carry_no_personal_data(rows: list[dict[str, Any]]) -> None:
    negatives = [row for row in rows if not row["spans"]]
    private = set(g.EN_SURNAME) | {s + n for s in g.ZH_SURNAMES for n in g.ZH_GIVEN}
    for row in negatives:
        text = row["text"]
        assert not any(name in text for name in private if len(name) > 2), row["id"]
        assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text), row["id"]  # no CN mobile
        assert not re.search(r"@(gmail|outlook|icloud|proton|hotmail|qq|163|126)\.", text)
        for run in re.findall(r"\d[\d ]{13,22}\d", text):  # card-shaped references fail Luhn
            digits = run.replace(" ", "")
            if 15 <= len(digits) <= 19:
                assert not luhn(digits), (row["id"], run)
    # look-alikes are present in the negatives: public figures, firms, hotlines, addresses of
    # organisations
    joined = "\n".join(row["text"] for row in negatives)
    assert any(name in joined for name in g.EN_FAMOUS + g.ZH_FAMOUS)
    assert any(firm in joined for firm in g.EN_FIRMS + g.ZH_FIRMS)
    assert any(line in joined for line in g.EN_HOTLINES + g.ZH_HOTLINES)


def test_public_names_never_spanned(rows: list[dict[str, Any]]) -> None:
    public = set(g.EN_FAMOUS + g.EN_FICTION + g.EN_FIRMS + g.ZH_FAMOUS + g.ZH_FICTION + g.ZH_FIRMS)
    for row, v in values(rows, "PERSON"):
        assert v not in public, row["id"]
        assert "@" not in v and not v.startswith(("Mr ", "Mrs ", "Dr ")), v


def test_cli_stats(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["generator.py", "--n", "40", "--seed", "3", "--stats"])
    g.main()
    out = capsys.readouterr().out
    assert "label:" in out and "genre:" in out and "pii_free:" in out
    assert re.search(r"en\s+20", out)
