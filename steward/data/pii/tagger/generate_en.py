"""Generated English messages with PERSON and ADDRESS spans, to train and check the English tagger.

    python -m steward.data.pii.tagger.generate_en --n 20 --seed 7 --split train

Written from general knowledge of how a bank's customers and staff write in English: e-mails
with sign-offs and signatures, call transcripts with speaker labels, CRM notes about third
parties, forms with field labels, SMS, dispute letters and KYC updates. Names come from many
cultures (Anglo, Chinese romanised in either order, Indian with initials, Malay with
bin/binti, Arabic with Al-, Hispanic with two surnames, West and South African, Vietnamese,
Korean, European with particles, hyphenated surnames, titles outside the span); addresses in
US, UK, CA, AU, SG, HK, IN and MY formats with flats, units, PO boxes and postcodes. Hard
negatives: capitalised sentence starts, product and card names, bank and branch names,
streets or places mentioned without an address, months, weekdays and staff roles.

About a third of the name parts come from pools the tagger's lexicon feature does not list,
so it learns names from their place in the message as well as from the lexicons. Two template
pools: ``split="train"`` and ``split="dev"`` (a disjoint quarter of the whole-message
templates), so a dev figure measures wording the model did not see. Records:
``{"text", "spans": [{"start", "end", "label"}], "lang": "en"}``; only PERSON and ADDRESS are
labelled (a title such as ``Mr`` is outside the name; an address runs from its flat, unit or
house number to its postcode or last part as written).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Sequence

from steward.data.pii.recognizers.base import words


def _bars(text: str) -> tuple[str, ...]:
    """The ``|``-separated entries of a literal list (entries may hold spaces)."""
    return tuple(part.strip() for part in text.split("|"))


Record = dict[str, object]
Segment = str | tuple[str, str]
Template = Callable[[random.Random], list[Segment]]

# ---------------------------------------------------------------------------- names

_ANGLO_GIVEN = words(
    "James Oliver Jack Harry George Thomas William Noah Liam Ethan Lucas Mason Logan Owen Callum "
    "Hamish Rhys Declan Ciaran Finn Darren Gareth Nigel Trevor Keith Wayne Craig Shane Brett "
    "Olivia Amelia Isla Ava Emily Sophie Chloe Grace Ruby Poppy Freya Evie Siobhan Niamh Aoife "
    "Bronwyn Kylie Tegan Shannon Kirsty Gemma Leanne Tracey Deborah Margaret Heather Fiona Morag"
)
_ANGLO_SURNAMES = words(
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
    "Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Harrison "
    "O'Brien O'Sullivan McDonald MacLeod McKenzie Fitzgerald Sutherland Pemberton Ashworth "
    "Whitfield Hargreaves Blackwood Fairweather Thistlewood Cartwright Llewellyn Gallagher "
    "Duffy Brennan Kavanagh Quigley Doherty Nolan Byrne Murphy Flanagan"
)
_CHINESE_SURNAMES = words(
    "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Sim Chong Leong Lau "
    "Cheung Leung Chow Yip Kwok Tsang Chen Wang Zhang Liu Yang Huang Zhao Zhou Xu Sun Zhu Guo"
)
_CHINESE_GIVEN_PARTS = words(
    "Wei Ming Chee Keong Kah Hui Mei Ling Siew Boon Hock Eng Kok Seng Yong Jun Jie Xin Yi "
    "Hao Yu Ka Yan Wing Kit Siu Man Chi Kin Tsz Lok Pui Shan Xiaoming Jianguo Haoran Zihan"
)
_WESTERN_CHINESE_GIVEN = words(
    "David Kevin Jason Eric Vincent Alvin Desmond Kelvin Winnie Queenie Ivy Joyce Cindy Shirley"
)
_INDIAN_GIVEN = words(
    "Priya Arjun Rahul Ananya Kavya Vikram Sanjay Deepa Lakshmi Venkatesh Suresh Ramesh Anjali "
    "Aditya Rohan Meera Nikhil Pooja Harpreet Gurpreet Manpreet Sunita Rajesh Karthik Divya"
)
_INDIAN_SURNAMES = words(
    "Sharma Kaur Singh Patel Gupta Iyer Narayanan Raghunathan Krishnan Subramaniam Reddy "
    "Nair Menon Chatterjee Banerjee Mukherjee Desai Joshi Kulkarni Pillai Rao Agarwal Malhotra"
)
_MALAY_GIVEN = words(
    "Siti Nurul Nur Aisyah Farah Mohd Muhammad Ahmad Faizal Hafiz Azman Zulkifli Rosli Hakim "
    "Amirul Syafiq Izzati Nadia Hidayah Aminah"
)
_MALAY_FATHERS = words("Ahmad Ismail Hassan Abdullah Osman Yusof Ibrahim Rahman Kassim Salleh")
_ARABIC_GIVEN = words("Ahmed Omar Khalid Yousef Tariq Fatima Layla Mariam Noura Hamza Rania Zainab")
_ARABIC_SURNAMES = words(
    "Al-Mansouri Al-Farsi Al-Rashid Haddad Khoury Nasser Hassan Saleh El-Amin Mahmoud Aziz"
)
_HISPANIC_GIVEN = words(
    "María José Juan Carlos Lucía Sofía Alejandro Diego Valentina Mateo Camila Andrés Javier"
)
_HISPANIC_SURNAMES = words(
    "García López Martínez Rodríguez Hernández Gómez Díaz Torres Ramírez Vargas Castillo "
    "Morales Ortega Delgado Navarro"
)
_AFRICAN_GIVEN = words(
    "Kwame Kofi Ama Abena Chukwuemeka Ngozi Chiamaka Oluwaseun Adebayo Thabo Sipho Lerato "
    "Nomvula Tendai Wanjiru Kamau Amara Folasade Yaw"
)
_AFRICAN_SURNAMES = words(
    "Mensah Asante Okafor Adeyemi Okonkwo Nwosu Nkosi Dlamini Mokoena Moyo Kariuki Otieno "
    "Boateng Owusu Balogun Eze"
)
_WORDLIKE_GIVEN = words(
    "May Joy Hope Will Mark Grace Rose Faith June Bill Frank Dawn Summer Jack Ray"
)
_ACCENTED = (
    ("Geneviève", "Côté"),
    ("Zoë", "Papadopoulos"),
    ("Siobhán", "Ó Briain"),
    ("José", "Peña"),
    ("Renée", "Lefèvre"),
    ("Björn", "Sørensen"),
    ("Łukasz", "Wróbel"),
    ("Ayşe", "Yılmaz"),
    ("Thanh Hương", "Nguyễn"),
    ("Chloé", "Lefèvre-Martin"),
    ("Jean-Luc", "Tremblay"),
    ("D'Arcy", "McAllister"),
)
_OTHER_GIVEN = words(
    "Minh Thanh Linh Min-jun Seo-yeon Ji-ho Haruto Yuki Katarzyna Piotr Lars Ingrid"
)
_OTHER_SURNAMES = words("Nguyen Tran Pham Kim Park Choi Sato Tanaka Nowak Kowalski Jensen Novak")
_TITLES = words("Mr Mrs Ms Miss Dr Mr. Mrs. Ms. Dr. Prof. Mdm Encik Puan Datuk")


_HAN_NAMES = words(
    "王芳 李伟 张静 刘洋 陈杰 杨帆 黄丽 赵磊 周敏 吴婷 司马文杰 欧阳娜 陳美玲 林俊傑 梁志偉"
)


def _person(rng: random.Random, short: bool = False) -> str:
    """A person's name as written: full, with initials, surname first or given name alone."""
    if rng.random() < 0.03:
        return rng.choice(_HAN_NAMES)  # a Chinese name inside English text (ID, payee)
    if short and rng.random() < 0.5:
        pool = rng.choice([_ANGLO_GIVEN, _INDIAN_GIVEN, _AFRICAN_GIVEN, _HISPANIC_GIVEN])
        return rng.choice(pool)
    culture = rng.randrange(10)
    if culture <= 2:
        given, surname = rng.choice(_ANGLO_GIVEN), rng.choice(_ANGLO_SURNAMES)
        roll = rng.random()
        if roll < 0.12:
            surname = f"{surname}-{rng.choice(_ANGLO_SURNAMES)}"
        elif roll < 0.25:
            return f"{given} {rng.choice('ABCDEFGHJKLMPRSTW')}. {surname}"
        elif roll < 0.33:
            return f"{given[0]}. {surname}"
        return f"{given} {surname}"
    if culture == 3:
        surname = rng.choice(_CHINESE_SURNAMES)
        roll = rng.random()
        if roll < 0.35:
            first, second = rng.sample(_CHINESE_GIVEN_PARTS, 2)
            return f"{surname} {first} {second}"
        if roll < 0.6:
            return f"{rng.choice(_WESTERN_CHINESE_GIVEN)} {surname}"
        if roll < 0.8:
            return f"{rng.choice(_CHINESE_GIVEN_PARTS)} {surname}"
        first, second = rng.sample(_CHINESE_GIVEN_PARTS, 2)
        return f"{rng.choice(_WESTERN_CHINESE_GIVEN)} {surname} {first} {second.lower()}"
    if culture == 4:
        given, surname = rng.choice(_INDIAN_GIVEN), rng.choice(_INDIAN_SURNAMES)
        roll = rng.random()
        if roll < 0.25:
            return f"{rng.choice('KRSVPMA')}. {rng.choice('KRSVPMA')}. {surname}"
        if roll < 0.4:
            return f"{given} {rng.choice('KRSVPMA')}."
        return f"{given} {surname}"
    if culture == 5:
        given = rng.choice(_MALAY_GIVEN)
        second = rng.choice(_MALAY_GIVEN)
        link = rng.choice(("bin", "binti", "bt", "b."))
        if rng.random() < 0.6:
            return f"{given} {second} {link} {rng.choice(_MALAY_FATHERS)}"
        return f"{given} {second}"
    if culture == 6:
        given, surname = rng.choice(_ARABIC_GIVEN), rng.choice(_ARABIC_SURNAMES)
        if rng.random() < 0.25:
            return f"{given} bin {rng.choice(_ARABIC_GIVEN)} {surname}"
        return f"{given} {surname}"
    if culture == 7:
        given = rng.choice(_HISPANIC_GIVEN)
        first, second = rng.sample(_HISPANIC_SURNAMES, 2)
        roll = rng.random()
        if roll < 0.3:
            return f"{given} {first} {second}"
        if roll < 0.4:
            return f"{given} de la {rng.choice(('Cruz', 'Fuente', 'Rosa', 'Torre'))}"
        return f"{given} {first}"
    if culture == 8:
        return f"{rng.choice(_AFRICAN_GIVEN)} {rng.choice(_AFRICAN_SURNAMES)}"
    roll = rng.random()
    if roll < 0.3:
        given, surname = rng.choice(_ACCENTED)
        return f"{given} {surname}" if rng.random() < 0.8 else surname
    if roll < 0.45:
        return f"{rng.choice(_WORDLIKE_GIVEN)} {rng.choice(_ANGLO_SURNAMES + _CHINESE_SURNAMES)}"
    if roll < 0.6:
        return f"{rng.choice(_OTHER_SURNAMES[:3])} Van {rng.choice(_OTHER_GIVEN[:3])}"
    if roll < 0.7:
        return f"Jan van der {rng.choice(('Berg', 'Meer', 'Linden'))}"
    return f"{rng.choice(_OTHER_GIVEN)} {rng.choice(_OTHER_SURNAMES)}"


