# ruff: noqa: E501
"""Dev set: people and their contact details as they travel between apps and countries, each
kind beside PII-free look-alikes (issue 18's rule: a dev set, tune on it).

    PYTHONPATH=. python benchmarks/pii_dev/contacts_abroad_v8.py 5   # print five records

English kinds with personal data:
- chat exports in three layouts (``[14.03.25, 09:12] Mele T.: …``, ``Mele T., [14/03/2025
  09:12]:`` and a tab-separated ``09:12<TAB>Mele Tupou<TAB>…``): a display name (given name and
  an initial, or a whole name) on every turn of the customer's, the bank's turns under a
  role name; the customer gives an address and a number written as that country writes it;
- KYC name spellings: names with particles (``bin``, ``binti``, ``al-``, ``el-``, ``van den``,
  ``di``, ``du``, ``de los``), double and hyphenated surnames, Vietnamese and Korean order,
  written as on the passport and as the customer signs;
- joint applications naming both holders, one line each or in one sentence;
- e-mail headers (``From: "Surname, Given" <…>``, ``Cc:``) and quoted replies (``On …, Name
  <…> wrote:``, ``>`` lines), greeting a customer by a given name no census lists;
- SMS backups naming the contact after the number; courier labels in capitals (``DELIVER TO``);
- national phone numbers of Singapore, Australia, Ireland, India, New Zealand and Malaysia
  beside an address or a number of that country; bank accounts named after their branch code
  (Canadian transit and institution, Australian BSB, Indian IFSC).

Look-alikes (PII-free): a chat between a role account and a bot, a team mailbox's notice, an
FAQ quoting a toll-free line and a 4-digit branch code, a parcel label of a firm to a firm, a
ticket and order numbers beside a Singapore postcode.

Chinese kinds: dates of birth written many ways (``1990年3月8日``, ``1990.03.08``,
``90年3月8号``, ``一九九〇年三月八日``, ``19900308``) after 出生 / 生日 cues; look-alikes: an appointment
date, an account-opening date and a card's expiry in the same layouts.

Records: ``{"text", "spans": [{"start", "end", "label"}], "lang"}``. The wording is this
module's own.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]

# Given names and surnames from many origins (few in an English census list).
GIVEN = [
    "Mele", "Thandiwe", "Anh", "Seo-hyun", "Chia-hui", "Oluwadamilare", "Kalani", "Ngaio",
    "Farida", "Bao", "Tevita", "Aroha", "Sunita", "Ifeoma", "Kirra", "Jae-won", "Dervla",
    "Niamh", "Eoin", "Siosaia", "Wiremu", "Meera", "Adaeze", "Yen-ling", "Hyun-woo",
]  # fmt: skip
SURNAMES = [
    "Tupou", "Ndlovu", "Ratnayake", "Okonjo", "Fakatava", "Parata", "Quigley", "Ó Briain",
    "Subramaniam", "Fonoti", "Achterberg", "Wanigasekara", "Kowalczyk", "Nakamura", "Mabuza",
]  # fmt: skip
# Whole names as they are written in their own order or with their particles.
ORDERED = [
    "Tran Thi Lan", "Vo Minh Khoa", "Dang Thu Trang", "Choi Ji-ho", "Han Seo-yeon",
    "Yoon Hyun-woo", "Lin Chia-hui", "Tsai Yen-ling", "Farah binti Hassan",
    "Iskandar bin Yusuf", "Nadia el-Amin", "Karim al-Rashid", "Luca di Marco",
    "Marie-Claire du Pont", "Ana Sofía García López", "Kwame Asante-Mensah",
    "Sander van den Berg", "Julieta de los Santos", "Siobhán Ní Bhriain", "Rhys ap Gwyn",
    "Hamza ibn Tariq", "Aisling Mac Giolla Phádraig",
]  # fmt: skip
# Countries: an address written as that country writes it and a number in its own format.
PLACES: list[tuple[str, Callable[[random.Random], str], Callable[[random.Random], str]]] = []


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _sg_address(rng: random.Random) -> str:
    street = rng.choice(
        ["Jurong West St 52", "Clementi Ave 4", "Sengkang East Way", "Bishan St 13"]
    )
    return f"Blk {rng.randint(100, 899)} {street}, #{rng.randint(2, 30):02d}-{rng.randint(10, 999)}, Singapore {rng.choice('56')}{_d(rng, 5)}"


def _sg_phone(rng: random.Random) -> str:
    first = rng.choice("89") + _d(rng, 3)
    return rng.choice(
        [f"{first} {_d(rng, 4)}", f"{first}{_d(rng, 4)}", f"+65 {first} {_d(rng, 4)}"]
    )


def _au_address(rng: random.Random) -> str:
    town, state, code = rng.choice(
        [("Marrickville", "NSW", "2204"), ("Brunswick", "VIC", "3056"), ("Kedron", "QLD", "4031"),
         ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045")]
    )  # fmt: skip
    street = rng.choice(["Grevillea Street", "Kurrajong Avenue", "Boronia Road", "Waratah Lane"])
    return f"{rng.randint(1, 9)}/{rng.randint(10, 240)} {street}, {town} {state} {code}"


def _au_phone(rng: random.Random) -> str:
    return rng.choice(
        [f"04{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", f"(0{rng.choice('2378')}) {_d(rng, 4)} {_d(rng, 4)}",
         f"04{_d(rng, 8)}", f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"]
    )  # fmt: skip


def _ie_address(rng: random.Random) -> str:
    return rng.choice(
        [f"{rng.randint(1, 90)} Griffith Avenue, Drumcondra, Dublin {rng.randint(1, 24)}",
         f"Apt {rng.randint(1, 60)}, The Linen Hall, Mallow, Co. Cork, P51 {rng.choice('AKX')}{_d(rng, 2)}{rng.choice('RTW')}",
         f"{rng.randint(1, 40)} Sea Road, Salthill, Co. Galway, H91 {rng.choice('FKP')}{_d(rng, 3)}"]
    )  # fmt: skip


def _ie_phone(rng: random.Random) -> str:
    return rng.choice(
        [f"08{rng.choice('35679')} {_d(rng, 3)} {_d(rng, 4)}", f"(0{rng.choice('14')}) {_d(rng, 3)} {_d(rng, 4)}",
         f"08{rng.choice('3567')}-{_d(rng, 7)}", f"+353 8{rng.choice('3567')} {_d(rng, 3)} {_d(rng, 4)}"]
    )  # fmt: skip


def _in_address(rng: random.Random) -> str:
    city, state, pin = rng.choice(
        [("Pune", "Maharashtra", "411038"), ("Kochi", "Kerala", "682020"),
         ("Jaipur", "Rajasthan", "302017"), ("Mysuru", "Karnataka", "570009")]
    )  # fmt: skip
    return f"Flat {rng.randint(101, 905)}, {rng.choice(['Sai Krupa Residency', 'Green Meadows', 'Lotus Towers'])}, {city}, {state} {pin}"


def _in_phone(rng: random.Random) -> str:
    return rng.choice(
        [f"0{rng.choice('9876')}{_d(rng, 4)} {_d(rng, 5)}", f"{rng.choice('9876')}{_d(rng, 4)}-{_d(rng, 5)}",
         f"0{rng.choice(['20', '80', '22'])}-{_d(rng, 4)} {_d(rng, 4)}", f"+91 {rng.choice('9876')}{_d(rng, 4)} {_d(rng, 5)}"]
    )  # fmt: skip


def _nz_address(rng: random.Random) -> str:
    return f"{rng.randint(2, 180)} Karaka Street, {rng.choice(['Ponsonby, Auckland 1011', 'Riccarton, Christchurch 8011', 'Kelburn, Wellington 6012'])}, New Zealand"


def _nz_phone(rng: random.Random) -> str:
    return rng.choice(
        [
            f"021 {_d(rng, 3)} {_d(rng, 4)}",
            f"027-{_d(rng, 3)} {_d(rng, 4)}",
            f"(09) {_d(rng, 3)} {_d(rng, 4)}",
        ]
    )


def _my_address(rng: random.Random) -> str:
    return f"No. {rng.randint(2, 88)}, Jalan {rng.choice(['Kenanga 3', 'SS 2/24', 'Bukit Bintang'])}, {rng.choice(['47300 Petaling Jaya', '50450 Kuala Lumpur', '81200 Johor Bahru'])}, Malaysia"


def _my_phone(rng: random.Random) -> str:
    return rng.choice(
        [
            f"01{rng.choice('2379')}-{_d(rng, 3)} {_d(rng, 4)}",
            f"+60 1{rng.choice('2379')}-{_d(rng, 3)} {_d(rng, 4)}",
        ]
    )


PLACES = [
    ("SG", _sg_address, _sg_phone),
    ("AU", _au_address, _au_phone),
    ("IE", _ie_address, _ie_phone),
    ("IN", _in_address, _in_phone),
    ("NZ", _nz_address, _nz_phone),
    ("MY", _my_address, _my_phone),
]


def _given(rng: random.Random) -> str:
    return rng.choice(GIVEN)


def _whole(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(ORDERED)
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _display(rng: random.Random) -> str:
    """A chat app's display name: a given name and an initial, or a whole name."""
    if rng.random() < 0.6:
        return f"{rng.choice(GIVEN)} {rng.choice('ABDFHKLMNRST')}."
    return _whole(rng)


