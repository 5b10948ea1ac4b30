"""Dev set: the kinds of number and address that look personal and are not, beside the ones
that are, in English and Chinese.

    PYTHONPATH=. python benchmarks/pii_dev/false_alarm_kinds.py [--n 600] [--seed 7] [--show-misses]

Each kind comes as a PII-free look-alike and, where the kind has one, a personal positive in
the same wording, so that a rule that silences the look-alike is seen to keep the positive:

- mailboxes: a desk's, a department's or a system's (``support@``, ``no-reply@``,
  ``card.services@``, ``kefu@``, ``tousu@``) are not personal (issue 18's convention); a
  person's (``lin.hua88@…``, ``13912345678@139.com``) is an EMAIL_ADDRESS;
- accounts: a company's (``对公账户``, ``公司账户``, ``收款单位账号``, "our business
  account", "corporate account") is not personal, nor the bank clearing code beside it
  (``联行号``), a branch code, a card's last four (``尾号``, "ending in"); a customer's own
  account or debit card, written in groups of four, with two spaces, with dashes, in odd
  groupings (6-6-7), after ``账号`` / ``卡号`` / ``户号`` / ``收款账户`` / ``工资卡`` / "a/c"
  / "account no", is a BANK_ACCOUNT;
- cards: a credit card after a card cue with the next field's cue after it ("… case no
  DSP…"), Amex 4-6-5 with dashes, wide spacing; look-alikes: payment references (UTR, RRN,
  ARN), case / ticket / order ids, OTPs, amounts, dates that are not births;
- phones: a business's WhatsApp or official line is not personal; a person's mobile written
  internationally in a range libphonenumber may not list, a Philippine mobile as Filipinos
  write it (``0917-633-8566``), a Hong Kong mobile after a Cantonese cue (``有咩打``), and the
  number alone on its line in a sign-off block, are PHONE_NUMBERs.

No names of people appear (their kinds are other dev sets'), so every span is one of the
labels above. A dev set: written to tune on (see ``benchmarks/pii_dev/__init__.py``); its
wording is this module's own. Run as a script, it prints P/R/F1 per label and the share of
PII-free messages flagged, per language.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stdnum import luhn

Part = str | tuple[str, str]
Record = dict[str, Any]
Template = Callable[[random.Random], list[Part]]

DEFAULT_N = 600
DEFAULT_SEED = 7
POSITIVE_SHARE = 0.4
LABELS = ("EMAIL_ADDRESS", "BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER")


def _digits(rng: random.Random, n: int, first: str = "") -> str:
    return first + "".join(rng.choice(string.digits) for _ in range(n - len(first)))


def _luhn(rng: random.Random, prefix: str, n: int) -> str:
    body = _digits(rng, n - 1, prefix)
    return body + luhn.calc_check_digit(body)


def _group(rng: random.Random, digits: str, sizes: tuple[int, ...] | None = None) -> str:
    """``digits`` as people type them: run together, in fours, with two spaces, with dashes."""
    style = rng.choice(("plain", "four", "wide", "dash", "sizes"))
    if style == "plain":
        return digits
    if style == "sizes" and sizes is not None and sum(sizes) == len(digits):
        parts, at = [], 0
        for size in sizes:
            parts.append(digits[at : at + size])
            at += size
        return " ".join(parts)
    groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    return {"four": " ", "wide": "  ", "dash": "-", "sizes": " "}[style].join(groups)


# -- mailboxes ----------------------------------------------------------------------------------
EN_DOMAINS = (
    "northgate-bank.com",
    "alerts.northgate-bank.co.uk",
    "kestrelpay.io",
    "mail.ridgeway.com.au",
)
ZH_DOMAINS = ("jinhebank.com.cn", "notice.jinhebank.com", "ruixin-pay.cn", "service.hongfu.com.hk")
EN_ROLE_LOCALS = (
    "support", "no-reply", "donotreply", "card.services", "customer_care", "disputes", "fraud-team",
    "helpdesk", "info", "billing", "payments.ops", "mortgage-enquiries", "alerts", "complaints",
    "hello", "notifications", "kyc.review", "loans", "privacy", "webmaster",
)  # fmt: skip
ZH_ROLE_LOCALS = (
    "kefu", "tousu", "service", "noreply", "fuwu", "vip.service", "card-center", "zhaopin",
    "kf", "support", "caiwu", "notice",
)  # fmt: skip
PERSONAL_HOSTS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me")
ZH_PERSONAL_HOSTS = ("qq.com", "163.com", "126.com", "sina.com", "139.com", "foxmail.com")
FIRSTS = ("tom", "priya", "kofi", "lena", "marco", "aiko", "dev", "sara", "omar", "nina")
LASTS = ("okafor", "ramos", "lindqvist", "ng", "walsh", "haddad", "kumar", "brooks")
PINYIN = ("linhua", "zhang.wei", "chenjing", "liu_yang", "wangfang", "huangli", "zhaolei", "sunmin")


def en_role_mail(rng: random.Random) -> str:
    return f"{rng.choice(EN_ROLE_LOCALS)}@{rng.choice(EN_DOMAINS)}"


def zh_role_mail(rng: random.Random) -> str:
    return f"{rng.choice(ZH_ROLE_LOCALS)}@{rng.choice(ZH_DOMAINS)}"


def en_personal_mail(rng: random.Random) -> str:
    first, last = rng.choice(FIRSTS), rng.choice(LASTS)
    local = rng.choice(
        (f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}")
    )
    return f"{local}@{rng.choice(PERSONAL_HOSTS)}"


def zh_personal_mail(rng: random.Random) -> str:
    local = rng.choice((rng.choice(PINYIN) + str(rng.randint(1, 999)), _digits(rng, 9, "1")))
    return f"{local}@{rng.choice(ZH_PERSONAL_HOSTS)}"


# -- accounts and cards -------------------------------------------------------------------------
def zh_company_account(rng: random.Random) -> str:
    return _group(rng, _digits(rng, rng.choice((16, 19, 20)), rng.choice(("11", "31", "44", "33"))))


def debit_card(rng: random.Random) -> str:
    digits = _luhn(rng, rng.choice(("6222", "6217", "6214", "6228", "6212")), rng.choice((16, 19)))
    return _group(rng, digits, (6, 6, 7) if len(digits) == 19 else (4, 4, 4, 4))


def credit_card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "master", "amex"))
    if kind == "amex":
        digits = _luhn(rng, rng.choice(("34", "37")), 15)
        sep = rng.choice((" ", "-", ""))
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    digits = _luhn(rng, "4" if kind == "visa" else rng.choice(("51", "53", "55")), 16)
    return _group(rng, digits)


def en_account(rng: random.Random) -> str:
    return _group(rng, _digits(rng, rng.choice((10, 12, 14)), rng.choice("123456789")))


def reference(rng: random.Random) -> str:
    return _digits(rng, 12, rng.choice("3456789"))


# -- phones ---------------------------------------------------------------------------------------
def intl_mobile(rng: random.Random) -> str:
    """A mobile written internationally, in a range libphonenumber may not list yet."""
    return rng.choice(
        (
            f"+31 6 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"+852 {rng.choice('5679')}{_digits(rng, 3)} {_digits(rng, 4)}",
            f"+853 6{_digits(rng, 3)} {_digits(rng, 4)}",
            f"+33 6 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
            f"+63 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
        )
    )


def ph_mobile(rng: random.Random) -> str:
    return f"09{rng.choice(('17', '18', '27', '55', '66'))}-{_digits(rng, 3)}-{_digits(rng, 4)}"


def cn_mobile(rng: random.Random) -> str:
    number = "1" + rng.choice("3456789") + _digits(rng, 9)
    return rng.choice(
        (
            number,
            f"{number[:3]}-{number[3:7]}-{number[7:]}",
            f"{number[:3]} {number[3:7]} {number[7:]}",
        )
    )


def hk_mobile(rng: random.Random) -> str:
    return f"{rng.choice('5679')}{_digits(rng, 3)} {_digits(rng, 4)}"


def en_signature_phone(rng: random.Random) -> str:
    return rng.choice(
        (
            # (not 8xx: 800, 833, 888 … are toll-free lines, a business's)
            f"({rng.randint(201, 799)}) {_digits(rng, 3)}-{_digits(rng, 4)}",
            f"04{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"07{_digits(rng, 3)} {_digits(rng, 6)}",
        )
    )


def _when(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(('March', 'June', 'Sept', 'Nov'))} 2026"


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(100, 98000)}.{_digits(rng, 2)}"


# -- English --------------------------------------------------------------------------------------
def _en_negatives() -> list[Template]:
    return [
        lambda r: [f"I emailed {en_role_mail(r)} on {_when(r)} and nobody answered."],
        lambda r: [
            f"From: {en_role_mail(r)}\nSubject: your statement is ready\n\nLog in to view it."
        ],
        lambda r: [f"pls forward to {en_role_mail(r)}, cc {en_role_mail(r)} - they handle it"],
        lambda r: [f"Your reply went to {en_role_mail(r)} which is not monitored."],
        lambda r: [
            f"Pay the invoice into our business account {en_account(r)}, sort it by Friday."
        ],
        lambda r: [f"The supplier's corporate account {en_account(r)} changed last week, legit?"],
        lambda r: [f"transfer shows UTR {reference(r)} but money not there"],
        lambda r: [f"Chargeback raised, ARN {_digits(r, 23, '7')}, RRN {reference(r)}."],
        lambda r: [f"my card ending in {_digits(r, 4)} got blocked again"],
        lambda r: [f"OTP {_digits(r, 6)} didn't work, asked for a new one"],
        lambda r: [f"otp {_digits(r, 6)} for my accnt ending {_digits(r, 4)} never came"],
        lambda r: [f"Case no {_digits(r, 9, '4')} still open since {_when(r)}."],
        lambda r: [f"Ticket #{_digits(r, 8)}: refund of {_amount(r)} pending."],
        lambda r: [
            f"WhatsApp banking: +44 7{_digits(r, 3)} {_digits(r, 6)} (official business account)."
        ],
        lambda r: [
            f"Message us on our official WhatsApp number +91 9{_digits(r, 4)} {_digits(r, 5)}."
        ],
        lambda r: [f"Thanks for your patience.\n\n--\nCard Services Team\n{en_role_mail(r)}"],
        lambda r: [f"Kind regards\nNorthgate Bank Customer Services\n+44 20 7946 {_digits(r, 4)}"],
        lambda r: [f"Order {_digits(r, 10)} delivered {_when(r)}, amount {_amount(r)}."],
    ]


def _en_positives() -> list[Template]:
    return [
        lambda r: [
            "You can reach me at ",
            (en_personal_mail(r), "EMAIL_ADDRESS"),
            " instead of ",
            en_role_mail(r),
            ".",
        ],
        lambda r: [
            f"I wrote to {en_role_mail(r)} from my own address ",
            (en_personal_mail(r), "EMAIL_ADDRESS"),
        ],
        lambda r: [
            "please refund to my a/c ",
            (en_account(r), "BANK_ACCOUNT"),
            ", not the business account ",
            en_account(r),
        ],
        lambda r: [
            "Account no ",
            (en_account(r), "BANK_ACCOUNT"),
            f" - transfer UTR {reference(r)} never arrived",
        ],
        lambda r: [
            "card used ",
            (credit_card(r), "CREDIT_CARD"),
            f" case no DSP{_digits(r, 8)} pls reverse",
        ],
        lambda r: [
            "my credit card ",
            (credit_card(r), "CREDIT_CARD"),
            f" was charged {_amount(r)} twice",
        ],
        lambda r: ["My mobile is now ", (ph_mobile(r), "PHONE_NUMBER"), "."],
        # typed in a hurry: misspelt cues
        lambda r: ["pls refund my acount no ", (en_account(r), "BANK_ACCOUNT"), " asap"],
        lambda r: ["wrong accnt ", (en_account(r), "BANK_ACCOUNT"), f" got the {_amount(r)}"],
        lambda r: [
            "ph no ",
            (f"04{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}", "PHONE_NUMBER"),
        ],
        lambda r: ["Reach me on ", (ph_mobile(r), "PHONE_NUMBER"), " after 6pm."],
        lambda r: [
            "Sender mobile ",
            (intl_mobile(r), "PHONE_NUMBER"),
            f", reference {reference(r)}",
        ],
        lambda r: [
            "Thanks, the request is received.\n\n--\nRegards\n",
            (en_signature_phone(r), "PHONE_NUMBER"),
        ],
        lambda r: [
            "Sorted now, cheers.\n\nKind regards\n",
            (en_signature_phone(r), "PHONE_NUMBER"),
        ],
    ]


# -- Chinese --------------------------------------------------------------------------------------
def _zh_negatives() -> list[Template]:
    return [
        lambda r: [f"我已经发邮件到{zh_role_mail(r)}了，三天没人回"],
        lambda r: [f"发件人：{zh_role_mail(r)}\n主题：账单提醒\n\n您的账单已出。"],
        lambda r: [f"投诉请发{zh_role_mail(r)}，抄送{zh_role_mail(r)}"],
        lambda r: [f"货款请汇入对公账户{zh_company_account(r)}，户名以合同为准"],
        lambda r: [
            f"我们公司账户{zh_company_account(r)}要开通代发工资，联行号{_digits(r, 12, '1')}"
        ],
        lambda r: [f"收款单位账号{zh_company_account(r)}，开户行城西支行"],
        lambda r: [f"尾号{_digits(r, 4)}的卡昨天被扣了{_amount(r)}元"],
        lambda r: [f"账号尾号{_digits(r, 4)}的那张怎么冻结了"],
        lambda r: [f"网点号{_digits(r, 5)}，流水号{_digits(r, 16)}，金额{_amount(r)}"],
        lambda r: [f"验证码{_digits(r, 6)}收不到，重发了三次"],
        lambda r: [f"订单号{_digits(r, 18)}退款到哪了"],
        lambda r: [f"对公帐号 {zh_company_account(r)} 的回单在哪下载"],
        lambda r: [f"谢谢！\n\n——\n金禾银行客服中心\n{zh_role_mail(r)}"],
        lambda r: [
            "请携带身份证原件到网点办理。\n\n此致\n金禾银行城东支行\n"
            f"0{r.randint(20, 29)}-{_digits(r, 8, '5')}"
        ],
    ]


def _zh_positives() -> list[Template]:
    return [
        lambda r: [
            "有事发我邮箱",
            (zh_personal_mail(r), "EMAIL_ADDRESS"),
            f"，别发{zh_role_mail(r)}",
        ],
        lambda r: ["卡号", (debit_card(r), "BANK_ACCOUNT"), "，为什么收不到工资"],
        lambda r: ["帮我查下", (debit_card(r), "BANK_ACCOUNT"), "这张卡为什么收不到钱"],
        lambda r: ["工资卡", (debit_card(r), "BANK_ACCOUNT"), "已经销户了吗"],
        lambda r: [
            "收款账户：",
            (debit_card(r), "BANK_ACCOUNT"),
            f"，不是对公账户{zh_company_account(r)}",
        ],
        lambda r: ["我的账号", (debit_card(r), "BANK_ACCOUNT"), f"，联行号{_digits(r, 12, '3')}"],
        lambda r: ["户号", (debit_card(r), "BANK_ACCOUNT"), f"，尾号{_digits(r, 4)}那张不用管"],
        lambda r: ["有咩打", (hk_mobile(r), "PHONE_NUMBER"), "搵我，唔該"],
        lambda r: ["客户（", (intl_mobile(r), "PHONE_NUMBER"), "）申请寄新卡"],
        lambda r: [
            f"已经发到{zh_role_mail(r)}了，一直没人理\n\n——\n",
            (cn_mobile(r), "PHONE_NUMBER"),
        ],
        lambda r: ["麻烦尽快处理，谢谢\n\n此致\n", (cn_mobile(r), "PHONE_NUMBER")],
        lambda r: [
            f"货款已付到对公账户{zh_company_account(r)}（瑞信贸易有限公司）\n\n——\n",
            (f"0{r.randint(20, 29)}-{_digits(r, 8, '6')}转{_digits(r, 4)}", "PHONE_NUMBER"),
        ],
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
    """``n`` records, half English and half Chinese, about six in ten PII-free, the same for
    the same seed."""
    rng = random.Random(f"false_alarm_kinds-{seed}")
    records = []
    for i in range(n):
        lang = ("en", "zh")[i % 2]
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
    table: dict[str, Any] = {}
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        gold = [
            [(int(s["start"]), int(s["end"]), str(s["label"])) for s in r["spans"]] for r in mine
        ]
        found = analyzer.analyze_batch([str(r["text"]) for r in mine])
        pred = [[(e.start, e.end, e.label) for e in entities] for entities in found]
        table[lang] = score(gold, pred, set(LABELS))
        negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
        table[lang]["pii_free_flagged"] = {
            "share": round(sum(map(bool, negatives)) / max(1, len(negatives)), 4),
            "messages": len(negatives),
        }
        if args.show_misses:
            for row, g, p in zip(mine, gold, pred, strict=True):
                if sorted(g) != sorted(p):
                    text = row["text"]
                    print("---", text.replace("\n", " | "))
                    print(
                        "   gold:",
                        [text[s:e] for s, e, _ in g],
                        "found:",
                        [(text[s:e], lab) for s, e, lab in p],
                    )
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