# ---------------------------------------------------------------------------- addresses

_STREET_NAMES = words(
    "Maple Oak Elm Cedar Kingsway Victoria Albert George Queen King Church Station Mill High "
    "Park Bridge Harbour Ocean Hillcrest Riverside Lakeview Sunset Willow Birch Chestnut "
    "Kensington Wellington Collins Bourke Flinders Pitt Orchard Bukit Timah Tampines Nathan "
    "Hennessy Lockhart Brigade Residency MG Anna Ampang Sultan Pine Main Elizabeth Ridge"
)
_STREET_TYPES = words(
    "Street St St. Road Rd Rd. Avenue Ave Ave. Lane Ln Drive Dr Crescent Cres Close Way Place "
    "Pl Court Ct Boulevard Blvd Terrace Tce Parade Highway Hwy Grove Square Mews"
)
_US_CITIES = (
    ("Springfield", "IL"),
    ("Austin", "TX"),
    ("Portland", "OR"),
    ("Columbus", "OH"),
    ("Tampa", "FL"),
    ("Fresno", "CA"),
    ("Albany", "NY"),
    ("Boise", "ID"),
)
_UK_TOWNS = words("Leeds Bristol Norwich Reading Cardiff Glasgow Leicester Brighton York Bath")
_CA_CITIES = (("Toronto", "ON"), ("Calgary", "AB"), ("Halifax", "NS"), ("Vancouver", "BC"))
_AU_CITIES = (("Parramatta", "NSW"), ("Fitzroy", "VIC"), ("Fremantle", "WA"), ("Toowong", "QLD"))
_IN_CITIES = (
    ("Bengaluru", "560034"),
    ("Chennai", "600040"),
    ("Pune", "411014"),
    ("Mumbai", "400050"),
)
_MY_TOWNS = (("Petaling Jaya", "Selangor"), ("Johor Bahru", "Johor"), ("Georgetown", "Penang"))
_HK_DISTRICTS = _bars("Mong Kok|Wan Chai|Sha Tin|Kwun Tong|Tsim Sha Tsui|Causeway Bay")


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(n))


