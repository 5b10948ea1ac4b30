"""The sixteenth blind PII set checked as data only (never the detector): shape, proportions,
spans on their values, checksums with this file's own helpers, PII-free rows without spans."""

from __future__ import annotations

import datetime
import importlib.util
import re
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_heldout16" / "generator.py"
ID_RE = re.compile(r"^v16-(en|zh)-([a-z0-9_]+)-(\d{4})$")
ROLE_LOCALS = {
    "complaints", "admissions", "accounts", "claims", "lettings", "probate", "noreply",
    "bursar.office", "support", "mortgages", "info", "lending", "bereavement", "kefu", "caiwu",
}  # fmt: skip
HOTLINES = {"12345", "95588", "95566", "12333", "12329", "0345 734 5345", "1-800-432-1000"}


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pii_heldout16_generator", PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = load().generate(600, 16018)
    return rows


def luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(number[::-1]):
        d = int(ch) * (2 if i % 2 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def mod97(value: str) -> int:
    v = value[4:] + value[:4]
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in v)) % 97


def gb11643(value: str) -> bool:
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(c) * w for c, w in zip(value[:17], weights, strict=True))
    return value[17] == "10X98765432"[total % 11]


def only_digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_shape_and_determinism(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 600
    assert rows == load().generate(600, 16018)
    assert load().generate(600, 1) != rows
    assert len({r["id"] for r in rows}) == 600
    langs = Counter(r["lang"] for r in rows)
    assert langs == {"en": 300, "zh": 300}
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        match = ID_RE.match(row["id"])
        assert match and match.group(1) == row["lang"]
        if row["lang"] == "zh":
            assert re.search(r"[\u4e00-\u9fff]", row["text"])


def test_proportions_per_language_and_genre(rows: list[dict[str, Any]]) -> None:
    by_genre: dict[str, Counter[bool]] = defaultdict(Counter)
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["lang"] == lang]
        free = sum(not r["spans"] for r in mine)
        assert abs(free / len(mine) - 0.3) <= 0.01
    for row in rows:
        by_genre[row["id"].split("-")[2]][bool(row["spans"])] += 1
    assert len(by_genre) >= 20
    for genre, counts in by_genre.items():
        assert counts[True] >= 5 and counts[False] >= 1, genre


def test_spans_on_their_values(rows: list[dict[str, Any]]) -> None:
    labels = set(load().LABELS)
    seen: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        text, last_end = row["text"], -1
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            value = text[span["start"] : span["end"]]
            assert span["label"] in labels
            assert value and value == value.strip(), (row["id"], value)
            edges = ",;:|\"'，。：；（）"  # a "(" may open a US phone, never end a value
            assert value[0] not in edges + ")" and value[-1] not in edges + "(", (row["id"], value)
            assert "⟨" not in value and "⟩" not in value
            assert span["start"] >= last_end, row["id"]  # no overlaps
            last_end = span["end"]
            seen[span["label"]].add(row["id"].split("-")[2])
        assert "⟨" not in text
    # every label in at least two genres, the Chinese ID and SSN included
    assert set(seen) == labels
    assert all(len(genres) >= 2 for genres in seen.values()), seen


def test_checksums(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text = row["text"]
        for span in row["spans"]:
            value, label = text[span["start"] : span["end"]], span["label"]
            compact = re.sub(r"[ \-]", "", value)
            if label == "BANK_ACCOUNT" and len(compact) == 8:  # a UK account number
                assert compact.isdigit() and not text[span["end"] :].startswith("-"), value
            elif label in ("CREDIT_CARD", "BANK_ACCOUNT") and compact.startswith("62"):
                assert luhn(compact) and 16 <= len(compact) <= 19, value
                window = text[max(0, span["start"] - 30) : span["end"] + 5]
                credit = "信用卡" in window or "credit" in window.lower()
                assert credit == (label == "CREDIT_CARD"), (row["id"], value)
            elif label == "BANK_ACCOUNT":
                raise AssertionError(f"unexpected account shape {value!r}")
            elif label == "CREDIT_CARD":
                assert compact.isdigit() and luhn(compact) and len(compact) in (15, 16), value
            elif label == "IBAN_CODE":
                assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact) and mod97(compact) == 1
            elif label == "CN_ID_CARD":
                assert re.fullmatch(r"\d{17}[\dX]", compact) and gb11643(compact), value
                datetime.date(int(compact[6:10]), int(compact[10:12]), int(compact[12:14]))
            elif label == "US_SSN":
                d = only_digits(value)
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
                assert d[3:5] != "00" and d[5:] != "0000"
            elif label == "IP_ADDRESS":
                assert all(0 <= int(part) <= 255 for part in value.split(".")), value
            elif label == "EMAIL_ADDRESS":
                assert value.count("@") == 1 and value.split("@")[0] not in ROLE_LOCALS
            elif label == "PHONE_NUMBER":
                d = only_digits(re.sub(r" ext \d{3}$", "", value))
                assert (
                    10 <= len(d) <= 13
                    or (not d and len(value.split()) >= 6)
                    or (not d and re.fullmatch(r"[零幺一二三四五六七八九，]+", value))
                ), value


def test_ids_agree_with_stated_birth_dates(rows: list[dict[str, Any]]) -> None:
    checked = 0
    for row in rows:
        ids = [
            row["text"][s["start"] : s["end"]] for s in row["spans"] if s["label"] == "CN_ID_CARD"
        ]
        dobs = [
            row["text"][s["start"] : s["end"]]
            for s in row["spans"]
            if s["label"] == "DATE_OF_BIRTH"
        ]
        for dob in dobs:
            parts = re.findall(r"\d+", dob)
            if len(ids) == 1 and len(parts) == 3 and len(parts[0]) == 4:
                born = "".join(f"{int(x):02d}" if i else x for i, x in enumerate(parts))
                assert re.sub(r"\s", "", ids[0])[6:14] == born, row["id"]
                checked += 1
    assert checked >= 20


def test_pii_free_rows(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        spanned = {row["text"][s["start"] : s["end"]] for s in row["spans"]}
        assert not spanned & HOTLINES, row["id"]
        if row["spans"]:
            continue
        # card-shaped references in PII-free messages fail Luhn
        for run in re.findall(r"\d{15,19}", row["text"]):
            assert not luhn(run), (row["id"], run)
    negatives = [r["text"] for r in rows if not r["spans"]]
    # the hard negatives hold the look-alikes, not empty chatter
    assert sum(bool(re.search(r"\d{4,}", t)) for t in negatives) >= 0.8 * len(negatives)
    assert sum("@" in t for t in negatives) >= 15
