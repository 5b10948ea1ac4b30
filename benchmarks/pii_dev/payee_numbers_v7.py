"""Dev set: payees' account numbers named by what a message says of them, both languages, each
kind beside its PII-free look-alike.

    PYTHONPATH=. python benchmarks/pii_dev/payee_numbers_v7.py [--n 300] [--seed 7] [--show]

Kinds (positives): a UK or US domestic account with no account word, named by an amount paid
to it (expense claims, supplier runs, refunds: "£412.50 into 30418822"), by its sort code
written after it ("61094425 s/c 09-01-28", or bare where no date reads it: "71234567
40-11-62"), or in brackets after a payee's name in a sentence
about a payment ("the money reached Femi Quigley (44.120.873)"); accounts written with dots
after an account word ("acc 51.330.842"); a UK mobile a CRM note's line broke in two
("07700 90\\n0123"); digits read aloud with hyphens ("oh-double-seven"); a customer's own IBAN
set against a firm's (``学校对公账户不用，个人账户DE…``); a UnionPay debit card before a credit
card named with its own number (``工资卡6217…，另一张信用卡4…``); a debit card in two groups
(``621483-1234567890123``); a US account right after its routing number.
Look-alikes (no personal data): ranges of amounts ("from £150,000 to 2500000"), build and
version numbers with dots, references in brackets after a shop's name with an order word near,
a date in brackets after a ticket, Chinese 400 lines typed a digit short (``4008 95588``).

A dev set (tuned on; see ``benchmarks/pii_dev/__init__.py``); its wording is this module's own,
not a blind set's.
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

_FIRST = ["Dawit", "Elif", "Femi", "Gwen", "Ilse", "Jonah", "Keira", "Lorcan", "Maeve", "Nuno"]
_LAST = ["Rahman", "Santoro", "Tesfaye", "Vance", "Whitlock", "Quigley", "Oduya", "Petrov"]
_ZH_NAMES = ["许嘉怡", "程子轩", "彭雨桐", "蒋明哲", "沈若溪", "吕俊杰"]
_CURRENCY = ["£", "$", "€"]


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _amount(rng: random.Random) -> str:
    return f"{rng.choice(_CURRENCY)}{rng.randint(12, 4800):,}.{rng.randint(0, 99):02d}"


def _sort_code(rng: random.Random) -> str:
    return "-".join(f"{rng.randint(0, 99):02d}" for _ in range(3))


def _uk_account(rng: random.Random) -> str:
    """A domestic account in one of the shapes banks and payroll sheets print."""
    shape = rng.randrange(4)
    if shape == 0:
        return _digits(rng, 8)
    if shape == 1:
        return f"{_digits(rng, 4)}-{_digits(rng, 4)}"
    if shape == 2:
        return f"{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}"
    return f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}"


def _luhn_card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def _iban(country: str, bban: str) -> str:
    return country + iban.calc_check_digits(country + "00" + bban) + bban


# ---------------------------------------------------------------- English positives


def _en_paid_to(rng: random.Random) -> list[Part]:
    account = _uk_account(rng)
    kind = rng.randrange(4)
    opening: list[Part] = (
        ["Expenses for ", (_name(rng), "PERSON"), f": {_amount(rng)} into "]
        if kind == 0
        else [f"Refund approved, {_amount(rng)} to go to "]
        if kind == 1
        else ["Supplier run: Whitlock Joinery " + _amount(rng) + " to "]
        if kind == 2
        else [f"ok so {_amount(rng)} sent to "]
    )
    return [*opening, (account, "BANK_ACCOUNT"), rng.choice([" tomorrow.", ", thanks.", "."])]


def _en_sort_after(rng: random.Random) -> list[Part]:
    account = _uk_account(rng)
    return [
        rng.choice(["Bank details for the deposit: ", "New details from the tenant - ", "Use "]),
        (account, "BANK_ACCOUNT"),
        rng.choice([f" s/c {_sort_code(rng)}", f" (sort code {_sort_code(rng)})"]),
        rng.choice([" please.", ", from Monday.", ""]),
    ]


def _en_timesheet(rng: random.Random) -> list[Part]:
    # a casual-staff line: name, account, then its sort code bare (a first pair no day has)
    sort_code = f"{rng.randint(32, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
    return [
        "Casual staff, week 12: ",
        (_name(rng), "PERSON"),
        " ",
        (_digits(rng, 8), "BANK_ACCOUNT"),
        f" {sort_code}, {rng.randint(4, 38)} hours.",
    ]


def _en_bracket_payee(rng: random.Random) -> list[Part]:
    account = _uk_account(rng)
    kind = rng.randrange(3)
    opening: list[Part] = (
        ["Beneficiary changed from ", (_name(rng), "PERSON"), " to "]
        if kind == 0
        else ["The transfer reached "]
        if kind == 1
        else ["Faster payment meant for ", (_name(rng), "PERSON"), " went to "]
    )
    return [
        *opening,
        (_name(rng), "PERSON"),
        " (",
        (account, "BANK_ACCOUNT"),
        rng.choice([") by mistake.", ") after the call.", ")."]),
    ]


def _en_routing_then_account(rng: random.Random) -> list[Part]:
    routing = rng.choice(["021000021", "026009593", "122105155", "011000138"])
    return [
        rng.choice(["Payroll direct deposit - routing ", "ABA ", "New DD details: RTN "]),
        f"{routing}{rng.choice([' / ', ', ', ' '])}",
        (_digits(rng, rng.choice([9, 10, 12])), "BANK_ACCOUNT"),
        rng.choice([", from next month.", ".", " (checking)"]),
    ]


def _en_dotted_cued(rng: random.Random) -> list[Part]:
    account = f"{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}"
    return [
        rng.choice(["acc ", "Frozen: account ", "her a/c "]),
        (account, "BANK_ACCOUNT"),
        rng.choice([" pending review.", " - fraud hold", ", see notes."]),
    ]


def _en_wrapped_mobile(rng: random.Random) -> list[Part]:
    mobile = "07" + _digits(rng, 9)
    cut = rng.randint(7, 9)
    written = f"{mobile[:5]} {mobile[5:cut]}\n{mobile[cut:]}"
    return [
        rng.choice(["CRM import, contact field wrapped: ", "Callback on "]),
        (written, "PHONE_NUMBER"),
        rng.choice([" (line broke in the export)", "\nnothing else to add"]),
    ]


_SAID = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _en_hyphen_said(rng: random.Random) -> list[Part]:
    mobile = "07" + _digits(rng, 9)
    words: list[str] = []
    i = 0
    while i < len(mobile):
        if i + 1 < len(mobile) and mobile[i] == mobile[i + 1]:
            words.append("double-" + _SAID[int(mobile[i])])
            i += 2
        else:
            words.append(_SAID[int(mobile[i])])
            i += 1
    said = "-".join(words[:3]) + " " + " ".join(words[3:])
    return ["Caller spelt out her mobile: ", (said, "PHONE_NUMBER"), ", read back and confirmed."]


def _en_negative(rng: random.Random) -> list[Part]:
    kind = rng.randrange(4)
    if kind == 0:
        return [f"Budget moved from £{rng.randint(100, 900)},000 to {_digits(rng, 7)} for Q3."]
    if kind == 1:
        build = f"{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}"
        return [f"Build {build} of the app is live; ticket INC{_digits(rng, 5)} closed."]
    if kind == 2:
        return [f"Order from Screwfix (order no {_digits(rng, 8)}) was refunded in full."]
    return [f"Ticket {_digits(rng, 8)} ({_sort_code(rng)}) closed, no customer data held."]


# ---------------------------------------------------------------- Chinese positives


def _zh_personal_iban(rng: random.Random) -> list[Part]:
    value = _iban("DE", _digits(rng, 18))
    grouped = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return [
        (rng.choice(_ZH_NAMES), "PERSON"),
        "说公司的对公账户别用，退款请打到个人账户",
        (rng.choice([value, grouped]), "IBAN_CODE"),
        "。",
    ]


def _zh_debit_then_credit(rng: random.Random) -> list[Part]:
    debit = _luhn_card(rng, rng.choice(["6217", "6228", "6214"]), rng.choice([16, 19]))
    credit = _luhn_card(rng, rng.choice(["4", "5"]), 16)
    return [
        "我的工资卡",
        (debit, "BANK_ACCOUNT"),
        "被扣了两笔，另一张信用卡",
        (credit, "CREDIT_CARD"),
        "没有问题。",
    ]


def _zh_two_groups(rng: random.Random) -> list[Part]:
    debit = _luhn_card(rng, "62" + _digits(rng, 4), 19)
    grouped = f"{debit[:6]}-{debit[6:]}"
    return ["刚才说错了，卡号应该是", (grouped, "BANK_ACCOUNT"), "，麻烦再查一下。"]


def _zh_negative(rng: random.Random) -> list[Part]:
    short = f"400{rng.randint(1, 9)} 955{rng.randint(10, 99)}"
    return [rng.choice([f"客服热线忙，请改拨{short}。", f"群公告：{short}今天线路检修，请解释。"])]


_KINDS: dict[str, list[Callable[[random.Random], list[Part]]]] = {
    "en": [
        _en_paid_to,
        _en_sort_after,
        _en_timesheet,
        _en_bracket_payee,
        _en_routing_then_account,
        _en_dotted_cued,
        _en_wrapped_mobile,
        _en_hyphen_said,
        _en_negative,
        _en_negative,
    ],
    "zh": [_zh_personal_iban, _zh_debit_then_credit, _zh_two_groups, _zh_negative],
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