def _street(rng: random.Random) -> str:
    return f"{rng.randint(1, 9999)} {rng.choice(_STREET_NAMES)} {rng.choice(_STREET_TYPES)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f"Unit {rng.randint(1, 300)}",
            f"Flat {rng.randint(1, 60)}",
            f"Suite {rng.randint(100, 2400)}",
            f"#{rng.randint(1, 30):02d}-{rng.randint(1, 400):02d}",
            f"Apt. {rng.randint(1, 999)}",
        )
    )


def _address(rng: random.Random, multiline: bool = False) -> str:
    """An address in one of eight countries' formats, on one line or several."""
    sep = "\n" if multiline else ", "
    kind = rng.randrange(9)
    if kind == 0:
        city, state = rng.choice(_US_CITIES)
        lines = [_street(rng), f"{city}, {state} {rng.randint(10000, 99999)}"]
        if rng.random() < 0.4:
            lines.insert(1, _unit(rng))
    elif kind == 1:
        postcode = f"{_letters(rng, 2)}{rng.randint(1, 20)} {rng.randint(1, 9)}{_letters(rng, 2)}"
        lines = [_street(rng), rng.choice(_UK_TOWNS), postcode]
        if rng.random() < 0.4:
            lines.insert(0, f"Flat {rng.randint(1, 30)}")
    elif kind == 2:
        city, province = rng.choice(_CA_CITIES)
        code = f"{_letters(rng, 1)}{rng.randint(0, 9)}{_letters(rng, 1)} {rng.randint(0, 9)}"
        code += f"{_letters(rng, 1)}{rng.randint(0, 9)}"
        lines = [_street(rng), f"{city} {province} {code}"]
        if rng.random() < 0.4:
            lines[0] = f"{rng.randint(1, 2500)}-{lines[0]}"
    elif kind == 3:
        suburb, state = rng.choice(_AU_CITIES)
        street = _street(rng)
        if rng.random() < 0.5:
            street = f"{rng.randint(1, 40)}/{street}"
        lines = [street, f"{suburb} {state} {rng.randint(2000, 6999)}"]
    elif kind == 4:
        block = rng.randint(1, 999)
        lines = [
            f"Blk {block} {rng.choice(_STREET_NAMES)} St {rng.randint(11, 99)}",
            f"#{rng.randint(2, 25):02d}-{rng.randint(10, 400)}",
            f"Singapore {rng.randint(100000, 829999)}",
        ]
    elif kind == 5:
        lines = [
            f"Flat {rng.choice('ABCDEFGH')}, {rng.randint(2, 40)}/F",
            f"{rng.randint(1, 200)} {rng.choice(_STREET_NAMES)} Road",
            rng.choice(_HK_DISTRICTS),
        ]
        if rng.random() < 0.5:
            lines.append(rng.choice(("Kowloon", "Hong Kong", "New Territories")))
    elif kind == 6:
        city, pin = rng.choice(_IN_CITIES)
        lines = [
            f"No. {rng.randint(1, 400)}, {rng.randint(1, 20)}th Cross",
            f"{rng.choice(_STREET_NAMES)} Layout",
            f"{city} {pin}",
        ]
    elif kind == 7:
        town, state = rng.choice(_MY_TOWNS)
        lines = [
            f"No. {rng.randint(1, 80)}, Jalan {rng.choice(('SS', 'PJU', 'Bukit', 'Ampang'))} "
            f"{rng.randint(1, 30)}/{rng.randint(1, 30)}",
            f"{rng.randint(10000, 89999)} {town}",
            state,
        ]
    else:
        box = rng.choice(("PO Box", "P.O. Box", "GPO Box", "Locked Bag"))
        city, state = rng.choice(_US_CITIES + _AU_CITIES)
        lines = [f"{box} {rng.randint(10, 9999)}", f"{city} {state} {rng.randint(2000, 99999)}"]
    if not multiline and rng.random() < 0.25:
        return " ".join(lines)  # written without commas, as in a hurried SMS
    return sep.join(lines)


