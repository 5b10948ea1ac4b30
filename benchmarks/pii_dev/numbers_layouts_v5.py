"""Dev set: personal numbers in layouts that no sentence introduces, both languages.

    PYTHONPATH=. python benchmarks/pii_dev/numbers_layouts_v5.py [--n 300] [--seed 7]

Kinds (each with PII-free look-alikes beside it): a fixed-width report whose column header
names the account; an SQL ``INSERT`` whose column list names the birth date, the mobile and
the SSN; a URL query with percent-encoded values; vCard ``TEL`` lines; MT103 ``:50K:/`` and
``:59:/`` accounts; a sort code said before an account with a pause between; ASR homophones
(``ate``, ``for``) inside digits said aloud; Chinese digits said with 洞 / 幺 and pauses
(``…``); OCR'd ID numbers (O for 0, I or l for 1); a UK account after ``branch 12-34-56, no.``.
Negatives: company numbers, call / recording ids, a firm's ``(business account)``, closing
lines with a bank's number (``如有疑问请拨打``), deposit certificates (``定期存单…号``), reports
of branch codes and batch references only, URLs with session ids only, an MT103 whose
parties carry no account line.

A dev set (tuned on; see ``benchmarks/pii_dev/__init__.py``); its wording is this module's own.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stdnum import luhn
from stdnum.cn import ric

Part = str | tuple[str, str]
Record = dict[str, Any]

_FIRST = ["Nadia", "Tomasz", "Priya", "Kwabena", "Ines", "Rory", "Yusuf", "Mei", "Oskar", "Leilani"]
_LAST = ["Okafor", "Brennan", "Haddad", "Lindqvist", "Moreno", "Tan", "Adeyemi", "Kowal", "Reyes"]
_EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ZH_SAID = "洞幺两三四五六七八九"  # how an agent reads digits aloud: 0 as 洞, 1 as 幺, 2 as 两
_AREAS = ["110105", "310115", "440305", "510107", "330106", "420102", "320102"]


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _sort_code(rng: random.Random) -> str:
    return "-".join(f"{rng.randint(10, 99)}" for _ in range(3))


def _ssn(rng: random.Random) -> str:
    return f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"


def _uk_mobile(rng: random.Random) -> str:
    return "+447" + _digits(rng, 9)


def _cn_id(rng: random.Random) -> str:
    body = rng.choice(_AREAS) + f"{rng.randint(1950, 2002)}{rng.randint(1, 12):02d}"
    body += f"{rng.randint(1, 28):02d}{rng.randint(100, 999)}"
    # (python-stdnum computes the check character of an 18-character number over its first 17)
    return body + ric.calc_check_digit(body + "0")


def _debit_card(rng: random.Random) -> str:
    body = "6222" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    return body + luhn.calc_check_digit(body)


def _cn_mobile(rng: random.Random) -> str:
    return rng.choice(["139", "186", "152", "177"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(8)
    )


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _said_en(number: str, rng: random.Random, homophones: bool = False) -> str:
    words = [_EN_WORDS[int(d)] for d in number]
    if homophones:
        words = [
            "ate" if w == "eight" and rng.random() < 0.5 else "for" if w == "four" else w
            for w in words
        ]
        if words[0] in ("ate", "for"):
            words[0] = _EN_WORDS[int(number[0])]
    return " ".join(words)


def _said_zh(number: str) -> str:
    return "".join(_ZH_SAID[int(d)] if d.isdigit() else d for d in number)


def _ocr(number: str, rng: random.Random) -> str:
    chars = list(number)
    spots = [i for i, ch in enumerate(chars[:17]) if ch in "01"]
    for i in rng.sample(spots, min(2, len(spots))):
        chars[i] = "O" if chars[i] == "0" else rng.choice("Il")
    return "".join(chars)


# ---------------------------------------------------------------- English kinds


def _en_fixed_width(rng: random.Random) -> list[Part]:
    parts: list[Part] = [
        "NORTHGATE BANK      UNPAID CREDITS LIST      PRINTED 04/03\n",
        f"{'BENEFICIARY':<24}{'ACCOUNT NO':<12}{'BRANCH':<10}{'VALUE':>10}  NOTE\n",
        "-" * 64 + "\n",
    ]
    for _ in range(rng.randint(2, 4)):
        name = _name(rng).upper()
        account = _digits(rng, 8)
        value = f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}"
        parts += [(name, "PERSON"), " " * (24 - len(name)), (account, "BANK_ACCOUNT")]
        parts.append(
            f"    {_sort_code(rng):<10}{value:>10}  {rng.choice(['CLOSED', 'NO MANDATE'])}\n"
        )
    return parts


def _en_fixed_width_negative(rng: random.Random) -> list[Part]:
    rows = "".join(
        f"{_digits(rng, 8):<14}{rng.randint(100000, 999999):<10}{rng.randint(1, 90):>6}"
        f"{rng.randint(100, 99999):>12}.00\n"
        for _ in range(rng.randint(2, 4))
    )
    return ["BATCH REF     BRANCH      ITEMS      TOTAL\n", "-" * 46 + "\n", rows]


def _en_sql(rng: random.Random) -> list[Part]:
    parts: list[Part] = [
        "INSERT INTO applicants (ref, full_name, birth_date, mobile, ssn) VALUES\n"
    ]
    for index in range(rng.randint(1, 3)):
        born = f"{rng.randint(1950, 2001)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        parts += [
            "  " + ("," if index else "") + f"({rng.randint(1000, 99999)}, '",
            (_name(rng), "PERSON"),
            "', '",
            (born, "DATE_OF_BIRTH"),
            "', '",
            (_uk_mobile(rng), "PHONE_NUMBER"),
            "', ",
        ]
        parts += ["NULL)\n"] if rng.random() < 0.3 else ["'", (_ssn(rng), "US_SSN"), "')\n"]
    return parts


def _en_sql_negative(rng: random.Random) -> list[Part]:
    if rng.random() < 0.5:
        shop = rng.choice(["Greenleaf Grocers", "Harbour Fuel", "Corner Books", "Kiwi Hardware"])
        return [
            "INSERT INTO merchant_directory (merchant_id, name, city, support_line) VALUES "
            f"({_digits(rng, 8)}, '{shop}', 'Leeds', '0800 {_digits(rng, 3)} {_digits(rng, 4)}');"
        ]
    return [
        "INSERT INTO branch_totals (branch_code, txn_date, amount, batch) VALUES "
        f"('{rng.randint(100000, 999999)}', '2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}', "
        f"{rng.randint(100, 9999)}.50, {_digits(rng, 9)});"
    ]


def _en_url(rng: random.Random) -> list[Part]:
    mobile = _uk_mobile(rng).replace("+", "%2B")
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    born = f"{day:02d}%2F{month:02d}%2F{rng.randint(1950, 2000)}"
    return [
        "Form error on https://open.northgate.example/apply?session=",
        _digits(rng, 12),
        "&mobile=",
        (mobile, "PHONE_NUMBER"),
        "&dob=",
        (born, "DATE_OF_BIRTH"),
        "&ssn=",
        (_ssn(rng).replace("-", ""), "US_SSN"),
        "&utm_medium=sms - the page just reloads.",
    ]


def _en_url_negative(rng: random.Random) -> list[Part]:
    return [
        f"Access log: GET /track?session={_digits(rng, 12)}&case={_digits(rng, 8)}"
        "&utm_source=newsletter 404 (it says expired)."
    ]


def _en_vcard(rng: random.Random) -> list[Part]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    phone = rng.choice(
        [f"07{_digits(rng, 3)} {_digits(rng, 6)}", f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}"]
    )
    return [
        f"BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:",
        (f"{first} {last}", "PERSON"),
        "\nTEL;TYPE=CELL,VOICE:",
        (phone, "PHONE_NUMBER"),
        "\nEND:VCARD",
    ]


def _en_mt103(rng: random.Random) -> list[Part]:
    return [
        f":20:PAY{_digits(rng, 10)}\n:32A:2405{rng.randint(10, 28)}GBP{rng.randint(100, 9000)},00\n"
        ":50K:/",
        (_digits(rng, 8), "BANK_ACCOUNT"),
        "\n",
        (_name(rng).upper(), "PERSON"),
        "\n:59:NORTHWIND UTILITIES LTD\n:71A:SHA",
    ]


def _en_mt103_negative(rng: random.Random) -> list[Part]:
    return [
        f":20:{_digits(rng, 10)}\n:32A:2406{rng.randint(10, 28)}EUR{rng.randint(100, 9000)},00\n"
        ":50A:NWBKGB2L\n:59:ACME SUPPLIES GMBH\n:71A:OUR"
    ]


def _en_spoken_sort_code(rng: random.Random) -> list[Part]:
    account = _digits(rng, 8)
    return [
        "[03:10] Bot: Please give your sort code and then your account number.\n[03:18] Caller: ",
        _said_en(f"{rng.randint(100000, 999999)}", rng),
        " ... ",
        (_said_en(account, rng), "BANK_ACCOUNT"),
        " okay\n[03:25] Bot: Thank you.",
    ]


def _en_spoken_homophones(rng: random.Random) -> list[Part]:
    # a UK mobile (07 then 7, 8 or 9) with a 4 and an 8 in it
    number = "07" + rng.choice("789") + "".join(rng.choice("0123456789") for _ in range(8))
    number = number[:4] + "4" + number[5:8] + "8" + number[9:]
    return [
        "(2:02) Agent: And the best mobile number for you?\n(2:09) Customer: ",
        (_said_en(number, rng, homophones=True), "PHONE_NUMBER"),
        " thanks",
    ]


def _en_branch_no(rng: random.Random) -> list[Part]:
    return [
        f"Re: dispute {rng.randint(10000, 99999)}\nMy account at branch {_sort_code(rng)}, no. ",
        (_digits(rng, 8), "BANK_ACCOUNT"),
        ", was charged twice.",
    ]


def _en_identifier_negative(rng: random.Random) -> list[Part]:
    return [
        rng.choice(
            [
                f"Northgate Bank plc, registered in England, Company no. 0{_digits(rng, 7)}.",
                f"Call ID {_digits(rng, 10)} | queue: Savings\n[00:00:05] Agent: Hello.",
                f"Recording {_digits(rng, 10)} | team: Loans",
                f"Pay the invoice to Brightside Ltd, sort code {_sort_code(rng)}, "
                f"a/c {_digits(rng, 8)} (business account).",
                "If you have any questions, call 0800 "
                + _digits(rng, 3)
                + " "
                + _digits(rng, 4)
                + ".",
            ]
        )
    ]


# ---------------------------------------------------------------- Chinese kinds


def _zh_spoken(rng: random.Random) -> list[Part]:
    mobile, card, cn_id = _cn_mobile(rng), _debit_card(rng), _cn_id(rng)
    said_mobile = "…".join([_said_zh(mobile[:3]), _said_zh(mobile[3:7]), _said_zh(mobile[7:])])
    return [
        "[00:41] 客服：麻烦报一下手机号。\n[00:47] 客户：",
        (said_mobile, "PHONE_NUMBER"),
        "\n[00:55] 客服：到账的储蓄卡号是？\n[01:02] 客户：",
        (_said_zh(card), "BANK_ACCOUNT"),
        "\n[01:10] 客服：身份证号码？\n[01:16] 客户：",
        (
            _said_zh(cn_id[:6]) + " " + _said_zh(cn_id[6:14]) + " " + _said_zh(cn_id[14:]),
            "CN_ID_CARD",
        ),
        "，好的",
    ]


def _zh_ocr_id(rng: random.Random) -> list[Part]:
    number = _cn_id(rng)
    written = rng.choice([number, f"{number[:6]} {number[6:14]} {number[14:]}"])
    return [
        "扫描件识别结果：开户申请表\n证件号码：",
        (_ocr(written, rng), "CN_ID_CARD"),
        f"\n业务类型：开立账户\n网点号：{rng.randint(10000, 99999)}",
    ]


def _zh_mt103(rng: random.Random) -> list[Part]:
    return [
        f":20:HK{_digits(rng, 12)}\n:50K:/",
        (_debit_card(rng), "BANK_ACCOUNT"),
        "\nWANG JIAN\n:59:/GB29NWBK60161331926819\nACME TRADING\n:70:学费",
    ]


def _zh_negative(rng: random.Random) -> list[Part]:
    return [
        rng.choice(
            [
                f"名下另有定期存单{_digits(rng, 10)}号，已一并办理。",
                f"已受理，工单号{_digits(rng, 12)}，"
                f"如有疑问请拨打(852) 2{_digits(rng, 3)} {_digits(rng, 4)}。",
                f"附件：警方报案回执（编号{_digits(rng, 8)}）",
                f"对公账户{_digits(rng, 16)}（本公司）请勿转入个人款项。",
            ]
        )
    ]


_KINDS: dict[str, list[Callable[[random.Random], list[Part]]]] = {
    "en": [
        _en_fixed_width,
        _en_fixed_width_negative,
        _en_sql,
        _en_sql_negative,
        _en_url,
        _en_url_negative,
        _en_vcard,
        _en_mt103,
        _en_mt103_negative,
        _en_spoken_sort_code,
        _en_spoken_homophones,
        _en_branch_no,
        _en_identifier_negative,
    ],
    "zh": [_zh_spoken, _zh_ocr_id, _zh_mt103, _zh_negative],
}


def _assemble(parts: list[Part], lang: str) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += part
    return {"text": text, "spans": spans, "lang": lang}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` messages, about two in three English, each of one kind above."""
    rng = random.Random(seed)
    records = []
    for index in range(n):
        lang = "zh" if index % 3 == 2 else "en"
        records.append(_assemble(rng.choice(_KINDS[lang])(rng), lang))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
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
    print(f"exact-span tp={tp} fp={fp} fn={fn}; PII-free flagged {flagged}/{negatives}")


if __name__ == "__main__":
    main()
