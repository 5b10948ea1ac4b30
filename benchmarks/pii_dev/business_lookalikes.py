"""Dev set: what a business, a network or a form owns that looks like a person's data, beside
the personal value in the same wording, in English and Chinese.

    PYTHONPATH=. python benchmarks/pii_dev/business_lookalikes.py [--n 600] [--seed 7]

Kinds (each a PII-free look-alike and, in the same wording, a positive so that a rule which
silences the look-alike is seen to keep the personal value):

- a firm's account: a sort code and account number written after a company's legal form
  ("Brightwater Joinery Ltd (12-34-56 12345678)") or called a business's / company's /
  corporate account earlier in the sentence; a person's own account in the same layout is a
  BANK_ACCOUNT;
- a firm's registration number (company number, business registration, 商業登記號碼,
  统一社会信用代码, 注册号): a company's identifier, not an account;
- a network range in CIDR form (``203.0.113.0/24``); one device's address is an IP_ADDRESS;
- a desk's mailbox named by a function noun not on any list (``safeguarding@``,
  ``reconciliations@``, ``conveyancing@``); a person's mailbox, even one whose name ends the
  same way (``florence.wu@``, ``k.manning@``), is an EMAIL_ADDRESS;
- a numbered field of a form and its value ("Applicant 2 DOB …", "Item 3 date …"): no
  address; a Singapore block address ("Blk 45 …") is one ADDRESS;
- merchants written like names: a web shop ("Booking.com"), a shop's format ("… Express",
  "… Marketplace"), an app or airline brand; a person paid by name is a PERSON;
- "cardholder says …": the cardholder is the subject, no name follows; a lowercase name after
  "cardholder" is a PERSON;
- a firm named after its city (户名成都天府餐饮管理有限公司): no person; a payee's name is;
- structured numbers read whole: a resident ID (which Luhn may pass) is a CN_ID_CARD, never a
  card; an IBAN whose bank part starts with a letter (Italy's CIN) is one IBAN_CODE, never an
  account number made of its tail.

A dev set: written to tune on (see ``benchmarks/pii_dev/__init__.py``); its wording is this
module's own. Run as a script, it prints P/R/F1 per label and the share of PII-free messages
flagged, per language.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stdnum import iban
from stdnum.cn import ric

Part = str | tuple[str, str]
Record = dict[str, Any]
Template = Callable[[random.Random], list[Part]]

DEFAULT_N = 600
DEFAULT_SEED = 7
POSITIVE_SHARE = 0.4

FIRMS = (
    "Brightwater Joinery",
    "Kestrel Ridge Analytics",
    "Oakfield Dental",
    "Marlow Freight",
    "Sable Street Bakery",
    "Northcott Lettings",
)
LEGAL_FORMS = ("Ltd", "Limited", "plc", "LLP", "Inc.", "Co.", "LLC")
DESKS = (
    "safeguarding",
    "reconciliations",
    "conveyancing",
    "sponsorship",
    "compensation",
    "governance",
    "bereavement",
    "remediation",
    "settlements",
    "underwriting",
    "procurement",
    "partnerships",
)
DOMAINS = ("harrowbank.co.uk", "tidewater-bs.com", "lantern.bank", "fernhill-mutual.ie")
PERSON_LOCALS = ("florence.wu", "k.manning", "gregory.adeyemi", "trinity.osei", "l.constance")
MAIL_HOSTS = ("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com")
SHOPS = ("Booking.com", "Tesco Express", "Amazon Marketplace", "Deliveroo", "Ryanair", "Uber")
PEOPLE = ("Maria Costa", "Daniel Okafor", "Priya Raman", "Tomas Lindqvist", "Grace Mensah")
LOWER_PEOPLE = ("maria costa", "daniel okafor", "priya raman", "ama mensah")
ZH_FIRMS = (
    "成都天府餐饮管理有限公司",
    "杭州西溪贸易有限公司",
    "深圳南山科技有限公司",
    "苏州吴中实业有限公司",
)
ZH_PEOPLE = ("王芳", "李建国", "陈晓燕", "赵磊")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _sort_code(rng: random.Random) -> str:
    return f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}"


def _resident_id(rng: random.Random) -> str:
    body = f"{rng.choice(('110105', '510107', '440305'))}{rng.randint(1950, 2003)}"
    body += f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 3)}"
    return body + ric.calc_check_digit(body + "0")  # (stdnum reads past a placeholder digit)


def _italian_iban(rng: random.Random) -> str:
    """An Italian IBAN, whose bank part starts with a letter (the CIN), in groups of four."""
    bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _digits(rng, 22)
    compact = "IT" + iban.calc_check_digits("IT00" + bban) + bban
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _firm(rng: random.Random) -> str:
    return f"{rng.choice(FIRMS)} {rng.choice(LEGAL_FORMS)}"


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1945, 2004)
    return rng.choice((f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}"))


def _en_negatives() -> list[Template]:
    return [
        lambda r: [
            f"Supplier payee added: {_firm(r)} ({_sort_code(r)} {_digits(r, 8)}) - "
            "dual approval done."
        ],
        lambda r: [
            f"Corporate account for {_firm(r)}, sort code {_sort_code(r)}, a/c "
            f"{_digits(r, 8)}: mandate updated."
        ],
        lambda r: [
            f"{_firm(r)} is registered in England, company number {_digits(r, 8)}.",
        ],
        lambda r: [
            f"Rule 41 now blocks {r.randint(11, 223)}.{r.randint(0, 255)}."
            f"{r.randint(0, 255)}.0/{r.choice((16, 22, 24))} after a card-testing spike."
        ],
        lambda r: [
            f"For a late relative's accounts, write to {r.choice(DESKS)}@{r.choice(DOMAINS)}."
        ],
        lambda r: [
            f"Applicant {r.randint(1, 2)} date {_date(r)[:4]}-05-01 noted; "
            f"item {r.randint(2, 9)} section {r.randint(2, 9)} left blank."
        ],
        lambda r: [f"Card declined twice, couldn't pay {r.choice(SHOPS)}. App needs a fix."],
        lambda r: [
            f"Dispute: {r.choice(SHOPS)} £{r.randint(5, 900)}.{_digits(r, 2)}; "
            "cardholder says goods never arrived."
        ],
    ]


def _en_positives() -> list[Template]:
    return [
        lambda r: [
            f"My own current account ({_sort_code(r)} ",
            (_digits(r, 8), "BANK_ACCOUNT"),
            ") was debited twice.",
        ],
        lambda r: ["Account no. ", (_digits(r, 8), "BANK_ACCOUNT"), " is my salary account."],
        lambda r: [
            "Customer logged in from ",
            (
                f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                "IP_ADDRESS",
            ),
            " before the transfer.",
        ],
        lambda r: [
            "Reply to me at ",
            (
                f"{r.choice(PERSON_LOCALS)}{r.randint(1, 99)}@{r.choice(MAIL_HOSTS)}",
                "EMAIL_ADDRESS",
            ),
            " please.",
        ],
        lambda r: [
            f"Applicant {r.randint(1, 2)} DOB ",
            (_date(r), "DATE_OF_BIRTH"),
            ", first-time buyer.",
        ],
        lambda r: [
            "New address: ",
            (
                f"Blk {r.randint(10, 800)} Toa Payoh Lorong {r.randint(1, 8)}, "
                f"#{r.randint(2, 20):02d}-{r.randint(10, 300)}, Singapore {_digits(r, 6)}",
                "ADDRESS",
            ),
            ".",
        ],
        lambda r: ["I paid ", (r.choice(PEOPLE), "PERSON"), " back for the flights."],
        # a resident ID that Luhn happens to pass is still an ID, not a card; an IBAN whose bank
        # part starts with a letter is one IBAN, not an account number after a stray group
        lambda r: ["Account opened with PRC ID ", (_resident_id(r), "CN_ID_CARD"), " (visa)."],
        lambda r: ["Salary paid into ", (_italian_iban(r), "IBAN_CODE"), " until May."],
        lambda r: [
            "Dispute raised, cardholder ",
            (r.choice(LOWER_PEOPLE), "PERSON"),
            " says goods never arrived.",
        ],
    ]


def _zh_negatives() -> list[Template]:
    return [
        lambda r: [f"公司客户：{r.choice(ZH_FIRMS)}\n商業登記號碼：{_digits(r, 8)}\n请补交年报。"],
        lambda r: [f"统一社会信用代码91{_digits(r, 16)}，营业执照已核验。"],
        lambda r: [f"放款至对公账户，户名{r.choice(ZH_FIRMS)}，请核对。"],
        lambda r: [f"遗产继承事宜请发邮件至{r.choice(DESKS)}@{r.choice(DOMAINS)}。"],
    ]


def _zh_positives() -> list[Template]:
    return [
        lambda r: ["我的工资卡账号", (_digits(r, 16), "BANK_ACCOUNT"), "，请查一下。"],
        lambda r: ["收款人：", (r.choice(ZH_PEOPLE), "PERSON"), "，备注房租。"],
    ]


TEMPLATES: dict[str, tuple[list[Template], list[Template]]] = {
    "en": (_en_negatives(), _en_positives()),
    "zh": (_zh_negatives(), _zh_positives()),
}


def _assemble(parts: list[Part], lang: str) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        value, label = part
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    return {"text": text, "spans": spans, "lang": lang}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` records, two in three English, about six in ten PII-free, the same for the same
    seed."""
    rng = random.Random(f"business_lookalikes-{seed}")
    records = []
    for i in range(n):
        lang = "zh" if i % 3 == 2 else "en"
        negatives, positives = TEMPLATES[lang]
        pool = positives if rng.random() < POSITIVE_SHARE else negatives
        records.append(_assemble(rng.choice(pool)(rng), lang))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--show-misses", action="store_true", help="print every wrong message")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pii_quality import score  # the benchmarks' scorer: IoU >= 0.5, same label

    from steward.data.pii import Analyzer

    rows = generate(args.n, args.seed)
    analyzer = Analyzer()
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        gold = [
            [(int(s["start"]), int(s["end"]), str(s["label"])) for s in r["spans"]] for r in mine
        ]
        found = analyzer.analyze_batch([str(r["text"]) for r in mine])
        pred = [[(e.start, e.end, e.label) for e in entities] for entities in found]
        labels = {label for spans in gold for _, _, label in spans}
        table = score(gold, pred, labels)
        negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
        flagged = sum(map(bool, negatives)) / max(1, len(negatives))
        print(lang, {k: v["f1"] for k, v in table.items()}, f"PII-free flagged {flagged:.1%}")
        if args.show_misses:
            for record, g, p in zip(mine, gold, pred, strict=True):
                if set(g) != {s for s in p if s[2] in labels | {"IP_ADDRESS"}} and (g or p):
                    print("  ", repr(record["text"]), "gold", g, "found", p)


if __name__ == "__main__":
    main()
