"""The fifth independent PII set (benchmarks/pii_heldout5) is well formed: spans, checksums,
labelling conventions, determinism and proportions. It checks the set, never Steward's scores
on it (the set is blind: nothing here runs the PII engine)."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout5 import generator

EN_WORDS = {word: str(i) for i, word in enumerate(generator.EN_DIGIT_WORDS)} | {"oh": "0"}
ZH_SPOKEN = {c: str(i) for i, c in enumerate(generator.ZH_DIGITS)} | {"幺": "1", "叉": "X"}
FULL_WIDTH_BACK = str.maketrans("０１２３４５６７８９Ｘ", "0123456789X")

Row = dict[str, Any]


def normalise_number(value: str) -> str:
    """Digits (and a final X) of a value written with ASCII, full-width or spoken digits."""
    value = value.translate(FULL_WIDTH_BACK)
    words = value.replace(",", " ").split()
    if words and words[0] in EN_WORDS | {"double": ""}:
        out = []
        repeat = 1
        for word in words:
            if word == "double":
                repeat = 2
            elif word in EN_WORDS:
                out.append(EN_WORDS[word] * repeat)
                repeat = 1
        return "".join(out)
    return "".join(ZH_SPOKEN.get(c, c) for c in value if c.isdigit() or c in ZH_SPOKEN or c in "Xx")


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return generator.generate()


def spans_of(rows: list[Row]) -> list[tuple[str, str, str, int]]:
    """(label, value, text, start) of every span."""
    out = []
    for row in rows:
        text = str(row["text"])
        for span in row["spans"]:
            out.append((span["label"], text[span["start"] : span["end"]], text, span["start"]))
    return out


def test_render_spans_cover_exactly_the_inserted_values() -> None:
    text, spans = generator.render(
        ["委托人：", ("PERSON", "欧阳建国"), "，电话 ", ("PHONE_NUMBER", "(021)5888 1234 转8021")]
    )
    assert text == "委托人：欧阳建国，电话 (021)5888 1234 转8021"
    assert [text[s["start"] : s["end"]] for s in spans] == ["欧阳建国", "(021)5888 1234 转8021"]


def test_every_span_covers_exactly_its_inserted_value() -> None:
    messages = generator.generate_segments()
    rows = generator.generate()
    assert [m[0] for m in messages] == [r["id"] for r in rows]
    for (_, _, segments), row in zip(messages, rows, strict=True):
        inserted = [segment for segment in segments if isinstance(segment, tuple)]
        text = str(row["text"])
        found = [(s["label"], text[s["start"] : s["end"]]) for s in row["spans"]]
        assert found == inserted, row["id"]
        assert text == "".join(s if isinstance(s, str) else s[1] for s in segments)


def test_spans_are_clean_and_do_not_overlap(rows: list[Row]) -> None:
    for row in rows:
        text = str(row["text"])
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert span["label"] in generator.LABELS
            assert previous_end <= span["start"] < span["end"] <= len(text), row["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip(" \n:：,，。|｜"), (row["id"], value)
            previous_end = span["end"]


def test_cue_words_and_hotlines_are_outside_spans(rows: list[Row]) -> None:
    cues = ("Name", "DOB", "IBAN", "卡号", "姓名", "电话", "電話", "Email", "SSN", "身份证", "Tel")
    hotline = re.compile(r"(95588|95555|95188|95533|400-|1-800|0345 |13 22 21|2233 3000)")
    for label, value, _, _ in spans_of(rows):
        assert not any(cue in value for cue in cues), (label, value)
        assert not hotline.match(value), (label, value)


def test_cards_and_unionpay_accounts_pass_luhn(rows: list[Row]) -> None:
    cards = [normalise_number(v) for label, v, _, _ in spans_of(rows) if label == "CREDIT_CARD"]
    assert len(cards) >= 20
    assert all(generator.luhn_valid(c) and 15 <= len(c) <= 19 for c in cards), cards
    unionpay = [
        normalise_number(v)
        for label, v, _, _ in spans_of(rows)
        if label == "BANK_ACCOUNT"
        and normalise_number(v).startswith("62")
        and len(normalise_number(v)) >= 16  # shorter ones are UK/US/AU account numbers
    ]
    assert len(unionpay) >= 20
    assert all(generator.luhn_valid(a) and len(a) in (16, 19) for a in unionpay), unionpay


def test_unionpay_label_follows_the_credit_cue(rows: list[Row]) -> None:
    """A 62... number is a credit card only with a credit cue just before it."""
    seen: Counter[str] = Counter()
    for label, value, text, start in spans_of(rows):
        number = normalise_number(value)
        if label not in ("CREDIT_CARD", "BANK_ACCOUNT") or not number.startswith("62"):
            continue
        if len(number) < 16:  # a UK/US/AU account number that happens to start with 62
            continue
        before = text[max(0, start - 12) : start].lower()
        has_credit_cue = "信用卡" in before or "credit" in before
        assert has_credit_cue == (label == "CREDIT_CARD"), (label, text)
        seen[label] += 1
    assert seen["CREDIT_CARD"] >= 3 and seen["BANK_ACCOUNT"] >= 20, seen


def test_cn_ids_pass_iso_7064(rows: list[Row]) -> None:
    ids = [normalise_number(v) for label, v, _, _ in spans_of(rows) if label == "CN_ID_CARD"]
    assert len(ids) >= 30
    for value in ids:
        value = value.upper()
        assert len(value) == 18, value
        assert generator.cn_id_check_char(value[:17]) == value[17], value


def test_ibans_pass_mod_97_and_ssns_are_plausible(rows: list[Row]) -> None:
    ibans = [v for label, v, _, _ in spans_of(rows) if label == "IBAN_CODE"]
    assert len(ibans) >= 10 and all(generator.iban_valid(v) for v in ibans), ibans
    assert not generator.iban_valid("GB00BARC00000000000000")
    ssns = [v for label, v, _, _ in spans_of(rows) if label == "US_SSN"]
    assert len(ssns) >= 10 and all(generator.ssn_plausible(v) for v in ssns), ssns
    assert not generator.ssn_plausible("666-12-3456")
    assert not generator.ssn_plausible("123-00-4567")


def test_checksum_helpers_reject_a_changed_digit() -> None:
    rng = random.Random(7)
    number = generator.visa(rng)
    assert generator.luhn_valid(number)
    assert not generator.luhn_valid(number[:-1] + str((int(number[-1]) + 1) % 10))
    assert generator.luhn_valid("4111111111111111") and generator.luhn_valid("378282246310005")
    assert generator.cn_id_check_char("11010519491231002") == "X"  # GB 11643 sample
    value = generator.iban_valid
    assert value("GB82 WEST 1234 5698 7654 32") and value("DE89370400440532013000")
    made = generator.make_iban(rng, "NL")
    assert value(made) and not value(made[:-1] + str((int(made[-1]) + 1) % 10))


def test_spoken_grouped_and_full_width_forms_are_present(rows: list[Row]) -> None:
    spans = spans_of(rows)
    spoken_phones = [
        v for label, v, _, _ in spans if label == "PHONE_NUMBER" and v.split()[0] in EN_WORDS
    ]
    assert spoken_phones
    for value in spoken_phones:
        assert len(normalise_number(value.split(" extension ")[0])) == 10, value
    assert any(" extension " in v for v in spoken_phones)
    assert any(label == "CREDIT_CARD" and v.split()[0] in EN_WORDS for label, v, _, _ in spans)
    zh_spoken = [v for _, v, _, _ in spans if re.fullmatch(r"[零一二三四五六七八九幺叉]+", v)]
    assert {label for label, v, _, _ in spans if v in zh_spoken} >= {
        "PHONE_NUMBER",
        "BANK_ACCOUNT",
        "CN_ID_CARD",
    }
    assert any(re.fullmatch(r"\d{6} \d{8} \d{3}[\dXx]", v) for _, v, _, _ in spans)
    assert any(any("０" <= c <= "９" for c in v) for _, v, _, _ in spans)
    phones = " | ".join(v for label, v, _, _ in spans if label == "PHONE_NUMBER")
    assert all(extension in phones for extension in ("ext", "转", "分機"))


def test_names_take_many_forms(rows: list[Row]) -> None:
    names = [v for label, v, _, _ in spans_of(rows) if label == "PERSON"]
    assert any(re.fullmatch(r"[a-z' ]+", v) for v in names)  # typed in lowercase
    assert any(re.fullmatch(r"[A-Z'\-]+, [A-Z .'\-]+", v) for v in names)  # SURNAME, GIVEN
    assert any(re.fullmatch(r"[A-Z]\.(-[A-Z]\.)? \S+", v) for v in names)  # initials
    assert any("·" in v for v in names)
    assert set(names) & set(generator.ZH_LATIN_NAMES)
    assert set(names) & set(generator.ZH_TITLED) and set(names) & set(generator.EN_TITLED)
    assert any(
        len(v) == 4 and v[:2] in {"欧阳", "司马", "诸葛", "上官", "司徒", "皇甫"} for v in names
    )
    assert any(len(v) == 2 and "\u4e00" <= v[0] <= "\u9fff" for v in names)


def test_addresses_cover_regions_and_line_breaks(rows: list[Row]) -> None:
    addresses = [v for label, v, _, _ in spans_of(rows) if label == "ADDRESS"]
    assert any("\n" in v for v in addresses) and any("\n" not in v for v in addresses)
    regions = {  # one marker of each region's format is enough
        "SG": r"Singapore \d{6}$",
        "AU": r" (NSW|VIC|QLD|WA|SA) \d{4}$",
        "CA": r" (ON|BC|AB|QC|NS) +[A-Z]\d[A-Z] \d[A-Z]\d$",
        "HK": r"(Kowloon|Hong Kong)$",
        "MY": r"Jalan|Lorong",
        "IN": r"(Bengaluru|Mumbai|Chennai|New Delhi)",
        "CN": r"^(北京市|上海市|广州市|重庆市|\w\w省)",
        "HK-zh": r"^香港",
        "TW": r"^(臺北市|台中市|高雄市|新北市)",
    }
    for region, pattern in regions.items():
        assert any(re.search(pattern, v) for v in addresses), region
    assert any(re.search(r"\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$", v) for v in addresses)  # UK
    assert any(re.search(r"\b[A-Z]{2} \d{5}$", v) for v in addresses)  # US


def test_generation_is_deterministic_and_seed_dependent() -> None:
    assert generator.generate(80, 5) == generator.generate(80, 5)
    assert generator.generate(80, 5) != generator.generate(80, 6)
    assert generator.generate() == generator.generate(600, 5518)


def test_proportions_and_label_counts(rows: list[Row]) -> None:
    assert len(rows) == 600 and len({r["id"] for r in rows}) == 600
    assert [r["lang"] for r in rows[:4]] == ["en", "zh", "en", "zh"]
    for lang in ("en", "zh"):
        of_lang = [r for r in rows if r["lang"] == lang]
        assert len(of_lang) == 300
        share_free = sum(not r["spans"] for r in of_lang) / len(of_lang)
        assert abs(share_free - 0.30) <= 1 / len(of_lang), (lang, share_free)
        counts = Counter(span["label"] for r in of_lang for span in r["spans"])
        assert set(counts) == set(generator.LABELS), (lang, counts)
        assert min(counts.values()) >= 3, (lang, counts)
    total = Counter(label for label, _, _, _ in spans_of(rows))
    assert min(total.values()) >= 15, total


def test_every_template_is_used() -> None:
    for positive, negative in (
        (generator.EN_POSITIVE, generator.EN_NEGATIVE),
        (generator.ZH_POSITIVE, generator.ZH_NEGATIVE),
    ):
        assert len(positive) >= 30 and len(negative) >= 12
        chosen = generator.schedule(random.Random(0), 300, positive, negative)
        assert set(chosen) == set(positive) | set(negative)
        for template in positive:
            assert any(isinstance(s, tuple) for s in template(random.Random(1))), template
        for template in negative:
            assert all(isinstance(s, str) for s in template(random.Random(1))), template


def test_negatives_hold_no_personal_value(rows: list[Row]) -> None:
    names = generator.EN_NAMES + generator.ZH_NAMES + generator.ZH_TRAD_NAMES
    names += generator.ZH_LATIN_NAMES + generator.EN_TITLED + generator.ZH_TITLED
    for row in rows:
        if row["spans"]:
            continue
        text = str(row["text"])
        assert not any(name in text for name in names), row["id"]
        assert "@" not in text, row["id"]
