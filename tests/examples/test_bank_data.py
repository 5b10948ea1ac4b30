"""Fast checks of the synthetic bank conversation generator (steward.examples.bank)."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import ric

from steward.examples import bank
from steward.examples.bank import (
    AGE_BANDS,
    CHANNELS,
    GENDERS,
    INTENTS,
    REGIONS,
    BankDataConfig,
    GenerationManifest,
    generate_bank_lines,
    write_bank_conversations,
)

N = 800
FIELDS = (
    "message_id",
    "conversation_id",
    "timestamp",
    "channel",
    "language",
    "text",
    "intent",
    "gender",
    "age_band",
    "region",
)
TAG = re.compile(r"<[^>]*>")
CARD = re.compile(r"(?<!\d)(?:\d{4}[ -]?){3}\d{4}(?!\d)")
CN_ID = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
CN_MOBILE = re.compile(r"(?<!\d)(?:\+86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")


def clean(text: str) -> str:
    """Tag strip + unescape + NFKC + whitespace collapse (no casefold)."""
    text = html.unescape(TAG.sub(" ", text))
    return " ".join(unicodedata.normalize("NFKC", text).split())


def dedup_key(text: str) -> str:
    return clean(text).casefold()


def classify(line: bytes) -> tuple[str, dict[str, object] | None]:
    """A strict, independent reading of one line: ('valid', row) or (malformed kind, row)."""
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError:
        return "invalid_utf8", None
    try:
        row = json.loads(decoded)
    except json.JSONDecodeError:
        return "invalid_json", None
    assert isinstance(row, dict)
    if "text" not in row:
        return "missing_text", row
    if "intent" not in row:
        return "missing_intent", row
    text = row["text"]
    if not isinstance(text, str):
        return "null_text", row
    if not text.strip():
        return "empty_text", row
    if not clean(text):
        return "html_only", row
    return "valid", row


@pytest.fixture(scope="module")
def generated() -> tuple[list[bytes], GenerationManifest]:
    return generate_bank_lines(BankDataConfig(n_messages=N))


@pytest.fixture(scope="module")
def valid_rows(generated: tuple[list[bytes], GenerationManifest]) -> list[dict[str, object]]:
    rows = []
    for line in generated[0]:
        kind, row = classify(line)
        if kind == "valid":
            assert row is not None
            rows.append(row)
    return rows


def texts(rows: list[dict[str, object]]) -> list[str]:
    return [str(row["text"]) for row in rows]


# ----------------------------------------------------------------------------- determinism


def test_same_config_gives_identical_bytes(tmp_path: Path) -> None:
    config = BankDataConfig(n_messages=N, seed=7)
    first = write_bank_conversations(tmp_path / "a" / "bank.jsonl", config)
    second = write_bank_conversations(tmp_path / "b" / "bank.jsonl", config)
    assert first == second
    for name in ("bank.jsonl", "bank.manifest.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert generate_bank_lines(config)[0] == generate_bank_lines(config)[0]


def test_different_seed_gives_different_data() -> None:
    a, _ = generate_bank_lines(BankDataConfig(n_messages=N, seed=1))
    b, _ = generate_bank_lines(BankDataConfig(n_messages=N, seed=2))
    assert a != b
    assert len(set(a) & set(b)) < N // 10


def test_write_creates_parents_and_manifest(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "conversations.jsonl"
    manifest = write_bank_conversations(path, BankDataConfig(n_messages=N))
    raw = path.read_bytes()
    assert raw.endswith(b"\n")
    assert raw.count(b"\n") == N
    on_disk = json.loads((path.parent / "conversations.manifest.json").read_text("utf-8"))
    assert on_disk == manifest.to_dict()
    assert on_disk["config"]["n_messages"] == N
    assert raw.split(b"\n")[:-1] == generate_bank_lines(BankDataConfig(n_messages=N))[0]


# ----------------------------------------------------------------------------- accounting


def test_counts_add_up(generated: tuple[list[bytes], GenerationManifest]) -> None:
    lines, manifest = generated
    assert manifest.n_lines == len(lines) == N
    assert all(b"\n" not in line for line in lines)
    kinds = Counter(classify(line)[0] for line in lines)
    assert kinds["valid"] == manifest.n_valid
    for kind, count in manifest.malformed.items():
        assert kinds[kind] == count, kind
        assert count > 0, f"{kind} not planted"
    assert set(manifest.malformed) == set(bank.MALFORMED_KINDS)
    assert manifest.n_valid + sum(manifest.malformed.values()) == N
    assert sum(manifest.malformed.values()) == int(N * 0.03)
    undecodable = 0
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            undecodable += 1
    assert undecodable == manifest.malformed["invalid_utf8"]
    assert manifest.quarantine_stage["html_only"] == "clean"
    assert manifest.quarantine_stage["invalid_json"] == "ingest"


def test_malformed_rows_look_like_their_kind(
    generated: tuple[list[bytes], GenerationManifest],
) -> None:
    for line in generated[0]:
        kind, row = classify(line)
        if kind == "invalid_utf8":
            # valid-looking JSON apart from the raw bytes inside the text
            assert line.startswith(b'{"message_id": "m') and line.endswith(b"}")
            assert json.loads(line.decode("utf-8", errors="replace"))["text"]
        elif kind == "invalid_json":
            assert line.startswith(b'{"')
        elif kind == "html_only":
            assert row is not None and isinstance(row["text"], str)
            assert row["intent"] in INTENTS
            assert "<" in row["text"] or "&" in row["text"]


def test_duplicate_accounting(
    generated: tuple[list[bytes], GenerationManifest], valid_rows: list[dict[str, object]]
) -> None:
    manifest = generated[1]
    raw = texts(valid_rows)
    normalised = {dedup_key(t) for t in raw}
    assert len(raw) - len(set(raw)) == manifest.exact_duplicates == int(N * 0.05)
    assert len(set(raw)) - len(normalised) == manifest.near_duplicates == int(N * 0.03)
    # Unique messages stay unique even under a much coarser key.
    coarse = {"".join(ch for ch in key if ch.isalnum()) for key in normalised}
    assert len(coarse) == len(normalised)


def test_near_duplicates_share_conversation(valid_rows: list[dict[str, object]]) -> None:
    groups: dict[str, set[str]] = {}
    conversations: dict[str, set[object]] = {}
    for row in valid_rows:
        key = dedup_key(str(row["text"]))
        groups.setdefault(key, set()).add(str(row["text"]))
        conversations.setdefault(key, set()).add(row["conversation_id"])
    variants = [key for key, members in groups.items() if len(members) > 1]
    assert variants
    for key in variants:
        assert len(conversations[key]) == 1


# ----------------------------------------------------------------------------- schema


def test_valid_rows_have_schema(
    generated: tuple[list[bytes], GenerationManifest], valid_rows: list[dict[str, object]]
) -> None:
    ids = []
    for line in generated[0]:
        _, row = classify(line)
        if row is not None:
            ids.append(row["message_id"])
    assert len(ids) == len(set(ids))
    for row in valid_rows:
        assert tuple(row) == FIELDS
        assert re.fullmatch(r"m\d{6}", str(row["message_id"]))
        assert re.fullmatch(r"c\d{6}", str(row["conversation_id"]))
        stamp = datetime.fromisoformat(str(row["timestamp"]))
        assert stamp.tzinfo is not None and stamp.year == 2024
        assert row["channel"] in CHANNELS
        assert row["language"] in ("en", "zh")
        assert row["intent"] in INTENTS
        assert row["gender"] in GENDERS
        assert row["age_band"] in AGE_BANDS
        assert row["region"] in REGIONS
        text = str(row["text"])
        has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in text)
        if row["language"] == "zh":
            assert has_cjk
        else:
            assert not has_cjk, text
    assert {row["intent"] for row in valid_rows} == set(INTENTS)


def test_intent_catalogue() -> None:
    assert 18 <= len(INTENTS) <= 25 and len(set(INTENTS)) == len(INTENTS)
    for intent in INTENTS:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", intent)
        assert len(bank._EN_TEMPLATES[intent]) >= 6
        assert len(bank._ZH_TEMPLATES[intent]) >= 5
        assert bank._EN_COLLOQUIAL[intent] and bank._ZH_COLLOQUIAL[intent]
    assert set(bank._EN_TEMPLATES) == set(INTENTS) == set(bank._ZH_TEMPLATES)


def test_message_lengths(valid_rows: list[dict[str, object]]) -> None:
    en = [len(clean(str(r["text"])).split()) for r in valid_rows if r["language"] == "en"]
    zh = [len(clean(str(r["text"]))) for r in valid_rows if r["language"] == "zh"]
    assert 8 <= sorted(en)[len(en) // 2] <= 30
    assert 10 <= sorted(zh)[len(zh) // 2] <= 40
    assert max(en) <= 64


def test_rates_are_respected(valid_rows: list[dict[str, object]]) -> None:
    n = len(valid_rows)
    zh = sum(r["language"] == "zh" for r in valid_rows)
    assert abs(zh / n - 0.3) < 0.04
    markup = sum(bool(re.search(r"<[^>]+>|&#?\w+;", str(r["text"]))) for r in valid_rows)
    assert 0.05 < markup / n < 0.16
    odd = sum(
        any(unicodedata.normalize("NFKC", ch) != ch or ch in "\t\u3000\xa0" for ch in str(t))
        for t in texts(valid_rows)
    )
    assert odd > 0


# ----------------------------------------------------------------------------- personal data


def test_planted_pii_is_valid_and_counted(
    generated: tuple[list[bytes], GenerationManifest], valid_rows: list[dict[str, object]]
) -> None:
    manifest = generated[1]
    cards = ids = emails = mobiles = 0
    for row in valid_rows:
        text = clean(str(row["text"]))
        for match in CARD.finditer(text):
            digits = re.sub(r"\D", "", match.group())
            assert len(digits) == 16 and luhn.is_valid(digits), match.group()
            cards += 1
        for match in CN_ID.finditer(text):
            assert ric.is_valid(match.group().upper()), match.group()
            ids += 1
        emails += len(EMAIL.findall(text))
        if row["language"] == "zh":
            mobiles += len(CN_MOBILE.findall(text))
    assert cards == manifest.pii["CREDIT_CARD"] > 0
    assert ids == manifest.pii["CN_ID_CARD"] > 0
    assert emails == manifest.pii["EMAIL_ADDRESS"] > 0
    assert mobiles > 0
    assert set(manifest.pii) == set(bank.PII_LABELS)
    assert all(count > 0 for count in manifest.pii.values())
    with_pii = manifest.planted["with_pii"]
    assert abs(with_pii / manifest.n_valid - 0.35) < 0.05


def test_card_and_id_formats_vary(valid_rows: list[dict[str, object]]) -> None:
    found = " ".join(m.group() for r in valid_rows for m in CARD.finditer(clean(str(r["text"]))))
    assert " " in found and "-" in found
    assert any("+86" in clean(str(r["text"])) for r in valid_rows)
    assert any("号" in str(r["text"]) and "市" in str(r["text"]) for r in valid_rows)


# ----------------------------------------------------------------------------- planted bias


def test_bias_group_share_and_noise(
    generated: tuple[list[bytes], GenerationManifest], valid_rows: list[dict[str, object]]
) -> None:
    manifest = generated[1]
    group = [r for r in valid_rows if r["age_band"] == "65+"]
    assert abs(len(group) / len(valid_rows) - 0.06) < 0.015
    assert manifest.bias["field"] == "age_band" and manifest.bias["value"] == "65+"
    assert manifest.bias["rows"] == len(group)
    noised = manifest.bias["noised_rows"]
    assert isinstance(noised, int) and abs(noised / len(group) - 0.6) < 0.15
    # Colloquial phrasings are exclusive to the group.
    prefixes = {
        dedup_key(t.split("{")[0])[:18]
        for pool in (bank._EN_COLLOQUIAL, bank._ZH_COLLOQUIAL)
        for ts in pool.values()
        for t in ts
    }
    colloquial = {p for p in prefixes if len(p) >= 8}
    assert len(colloquial) > 100
    for row in valid_rows:
        if row["age_band"] != "65+":
            assert not any(dedup_key(str(row["text"])).startswith(p) for p in colloquial)


def test_bias_group_can_be_moved() -> None:
    config = BankDataConfig(
        n_messages=N, bias_group_field="region", bias_group_value="overseas", bias_group_share=0.2
    )
    lines, manifest = generate_bank_lines(config)
    rows = [row for kind, row in map(classify, lines) if kind == "valid" and row]
    share = sum(r["region"] == "overseas" for r in rows) / len(rows)
    assert abs(share - 0.2) < 0.03
    assert manifest.bias["field"] == "region"


def test_zero_rates_plant_nothing() -> None:
    config = BankDataConfig(
        n_messages=200,
        pii_rate=0,
        html_rate=0,
        exact_duplicate_rate=0,
        near_duplicate_rate=0,
        malformed_rate=0,
        bias_group_share=0,
    )
    lines, manifest = generate_bank_lines(config)
    assert manifest.n_valid == 200 and sum(manifest.malformed.values()) == 0
    assert sum(manifest.pii.values()) == 0 and manifest.bias["rows"] == 0
    assert len(set(lines)) == 200


# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("n_messages", 5),
        ("n_messages", 2.5),
        ("seed", "x"),
        ("zh_share", 3),
        ("pii_rate", -0.1),
        ("html_rate", 1.5),
        ("typo_rate", 2),
        ("exact_duplicate_rate", 1.2),
        ("near_duplicate_rate", -1),
        ("malformed_rate", 0.6),
        ("bias_group_field", "shoe_size"),
        ("bias_group_value", "90+"),
        ("bias_group_share", 1.1),
        ("bias_noise", -0.5),
    ],
)
def test_config_validation_names_the_field(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=rf"^{field}: "):
        BankDataConfig(**{field: value})  # type: ignore[arg-type]


def test_config_validation_message() -> None:
    with pytest.raises(ValueError) as err:
        BankDataConfig(zh_share=3)
    assert str(err.value) == "zh_share: must be between 0 and 1, got 3"
