"""Recognizer behaviours that must hold on wording beyond the dev templates (issue 18).

The sentences here are a small dev set of their own (not the independent evaluation set in
benchmarks/pii_heldout, which nothing is tuned on): numbers read aloud or written in groups,
sign-off and third-party names, business hotlines, UnionPay debit cards called 收款卡.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import ric

from steward.data.pii import Analyzer

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_heldout.generator import generate

SPOKEN = "零一二三四五六七八九"


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text)]


def resident_id(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


def mobile(rng: random.Random) -> str:
    return rng.choice(("135", "188", "152")) + "".join(rng.choice("0123456789") for _ in range(8))


@pytest.mark.parametrize("seed", range(6))
def test_chinese_numerals_read_aloud_are_a_phone_number_with_original_offsets(
    analyzer: Analyzer, seed: int
) -> None:
    number = mobile(random.Random(seed))
    spoken = "".join(SPOKEN[int(d)] for d in number)
    text = f"坐席：请问回拨哪个号码？\n来电人：打我手机{spoken}就行。"
    assert (spoken, "PHONE_NUMBER") in found(analyzer, text)


def test_digits_spaced_one_by_one_are_a_phone_number(analyzer: Analyzer) -> None:
    text = "Rep: what's the best contact number?\nCustomer: it's 2 0 2 5 5 8 3 1 4 6 7, thanks"
    assert ("2 0 2 5 5 8 3 1 4 6 7", "PHONE_NUMBER") in found(analyzer, text)


def test_spaced_digits_that_are_no_number_are_not_reported(analyzer: Analyzer) -> None:
    # Seven zeros and ones read aloud are no valid number anywhere.
    assert found(analyzer, "The code was 0 0 0 0 0 0 0 1, I think.") == []


@pytest.mark.parametrize("separator", [" ", "-"])
def test_resident_id_written_in_three_groups(analyzer: Analyzer, separator: str) -> None:
    number = resident_id("32010219900307451")
    grouped = separator.join((number[:6], number[6:14], number[14:]))
    assert (grouped, "CN_ID_CARD") in found(analyzer, f"证件号码 {grouped}，请核对")


def test_grouped_resident_id_with_a_wrong_check_character_is_no_id(analyzer: Analyzer) -> None:
    number = resident_id("32010219900307451")
    wrong = number[:17] + ("1" if number[17] != "1" else "2")
    grouped = f"{wrong[:6]} {wrong[6:14]} {wrong[14:]}"
    assert all(label != "CN_ID_CARD" for _, label in found(analyzer, f"证件号码 {grouped}"))


def test_mixed_separators_do_not_make_a_grouped_id(analyzer: Analyzer) -> None:
    number = resident_id("32010219900307451")
    text = f"证件号码 {number[:6]} {number[6:14]}-{number[14:]}"
    assert all(label != "CN_ID_CARD" for _, label in found(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "有问题请致电客服热线 400-688-1234，工作日 9 点到 18 点。",
        "全国免费服务电话8008301880",
        "For anything else, phone our helpline on 0345 602 1997.",
        "Call the card team free on 1-800-955-7070.",
        "Freephone 0800 056 0056 from any UK landline.",
    ],
)
def test_business_hotlines_are_not_personal(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


def test_business_hotlines_are_reported_when_the_policy_asks() -> None:
    text = "有问题请致电客服热线 400-688-1234。"
    assert found(Analyzer(business_numbers="report"), text) == [("400-688-1234", "PHONE_NUMBER")]
    with pytest.raises(ValueError, match="business_numbers"):
        Analyzer(business_numbers="hide")


def test_a_personal_mobile_beside_a_hotline_is_still_found(analyzer: Analyzer) -> None:
    text = "热线400-688-1234打不通，请回拨我的手机 135 1234 5678。"
    assert found(analyzer, text) == [("135 1234 5678", "PHONE_NUMBER")]


def test_allowlisted_number_matches_however_it_is_grouped() -> None:
    allowing = Analyzer(allowlist=["+86 135 1234 5678"], exclude=["jieba_person"])
    assert found(allowing, "手机 13512345678，或者 一三五一二三四五六七八") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please close the old savings pot.\n\nWarm regards,\nDeborah Mensah", "Deborah Mensah"),
        ("Let me know once it's done.\nThanks,\nLiang Chen\nSent from my phone", "Liang Chen"),
        ("That is all for now.\nYours sincerely,\nAnders Holm", "Anders Holm"),
        ("麻烦尽快处理，谢谢。\n—— 许志远", "许志远"),
        ("以上情况属实。\n此致\n敬礼\n邓丽娟", "邓丽娟"),
        ("申请人签字确认。\n落款：欧阳明", "欧阳明"),
    ],
)
def test_names_signing_a_message_off(analyzer: Analyzer, text: str, name: str) -> None:
    assert (name, "PERSON") in found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your request is done.\n\nKind regards,\nCustomer Services",
        "Thanks,\nThe Savings Team",
        "谢谢你们，房东说这个月可以晚几天交。",
        "谢谢！",
    ],
)
def test_team_signatures_and_common_words_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert [label for _, label in found(analyzer, text) if label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("帮我给房东邹晓梅转三千押金", "邹晓梅"),
        ("我同事蒋文博说这张卡被冻结了", "蒋文博"),
        ("对方自称杜海涛，说是银行的", "杜海涛"),
        ("我表哥 Daniel Wright 要给我汇款", "Daniel Wright"),
    ],
)
def test_third_parties_and_latin_names_in_chinese(analyzer: Analyzer, text: str, name: str) -> None:
    assert (name, "PERSON") in found(analyzer, text)


def test_unionpay_card_a_customer_receives_money_on_is_an_account(analyzer: Analyzer) -> None:
    card = "6217" + "000012345678"
    card = card[:-1] + luhn.calc_check_digit(card[:-1])
    assert (card, "BANK_ACCOUNT") in found(analyzer, f"货款请打到我的收款卡{card}，谢谢")
    assert (card, "CREDIT_CARD") in found(analyzer, f"信用卡{card}本期账单有误")


def test_independent_set_is_seeded_and_its_spans_are_labelled() -> None:
    first, again, other = generate(80, seed=5), generate(80, seed=5), generate(80, seed=6)
    assert first == again
    assert first != other
    for row in first:
        text = str(row["text"])
        for span in row["spans"]:
            assert text[span["start"] : span["end"]].strip() == text[span["start"] : span["end"]]
            assert span["end"] > span["start"]
    negatives = [row for row in first if not row["spans"]]
    assert negatives, "the set must hold PII-free messages"
    assert {row["lang"] for row in first} == {"en", "zh"}