def _place(
    rng: random.Random,
) -> tuple[str, Callable[[random.Random], str], Callable[[random.Random], str]]:
    return rng.choice(PLACES)


def en_chat_export(rng: random.Random) -> list[Part]:
    who = _display(rng)
    _, address, phone = _place(rng)
    agent = rng.choice(["Help Desk", "Support Team", "Card Services", "Virtual Assistant"])
    style = rng.randrange(3)
    stamps = [
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.25, {rng.randint(8, 21):02d}:{rng.randint(10, 59)}"
        for _ in range(4)
    ]

    def turn(speaker: Part, stamp: str, body: list[Part]) -> list[Part]:
        if style == 0:
            return [f"[{stamp}] ", speaker, ": ", *body, "\n"]
        if style == 1:
            return [speaker, f", [{stamp}]:\n", *body, "\n"]
        return [stamp.split(", ")[1] + "\t", speaker, "\t", *body, "\n"]

    me: Part = ("PERSON", who)
    parts: list[Part] = [
        rng.choice(["Chat transcript (exported)\n", "Exported from messenger\n", ""])
    ]
    parts += turn(
        me,
        stamps[0],
        [
            rng.choice(
                [
                    "hey, moved house last week",
                    "need to change my contact info pls",
                    "my statement went to the old flat again",
                ]
            )
        ],
    )
    parts += turn(
        agent, stamps[1], ["No problem. What is the new address and the best number to reach you?"]
    )
    parts += turn(me, stamps[2], ["new place: ", ("ADDRESS", address(rng))])
    parts += turn(
        me,
        stamps[3],
        [
            rng.choice(["and you can reach me on ", "number is ", "ph "]),
            ("PHONE_NUMBER", phone(rng)),
        ],
    )
    return parts


