"""Dev set: payees' accounts in the layouts businesses paste: payout lists, payroll CSVs,
statement lines, named account schemes; SSNs named before an account word; Chinese phones
named by a phone word after an account.

    PYTHONPATH=. python benchmarks/pii_dev/payee_layouts_v19.py [--n 300] [--show]

Kinds (positives):
- BANK_ACCOUNT on the lines of a payee list, each a person's name then a number then a note
  (``Ruth Okonjo: 40912387 (harvest share)``, ``1. 蒋雨辰 6214 8830 1276 5520 918 1800元``), in a
  message about paying them (a payout, dividends, wages, grants);
- BANK_ACCOUNT under a payroll CSV's account column whose amounts carry a thousands comma
  unquoted (``Lena Brandt,40-22-19,71829304,£2,310.55``);
- BANK_ACCOUNT on a UK statement's payment line (``FPO T ACHTERBERG 61209934 REF RENT``,
  ``TFR TO M QUAYLE 402219 70014388``);
- BANK_ACCOUNT named by its country's scheme (``NUBAN 2034411986``, ``CLABE 0021…``);
- BANK_ACCOUNT for a UnionPay card followed by Cantonese ``點解`` ("why");
- US_SSN named early in its sentence with an account word nearer to it (``the SSN we hold
  for the mortgage account is 512-44-9021``);
- PHONE_NUMBER right after ``预留手机改为`` / ``手机号换成`` following an account number.
Look-alikes (no personal data): a desk extension list (teams and numbers, no payment); a stock
list of product codes and quantities; a statement's card purchases (``CARD 4471``); a CSV of
branch totals with thousands commas.

A dev set (tuned on; see ``benchmarks/pii_dev/__init__.py``); its wording is this module's own.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]

_FIRST = ["Ruth", "Tomasz", "Adaeze", "Lena", "Ciaran", "Mirela", "Oskar", "Nkechi", "Hugo"]
_LAST = ["Okonjo", "Brandt", "Achterberg", "Quayle", "Vasquez", "Lindahl", "Mbeki", "Rourke"]
_ZH_NAMES = ["蒋雨辰", "顾晓楠", "彭嘉怡", "谭浩然", "罗志明", "阎若曦", "司马文静", "韦春燕"]
_BINS = ["6214", "6217", "6222", "6225", "6228", "6212"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _uk_account(rng: random.Random) -> str:
    return _digits(rng, 8)


def _sort_code(rng: random.Random) -> str:
    return f"{rng.randint(40, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def _cn_card(rng: random.Random) -> str:
    body = rng.choice(_BINS) + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([12, 15])))
    if rng.random() < 0.5:
        return " ".join(body[i : i + 4] for i in range(0, len(body), 4))
    return body


def _cn_mobile(rng: random.Random) -> str:
    number = rng.choice(["135", "138", "150", "177", "186", "199"]) + _digits(rng, 8)
    return f"{number[:3]}-{number[3:7]}-{number[7:]}" if rng.random() < 0.4 else number


def _ssn(rng: random.Random) -> str:
    return f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------- English


def _en_payout_list(rng: random.Random) -> list[Part]:
    head = rng.choice(
        [
            "Allotment society - harvest payout\n",
            "Grant recipients for this round, please pay:\n",
            "Fwd: wages for the weekend shift\n",
        ]
    )
    sep = rng.choice([" - ", ": ", " | ", "  "])
    parts: list[Part] = [head]
    for _ in range(rng.randint(2, 3)):
        note = rng.choice(["(harvest share)", "£240", "3 crates", "paid weekly"])
        parts += [_name(rng) + sep, (_uk_account(rng), "BANK_ACCOUNT"), f"{sep}{note}\n"]
    return parts


def _en_payroll_csv(rng: random.Random) -> list[Part]:
    parts: list[Part] = ["Payroll export, please check\nName,Sort code,Account no,Net pay\n"]
    for _ in range(rng.randint(2, 3)):
        pay = f"£{rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(10, 99)}"
        parts += [
            f"{_name(rng)},{_sort_code(rng)},",
            (_uk_account(rng), "BANK_ACCOUNT"),
            f",{pay}\n",
        ]
    return parts


def _en_statement(rng: random.Random) -> list[Part]:
    payee = f"{rng.choice('ACDHMT')} {rng.choice(_LAST).upper()}"
    kind = rng.choice(["fpo", "tfr"])
    row: list[Part]
    if kind == "fpo":
        row = [f"14/03  FPO {payee} ", (_uk_account(rng), "BANK_ACCOUNT"), " REF RENT    450.00\n"]
    else:
        row = [
            f"02/04  TFR TO {payee} {_sort_code(rng).replace('-', '')} ",
            (_uk_account(rng), "BANK_ACCOUNT"),
            "    80.00\n",
        ]
    return [
        "These are from my statement:\n",
        "11/03  CARD 4471 TESCO STORES    23.10\n",
        *row,
        "05/04  DD COUNCIL TAX    131.00\n",
    ]


def _en_scheme(rng: random.Random) -> list[Part]:
    scheme, number = rng.choice([("NUBAN", _digits(rng, 10)), ("CLABE", "0" + _digits(rng, 17))])
    return [
        f"Please send £{rng.randint(200, 900)} to my cousin {_name(rng)}, {scheme} ",
        (number, "BANK_ACCOUNT"),
        ", for the school fees.",
    ]


def _en_ssn_account_word(rng: random.Random) -> list[Part]:
    lead = rng.choice(
        [
            "The SSN we hold for the mortgage account is ",
            "Social security number used on the savings account: ",
            "SSN listed against my late father's account - ",
        ]
    )
    return [lead, (_ssn(rng), "US_SSN"), "."]


def _en_staff_phones(rng: random.Random) -> list[Part]:
    desks = rng.sample(["Cards desk", "Fraud team", "Mortgage Admin", "Payments Ops"], 3)
    lines = "".join(f"{desk} - ext {rng.randint(2000, 2999)}\n" for desk in desks)
    return ["Desk extensions for the rota\n" + lines]


def _en_stock_list(rng: random.Random) -> list[Part]:
    lines = "".join(
        f"SKU {_digits(rng, 8)} - {rng.randint(2, 40)} units\n" for _ in range(rng.randint(2, 3))
    )
    return ["Stock count before the audit\n" + lines]


def _en_branch_totals(rng: random.Random) -> list[Part]:
    rows = "".join(
        f"{town},{rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(10, 99)}\n"
        for town in rng.sample(["Leeds", "Hull", "Bath", "Derby"], 2)
    )
    return ["Branch,Deposits,Staff\n" + rows]


# ---------------------------------------------------------------- Chinese


def _zh_payout_list(rng: random.Random) -> list[Part]:
    head = rng.choice(
        ["村集体分红发放名单\n", "本月代发工资明细（请核对）\n", "志愿者补贴打款清单\n"]
    )
    parts: list[Part] = [head]
    for i in range(rng.randint(2, 3)):
        lead = rng.choice(["", f"{i + 1}. "])
        sep = rng.choice([" ", "：", "  "])
        parts += [
            f"{lead}{rng.choice(_ZH_NAMES)}{sep}",
            (_cn_card(rng), "BANK_ACCOUNT"),
            f" {rng.randint(5, 40)}00元\n",
        ]
    return parts


def _zh_cantonese_card(rng: random.Random) -> list[Part]:
    return [
        "喂，我張卡",
        (_cn_card(rng).replace(" ", ""), "BANK_ACCOUNT"),
        rng.choice(["點解轉唔到數", "點樣先可以解鎖"]),
        "？",
    ]


def _zh_phone_after_account(rng: random.Random) -> list[Part]:
    word = rng.choice(["预留手机改为", "手机号换成", "绑定手机号改为"])
    return [
        f"{rng.choice(_ZH_NAMES)}的工资卡",
        (_cn_card(rng).replace(" ", ""), "BANK_ACCOUNT"),
        word,
        (_cn_mobile(rng), "PHONE_NUMBER"),
        "，请帮忙更新。",
    ]


def _zh_stock_list(rng: random.Random) -> list[Part]:
    lines = "".join(
        f"货号{_digits(rng, 12)} 共{rng.randint(2, 40)}件\n" for _ in range(rng.randint(2, 3))
    )
    return ["仓库盘点清单\n" + lines]


def _zh_staff_phones(rng: random.Random) -> list[Part]:
    desks = rng.sample(["信用卡组", "反欺诈组", "按揭审核", "对公柜台"], 2)
    lines = "".join(f"{desk} 分机{rng.randint(6000, 6999)}\n" for desk in desks)
    return ["值班表\n" + lines]


_KINDS: dict[str, list[Callable[[random.Random], list[Part]]]] = {
    "en": [
        _en_payout_list,
        _en_payroll_csv,
        _en_statement,
        _en_scheme,
        _en_ssn_account_word,
        _en_staff_phones,
        _en_stock_list,
        _en_branch_totals,
    ],
    "zh": [
        _zh_payout_list,
        _zh_payout_list,
        _zh_cantonese_card,
        _zh_phone_after_account,
        _zh_stock_list,
        _zh_staff_phones,
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
    return [
        _assemble(rng.choice(_KINDS[lang])(rng), lang)
        for lang in ("zh" if i % 2 else "en" for i in range(n))
    ]


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
        found = {f for f in found if f[2] != "PERSON"}  # names are other sets' business
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