# ---------------------------------------------------------------------------- negatives

_PRODUCTS = _bars(
    "Platinum Rewards|Amber Saver|Visa Signature|Everyday Account|Premier Plus|Gold Mastercard|"
    "Apple Pay|Google Pay|Smart Saver|Ruby Package|Jade Account|Chase Freedom|Sapphire Preferred"
)
_BANKS = _bars(
    "HSBC|Barclays|Lloyds|Chase|Wells Fargo|DBS|OCBC|Maybank|CIMB|ICICI|HDFC|Westpac|ANZ|"
    "Commonwealth Bank|Royal Bank|Scotiabank|Standard Chartered|Bank of China|Hang Seng"
)
_COMPANIES = _bars(
    "British Gas|Tenaga Nasional|Singtel|Telstra|Hydro One|Thames Water|Optus|Virgin Media|"
    "Tata Power|Rogers Communications|Amazon Marketplace|Uber Eats|Grab Holdings|Sky Broadband"
)
_PLACES = _bars(
    "London|Manchester|Singapore|Sydney|Toronto|Kuala Lumpur|Mumbai|Hong Kong|New York|"
    "Victoria Station|Canary Wharf|Heathrow|Orchard Road|Changi Airport|Penang|Melbourne"
)
_ROLES = _bars(
    "Relationship Manager|Branch Manager|Customer Service|Fraud Team|Card Services|Team Leader|"
    "Mortgage Adviser|Collections|Operations|Compliance Officer"
)
_MONTHS = words("January February March April May June July August September October November")
_DAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_STARTS = _bars(
    "Please|Kindly|Could|Thanks|Sorry|Regarding|Also|However|Unfortunately|Today|Yesterday|"
    "Still|Again|Why|When|Where|Grace|Will|Mark|Hope|Joy|Bill|Sue|Frank"
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _card(rng: random.Random) -> str:
    number = rng.choice("3456") + _digits(rng, 15)
    if rng.random() < 0.5:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def _phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+44 7{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"({_digits(rng, 3)}) {_digits(rng, 3)}-{_digits(rng, 4)}",
            f"+65 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"(+91) {_digits(rng, 5)}-{_digits(rng, 5)}",
            f"04{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 4)}",
        )
    )


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(_MONTHS), rng.randint(1940, 2026)
    return rng.choice(
        (
            f"{day:02d}/{rng.randint(1, 12):02d}/{year}",
            f"{day} {month} {year}",
            f"{month} {day}, {year}",
            f"{year}-{rng.randint(1, 12):02d}-{day:02d}",
            f"{day}th of {month} {year}",
        )
    )


def _amount(rng: random.Random) -> str:
    currency = rng.choice(("$", "£", "S$", "HK$", "AUD ", "MYR ", "INR ", "EUR ", "USD ", "RM"))
    return f"{currency}{rng.randint(1, 99)},{_digits(rng, 3)}.{_digits(rng, 2)}"


