"""Dev set: names and addresses in record formats and new genres, each kind beside PII-free
look-alikes (issue 18's rule: a dev set, tune on it).

    PYTHONPATH=. python benchmarks/pii_dev/names_genres_v5.py 5   # print five records

English kinds with personal data: a vCard (``FN:`` name, ``ADR:`` address whose leading
parts are empty); an iCalendar appointment (the attendee's ``CN=``, the name after a dash in
the summary, the ``LOCATION``); SWIFT MT103 party fields (``:50K:``/``:59:``: name line, then
address lines); SQL ``INSERT`` rows under named columns; a fixed-width report's name column
under a rule of dashes; a name in a URL's query string (``name=Ines%20Okafor``); an estate's
people after ``Deceased:`` / ``Executor:``, a person after ``cc:``; a lower-case name answering
an IVR's name question in a timed transcript. Look-alikes: a vCard and an MT103 of a firm, a
public drop-in event (no attendee), a merchants' SQL table, a report's totals line
(``TOTAL ITEMS 7   BRANCH 0412``), a company's registered office and the address under a
firm's name in a letter, ``cc:`` to an ombudsman, ``Dear Sir/Madam. Lost cards: …``, an
Irish county (``Co. Kerry``).

Chinese kinds: a payee named on a form (``收款人：``); look-alike: a company account's holder
(``户名：…有限公司``).

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

GIVEN = ["Ines", "Tobiah", "Maeve", "Kofi", "Ingrid", "Rangi", "Yusra", "Caspian", "Delfina"]
SURNAMES = ["Okafor", "Lindgren", "Whitcombe", "Oyelowo", "Tremaine", "Haldane", "Castellano"]
STREETS = [
    ("14 Larkspur Row", "Headingley, Leeds", "LS6 3QT"),
    ("Flat 2, 61 Ferncliffe Road", "Harborne, Birmingham", "B17 0QD"),
    ("88 Tamarind Street", "Glenwood, Durban", "4001"),
    ("7/23 Wattle Parade", "Newtown NSW", "2042"),
]
FIRMS = ["OAKRIDGE FREIGHT LTD", "SILVERLINE PTE LTD", "KESTREL FOODS BV", "BRIGHTWAVE GMBH"]
MERCHANTS = ["Corner Bakery", "Fresh Basket", "Metro Fuel", "Kiwi Kitchen"]
CITIES = ["Dundee", "Nairobi", "Perth", "Cork"]
ZH_NAMES = ["邓雅琳", "萧子墨", "钟思远", "任嘉怡", "孔维峰"]
ZH_FIRMS = ["杭州青禾文化传播有限公司", "厦门海岚贸易有限公司", "南京锦程物流集团"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def en_vcard(rng: random.Random) -> list[Part]:
    name = _name(rng)
    given, surname = name.split()
    street, town, postcode = rng.choice(STREETS)
    return [
        f"BEGIN:VCARD\nVERSION:4.0\nN:{surname};{given};;;\nFN:",
        ("PERSON", name),
        "\nADR;TYPE=home:;;",
        ("ADDRESS", f"{street};{town};{postcode}"),
        "\nNOTE:exported from the branch CRM\nEND:VCARD",
    ]


def en_vcard_firm(rng: random.Random) -> list[Part]:
    return [
        f"BEGIN:VCARD\nVERSION:4.0\nORG:{rng.choice(FIRMS).title()}\n"
        "EMAIL;TYPE=work:accounts@example.com\nEND:VCARD"
    ]


def en_appointment(rng: random.Random) -> list[Part]:
    name = _name(rng)
    street, town, postcode = rng.choice(STREETS)
    return [
        "BEGIN:VEVENT\nDTSTART:20260311T093000Z\nSUMMARY:Home visit - ",
        ("PERSON", name),
        "\nLOCATION:",
        ("ADDRESS", f"{street}\\, {town}\\, {postcode}"),
        "\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=",
        ("PERSON", name),
        ":mailto:",
        ("EMAIL_ADDRESS", f"{name.split()[0].lower()}@example.org"),
        "\nEND:VEVENT",
    ]


def en_public_event(rng: random.Random) -> list[Part]:
    return [
        "BEGIN:VEVENT\nDTSTART:20260402T140000Z\nSUMMARY:Pensions open morning\n"
        f"LOCATION:Level {rng.randrange(1, 9)}\\, {rng.randrange(10, 200)} Harbour Street\n"
        "ORGANIZER:mailto:noreply@example.com\nEND:VEVENT"
    ]


def en_mt103(rng: random.Random) -> list[Part]:
    street, town, postcode = rng.choice(STREETS)
    return [
        f":20:PAY{_digits(rng, 9)}\n:32A:260114GBP{rng.randrange(100, 9000)},00\n:50K:/",
        ("BANK_ACCOUNT", _digits(rng, 8)),
        "\n",
        ("PERSON", _name(rng).upper()),
        "\n",
        ("ADDRESS", f"{street}\n{town}\n{postcode}".upper()),
        "\n:59:/",
        ("BANK_ACCOUNT", _digits(rng, 10)),
        "\n",
        ("PERSON", _name(rng).upper()),
        "\n:71A:OUR",
    ]


def en_mt103_firm(rng: random.Random) -> list[Part]:
    return [
        f":20:INV{_digits(rng, 6)}\n:50K:{rng.choice(FIRMS)}\n{rng.choice(CITIES).upper()}\n"
        f":59:{rng.choice(FIRMS)}\n:70:PO {_digits(rng, 6)}\n:71A:SHA"
    ]


def en_sql(rng: random.Random) -> list[Part]:
    name = _name(rng)
    street, town, postcode = rng.choice(STREETS)
    return [
        "INSERT INTO applicants (ref, applicant_name, home_address, score) VALUES\n  (",
        _digits(rng, 5),
        ", '",
        ("PERSON", name),
        "', '",
        ("ADDRESS", f"{street}, {town}, {postcode}"),
        f"', {rng.randrange(300, 900)});",
    ]


def en_sql_merchants(rng: random.Random) -> list[Part]:
    rows = ",\n  ".join(
        f"({_digits(rng, 6)}, '{rng.choice(MERCHANTS)}', '{rng.choice(CITIES)}')" for _ in range(2)
    )
    return [f"INSERT INTO merchant_sites (site_id, name, city) VALUES\n  {rows};"]


def en_fixed_width(rng: random.Random) -> list[Part]:
    parts: list[Part] = [
        f"{'ACCOUNT NAME':<24}{'REF':<10}{'STATUS':<10}\n",
        "-" * 44 + "\n",
    ]
    for _ in range(2):
        name = _name(rng).upper()
        parts += [("PERSON", name), " " * (24 - len(name)), f"{_digits(rng, 6):<10}HELD\n"]
    parts.append(f"TOTAL ITEMS {rng.randrange(2, 30)}   BRANCH {_digits(rng, 4)}")
    return parts


def en_totals_only(rng: random.Random) -> list[Part]:
    items, branch = rng.randrange(2, 30), _digits(rng, 4)
    return [f"RUN {_digits(rng, 3)} COMPLETE\nTOTAL ITEMS {items}   BRANCH {branch}"]


def en_url_name(rng: random.Random) -> list[Part]:
    name = _name(rng)
    encoded = name.replace(" ", rng.choice(["%20", "+"]))
    return [
        f"Form error at https://forms.example.com/apply?ref={_digits(rng, 8)}&full_name=",
        ("PERSON", encoded),
        "&step=3 (timeout)",
    ]


def en_estate(rng: random.Random) -> list[Part]:
    return [
        "Estate notification\nDeceased: ",
        ("PERSON", _name(rng)),
        "\nExecutor: ",
        ("PERSON", _name(rng)),
        "\nPlease freeze all accounts.",
    ]


def en_cc(rng: random.Random) -> list[Part]:
    return ["Yours sincerely,\n\n", ("PERSON", _name(rng)), "\n\ncc: ", ("PERSON", _name(rng))]


def en_cc_body(rng: random.Random) -> list[Part]:
    body = rng.choice(
        ["Financial Ombudsman Service", "Citizens Advice Bureau", "Trading Standards Service"]
    )
    return [f"I have kept copies of everything.\n\ncc: {body}"]


def en_ivr_answer(rng: random.Random) -> list[Part]:
    name = _name(rng).lower()
    return [
        "(0:12) BOT: Can I take your full name?\n(0:19) CALLER: ",
        rng.choice(["um ", "", "yeah "]),
        ("PERSON", name),
        rng.choice([" thanks", " yeah", ""]),
        "\n(0:25) BOT: Thank you.",
    ]


def en_org_addresses(rng: random.Random) -> list[Part]:
    return [
        rng.choice(
            [
                f"Lakeside Savings plc · Registered office: {rng.randrange(1, 99)} Mill Lane · "
                "Authorised by the PRA\n\nDear Customer, your statement is ready.",
                "To: The Complaints Team\nLakeside Savings plc\n"
                f"PO Box {rng.randrange(100, 9999)}\n\n"
                "I am writing about a fee.",
                "Dear Sir/Madam. Lost cards: call us any time.",
                f"Our mobile van visits Tralee, Co. Kerry on {rng.randrange(1, 28)} May.",
            ]
        )
    ]


def zh_payee(rng: random.Random) -> list[Part]:
    return ["转账信息\n收款人：", ("PERSON", rng.choice(ZH_NAMES)), "\n用途：房租"]


def zh_company_holder(rng: random.Random) -> list[Part]:
    return [f"请汇款至对公账户\n户名：{rng.choice(ZH_FIRMS)}\n开户行：某银行城东支行"]


EN_TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    en_vcard,
    en_vcard_firm,
    en_appointment,
    en_public_event,
    en_mt103,
    en_mt103_firm,
    en_sql,
    en_sql_merchants,
    en_fixed_width,
    en_totals_only,
    en_url_name,
    en_estate,
    en_cc,
    en_cc_body,
    en_ivr_answer,
    en_org_addresses,
    en_org_addresses,
)
ZH_TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (zh_payee, zh_company_holder)


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
