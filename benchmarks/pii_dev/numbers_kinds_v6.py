"""Dev set: structured numbers by kind, both languages, each kind beside its PII-free look-alike.

    PYTHONPATH=. python benchmarks/pii_dev/numbers_kinds_v6.py [--n 300] [--seed 7]

Kinds (positives): a desk line with its extension after a referee's or a colleague's name
(``ext 219``, ``x44``, ``(ext. 7)``, ``转 362``, ``-318`` after a Chinese landline), a UK number
with its trunk ``(0)`` kept after ``+44``, a country code in brackets (``(852) 9…``,
``(63) 917…``), card numbers in CSV rows and ``key=value`` logs with no card word in the row,
IBANs inside HTML ``<code>`` cells, with a letter group (Italy's ``X001``) and after the word
"account", e-mail addresses percent-encoded in a URL, SSNs and birth dates read aloud after an
automated prompt with no question mark ("Please say your…"), a scanned form's letters for
digits (``5O7-1l-2345``), Chinese payee CSVs headed ``卡号``, Hong Kong 3-6-3 accounts after
``卡`` / ``戶口``, a debit card a sentence before a credit card, courier lines with the
recipient's mobile before the waybill number, full-width dates (``１９８８／０７／１５``), an
emergency contact after a sentence naming an account.
Look-alikes (no personal data): hotlines with a menu option (``4008-…转3``, ``0345 … option
2``), reference and waybill numbers, CSV amounts with thousands separators, a firm's account
after its sort code, department mailboxes (``bereavement@``, ``estates@``), a firm's 3-6-3
account (``公司戶口``), courier notes with only the waybill and the courier's hotline.

A dev set (tuned on; see ``benchmarks/pii_dev/__init__.py``); its wording is this module's own.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stdnum import iban, luhn

Part = str | tuple[str, str]
Record = dict[str, Any]

_FIRST = ["Aoife", "Bilal", "Chiara", "Dawit", "Elif", "Femi", "Gwen", "Hamza", "Ilse", "Jonah"]
_LAST = ["Quigley", "Rahman", "Santoro", "Tesfaye", "Uysal", "Vance", "Whitlock", "Yilmaz"]
_ZH_NAMES = ["周子墨", "钱雨萱", "孙浩宇", "郑佳怡", "冯志远", "韩晓彤", "曹一鸣", "邓思琪"]
_HK_NAMES = ["陳浩然", "黃凱琳", "林家俊", "何詠琪", "梁志豪"]
_SAID = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _luhn_card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def _iban(rng: random.Random, country: str, bban: str) -> str:
    check = iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


def _grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def _ssn(rng: random.Random) -> str:
    return f"{rng.randint(101, 665):03d}{rng.randint(10, 99):02d}{rng.randint(1000, 9999):04d}"


def _cn_mobile(rng: random.Random) -> str:
    return rng.choice(["135", "158", "176", "189", "199"]) + _digits(rng, 8)


# ---------------------------------------------------------------- English positives


def _en_desk_line(rng: random.Random) -> list[Part]:
    line = rng.choice(
        [
            f"0161 496 {_digits(rng, 4)} ext {_digits(rng, 3)}",
            f"+44 (0)20 7946 {_digits(rng, 4)} x{_digits(rng, 2)}",
            f"020 3{_digits(rng, 3)} {_digits(rng, 4)} (ext. {_digits(rng, 1)})",
            f"(0113) 496 {_digits(rng, 4)} extension {_digits(rng, 4)}",
        ]
    )
    role = rng.choice(["line manager", "previous landlord", "HR contact", "guarantor"])
    opener = rng.choice(["Referee", "Character reference", "Reference given by"])
    return [f"{opener}: ", (_name(rng), "PERSON"), f" ({role}), ", (line, "PHONE_NUMBER"), "."]


def _en_abroad(rng: random.Random) -> list[Part]:
    number = rng.choice(
        [
            f"+44 (0)7{_digits(rng, 3)} {_digits(rng, 6)}",
            f"(852) 9{_digits(rng, 3)} {_digits(rng, 4)}",
            f"(63) 917 {_digits(rng, 3)} {_digits(rng, 4)}",
            f"021-6{_digits(rng, 7)}-{_digits(rng, 3)}",
        ]
    )
    lead = rng.choice(
        ["Updated details for my sister", "New number for the joint holder", "Mobile of my son"]
    )
    return [
        f"{lead}, ",
        (_name(rng), "PERSON"),
        ": ",
        (number, "PHONE_NUMBER"),
        rng.choice([" (not the branch line 0345 300 0000).", " - please update it.", "."]),
    ]


def _en_csv_cards(rng: random.Random) -> list[Part]:
    parts: list[Part] = ["id,holder,opened,ref,pan\n"]
    for _ in range(rng.randint(1, 3)):
        card = _luhn_card(rng, rng.choice(["4", "51", "37"]), rng.choice([16, 16, 15]))
        parts += [
            f"R{_digits(rng, 6)},",
            (_name(rng), "PERSON"),
            f",2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)},{_digits(rng, 4)},",
            (card, "CREDIT_CARD"),
            "\n",
        ]
    return parts


def _en_kv_log(rng: random.Random) -> list[Part]:
    card = _luhn_card(rng, "4", 16)
    account_iban = _iban(rng, "GB", "NWBK" + _digits(rng, 14))
    return [
        f"ts=2026-0{rng.randint(1, 9)}-0{rng.randint(1, 9)} lvl=WARN tail4={_digits(rng, 4)} pan=",
        (card, "CREDIT_CARD"),
        " iban=",
        (account_iban, "IBAN_CODE"),
        ' msg="declined twice"',
    ]


def _en_iban_html(rng: random.Random) -> list[Part]:
    value = rng.choice(
        [
            _grouped(_iban(rng, "FR", _digits(rng, 23))),
            _grouped(_iban(rng, "IT", "X" + _digits(rng, 22))),
            _iban(rng, "DE", _digits(rng, 18)),
        ]
    )
    if rng.random() < 0.5:
        return [
            "<tr><th>Payee IBAN</th><td><code>",
            (value, "IBAN_CODE"),
            "</code></td></tr>",
        ]
    return ["Please move the balance to my overseas account ", (value, "IBAN_CODE"), " today."]


def _en_url_email(rng: random.Random) -> list[Part]:
    local = rng.choice(["aoife.q", "bilal_r", "chiara.s88", "dawit.t"])
    domain = rng.choice(["gmail.com", "outlook.com", "proton.me"])
    return [
        f"Broken link: https://apply.harbour.example/resume?token={_digits(rng, 10)}&email=",
        (f"{local}%40{domain}", "EMAIL_ADDRESS"),
        "&step=3 - it just spins.",
    ]


def _en_prompt(rng: random.Random) -> list[Part]:
    if rng.random() < 0.5:
        said = " ".join(_SAID[int(d)] for d in _ssn(rng))
        return [
            "[00:00:41] IVR: To continue, please say your social security number.\n"
            "[00:00:49] CALLER: ",
            (said, "US_SSN"),
            "\n[00:00:58] IVR: Thank you.",
        ]
    said = "oh seven " + " ".join(_SAID[int(d)] for d in _digits(rng, 9))
    return [
        "(01:12) BOT: Now say the mobile number we have on file.\n(01:20) SPK_2: ",
        (said, "PHONE_NUMBER"),
        "\n(01:31) BOT: Got it.",
    ]


def _en_ocr_form(rng: random.Random) -> list[Part]:
    ssn = _ssn(rng)
    while "0" not in ssn[1:] and "1" not in ssn[1:]:
        ssn = _ssn(rng)
    written = f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"
    # one digit misread: the first 0 after the first digit as O, else the first 1 as l
    spot = next(i for i, ch in enumerate(written) if i and ch in "01")
    read = written[:spot] + ("O" if written[spot] == "0" else "l") + written[spot + 1 :]
    born = f"1{rng.randint(0, 2)}/O{rng.randint(1, 9)}/19{rng.randint(50, 99)}"
    return [
        "[x] Social Security No.:  ",
        (read, "US_SSN"),
        "\n[x] Date of birth:\n   ",
        (born, "DATE_OF_BIRTH"),
        f"\nBranch code: {_digits(rng, 6)}",
    ]


# ---------------------------------------------------------------- English look-alikes


def _en_negative(rng: random.Random) -> list[Part]:
    kind = rng.randrange(5)
    if kind == 0:
        return [
            f"Our switchboard is 0345 300 {_digits(rng, 4)}, option {rng.randint(1, 5)}; "
            f"quote reference {_digits(rng, 10)} when you call."
        ]
    if kind == 1:
        volumes = [f'"{k},{_digits(rng, 3)},{_digits(rng, 3)}"' for k in (1, 2)]
        return [
            "region,quarter,volume,fees\n"
            f"North,Q{rng.randint(1, 4)},{volumes[0]},{_digits(rng, 5)}\n"
            f"South,Q{rng.randint(1, 4)},{volumes[1]},{_digits(rng, 5)}"
        ]
    if kind == 2:
        firm = rng.choice(["Quayside Joinery Ltd", "Marlow Foods plc", "Tern Analytics Inc."])
        sort = "-".join(str(rng.randint(10, 99)) for _ in range(3))
        return [f"Company a/c for {firm} ({sort} {_digits(rng, 8)}) - mandate under review."]
    if kind == 3:
        box = rng.choice(["bereavement", "estates", "probate", "hardship"])
        return [f"For anything about the estate, write to {box}@harbour-bank.example."]
    return [
        f"Ticket INC{_digits(rng, 7)} merged into CASE-{_digits(rng, 6)}; "
        f"batch {_digits(rng, 9)} reprocessed at 14:05."
    ]


# ---------------------------------------------------------------- Chinese positives


def _zh_signature(rng: random.Random) -> list[Part]:
    line = rng.choice(
        [
            f"(0571)8{_digits(rng, 7)}转{_digits(rng, 3)}",
            f"021-5{_digits(rng, 7)}-{_digits(rng, 3)}",
            f"0086 10 6{_digits(rng, 3)} {_digits(rng, 4)} 分机 {_digits(rng, 4)}",
            f"020-8{_digits(rng, 7)} ext.{_digits(rng, 3)}",
        ]
    )
    hotline = rng.choice(["95588", "400-820-8888", "95533"])
    return [
        "> ",
        (rng.choice(_ZH_NAMES), "PERSON"),
        rng.choice([" | 对公客户经理", "（个人贷款部）"]),
        "\n> 直线：",
        (line, "PHONE_NUMBER"),
        f"  全国客服：{hotline}\n> 此邮件仅供收件人阅读。",
    ]


def _zh_payee_csv(rng: random.Random) -> list[Part]:
    parts: list[Part] = ["户名,卡号,开户网点,代发金额\n"]
    for _ in range(rng.randint(1, 3)):
        parts += [
            (rng.choice(_ZH_NAMES), "PERSON"),
            ",",
            (_luhn_card(rng, "6217", rng.choice([16, 19])), "BANK_ACCOUNT"),
            f",建行{rng.choice(['西湖', '天河', '浦东'])}支行,{rng.randint(1000, 9999)}.00\n",
        ]
    return parts


def _zh_hk_account(rng: random.Random) -> list[Part]:
    account = f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}"
    return [
        rng.choice(["麻煩你轉去", "幫我入錢去"]),
        (rng.choice(_HK_NAMES), "PERSON"),
        rng.choice(["個戶口 ", "嗰張卡 "]),
        (account, "BANK_ACCOUNT"),
        "，今晚之前得唔得？",
    ]


def _zh_debit_then_credit(rng: random.Random) -> list[Part]:
    debit = _luhn_card(rng, "6228", 19)
    credit = _luhn_card(rng, "5", 16)
    return [
        "问：对方怎么说的？\n答：他让我先把钱打到",
        (debit, "BANK_ACCOUNT"),
        "。\n答：后来又要我的信用卡号",
        (credit, "CREDIT_CARD"),
        "和短信验证码。",
    ]


def _zh_courier(rng: random.Random) -> list[Part]:
    mobile = rng.choice([_cn_mobile(rng), f"+86 {_cn_mobile(rng)}"])
    return [
        "新卡邮寄地址改为：",
        (f"杭州市西湖区文一西路{rng.randint(10, 999)}号", "ADDRESS"),
        "，",
        (rng.choice(_ZH_NAMES), "PERSON"),
        " ",
        (mobile, "PHONE_NUMBER"),
        f"\n运单号YT{_digits(rng, 12)}，快递客服95338",
    ]


def _zh_full_width_date(rng: random.Random) -> list[Part]:
    digits = f"19{rng.randint(50, 99)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
    wide = digits.translate(str.maketrans("0123456789/", "０１２３４５６７８９／"))
    return [
        "客户",
        (rng.choice(_ZH_NAMES), "PERSON"),
        "，出生于",
        (wide, "DATE_OF_BIRTH"),
        "，申请补办借记卡。",
    ]


def _zh_emergency(rng: random.Random) -> list[Part]:
    return [
        "工资请发到本人账户",
        (_luhn_card(rng, "6222", 19), "BANK_ACCOUNT"),
        "。紧急联系人：",
        (rng.choice(_ZH_NAMES), "PERSON"),
        "（姐姐），",
        (_cn_mobile(rng), "PHONE_NUMBER"),
        "。",
    ]


# ---------------------------------------------------------------- Chinese look-alikes


def _zh_negative(rng: random.Random) -> list[Part]:
    kind = rng.randrange(4)
    if kind == 0:
        hotline = f"4008-{_digits(rng, 3)}-{_digits(rng, 3)}转{rng.randint(1, 9)}"
        return [f"如需帮助请拨打客服热线{hotline}。"]
    if kind == 1:
        return [f"您的包裹已发出，运单号SF{_digits(rng, 12)}，顺丰客服95338。"]
    if kind == 2:
        firm_account = f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}"
        return [f"公司戶口（對公）：{firm_account}，請核對。"]
    return [
        "订单号,商品,金额\n"
        f'{_digits(rng, 14)},保温杯,"1,{_digits(rng, 3)}.00"\n'
        f'{_digits(rng, 14)},电饭煲,"2,{_digits(rng, 3)}.00"'
    ]


_KINDS: dict[str, list[Callable[[random.Random], list[Part]]]] = {
    "en": [
        _en_desk_line,
        _en_abroad,
        _en_csv_cards,
        _en_kv_log,
        _en_iban_html,
        _en_url_email,
        _en_prompt,
        _en_ocr_form,
        _en_negative,
        _en_negative,
    ],
    "zh": [
        _zh_signature,
        _zh_payee_csv,
        _zh_hk_account,
        _zh_debit_then_credit,
        _zh_courier,
        _zh_full_width_date,
        _zh_emergency,
        _zh_negative,
        _zh_negative,
    ],
}


def _assemble(parts: list[Part], lang: str) -> Record:
    text = ""
    spans = []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += part
    return {"text": text, "spans": spans, "lang": lang}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` messages, half English and half Chinese, each of one kind above."""
    rng = random.Random(seed)
    records = []
    for index in range(n):
        lang = "zh" if index % 2 else "en"
        records.append(_assemble(rng.choice(_KINDS[lang])(rng), lang))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", action="store_true", help="print each message missed")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from steward.data.pii import Analyzer

    analyzer = Analyzer()
    tp = fp = fn = flagged = negatives = 0
    for record in generate(args.n, args.seed):
        gold = {(s["start"], s["end"], s["label"]) for s in record["spans"]}
        found = {
            (e.start, e.end, e.label) for e in analyzer.analyze(record["text"], record["lang"])
        }
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
        if not gold:
            negatives += 1
            flagged += bool(found)
        if found != gold and args.show:
            print(repr(record["text"]), sorted(gold - found), sorted(found - gold))
    print(f"exact-span tp={tp} fp={fp} fn={fn}; PII-free flagged {flagged}/{negatives}")


if __name__ == "__main__":
    main()