def en_bot_chat(rng: random.Random) -> list[Part]:
    """Look-alike: a role account and a bot, no person."""
    stamp = f"{rng.randint(8, 21):02d}:{rng.randint(10, 59)}"
    return [
        f"[{stamp}] Branch Team: reminder, the {rng.choice(['Clementi', 'Subiaco', 'Drumcondra'])} branch closes early on Friday\n",
        f"[{stamp}] Virtual Assistant: noted. Ticket {_d(rng, 8)} updated.\n",
        f"[{stamp}] Branch Team: thanks",
    ]


def en_kyc_spelling(rng: random.Random) -> list[Part]:
    name = rng.choice(ORDERED)
    sign = name.split()[0] if rng.random() < 0.5 else name.split()[-1]
    return rng.choice(
        [
            [
                "Name as printed in passport: ",
                ("PERSON", name),
                ". I usually sign as ",
                ("PERSON", sign),
                ", is that a problem for the form?",
            ],
            [
                "For the KYC refresh - full legal name ",
                ("PERSON", name.upper()),
                " (surname first on my ID card).",
            ],
            [
                "Correction to the account holder name: it should read ",
                ("PERSON", name),
                ", not ",
                ("PERSON", " ".join(reversed(name.split()))),
                ".",
            ],
        ]
    )


def en_joint(rng: random.Random) -> list[Part]:
    a, b = _whole(rng), _whole(rng)
    _, address, phone = _place(rng)
    if rng.random() < 0.5:
        return [
            "Joint holders\nFirst holder: ", ("PERSON", a), "\nSecond holder: ", ("PERSON", b),
            "\nCorrespondence to: ", ("ADDRESS", address(rng)), "\nMobile (first holder): ", ("PHONE_NUMBER", phone(rng)),
        ]  # fmt: skip
    return [
        "We'd like to open the account together, me (", ("PERSON", a), ") and my partner ", ("PERSON", b),
        ". We both live at ", ("ADDRESS", address(rng)), ".",
    ]  # fmt: skip


