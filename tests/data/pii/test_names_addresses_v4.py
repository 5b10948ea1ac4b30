"""Names and addresses by kind, round 4 (issue 18): Chinese names joined by a middle dot or
written by sound, compound surnames with a title, 小王 / 老李, Cantonese 生 / 太 before 的, a
holder in brackets after a card number, a clause opening with a name; English lower-case names
after holder / beneficiary / "on behalf of" cues and lower-case titles, European honorifics,
``dela`` / ``Ó`` particles; addresses with the street word first (France, Ireland), Dutch house
suffixes and postcodes, Indian house letters with a PIN, Hong Kong flat/floor/block lines.
Each kind beside sentences of the same shape without personal data. Handwritten sentences; the
dev generator ``benchmarks/pii_dev/names_addresses_v4.py`` is checked for shape and scored.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev.names_addresses_v4 import generate


def found(analyzer: Analyzer, text: str, label: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == label]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a middle-dotted name after a role, a relative or a field; the role's last character
        # (出纳) is no part of it
        ("下午公司出纳阿布都·热合曼会来对账。", "阿布都·热合曼"),
        ("我個名係扎西·次仁，想問下張卡。", "扎西·次仁"),
        ("委托其侄子努尔江·吐尔逊代办。", "努尔江·吐尔逊"),
        # written by sound without the dot, after 客户
        ("客户洛桑丹增到柜台办理挂失。", "洛桑丹增"),
        # a compound surname and a title, simplified and traditional
        ("资料已交给诸葛先生处理。", "诸葛先生"),
        ("联系人：欧阳经理，电话稍后发。", "欧阳经理"),
        ("本人歐陽志明，現因移居，特此通知。", "歐陽志明"),
        # 小 / 老 + a surname, standing alone
        ("请问小刘是您的同事吗", "小刘"),
        ("有咩事搵老陈，唔该", "老陈"),
        # Cantonese 生 / 太 after 搵 and before 的
        ("陈生的电话打唔通", "陈生"),
        ("有咩打俾我，搵赵太！", "赵太"),
        # a role or relative cue whose name ends at a verb
        ("我们公司会计郑晓负责对账。", "郑晓"),
        ("委托其外甥周涛代办挂失。", "周涛"),
        # a holder in brackets after a card number
        ("工资卡6217 0012 3456 7890 123（吴婷）已经销户了吗", "吴婷"),
        # a clause opening with a name before 嚟 or 的电话
        ("何晴嚟緊會去分行办手续", "何晴"),
        ("東方浩然嚟緊會去分行", "東方浩然"),
        ("周强的电话打不通，明天再打", "周强"),
        # a Latin name with two particles after a Chinese cue
        ("收款人 Pieter van der Merwe，请核对。", "Pieter van der Merwe"),
    ],
)
def test_chinese_names_by_kind(analyzer: Analyzer, text: str, name: str) -> None:
    assert found(analyzer, text, "PERSON") == [name], text


@pytest.mark.parametrize(
    "text",
    [
        "小时候的存折还能用吗",
        "这个小区的网点几点开门",
        "老板说下周再付款",
        "金额小于5000元不需要验证",
        "小米手机银行打不开",
        "东方明珠附近有没有网点",
        "卫生间在哪里",
        "请问老师，这张卡年费多少",
        "黄金的价格今天涨了",
        "客户来电咨询理财产品",
        "本人已阅读并同意条款",
        "王府井的地址在哪里",
        "尾号4410（储蓄卡）需要激活吗",
    ],
)
def test_chinese_lookalikes_hold_no_name(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("card used 4011148499482988. cardholder liam murpyh... case no 123", "liam murpyh"),
        ("also born 27/12/1968 account holder rahul adeyeim", "rahul adeyeim"),
        ("on behalf of my father rohan kapoor, pls update the phone", "rohan kapoor"),
        ("beneficiary: kwame mensah", "kwame mensah"),
        ("spoke to mr. okafor at the counter yesterday", "mr. okafor"),
        ("ms fernandes said the refund takes 5 days", "ms fernandes"),
        ("The form was signed by Herr Brandt in Munich.", "Herr Brandt"),
        ("Please ask Madame Girard to call back.", "Madame Girard"),
        ("Payee set up for Maria dela Rosa, thanks.", "Maria dela Rosa"),
        ("Add payee Aoife Ó Briain to my list.", "Aoife Ó Briain"),
    ],
)
def test_english_names_by_kind(analyzer: Analyzer, text: str, name: str) -> None:
    assert found(analyzer, text, "PERSON") == [name], text


@pytest.mark.parametrize(
    "text",
    [
        "im not sure why this happened",
        "i am still waiting for the refund",
        "ms word keeps crashing on the statement",
        "dr appointment tomorrow so cant come in",
        "account holder is not responding",
        "my son is starting uni",
        "merchant Shopee charged me twice",
        "transaction log\n  merchant: Jollibee Makati\n  amount: 560.00",
    ],
)
def test_english_lookalikes_hold_no_name(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == [], text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Please send my cards to 8 rue des Lilas, 69007 Lyon from now on.",
            "8 rue des Lilas, 69007 Lyon",
        ),
        ("New address: 15 allée du Parc, 33000 Bordeaux", "15 allée du Parc, 33000 Bordeaux"),
        (
            "Debtor address: Prinsengracht 245-III, 1016 GV Amsterdam",
            "Prinsengracht 245-III, 1016 GV Amsterdam",
        ),
        (
            "Deliver to 22 Bóthar an Chláir, Ennis, Clare V95 X2K4 please",
            "22 Bóthar an Chláir, Ennis, Clare V95 X2K4",
        ),
        (
            "Correspondence address: C-42, Lajpat Nagar II, New Delhi 110024",
            "C-42, Lajpat Nagar II, New Delhi 110024",
        ),
        (
            "I have lived at Flat B, 12/F, Block 3, Laguna Verde, Hung Hom, Kowloon since 2019.",
            "Flat B, 12/F, Block 3, Laguna Verde, Hung Hom, Kowloon",
        ),
    ],
)
def test_regional_addresses(analyzer: Analyzer, text: str, address: str) -> None:
    assert found(analyzer, text, "ADDRESS") == [address], text


@pytest.mark.parametrize(
    "text",
    [
        "unauthorised txn PHP 2,450 Lazada 12 Mar 2026 pls reverse",
        "Amount: EUR 1,250.00 Next review 3 June 2027.",
        "We met at 3 rue cafe yesterday",
        "There are 4 avenues to choose from, says the bank",
    ],
)
def test_amounts_and_dates_are_no_address(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ADDRESS") == [], text


def test_dev_generator_shape_and_lookalikes() -> None:
    rows = generate(200, 3)
    assert rows == generate(200, 3)  # deterministic
    assert {row["lang"] for row in rows} == {"en", "zh"}
    for row in rows:
        for span in row["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(row["text"])
            assert span["label"] in {"PERSON", "ADDRESS"}
    for lang in ("en", "zh"):
        negatives = [row for row in rows if row["lang"] == lang and not row["spans"]]
        assert negatives, f"no PII-free look-alikes in {lang}"


def test_dev_generator_lookalikes_are_not_flagged(analyzer: Analyzer) -> None:
    """The generator's PII-free look-alikes, run through the analyzer: none may be flagged as
    a name or an address (each kind's negatives are the point of the set)."""
    rows = [row for row in generate(120, 11) if not row["spans"]]
    flagged = [
        row["text"]
        for row, entities in zip(
            rows, analyzer.analyze_batch([r["text"] for r in rows]), strict=True
        )
        if any(e.label in ("PERSON", "ADDRESS") for e in entities)
    ]
    assert flagged == []
