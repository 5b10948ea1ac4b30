"""Generated English messages with no personal data: hard negatives for the English tagger.

    python -m steward.data.pii.tagger.negatives_en --n 20 --seed 7

Capitalised words that are not a person's name nor an address, in the genres a bank's
messages carry them: statement lines and merchant names, products and departments, street
and place names used as a branch, a shop or a landmark, greetings to a team, form and table
labels, job titles, company names (``&``, Ltd, LLC, PLC, "and Sons": many hold a surname),
brand and event names, and system notices. Written for the tagger's training (an extra
source of :mod:`steward.data.pii.tagger.train_en`: ``--extra-source
steward.data.pii.tagger.negatives_en:generate:N:SEED``). Records are those of
:mod:`steward.data.pii.tagger.generate_en` with no spans.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Sequence

from steward.data.pii.recognizers.base import words
from steward.data.pii.tagger.generate_en import Record

# Surnames and given names that also name firms, shops, streets and brands.
_NAME_WORDS = words(
    "Morgan Stanley Barclay Lloyd Johnson Baker Hughes Marks Spencer Sainsbury Morrison Boots "
    "Wells Fargo Ford Dell Harvey Norman Myer Kennedy Lincoln Wellington Victoria Elizabeth "
    "Albert George Edward Grant Hamilton Jackson Cooper Fletcher Turner Mason Carter Walker "
    "Chandler Porter Taylor Wright Hunter Fisher Fuller Sullivan Murray Russell Spencer Graham"
)
_FIRM_ENDINGS = (
    "Ltd",
    "Limited",
    "LLC",
    "LLP",
    "PLC",
    "Inc",
    "Pty Ltd",
    "Sdn Bhd",
    "Pte Ltd",
    "& Co",
    "& Sons",
    "and Partners",
    "Group",
    "Holdings",
    "Trading",
    "Logistics",
    "Consulting",
    "Dental Care",
    "Motors",
    "Estate Agents",
    "Accountants",
    "Plumbing",
    "Bakery",
)
_MERCHANTS = (
    "TESCO STORES",
    "SAINSBURYS S/MKT",
    "AMZN Mktp UK",
    "UBER *TRIP",
    "DELIVEROO",
    "PAYPAL *STEAMGAMES",
    "COSTA COFFEE",
    "PRET A MANGER",
    "SHELL OIL",
    "WALMART SUPERCENTER",
    "TARGET T-1420",
    "STARBUCKS STORE",
    "NETFLIX.COM",
    "SPOTIFY P1A2B3",
    "APPLE.COM/BILL",
    "GOOGLE *YouTube",
    "TFL TRAVEL CH",
    "WOOLWORTHS METRO",
    "COLES EXPRESS",
    "7-ELEVEN",
    "GRAB*FOOD",
    "BOOTS THE CHEMIST",
    "JOHN LEWIS",
    "MARKS&SPENCER",
    "HARVEY NORMAN",
    "ALDI STORES",
    "CIRCLE K",
    "HOME DEPOT",
    "BEST BUY",
    "IKEA RETAIL",
)
_TOWNS = words(
    "London Leeds Manchester Bristol Glasgow Cardiff Belfast Dublin Sydney Melbourne Brisbane "
    "Perth Auckland Toronto Vancouver Boston Chicago Denver Austin Seattle Singapore Kowloon "
    "Mumbai Pune Chennai Penang Ipoh Birmingham Reading Oxford Cambridge Brighton Norwich"
)
_STREETS = (
    "Oxford Street",
    "Baker Street",
    "Collins Street",
    "George Street",
    "Queen Street",
    "King's Road",
    "Orchard Road",
    "Nathan Road",
    "Fifth Avenue",
    "Market Street",
    "High Street",
    "Victoria Road",
    "Church Lane",
    "Station Road",
    "Park Lane",
    "Bourke Street",
    "Lygon Street",
    "Jalan Bukit Bintang",
    "MG Road",
    "Wall Street",
)
_PRODUCTS = (
    "Platinum Rewards",
    "Everyday Saver",
    "Cash ISA",
    "Fixed Rate Bond",
    "Business Advantage",
    "Premier Current Account",
    "Gold Visa",
    "World Elite Mastercard",
    "Home Loan Plus",
    "Green Mortgage",
    "Travel Money Card",
    "Student Silver",
    "Junior Saver",
    "Online Bonus Saver",
    "Offset Account",
    "Smart Access",
)
_DEPARTMENTS = (
    "Customer Services",
    "Fraud Prevention",
    "Card Services",
    "Retail Banking",
    "Wealth Management",
    "Collections",
    "Mortgage Operations",
    "Complaints Handling",
    "Business Banking",
    "Trade Finance",
    "Human Resources",
    "Payments Operations",
    "Financial Crime",
    "Account Opening",
    "Premier Team",
    "IT Service Desk",
)
_JOB_TITLES = (
    "Senior Relationship Manager",
    "Branch Manager",
    "Head of Retail Banking",
    "Customer Service Adviser",
    "Fraud Analyst",
    "Chief Risk Officer",
    "Mortgage Adviser",
    "Team Leader",
    "Operations Supervisor",
    "Personal Banker",
    "Financial Planner",
    "Compliance Officer",
    "Area Director",
    "Vice President, Payments",
)
_FORM_LABELS = (
    "Full Name",
    "First Name",
    "Last Name",
    "Surname",
    "Account Holder",
    "Date of Birth",
    "Postcode",
    "Address Line 1",
    "Town/City",
    "Country of Residence",
    "Mobile Number",
    "Email Address",
    "Sort Code",
    "Account Number",
    "Next of Kin",
    "Employer Name",
    "Occupation",
    "Signature",
    "Relationship to Account Holder",
    "Reason for Transfer",
)
_GREETINGS = (
    "Hi Team",
    "Hello Support",
    "Dear Sir or Madam",
    "Dear Customer",
    "Dear Valued Customer",
    "Good Morning",
    "Good Afternoon",
    "Hi All",
    "Hello Everyone",
    "To Whom It May Concern",
    "Dear Card Services",
    "Hi Customer Care",
    "Hey There",
)
_SIGN_OFFS = (
    "Kind regards,\nCustomer Services",
    "Best wishes,\nThe Card Services Team",
    "Regards,\nFraud Prevention",
    "Thanks,\nPayments Operations",
    "Many thanks\nThe Mortgage Team",
    "Sincerely,\nRetail Banking",
    "Cheers,\nIT Service Desk",
    "Warm regards,\nYour Premier Team",
)
_EVENTS = (
    "Black Friday",
    "Boxing Day",
    "Christmas Eve",
    "New Year's Day",
    "Easter Monday",
    "Good Friday",
    "Labor Day",
    "Thanksgiving",
    "Diwali",
    "Hari Raya",
    "Chinese New Year",
    "Bank Holiday Monday",
    "Cyber Monday",
    "Prime Day",
)
_PLACES = (
    "Heathrow Airport",
    "Central Station",
    "King's Cross",
    "Canary Wharf",
    "Changi Airport",
    "Circular Quay",
    "Union Square",
    "Times Square",
    "Hyde Park",
    "Queen Victoria Market",
    "Westfield Shopping Centre",
    "St Thomas' Hospital",
    "Kings College",
    "Mount Albert",
    "Victoria Harbour",
)


def _amount(rng: random.Random) -> str:
    currency = rng.choice(("£", "$", "€", "A$", "S$", "RM ", "HK$", "INR "))
    return f"{currency}{rng.randint(1, 4999):,}.{rng.randint(0, 99):02d}"


def _date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    months = words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
    return rng.choice(
        (f"{day:02d}/{month:02d}", f"{day} {months[month - 1]}", f"{months[month - 1]} {day}")
    )


def _firm(rng: random.Random) -> str:
    first = rng.choice(_NAME_WORDS)
    return rng.choice(
        (
            f"{first} {rng.choice(_FIRM_ENDINGS)}",
            f"{first} & {rng.choice(_NAME_WORDS)} {rng.choice(_FIRM_ENDINGS)}",
            f"{first} {rng.choice(_NAME_WORDS)} {rng.choice(('LLC', 'Ltd', 'PLC', 'Inc'))}",
            f"{rng.choice(_TOWNS)} {rng.choice(_FIRM_ENDINGS)}",
            f"{first} and Sons",
            f"{first}'s {rng.choice(('Bakery', 'Garage', 'Pharmacy', 'Florist'))}",
        )
    )


def _statement(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(2, 6)):
        merchant = rng.choice((rng.choice(_MERCHANTS), _firm(rng).upper(), _firm(rng)))
        town = rng.choice(_TOWNS)
        if rng.random() < 0.5:
            town = town.upper()
        lines.append(
            rng.choice(
                (
                    f"{_date(rng)}  {merchant} {town}  {_amount(rng)}",
                    f"{_date(rng)}\t{merchant}\t{_amount(rng)}",
                    f"{merchant} {rng.randint(1000, 9999)} {town} {_amount(rng)}",
                    f"{_date(rng)} POS {merchant} {_amount(rng)} DR",
                )
            )
        )
    head = rng.choice(("", "Recent transactions:\n", "Date  Description  Amount\n"))
    return head + "\n".join(lines)


def _merchant_query(rng: random.Random) -> str:
    merchant = rng.choice((rng.choice(_MERCHANTS).title(), _firm(rng)))
    return rng.choice(
        (
            f"I don't recognise a charge from {merchant} for {_amount(rng)} on {_date(rng)}.",
            f"Why was I charged twice by {merchant}?",
            f"The refund from {merchant} still hasn't arrived.",
            f"{merchant} says they sent the money back on {_date(rng)}.",
            f"Can you block payments to {merchant}, please?",
            f"Payment to {merchant} declined at {rng.choice(_PLACES)}.",
        )
    )


def _place_mention(rng: random.Random) -> str:
    street, town = rng.choice(_STREETS), rng.choice(_TOWNS)
    return rng.choice(
        (
            f"Is the {street} branch open on Saturday?",
            f"I was at the {town} branch on {street} this morning.",
            f"The cash machine outside {rng.choice(_PLACES)} swallowed my card.",
            f"Our {street} office moves to {town} next month.",
            f"Traffic on {street} made me late for the appointment.",
            f"I'll pop into the {street} store after work.",
            f"Meet me at {rng.choice(_PLACES)} before the {town} train.",
            f"We're opening a new branch in {town} near {rng.choice(_PLACES)}.",
        )
    )


def _product_department(rng: random.Random) -> str:
    return rng.choice(
        (
            f"I'd like to switch to the {rng.choice(_PRODUCTS)} account.",
            f"The {rng.choice(_PRODUCTS)} rate changes on {_date(rng)}.",
            f"Please transfer me to {rng.choice(_DEPARTMENTS)}.",
            f"{rng.choice(_DEPARTMENTS)} will contact you within 5 working days.",
            f"Your case has been passed to our {rng.choice(_DEPARTMENTS)} team.",
            f"Is {rng.choice(_PRODUCTS)} better than {rng.choice(_PRODUCTS)}?",
            f"{rng.choice(_PRODUCTS)} - Terms and Conditions apply.",
        )
    )


def _greeting(rng: random.Random) -> str:
    body = rng.choice((_merchant_query, _product_department, _place_mention))(rng)
    if rng.random() < 0.5:
        return f"{rng.choice(_GREETINGS)},\n{body}\n\n{rng.choice(_SIGN_OFFS)}"
    return f"{rng.choice(_GREETINGS)}, {body}"


def _form_labels(rng: random.Random) -> str:
    labels = rng.sample(_FORM_LABELS, rng.randint(3, 7))
    separator = rng.choice((": ", ":\t", " | ", ":   "))
    filler = rng.choice(("", "[blank]", "N/A", "______", "-", "see attached"))
    return "\n".join(f"{label}{separator}{filler}".rstrip() for label in labels)


def _job_title(rng: random.Random) -> str:
    title, department = rng.choice(_JOB_TITLES), rng.choice(_DEPARTMENTS)
    return rng.choice(
        (
            f"Your {title} will call you back.",
            f"I asked to speak to the {title} at the {rng.choice(_TOWNS)} branch.",
            f"{title}\n{department}\n{rng.choice(_TOWNS)} Office",
            f"Escalated to the {title}, {department}.",
            f"The {title} from {department} approved it on {_date(rng)}.",
        )
    )


def _company(rng: random.Random) -> str:
    firm = _firm(rng)
    return rng.choice(
        (
            f"I work for {firm} in {rng.choice(_TOWNS)}.",
            f"Salary from {firm} hasn't come in this month.",
            f"Invoice from {firm}: {_amount(rng)} due {_date(rng)}.",
            f"{firm} is our new supplier.",
            f"Please set up a direct debit to {firm}.",
            f"Beneficiary: {firm}\nReference: INV-{rng.randint(1000, 99999)}",
        )
    )


def _event(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Will the transfer go through before {rng.choice(_EVENTS)}?",
            f"Branches are closed on {rng.choice(_EVENTS)}.",
            f"I spent {_amount(rng)} on {rng.choice(_EVENTS)} and my limit was hit.",
            f"{rng.choice(_EVENTS)} deals on the {rng.choice(_PRODUCTS)} card!",
        )
    )


def _notice(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Your One-Time Passcode is {rng.randint(100000, 999999)}. Do Not Share It.",
            f"ALERT: Card ending {rng.randint(1000, 9999)} used at "
            f"{rng.choice(_MERCHANTS)} {_amount(rng)}.",
            f"Reminder: Your {rng.choice(_PRODUCTS)} Statement Is Ready To View.",
            f"Scheduled Maintenance: Online Banking Unavailable {_date(rng)} 01:00-03:00.",
            f"Ref {rng.randint(100000, 999999)} - Status: Closed - "
            f"Owner: {rng.choice(_DEPARTMENTS)}",
        )
    )


_GENRES: tuple[Callable[[random.Random], str], ...] = (
    _statement,
    _merchant_query,
    _place_mention,
    _product_department,
    _greeting,
    _form_labels,
    _job_title,
    _company,
    _event,
    _notice,
)


def generate(n: int, seed: int) -> list[Record]:
    """``n`` PII-free messages, each one to three genres joined, the same for the same seed."""
    rng = random.Random(f"negatives_en-{seed}")
    rows: list[Record] = []
    for _ in range(n):
        parts = [rng.choice(_GENRES)(rng) for _ in range(1 if rng.random() < 0.6 else 2)]
        rows.append(
            {"text": rng.choice((" ", "\n", "\n\n")).join(parts), "spans": [], "lang": "en"}
        )
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for record in generate(args.n, args.seed):
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