def en_mail_thread(rng: random.Random) -> list[Part]:
    given = _given(rng)
    surname = rng.choice(SURNAMES)
    _, address, phone = _place(rng)
    handle = f"{given.lower().replace('-', '')}.{surname.lower().replace(' ', '').replace('ó', 'o')}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com'])}"
    agent = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
    return [
        "From: \"", ("PERSON", f"{surname}, {given}"), "\" <", ("EMAIL_ADDRESS", handle), ">\nSent: ",
        rng.choice(["Tuesday", "Friday"]), " 09:41\nTo: Customer Care <care@bank.example>\nSubject: RE: contact update\n\n",
        "Thanks, that's all correct. The landline is ", ("PHONE_NUMBER", phone(rng)), " if the mobile is off.\n\n",
        "> Hi ", ("PERSON", given), ",\n> We have updated your address to ", ("ADDRESS", address(rng)),
        ".\n> Regards,\n> ", ("PERSON", agent), "\n> Customer Care\n",
    ]  # fmt: skip


def en_quoted_reply(rng: random.Random) -> list[Part]:
    given = _given(rng)
    name = f"{given} {rng.choice(SURNAMES)}"
    _, address, phone = _place(rng)
    return [
        "Hello ", ("PERSON", given), ",\nThe card will go to the new address today.\n\nOn ",
        f"{rng.randint(1, 28)} May 2025 at {rng.randint(8, 20)}:{rng.randint(10, 59)}, ", ("PERSON", name), " <",
        ("EMAIL_ADDRESS", f"{given.lower().replace('-', '')}{_d(rng, 2)}@{rng.choice(['proton.me', 'icloud.com'])}"), "> wrote:\n",
        "> > please send the new card to ", ("ADDRESS", address(rng)), "\n> > my number: ", ("PHONE_NUMBER", phone(rng)),
    ]  # fmt: skip


def en_sms_backup(rng: random.Random) -> list[Part]:
    name = _whole(rng)
    _, _, phone = _place(rng)
    return [
        f"sms_backup.txt\n{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2025 {rng.randint(10, 23)}:{rng.randint(10, 59)} from ",
        ("PHONE_NUMBER", phone(rng)), " [", ("PERSON", name), "]: ",
        rng.choice(["did the money go through?", "sent you the deposit, check pls", "call me when you can"]),
        f"\n{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2025 08:{rng.randint(10, 59)} from BANKALERT: OTP {_d(rng, 6)}, do not share",
    ]  # fmt: skip


def en_courier_caps(rng: random.Random) -> list[Part]:
    name = _whole(rng).upper()
    _, address, phone = _place(rng)
    return [
        f"CONSIGNMENT {rng.choice(['SG', 'AU', 'IE'])}{_d(rng, 9)}\nDELIVER TO\n", ("PERSON", name), "\n",
        ("ADDRESS", address(rng)), "\nTEL ", ("PHONE_NUMBER", phone(rng)), "\nSENDER: CARD FULFILMENT CENTRE",
    ]  # fmt: skip


def en_firm_label(rng: random.Random) -> list[Part]:
    """Look-alike: a firm's parcel to a firm."""
    return [
        f"CONSIGNMENT AU{_d(rng, 9)}\nDELIVER TO\nRECEIVING DOCK 4, {rng.choice(['HARBOURSIDE LOGISTICS', 'NORTHGATE PRINT'])}\n",
        f"REF {_d(rng, 8)}\nSENDER: CARD FULFILMENT CENTRE",
    ]


def en_branch_account(rng: random.Random) -> list[Part]:
    name = _whole(rng)
    kind = rng.randrange(3)
    if kind == 0:
        return [
            "Set up ", ("PERSON", name), " as a payee please: transit ", f"{_d(rng, 5)}, institution 00{rng.randint(1, 9)}, account ",
            ("BANK_ACCOUNT", _d(rng, 7)), ".",
        ]  # fmt: skip
    if kind == 1:
        return [
            "Refund to my other bank: BSB ", f"{_d(rng, 3)}-{_d(rng, 3)}", ", acct ", ("BANK_ACCOUNT", f"{_d(rng, 4)} {_d(rng, 4)}"),
            " in the name of ", ("PERSON", name), ".",
        ]  # fmt: skip
    return [
        "Beneficiary ", ("PERSON", name), ", IFSC ", f"{rng.choice(['ICIC', 'UTIB', 'KKBK'])}0{_d(rng, 6)}",
        ", A/c no ", ("BANK_ACCOUNT", _d(rng, 12)), ".",
    ]  # fmt: skip


