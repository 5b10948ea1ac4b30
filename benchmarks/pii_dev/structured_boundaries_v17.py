"""Dev set: device addresses, desk mailboxes, compact birth dates and where an address ends.

    PYTHONPATH=. python benchmarks/pii_dev/structured_boundaries_v17.py [--n 300] [--show]

Kinds (positives):
- IP_ADDRESS: a sign-in's device address in a message that also speaks of an account, a card or
  a wallet (a number cue near, which must not cost a dotted quad its label); an address with
  its port (``81.2.69.160:8443``, the address spanned, not the port); IPv6 compressed
  (``2a02:c7f:1234::20``) or in brackets with a port (``[2001:db8:4::9]:443``);
- DATE_OF_BIRTH in eight digits *before* its birth word, as Chinese writes it (``19860723出生``,
  ``20110905生``, ``19790101生人``), after ``出生于`` / ``生于``, and in English ``19920114
  (DOB)``;
- ADDRESS ending where it ends: before a sentence's full stop and the next sentence
  (``…, Porto. She …``, ``…, Nairobi. Sender …``); with a street named by its ordinal
  (``4410 N 27th Ave, Apt 12``); with commas read aloud by a transcript (``… Road comma Leeds
  comma LS6 3HN``); Chinese addresses before a word that places something beside them
  (``…18号万达广场旁``, ``…门口``) or a verb (``…B座办公``).
Look-alikes (no personal data): desk and team mailboxes named by activity nouns
(``withdrawals@``, ``referrals@``, ``intl.fees@``, ``admissions@``, ``donations@``); CIDR ranges
(``203.0.113.0/24``); version numbers (``version 10.4.2.1``); eight digits before ``生效`` /
``生产``; a court or a hospital named with its district (``朝阳区人民法院``).

A dev set (tuned on; see ``benchmarks/pii_dev/__init__.py``); its wording is this module's own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]

_FIRST = ["Maeve", "Olusegun", "Ritu", "Casimir", "Ingrid", "Tadhg", "Yara", "Benedikt"]
_LAST = ["Okafor", "Lindgren", "Szabo", "Ferreira", "Ahern", "Castellano", "Nakagawa"]
_ZH_NAMES = ["梁思远", "顾晓楠", "彭嘉怡", "谭浩然", "蒋雨辰", "罗志明", "阎若曦"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _public_v4(rng: random.Random) -> str:
    first = rng.choice([31, 46, 62, 81, 89, 109, 151, 178, 185, 212])
    return ".".join(
        str(x) for x in (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    )


def _v6(rng: random.Random) -> str:
    groups = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(3)]
    return rng.choice(
        [
            f"2a02:{groups[0]}:{groups[1]}::{groups[2]}",
            f"2001:db8:{groups[0]}::{rng.randint(1, 99)}",
            f"fe80::{groups[0]}:{groups[1]}",
        ]
    )


def _birth(rng: random.Random) -> dt.date:
    return dt.date(rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28))


# ---------------------------------------------------------------- English


def _en_login_near_account(rng: random.Random) -> list[Part]:
    ip = _public_v4(rng)
    lead = rng.choice(
        [
            "My wallet account was emptied overnight.",
            "There is a card payment I never made on my account.",
            "Somebody reset the password on my savings account.",
        ]
    )
    verb = rng.choice(
        ["The sign-in came from ", "Their session was opened from ", "It was accessed from "]
    )
    return [
        f"{lead} {verb}",
        (ip, "IP_ADDRESS"),
        rng.choice([", not from me.", ". Please freeze it.", "."]),
    ]


def _en_ip_with_port(rng: random.Random) -> list[Part]:
    if rng.random() < 0.5:
        ip = _public_v4(rng)
        return [
            "Your fraud team asked for my connection: it shows ",
            (ip, "IP_ADDRESS"),
            f":{rng.choice([443, 8080, 8443, 51820])} on the router page.",
        ]
    ip = _v6(rng)
    if rng.random() < 0.5:
        return ["The app's debug screen lists my device as [", (ip, "IP_ADDRESS"), "]:443 today."]
    return ["Home broadband address (IPv6) is ", (ip, "IP_ADDRESS"), ", in case you need it."]


def _en_desk_mailbox(rng: random.Random) -> list[Part]:
    box = rng.choice(
        [
            "withdrawals@tokenhub-example.io",
            "referrals@clinic-example.co.uk",
            "intl.fees@college-example.ac.uk",
            "admissions@college-example.edu",
            "donations@shelter-example.org",
            "renewals@motorcover-example.com",
            "payouts@rides-example.com",
        ]
    )
    return [
        rng.choice(
            ["Their office told me to e-mail ", "Is it safe to write to ", "I was sent here by "]
        ),
        box,
        rng.choice(["? It's not my own address.", " about the transfer.", "."]),
    ]


def _dotted(rng: random.Random) -> str:
    return ".".join(str(rng.randint(0, 9)) for _ in range(3))


def _en_network_or_version(rng: random.Random) -> list[Part]:
    return [
        rng.choice(
            [
                "Your status page says the outage hit 203.0.113.0/24 only.",
                f"The app is on version 10.{_dotted(rng)} and still crashes.",
                f"Firmware {rng.randint(1, 4)}.{_dotted(rng)} on the card reader, is it current?",
            ]
        )
    ]


def _en_compact_dob(rng: random.Random) -> list[Part]:
    born = _birth(rng).strftime("%Y%m%d")
    return ["Form for ", (_name(rng), "PERSON"), ", ", (born, "DATE_OF_BIRTH"), " (DOB), attached."]


def _en_address_then_sentence(rng: random.Random) -> list[Part]:
    address = rng.choice(
        [
            f"{rng.randint(2, 90)} Rua das Flores, Porto",
            f"{rng.randint(2, 90)} Ngong Road, Kilimani, Nairobi",
            f"{rng.randint(2, 90)} Harbour Road, Wellington",
            f"Apt {rng.randint(1, 30)}, {rng.randint(2, 90)} Lakeside Drive, Galway",
        ]
    )
    after = rng.choice(
        [
            " She moved there in May.",
            " Sender reference is on the slip.",
            " Do I need to send a bill?",
            " Thanks for your help.",
        ]
    )
    return ["Please post my brother's new card to ", (address, "ADDRESS"), "." + after]


def _en_ordinal_street(rng: random.Random) -> list[Part]:
    side = rng.choice(["N", "S", "E", "W"])
    kind = rng.choice(["Ave", "St", "Street"])
    street = f"{rng.randint(100, 9999)} {side} {rng.randint(4, 19)}th {kind}"
    town = rng.choice(["Phoenix, AZ 85015", "Omaha, NE 68131", "Spokane, WA 99201"])
    return [
        "My mailing address is now ",
        (f"{street}, Apt {rng.randint(1, 40)}{rng.choice('ABC')}, {town}", "ADDRESS"),
        ". Thank you.",
    ]


def _en_spoken_commas(rng: random.Random) -> list[Part]:
    address = rng.choice(
        [
            f"{rng.randint(2, 99)} Beech Road comma Leeds comma LS6 3HN",
            f"{rng.randint(2, 99)} Mill Lane comma Bristol comma BS3 4QT",
            f"{rng.randint(2, 99)} Orchard Way comma Derby comma DE23 8FL",
        ]
    )
    return [
        "Voicemail (auto transcript): hi it's ",
        (_name(rng).lower(), "PERSON"),
        " my new address is ",
        (address, "ADDRESS"),
        " full stop thanks",
    ]


# ---------------------------------------------------------------- Chinese


def _zh_compact_dob(rng: random.Random) -> list[Part]:
    born = _birth(rng).strftime("%Y%m%d")
    relation = rng.choice(["我女儿", "我母亲", "我爱人", "我外公"])
    shape = rng.choice(["出生", "生", "生人", "年生", "before"])
    name = rng.choice(_ZH_NAMES)
    if shape == "before":
        return [
            f"{relation}",
            (name, "PERSON"),
            "，出生于",
            (born, "DATE_OF_BIRTH"),
            "，想开一张儿童卡。",
        ]
    return [
        f"{relation}",
        (name, "PERSON"),
        "，",
        (born, "DATE_OF_BIRTH"),
        f"{shape}，卡被锁了怎么办？",
    ]


def _zh_compact_not_birth(rng: random.Random) -> list[Part]:
    day = _birth(rng).strftime("%Y%m%d")
    return [rng.choice([f"合同{day}生效，利率怎么算？", f"这批卡片{day}生产，有问题吗？"])]


def _zh_address_then_word(rng: random.Random) -> list[Part]:
    base = rng.choice(
        [
            f"广东省广州市天河区体育西路{rng.randint(1, 200)}号",
            f"浙江省杭州市西湖区文三路{rng.randint(1, 200)}号",
            f"四川省成都市锦江区春熙路{rng.randint(1, 200)}号",
        ]
    )
    tail = rng.choice(["旁", "门口", "附近", "对面"])
    return [
        "麻烦把新卡寄到我家，",
        (base, "ADDRESS"),
        f"{tail}的那栋楼，收件人",
        (rng.choice(_ZH_NAMES), "PERSON"),
        "。",
    ]


def _zh_organisation(rng: random.Random) -> list[Part]:
    body = rng.choice(["朝阳区人民法院", "海淀区人民医院", "徐汇区税务局"])
    return [
        f"我的账户被北京市{body}冻结了，怎么处理？"
        if "法院" in body
        else f"{body}让我开一张流水证明。"
    ]


_KINDS = {
    "en": [
        _en_login_near_account,
        _en_ip_with_port,
        _en_desk_mailbox,
        _en_network_or_version,
        _en_compact_dob,
        _en_address_then_sentence,
        _en_ordinal_street,
        _en_spoken_commas,
    ],
    "zh": [_zh_compact_dob, _zh_compact_not_birth, _zh_address_then_word, _zh_organisation],
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