def _number_phrase(rng: random.Random) -> str:
    """A clause with a number that is not an address: dates, amounts, cards, phones, IDs."""
    return rng.choice(
        (
            f"DOB {_date(rng)}",
            f"date of birth: {_date(rng)}",
            f"born on {_date(rng)}",
            f"a payment of {_amount(rng)} on {_date(rng)}",
            f"card no. {_card(rng)}",
            f"credit card {_card(rng)}",
            f"mobile {_phone(rng)}",
            f"Tel: {_phone(rng)}",
            f"acct {_digits(rng, 4)} {_digits(rng, 4)}",
            f"a/c no {_digits(rng, 14)}",
            f"BSB {_digits(rng, 3)}-{_digits(rng, 3)}",
            f"IBAN GB{_digits(rng, 2)} BARC {_digits(rng, 4)} "
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
            f"social {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 4)}",
            f"OTP {_digits(rng, 6)}",
            " ".join(_digits(rng, 3))
            + ", "
            + " ".join(_digits(rng, 3))
            + ", "
            + " ".join(_digits(rng, 4)),
            " ".join(_digits(rng, 16)),
            f"ref {_letters(rng, 3)}-{rng.randint(2020, 2026)}-{_digits(rng, 6)}",
            f"case #{_digits(rng, 7)}",
            f"{rng.randint(1, 9)}.{_digits(rng, 2)}% p.a.",
            f"at {rng.randint(1, 12)}:{_digits(rng, 2)}pm",
            f"{rng.randint(2, 10)}-{rng.randint(11, 20)} business days",
            f"email "
            f"{_letters(rng, 1).lower()}{_letters(rng, 5).lower()}{rng.randint(1, 99)}@gmail.com",
            f"IFSC HDFC000{_digits(rng, 4)}",
            f"{rng.randint(2, 40)} Year Fixed Saver",
        )
    )


_TITLE_LEADS = (
    "We moved here from",
    "I bought tickets for",
    "Charged twice during",
    "The promo for",
)


def _negative_sentence(rng: random.Random) -> str:
    choice = rng.randrange(20)
    if choice >= 16:
        return _number_sentence(rng)
    if choice == 10:
        return (
            f"Can I use my card in {rng.choice(_PLACES)} and {rng.choice(_PLACES)} without a fee?"
        )
    if choice == 11:
        return (
            f"I'm visiting {rng.choice(_PLACES)} and the {rng.choice(_PRODUCTS)} card got declined."
        )
    if choice == 12:
        return (
            f"Hope you're well. {rng.choice(_MONTHS)} is a busy month, "
            f"{rng.choice(_STARTS).lower()}."
        )
    if choice == 13:
        return f"I'll be in {rng.choice(_PLACES)} until {rng.choice(_MONTHS)} {rng.randint(1, 28)}."
    if choice == 14:
        return f"{rng.choice(_INTERJECTIONS)}! The {rng.choice(_BANKS)} transfer went through."
    if choice == 9 and rng.random() < 0.5:
        firm = rng.choice(
            (
                f"{rng.choice(_ANGLO_SURNAMES)}, "
                f"{rng.choice(_ANGLO_SURNAMES)} and {rng.choice(_HISPANIC_SURNAMES)}",
                f"{rng.choice(_ANGLO_SURNAMES)} & {rng.choice(_ANGLO_SURNAMES)} Solicitors",
                f"{rng.choice(_INDIAN_SURNAMES)} Traders Pvt Ltd",
                f"{rng.choice(_CHINESE_SURNAMES)} Brothers Trading Co",
                f"{rng.choice(_ANGLO_SURNAMES)} Holdings LLP",
            )
        )
        return (
            f"{rng.choice(('Paid', 'The invoice from', 'I work for', 'Refund from'))} "
            f"{firm} {rng.choice(('last week.', 'is wrong.', 'bounced.'))}"
        )
    if choice == 8 and rng.random() < 0.5:
        title = rng.choice(
            (
                '"Carry Me Back To Canada"',
                '"Tube Snake Boogie"',
                "Guilty Pleasures",
                "The Big Three",
                "Southern Italy",
                "Greater Manchester",
                "Northern Territory",
                "Black Friday",
                "Boxing Day",
                "Chinese New Year",
            )
        )
        return f"{rng.choice(_TITLE_LEADS)} {title}."
    if choice == 15 and rng.random() < 0.5:
        return (
            f"Your payment of {_amount(rng)} to "
            f"{rng.choice(_COMPANIES)} was received on {_date(rng)}."
        )
    if choice == 15:
        return (
            f"The {rng.choice(_ROLES)} at {rng.choice(_BANKS)} "
            f"{rng.choice(_PLACES)} said {rng.choice(_DAYS)}."
        )
    if choice == 0:
        return f"{rng.choice(_STARTS)} the {rng.choice(_PRODUCTS)} card fee is still showing."
    if choice == 1:
        return f"I went to the {rng.choice(_BANKS)} branch on {rng.choice(_STREET_NAMES)} Street."
    if choice == 2:
        return f"Flying to {rng.choice(_PLACES)} on {rng.randint(1, 28)} {rng.choice(_MONTHS)}."
    if choice == 3:
        return f"Please ask the {rng.choice(_ROLES)} to call back on {rng.choice(_DAYS)}."
    if choice == 4:
        return f"{rng.choice(_STARTS)} nothing has changed since {rng.choice(_MONTHS)}."
    if choice == 5:
        return f"The {rng.choice(_BANKS)} app says Error {rng.randint(100, 9999)} again."
    if choice == 6:
        return f"Is the {rng.choice(_PLACES)} branch open on {rng.choice(_DAYS)}?"
    if choice == 7:
        return (
            f"Ref {_letters(rng, 3)}-{rng.randint(10000, 99999)} was closed by "
            f"{rng.choice(_ROLES)}."
        )
    if choice == 8:
        return (
            f"Transfer of ${rng.randint(10, 9000)}.{rng.randint(10, 99)} to {rng.choice(_BANKS)}."
        )
    return (
        f"{rng.choice(_STARTS)} call "
        f"{rng.choice(_BANKS)} on 1-800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}."
    )