def en_faq(rng: random.Random) -> list[Part]:
    """Look-alike: a notice with a team mailbox, a toll-free line and codes."""
    return [
        f"Moving abroad? Tell us before you go. Call 1800 {_d(rng, 3)} {_d(rng, 3)} or write to {rng.choice(['relocation.desk', 'overseas.help', 'joint.accounts.team'])}@bank.example. ",
        f"Branch code {_d(rng, 4)}; form MV-{rng.randint(2, 9)} rev {rng.randint(1, 12):02d}/2025.",
    ]


def en_ticket_sg(rng: random.Random) -> list[Part]:
    """Look-alike: numbers of a case, not a phone, beside a Singapore postcode."""
    return [
        f"Case {_d(rng, 8)}: cheque book request for the Singapore {rng.choice('56')}{_d(rng, 5)} ",
        f"collection point; order {_d(rng, 8)}, batch {_d(rng, 4)}. No customer details attached.",
    ]


ZH_DOB_CUES = ["出生日期", "生日", "出生于", "出生年月日", "本人生日是"]
ZH_NAMES = ["阮文雄", "柯佳慧", "扎西顿珠", "麦家朗", "欧阳晓岚", "热依拉", "滕子骞"]
_ZH_NUMERALS = "〇一二三四五六七八九"


def _zh_date(rng: random.Random, year: int, month: int, day: int) -> str:
    style = rng.randrange(6)
    if style == 5:
        return f"{year}{month:02d}{day:02d}"
    if style == 0:
        return f"{year}年{month}月{day}日"
    if style == 1:
        return f"{year}.{month:02d}.{day:02d}"
    if style == 2:
        return f"{str(year)[2:]}年{month}月{day}号"
    if style == 3:
        return "".join(_ZH_NUMERALS[int(c)] for c in str(year)) + f"年{month}月{day}日"
    return f"{year}/{month}/{day}"


def zh_dob(rng: random.Random) -> list[Part]:
    name = rng.choice(ZH_NAMES)
    dob = _zh_date(rng, rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    cue = rng.choice(ZH_DOB_CUES)
    return rng.choice(
        [
            [
                "核对身份：",
                ("PERSON", name),
                "，",
                cue,
                ("DATE_OF_BIRTH", dob),
                "，请帮我重置密码。",
            ],
            [cue, "：", ("DATE_OF_BIRTH", dob), "\n姓名：", ("PERSON", name)],
        ]
    )


def zh_other_dates(rng: random.Random) -> list[Part]:
    """Look-alike: dates that are not a birth date, in the same layouts."""
    d = _zh_date(rng, rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28))
    return rng.choice(
        [
            ["预约办理日期：", d, "，请带身份证原件到网点。"],
            [
                "开户日期",
                d,
                "，卡片有效期至",
                f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
                "。",
            ],
            ["系统将于", d, "凌晨升级，届时手机银行暂停服务。"],
        ]
    )


EN_TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    en_chat_export,
    en_chat_export,
    en_bot_chat,
    en_kyc_spelling,
    en_joint,
    en_mail_thread,
    en_quoted_reply,
    en_sms_backup,
    en_courier_caps,
    en_firm_label,
    en_branch_account,
    en_faq,
    en_ticket_sg,
)
ZH_TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (zh_dob, zh_dob, zh_other_dates)


def _assemble(parts: list[Part], lang: str) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            label, value = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += part
    return {"text": text, "spans": spans, "lang": lang}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` records drawn with ``seed``: three English to one Chinese, each language's
    templates about equally often."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        lang, templates = ("zh", ZH_TEMPLATES) if i % 4 == 3 else ("en", EN_TEMPLATES)
        records.append(_assemble(rng.choice(templates)(rng), lang))
    return records


if __name__ == "__main__":
    for record in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5, 1):
        print(record)
