"""The nineteenth blind PII set, checked as a set only: the detector is never run here."""

from __future__ import annotations

import ipaddress
import itertools
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout19 import generator as g

LABELS = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "IP_ADDRESS",
}
ID = re.compile(r"v19-(en|zh)-([a-z]+)-(\d{4})")
ROLE_WORDS = {
    "customer",
    "enquiries",
    "help",
    "noreply",
    "events",
    "rural",
    "payments",
    "bereavement",
    "giving",
    "merchant",
    "returns",
    "huodong",
    "daifa",
    "hr",
    "juanzeng",
    "service",
    "kefu",
}
ROLE_LOCALS = ("events", "payroll", "bereavement", "noreply", "service", "hr", "kefu", "giving")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return g.generate()


def value(row: dict, span: dict) -> str:
    return str(row["text"][span["start"] : span["end"]])


def test_shape_ids_and_proportions(rows: list[dict]) -> None:
    assert len(rows) == 600
    assert len({r["id"] for r in rows}) == 600
    langs = Counter(r["lang"] for r in rows)
    assert langs == {"en": 300, "zh": 300}
    for i, row in enumerate(rows):
        m = ID.fullmatch(row["id"])
        assert m and m.group(1) == row["lang"] and int(m.group(3)) == i
        assert set(row) == {"id", "text", "lang", "spans"}
    for lang in ("en", "zh"):
        free = sum(not r["spans"] for r in rows if r["lang"] == lang)
        assert free == 90  # 30% of 300
        genres = g.EN if lang == "en" else g.ZH
        seen = Counter(
            (ID.fullmatch(r["id"]).group(2), bool(r["spans"]))  # type: ignore[union-attr]
            for r in rows
            if r["lang"] == lang
        )
        for genre in genres:  # every genre has rows with and without personal data
            assert seen[(genre, True)] > 0 and seen[(genre, False)] > 0, (lang, genre)


def test_deterministic_and_seeded() -> None:
    assert g.generate(40, 5) == g.generate(40, 5)
    assert g.generate(40, 5) != g.generate(40, 6)
    assert len(g.generate(7, 1)) == 7


def test_spans_sit_on_their_values(rows: list[dict]) -> None:
    for row in rows:
        spans = sorted(row["spans"], key=lambda s: s["start"])
        for a, b in itertools.pairwise(spans):
            assert a["end"] <= b["start"], row["id"]
        for span in spans:
            assert span["label"] in LABELS
            assert 0 <= span["start"] < span["end"] <= len(row["text"])
            text = value(row, span)
            assert text == text.strip() and "{" not in text, (row["id"], text)
        assert "{" not in row["text"] and "}" not in row["text"], row["id"]


def test_checksums_and_formats(rows: list[dict]) -> None:
    counts: Counter[str] = Counter()
    for row in rows:
        dobs = [value(row, s) for s in row["spans"] if s["label"] == "DATE_OF_BIRTH"]
        for span in row["spans"]:
            text, label = value(row, span), span["label"]
            counts[label] += 1
            digits = re.sub(r"\D", "", text)
            if label == "CREDIT_CARD":
                assert 15 <= len(digits) <= 16 and g.luhn_ok(digits), text
            elif label == "BANK_ACCOUNT":
                assert text.replace(" ", "").isdigit(), text
                if row["lang"] == "zh":
                    assert digits.startswith("62") and g.luhn_ok(digits), text
                else:
                    assert len(digits) == 8, text
            elif label == "IBAN_CODE":
                assert g.iban_ok(text) and text[:2] in {"GB", "IE", "DE", "NL"}, text
            elif label == "US_SSN":
                assert g.ssn_ok(text), text
            elif label == "CN_ID_CARD":
                assert g.cn_id_ok(text), text
                born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
                for dob in dobs:  # the ID's birth date agrees with the row's birth date
                    y, m, d = (int(x) for x in re.findall(r"\d+", dob))
                    assert date(y, m, d) == born, (text, dob)
            elif label == "PHONE_NUMBER":
                assert 10 <= len(digits) <= 13, text
                assert not digits.startswith(("0800", "0345", "0330", "400", "955")), text
            elif label == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[\w.]+@[\w-]+(\.[\w-]+)+", text), text
                assert not text.split("@")[0].startswith(ROLE_LOCALS), text
            elif label == "IP_ADDRESS":
                ipaddress.ip_address(text)
            elif label == "PERSON":
                assert not re.search(r"\d|^(Mr|Mrs|Ms|Dr|PC|DC)\b", text), text
            elif label == "DATE_OF_BIRTH":
                years = [int(x) for x in re.findall(r"\d{4}", text)]
                assert years and 1940 <= years[0] <= 2008, text
            elif label == "ADDRESS":
                assert re.search(r"\d", text), text
    assert set(counts) == LABELS  # every label is exercised
    assert min(counts.values()) >= 5