_INTERJECTIONS = _bars(
    "Lovely|Brilliant|Sure|Perfect|Great|Right|Okay|Cheers|Absolutely|Certainly|Wonderful|Noted|"
    "Understood|Fantastic|Alright|Of course|No worries|Sorry|Thanks|Got it|Hang on"
)


def _number_sentence(rng: random.Random) -> str:
    lead = rng.choice(
        (
            "Yep,",
            "Right,",
            "Sure, it's",
            "I'm calling about",
            "Please check",
            "Can you confirm",
            "There is",
            "They sent",
            "Noted",
            "I'm visiting Sydney and need",
            "My",
            "Transfer scheduled for",
            "Is this",
            "Verified on",
        )
    )
    end = rng.choice((".", "?", " - thanks.", ", passed security.", " all day."))
    text = f"{lead} {_number_phrase(rng)}"
    if rng.random() < 0.4:
        text += f", {_number_phrase(rng)}"
    return text + end


# ---------------------------------------------------------------------------- templates


def _p(rng: random.Random, short: bool = False) -> tuple[str, str]:
    return (_person(rng, short), "PERSON")


def _a(rng: random.Random, multiline: bool = False) -> tuple[str, str]:
    return (_address(rng, multiline), "ADDRESS")


def _titled(rng: random.Random) -> list[Segment]:
    name = _person(rng)
    return [rng.choice(_TITLES) + " ", (name, "PERSON")]


def _email_signature(rng: random.Random) -> list[Segment]:
    greeting = rng.choice(("Hi", "Hello", "Dear Sir/Madam", "Dear Team", "Good morning"))
    signoff = rng.choice(
        (
            "Best regards,",
            "Kind regards,",
            "Regards,",
            "Thanks,",
            "Cheers,",
            "Sincerely,",
            "Warm regards,",
            "Thank you,",
            "Thanks & regards",
            "Many thanks",
            "Rgds,",
        )
    )
    header = ""
    if rng.random() < 0.3:
        header = f"From: {rng.choice(_ROLES)}\nSubject: {rng.choice(_PRODUCTS)}\n\n"
    body = _negative_sentence(rng)
    if rng.random() < 0.2:  # signed by a team, not a person
        team = rng.choice(
            (
                "Customer Services Team",
                "Card Services",
                "The Fraud Team",
                "Premier Banking Team",
                "Customer Care Team",
            )
        )
        return [f"{header}{greeting},\n\n{body}\n\n{signoff}\n{team}\n{rng.choice(_BANKS)}"]
    out: list[Segment] = [f"{header}{greeting},\n\n{body}\n\n{signoff}\n", _p(rng)]
    for _ in range(rng.randint(0, 3)):
        out.append(
            "\n"
            + rng.choice(
                (
                    "Sent from my iPhone",
                    f"Mobile: {_phone(rng)}",
                    f"T: {_phone(rng)} | E: {_letters(rng, 5).lower()}@examplebank.com",
                    rng.choice(_ROLES),
                    f"{rng.choice(_ROLES)} | {rng.choice(_PRODUCTS)}",
                    rng.choice(_BANKS),
                )
            )
        )
    return out


def _dash_signoff(rng: random.Random) -> list[Segment]:
    mark = rng.choice(("\n\n-- ", "\n- ", "\n— ", " ~", "\nfrom ", " -", " — "))
    return [_negative_sentence(rng) + mark, _p(rng, short=rng.random() < 0.3)]


def _transcript(rng: random.Random) -> list[Segment]:
    agent, caller = rng.choice(
        (
            ("Agent", "Caller"),
            ("AGENT", "CUSTOMER"),
            ("Rep", "Cust"),
            ("Staff", "Client"),
            ("A", "C"),
        )
    )
    stamp = f"[00:0{rng.randint(0, 9)}:{rng.randint(10, 59)}] " if rng.random() < 0.2 else ""
    out: list[Segment] = [
        f"{stamp}{agent}: Thank you for calling {rng.choice(_BANKS)}, who am I speaking with?\n"
        f"{stamp}{caller}: "
    ]
    openings: list[list[Segment]] = [
        ["It's ", _p(rng)],
        ["This is ", _p(rng)],
        ["Yeah hi, ", _p(rng), " here"],
        [_p(rng)],
    ]
    out.extend(rng.choice(openings))
    out.append(f".\n{stamp}{agent}: {rng.choice(_INTERJECTIONS)}, thanks ")
    out.append(_p(rng, short=True))
    out.append(f". {_number_sentence(rng)}\n{stamp}{caller}: {rng.choice(_INTERJECTIONS)}. ")
    if rng.random() < 0.5:
        out.append("The address is ")
        out.append(_a(rng))
        out.append(".")
    else:
        out.append(_number_sentence(rng))
    out.append(f"\n{stamp}{agent}: {rng.choice(_INTERJECTIONS)}, {_negative_sentence(rng).lower()}")
    return out


def _transcript_named_speakers(rng: random.Random) -> list[Segment]:
    staff, customer = _person(rng), _person(rng)
    return [
        (staff, "PERSON"),
        f": {rng.choice(_STARTS)} I can help with that.\n",
        (customer, "PERSON"),
        f": {_negative_sentence(rng)}\n",
        (staff, "PERSON"),
        ": Noted, I have raised it with the " + rng.choice(_ROLES) + ".",
    ]


def _crm_note(rng: random.Random) -> list[Segment]:
    relation = rng.choice(
        (
            "her husband",
            "his daughter",
            "the customer's son",
            "a neighbour",
            "her business partner",
            "the landlord",
            "his brother-in-law",
            "a friend",
        )
    )
    return [
        f"{rng.choice(('CRM note', 'Call note', 'Case note', 'Note'))}: customer says {relation}, ",
        _p(rng),
        rng.choice((", ", " ")),
        rng.choice(
            (
                "made the transfer without consent",
                "is now the power of attorney",
                "has access to the card",
                "was the one who called",
            )
        ),
        f". {rng.choice(('Spoke to', 'Emailed', 'Left a message for', 'Escalated to'))} ",
        _p(rng),
        f" ({rng.choice(_ROLES)}).",
    ]


def _form(rng: random.Random) -> list[Segment]:
    name_label = rng.choice(
        (
            "Name",
            "Full name",
            "Account holder",
            "Customer",
            "Applicant",
            "Name of payee",
            "Beneficiary",
            "Employee",
        )
    )
    address_label = rng.choice(
        (
            "Address",
            "Residential address",
            "Mailing address",
            "Correspondence address",
            "New address",
            "Addr",
        )
    )
    sep = rng.choice((": ", ":  ", " - ", " | ", " : ", " :   ", ":\t"))
    numbered = rng.random() < 0.3
    fields: list[list[Segment]] = [
        [f"{name_label}{sep}", _p(rng)],
        [f"Date of birth{sep}{_date(rng)}"],
        [
            f"{rng.choice(('Mobile', 'Tel', 'Phone', 'Contact', 'Tel (mob)', 'HP'))}"
            f"{sep}{_phone(rng)}"
        ],
        [f"{rng.choice(('D.O.B', 'DOB', 'Date of Birth'))}{sep}{_date(rng)}"],
        [f"{rng.choice(('Email', 'E-mail'))}{sep}{_letters(rng, 6).lower()}@outlook.com"],
        [f"Branch{sep}{rng.choice(_PLACES)}"],
        [
            rng.choice(("Social Security No.", "SIN", "Passport No.", "NRIC", "PAN", "Tax ID"))
            + f"{sep}{_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 4)}"
        ],
        [
            f"{rng.choice(('Sort code', 'BSB', 'Transit', 'IFSC'))}"
            f"{sep}{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}"
        ],
        [f"{rng.choice(('Account No.', 'Savings A/c No.', 'Acct'))}{sep}{_digits(rng, 10)}"],
        [
            f"{rng.choice(('Source of funds', 'Occupation', 'Employer'))}"
            f"{sep}{rng.choice(('salary', 'Self-employed', 'Google', 'Ministry of Health'))}"
        ],
        [f"Product{sep}{rng.choice(_PRODUCTS)}"],
    ]
    if rng.random() < 0.8:
        multiline = rng.random() < 0.3
        fields.insert(
            1, [f"{address_label}{sep}" + ("\n" if multiline else ""), _a(rng, multiline)]
        )
    chosen = [fields[0]] + [f for f in fields[1:] if rng.random() < 0.6]
    rng.shuffle(chosen)
    joiner = rng.choice(("\n", "\n", " | ", "\n\n", "     ", "\t"))
    out: list[Segment] = [
        rng.choice(
            (
                "Change of details",
                "KYC update",
                "APPLICATION FORM - PART A",
                "Direct deposit form",
                "Payee details",
            )
        )
        + "\n"
    ]
    for i, field in enumerate(chosen):
        if i:
            out.append(joiner)
        if numbered:
            out.append(f"{i + 1}) ")
        out.extend(field)
    return out


def _sms(rng: random.Random) -> list[Segment]:
    messages: list[list[Segment]] = [
        ["hi its ", _p(rng), " pls send new card to ", _a(rng), " thx"],
        ["moved last wk, new addr ", _a(rng), ". ", _p(rng)],
        ["pls call my wife ", _p(rng, short=True), " she has the card"],
        ["card stolen at ", rng.choice(_PLACES), " - ", _p(rng)],
    ]
    return rng.choice(messages)