def test_checksum_helpers_against_known_values() -> None:
    assert g.luhn_ok("4111 1111 1111 1111") and not g.luhn_ok("4111 1111 1111 1112")
    assert g.iban_ok("GB82 WEST 1234 5698 7654 32") and not g.iban_ok("GB82WEST12345698765433")
    assert g.make_iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert g.cn_id_ok("11010519491231002X") and not g.cn_id_ok("110105194912310021")
    assert g.ssn_ok("123-45-6789")
    assert not any(g.ssn_ok(s) for s in ("000-12-3456", "666-12-3456", "912-12-3456"))
    assert not any(g.ssn_ok(s) for s in ("123-00-4567", "123-45-0000"))
    assert g.make_uscc(g.random.Random(1))[-1] in g.USCC_CHARS


def test_negatives_carry_nothing_personal(rows: list[dict]) -> None:
    negatives = [r for r in rows if not r["spans"]]
    assert len({r["text"] for r in negatives}) > 150  # varied, not one text repeated
    for row in negatives:
        text = row["text"]
        for run in re.findall(r"\d[\d -]{11,22}\d", text):
            d = re.sub(r"\D", "", run)
            card_shaped = d[0] in "3456" and 13 <= len(d) <= 19  # not a 0-led landline
            assert not (card_shaped and g.luhn_ok(d)), (row["id"], run)
        assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text), row["id"]  # no CN mobile
        assert not re.search(r"(?<!\d)07\d{3} ?\d{6}(?!\d)", text), row["id"]  # no UK mobile
        for mail in re.findall(r"[A-Za-z0-9_.-]+@", text):
            assert re.split(r"[.\-@]", mail)[0] in ROLE_WORDS, mail


# A kind of value that is spanned anywhere is personal: it may never appear unspanned.
PERSONAL_KINDS = {
    m.group(2)
    for table in (g.EN, g.ZH)
    for positives, _ in table.values()
    for template in positives
    for m in g.PLACEHOLDER.finditer(template)
    if m.group(1)
} | g.PERSON_PARTS


def test_templates_label_every_personal_value() -> None:
    for table in (g.EN, g.ZH):
        for genre, (positives, negatives) in table.items():
            for template in positives:
                marks = list(g.PLACEHOLDER.finditer(template))
                assert any(m.group(1) for m in marks), (genre, template)
                for m in marks:  # a personal value is never left unlabelled
                    assert m.group(1) or m.group(2) not in PERSONAL_KINDS, (genre, template)
            for template in negatives:
                for m in g.PLACEHOLDER.finditer(template):
                    assert not m.group(1) and m.group(2) not in PERSONAL_KINDS, template


def test_stats_counts_match(rows: list[dict]) -> None:
    counted = g.stats(rows)
    assert counted["rows"] == 600 and counted["pii_free"] == {"en": 90, "zh": 90}
    assert sum(counted["labels"].values()) == sum(len(r["spans"]) for r in rows)
    assert sum(counted["genres"].values()) == 600