def _dispute_letter(rng: random.Random) -> list[Segment]:
    out: list[Segment] = [
        rng.choice(("To whom it may concern,", "Dear Disputes Team,", "Dear Sir or Madam,"))
    ]
    out.append(
        f"\n\nI dispute a charge of ${rng.randint(20, 3000)} made on "
        f"{rng.randint(1, 28)} {rng.choice(_MONTHS)}. "
    )
    out.append(
        rng.choice(
            ("I never received the goods from ", "The merchant's agent, ", "It was authorised by ")
        )
    )
    out.append(_p(rng))
    out.append(rng.choice((", who has since stopped replying.", ", not by me.", ".")))
    out.append("\n\nPlease reply to me at ")
    out.append(_a(rng))
    out.append(".\n\nYours faithfully,\n")
    out.append(_p(rng))
    return out


def _third_party_cue(rng: random.Random) -> list[Segment]:
    cue = rng.choice(
        (
            "My name is ",
            "I'm ",
            "Name's ",
            "I am ",
            "please transfer to ",
            "pay ",
            "account holder is ",
            "my colleague ",
            "my mum ",
            "on behalf of ",
            "speak to ",
            "contact person: ",
            "sent by ",
            "under the name ",
            "last name ",
            "beneficiary ",
            "spoke to ",
            "send it to ",
            "rang re: a payment to ",
            "the payee is ",
        )
    )
    lead = rng.choice(_STARTS) + ", " + cue if rng.random() < 0.3 else cue[0].upper() + cue[1:]
    after = rng.choice(
        (
            ". " + _negative_sentence(rng),
            f", {_number_phrase(rng)}.",
            f" ({_number_phrase(rng)}), {_negative_sentence(rng).lower()}",
            "? Ta.",
            " calling about my " + rng.choice(_PRODUCTS) + ".",
            " rang today.",
        )
    )
    return [lead, _p(rng), after]


def _titled_sentence(rng: random.Random) -> list[Segment]:
    out: list[Segment] = [
        rng.choice(("Please tell ", "I spoke with ", "Attention: ", "Dear ", "Called "))
    ]
    out.extend(_titled(rng))
    out.append(
        rng.choice(
            (" about the loan.", ",\n\n" + _negative_sentence(rng), " yesterday.", " re the card.")
        )
    )
    return out


def _address_sentence(rng: random.Random) -> list[Segment]:
    cue = rng.choice(
        (
            "I now live at ",
            "Please post the card to ",
            "send it to ",
            "my new address is ",
            "deliver to ",
            "I've moved to ",
            "the property at ",
            "statements to ",
        )
    )
    return [
        _negative_sentence(rng) + " " + cue,
        _a(rng),
        rng.choice((".", " please.", " from next month.", "")),
    ]


def _address_block(rng: random.Random) -> list[Segment]:
    return [_p(rng), "\n", _a(rng, multiline=True), "\n\n" + _negative_sentence(rng)]


def _list_of_names(rng: random.Random) -> list[Segment]:
    out: list[Segment] = [
        rng.choice(("Joint holders: ", "Signatories: ", "Cc: ", "Authorised users: "))
    ]
    out.append(_p(rng))
    for _ in range(rng.randint(1, 2)):
        out.append(rng.choice((", ", " and ", "; ")))
        out.append(_p(rng))
    return out


def _negative_only(rng: random.Random) -> list[Segment]:
    return [" ".join(_negative_sentence(rng) for _ in range(rng.randint(1, 3)))]


def _greeting_name(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(("Hi ", "Hello ", "Dear ", "Thanks ", "Morning ")),
        _p(rng, short=rng.random() < 0.5),
        ",\n" + _negative_sentence(rng),
    ]


_TEMPLATES: tuple[Template, ...] = (
    _email_signature,
    _dash_signoff,
    _transcript,
    _transcript_named_speakers,
    _crm_note,
    _form,
    _sms,
    _dispute_letter,
    _third_party_cue,
    _titled_sentence,
    _address_sentence,
    _address_block,
    _list_of_names,
    _greeting_name,
)
NEGATIVE_SHARE = 0.3


def render(segments: Sequence[Segment]) -> Record:
    text, spans = "", []
    for segment in segments:
        if isinstance(segment, tuple):
            value, label = segment
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += segment
    return {"text": text, "spans": spans, "lang": "en"}


def _compose(rng: random.Random, pool: Sequence[Template]) -> list[Segment]:
    """One to three templates, or negatives only, joined as one message."""
    if rng.random() < NEGATIVE_SHARE:
        return _negative_only(rng)
    out: list[Segment] = []
    for i in range(1 if rng.random() < 0.7 else 2):
        if i:
            out.append(rng.choice((" ", "\n", "\n\n")))
        out.extend(rng.choice(pool)(rng))
    return out


def generate(n: int, seed: int, split: str = "train") -> list[Record]:
    """``n`` messages from the ``split`` template pool (``train`` or ``dev``)."""
    if split not in ("train", "dev"):
        raise ValueError(f"split must be 'train' or 'dev', got {split!r}")
    pool = [t for i, t in enumerate(_TEMPLATES) if (i % 4 == 3) == (split == "dev")]
    rng = random.Random(f"{seed}-{split}")
    return [render(_compose(rng, pool)) for _ in range(n)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    args = parser.parse_args(argv)
    for record in generate(args.n, args.seed, args.split):
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
