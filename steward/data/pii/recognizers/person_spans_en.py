"""The last look at an English text's PERSON spans, once the rules and the tagger are combined.

Each recognizer finds a name from its own cue, so a name is often found in pieces or with a
neighbour attached; these fixes hold for every recognizer at once:

- **particles** ("de la", "van den", "binti", "ap", "St."): a name's lowercase or abbreviated
  joining words are read as part of it, on both sides ("Fatima" + "de la Cruz");
- **titles**: a bare surname keeps its title ("Mrs. Lim", "Dr ten Brink"), the labelling
  convention for a titled surname, whose short value alone would not match it;
- **roles**: a staff role after a name is not part of it ("Eleanor Okafor Branch Manager"),
  and a span made of role words only is no name ("Risk Lead", "Visitor");
- **eponymous businesses and places**: shops, brands and firms named after a person ("Ted
  Baker", "Dr. Martens") and places whose words are census names ("Lai Chi Kok", "Cape Town")
  are not people, whoever reported them.
"""

from __future__ import annotations

import re

from steward.data.pii.recognizers.base import Entity, words

# Joining words of names in many traditions: Dutch/Afrikaans, German, Romance, Malay/Arabic
# ("binti", "bin", "al"), Welsh ("ap"), Irish/Scottish "Ní"/"Mac" are capitalised anyway.
_PARTICLE = (
    r"(?:van|von|de|der|den|des|ten|ter|te|da|di|del|della|dello|la|le|du|dos|das|do|"
    # (Filipino "dela", Irish "Ó" / "Ní" / "Nic" / "Mac" written apart: Ó Súilleabháin)
    r"bin|binti|bint|ibn|al|el|ap|dela|Ó|Ní|Nic|St\.?|Ste\.?)"
)
_CAP = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž](?:['’][A-Z])?[^\W\d_]+(?:[-'’][^\W\d_]+){0,2})"
_TITLE = (
    r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Rev|Revd|Herr|Frau|Madame|Mme|Monsieur|Mlle|Señor"
    r"|Señora|Tuan|Puan|Encik|Shri|Smt)\.?"
)
# particles then a capitalised word, right after a span: "Fatima| de la Cruz"
_PARTICLES_AFTER = re.compile(rf"[ \t]+((?:{_PARTICLE}[ \t]+){{1,2}}){_CAP}\b")
# capitalised words then particles, right before a span: "Fatima de la |Cruz"
_NOT_NAME_START = (
    r"(?!(?:Dear|Hi|Hello|Hey|From|To|Cc|Payee|Name|Attendees|Present|Customer|Signed|Regards|"
    r"Thanks|The|My|Our|Your|And|For|With|By|Witnessed|Assessor|Agent)\b)"
)
_PARTICLES_BEFORE = re.compile(
    rf"(?<![\w'’])((?:{_NOT_NAME_START}(?:{_CAP}|[A-Z]\.)[ \t]+){{1,3}})"
    rf"(?:{_PARTICLE}[ \t]+){{1,2}}\Z"
)
# a title (and particles) right before a span: "Mrs. |Lim", "Dr ten |Brink"
_TITLE_BEFORE = re.compile(rf"(?<![\w'’]){_TITLE}[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}\Z")
_PARTICLE_WORD = re.compile(rf"{_PARTICLE}\Z")
_ENDS_IN_PARTICLE = re.compile(rf"(?<![\w'’]){_PARTICLE}\Z")
_NAME_AFTER_PARTICLE = re.compile(rf"\.?[ \t]+{_CAP}\b")

# Words of a staff role or of a speaker's role: trailing ones are cut, a span of them only
# is dropped.
_ROLE_WORDS = frozenset(
    words(
        """Manager Handler Officer Lead Head Advisor Adviser Director Executive Consultant
        Specialist Agent Banker Teller Assistant Associate Representative Supervisor Analyst
        Coordinator Controller Administrator Partner Underwriter Assessor Investigator
        Team Leader Branch Complaints Risk Operations Fraud Customer Client Service Services
        Relationship Senior Junior Chief Deputy Visitor Caller Guest Member Staff Chair
        Secretary Treasurer Auditor Compliance Escalations Collections Lending Mortgage Mortgages
        Premier Private Wealth Retail Business Commercial Card Cards Payments Support Desk"""
    )
)
# Table and form headers that cues pick up as names ("Payee\tType").
_HEADER_WORDS = frozenset(
    words(
        """Type Amount Date Status Reference Ref Balance Frequency Currency Memo Purpose
        Category Description Notes Note Details Dates Total Channel Merchant Method Due Last Next
        Free Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Feb Mar Apr Jun Jul Aug Sep Sept Oct
        Nov Dec"""
    )
)

# A bank's products: a lowercase "name" holding one is a product ("a junior saver").
_PRODUCT_WORDS = frozenset(
    words("saver savings account isa bond card loan mortgage plan deposit pension")
)
# Words before a name on a parcel label or a letter that are not part of it.
_ADDRESSED_TO = re.compile(r"(?:FAO|F\.A\.O\.|Attn|ATTN|Attention|c/o|C/O)\.?:?[ \t]+")

# Businesses, brands and services named like a person, and places whose words are all census
# names; written from general knowledge of retail, banking and geography, lowercased.
_NOT_PEOPLE = frozenset(
    line.strip().lower()
    for line in """
    Ted Baker|John Lewis|Harvey Nichols|Tim Hortons|Jack Wills|Dr Martens|Dr. Martens|Mr Kipling
    Ben & Jerry's|Ben and Jerry's|Dunnes Stores|Morgan Stanley|Marks & Spencer|Marks and Spencer
    Wendy's|McDonald's|Sainsbury's|Morrisons|Ralph Lauren|Calvin Klein|Tommy Hilfiger
    Hugo Boss|Ted Baker London|Paul Smith|Stella McCartney|Karen Millen|Jo Malone|Laura Ashley
    Tom Ford|Kate Spade|Michael Kors|Vera Wang|Tory Burch|Marc Jacobs|Ben Sherman|Jack Daniel's
    Johnnie Walker|Ronald McDonald|Dave's Hot Chicken|Papa John's|Carl's Jr|Dick's Sporting Goods
    Goldman Sachs|Charles Schwab|Edward Jones|Lloyds|Coutts|Barclays|Wells Fargo|Ernst & Young
    Dean & DeLuca|Holland & Barrett|Dolce & Gabbana|Louis Vuitton|Christian Dior|Yves Saint Laurent
    Harry Potter|Peter Pan|Mary Poppins|Robin Hood|Father Christmas|Santa Claus|Jack Frost
    Facebook Messenger|Australia Post|Royal Mail|Canada Post|Parcel Force|Parcelforce
    Apple Pay|Google Pay|Samsung Pay|Amazon Prime|Sky Mobile
    Deliveroo|Ryanair|Uber|Uber Eats|Netflix|Spotify|Airbnb|PayPal|Booking|Expedia|Argos|Currys
    Tesco|Asda|Aldi|Lidl|Waitrose|Ocado|Primark|Boots|easyJet|Just Eat|Revolut|Monzo|Vodafone
    Amazon|Apple|Steam|eBay|Etsy|Ikea|IKEA|Greggs|Pret|Nando's|Domino's|Selfridges
    Hang Seng|Dah Sing|Chong Hing|Wing Lung|Ping An|Jollibee|Albert Heijn|Air Canada
    Cape Town|Lai Chi Kok|Hung Hom|Kwun Tong|Mong Kok|Sham Shui Po|Tsim Sha Tsui|Wan Chai
    Causeway Bay|Sha Tin|Tai Po|Tuen Mun|Yuen Long|Tseung Kwan O|Kwai Chung|Tsuen Wan|Sai Kung
    Taikoo Shing|Kowloon Tong|Ho Man Tin|Ma On Shan|Tai Koo|Quarry Bay|Chai Wan|Aberdeen
    Porto|Lisbon|Guernsey|Luton|Bradford|Orlando|Cape Verde|Buenos Aires|Rio de Janeiro
    Ang Mo Kio|Bukit Timah|Toa Payoh|Jurong East|Tampines|Bedok|Petaling Jaya|Shah Alam
    """.replace("\n", "|").split("|")
    if line.strip()
)


def without_addressee(text: str, entity: Entity) -> Entity:
    """An ADDRESS span less the parcel label's addressee line it starts with ("FAO Ann
    Lee\n12 High St"): the name on that line is a PERSON, found by the name rules."""
    if entity.label != "ADDRESS" or _ADDRESSED_TO.match(text, entity.start, entity.end) is None:
        return entity
    line_end = text.find("\n", entity.start, entity.end)
    if line_end == -1:
        return entity
    return Entity(line_end + 1, entity.end, entity.label, entity.score, entity.recognizer)


def _one_cell(text: str, entity: Entity) -> Entity | None:
    """The span cut to its first line and table cell, less a parcel label's "FAO": a name
    never runs across a tab or a line break ("Ted Baker\tBill", "FAO Ann Lee\n12 High St")."""
    start, end = entity.start, entity.end
    addressed = _ADDRESSED_TO.match(text, start, end)
    if addressed is not None:
        start = addressed.end()
    cut = re.search(r"[\t\n|]", text[start:end])
    if cut is not None:
        end = start + cut.start()
    while end > start and text[end - 1] in " ,;":
        end -= 1
    if end <= start:
        return None
    value = text[start:end]
    if value.islower() and any(word in _PRODUCT_WORDS for word in value.split()):
        return None
    if (start, end) == (entity.start, entity.end):
        return entity
    return Entity(start, end, entity.label, entity.score, entity.recognizer)


def _extend(text: str, entity: Entity) -> Entity:
    start, end = entity.start, entity.end
    if _ENDS_IN_PARTICLE.search(text, start, end):
        # a span that stops at its particle ("Obinna J. St" of "Obinna J. St. John")
        rest = _NAME_AFTER_PARTICLE.match(text, end)
        if rest is not None:
            end = rest.end()
    after = _PARTICLES_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    before = _PARTICLES_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        start = before.start()
    tokens = [t for t in text[start:end].split() if not _PARTICLE_WORD.match(t)]
    if len(tokens) == 1 or _PARTICLE_WORD.match(text[start:end].split()[0]):
        titled = _TITLE_BEFORE.search(text, max(0, start - 20), start)
        if titled is not None:
            start = titled.start()
    if (start, end) == (entity.start, entity.end):
        return entity
    return Entity(start, end, entity.label, entity.score, entity.recognizer)


# Verbs a sentence opens with as a request ("Meet at the Darwin Room", "Meet Priya at 6"):
# read by a tagger as a name, they are cut from a span that starts a sentence, and a span of
# the verb alone is dropped. (none of them a given name: "Will", "Bill", "Mark" are not here)
_OPENING_VERBS = frozenset(
    words(
        """Meet Call Ask Contact Email Phone Ring Text Tell Thank Send Join Visit Welcome
        Congratulate Remind Invite Message Write Forward Greet Collect Bring Pay Transfer Cc"""
    )
)
_SENTENCE_START = re.compile(r"(?:\A|[.!?;:]['’\"”)]?[ \t]+|\n[ \t]*|[\"“‘(][ \t]*)\Z")


def _without_opening_verb(text: str, entity: Entity) -> Entity | None:
    value = text[entity.start : entity.end]
    first = re.match(r"\S+", value)
    if first is None or first.group().rstrip(".,!") not in _OPENING_VERBS:
        return entity
    if not _SENTENCE_START.search(text, max(0, entity.start - 4), entity.start):
        return entity
    rest = re.search(r"\S", value[first.end() :])
    if rest is None:
        return None
    start = entity.start + first.end() + rest.start()
    return Entity(start, entity.end, entity.label, entity.score, entity.recognizer)


def _without_roles(text: str, entity: Entity) -> Entity | None:
    value = text[entity.start : entity.end]
    tokens = list(re.finditer(r"\S+", value))
    names = [t for t in tokens if t.group().rstrip(".,") not in _ROLE_WORDS]
    if not names:
        return None
    if len(tokens) == 1 and tokens[0].group() in _HEADER_WORDS:
        return None
    first = 0
    while tokens[first].group().rstrip(".,") in _ROLE_WORDS:
        first += 1  # "Assessor Aminah binti Yusof": the role before the name
    last = len(tokens)
    while last > first + 1 and tokens[last - 1].group().rstrip(".,") in _ROLE_WORDS:
        last -= 1
    if (first, last) == (0, len(tokens)):
        return entity
    return Entity(
        entity.start + tokens[first].start(),
        entity.start + tokens[last - 1].end(),
        entity.label,
        entity.score,
        entity.recognizer,
    )


# one search finds a listed name around a span, any of its words the span ("Martens" of "Dr.
# Martens", "Ben" of "Ben & Jerry's")
_NOT_PEOPLE_AROUND = re.compile(
    r"(?i)(?<![\w'’])(?:"
    + "|".join(
        r"[ \t]+".join(map(re.escape, name.split()))
        for name in sorted(_NOT_PEOPLE, key=len, reverse=True)
    )
    + r")(?![\w'’])"
)


# A name that goes on as a web domain is a business's ("Booking.com", "Apple.com/bill"); one
# whose last word names a kind of business, a shop's format or a firm's legal form is a
# business's too ("Tesco Express", "Amazon Marketplace", "Kestrel Analytics Inc").
_DOMAIN_AFTER = re.compile(r"\.(?:com|co\.uk|co|net|org|io|app|shop|store)\b", re.IGNORECASE)
_BUSINESS_WORDS = frozenset(
    words(
        """Express Extra Metro Marketplace Market Stores Store Supermarket Superstore Pharmacy
        Chemist Airways Airlines Trading Foods Motors Ltd Limited Inc Plc PLC LLC LLP GmbH
        Group Holdings Bakery Dental Freight Analytics Joinery Logistics Solutions Systems
        Technologies Energy Telecom Insurance Cafe Restaurant Hotel Hotels Travel Tours Outlet
        Online Direct Digital Retail Wholesale Foodhall Garage Clinic Pharma Labs Studio Studios
        Media Networks Capital Associates Consulting Properties Estates Lettings"""
    )
)


_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w&'’-]*)")

# A street named after a person ("Thomas Telford Way", "Isambard Brunel Road"): a name whose
# last word, or the word after it, is a street's kind is a place. Kinds that are surnames too
# (Lois Lane, Glenn Close, Andy Street) count only after a word that puts a place next ("on",
# "off", "along" …).
_STREET_KINDS = frozenset(
    words("Way Road Avenue Drive Boulevard Crescent Terrace Gardens Mews Rise Wharf Quay")
)
_STREET_KINDS_ALSO_SURNAMES = frozenset(words("Street Lane Close Place Square Grove Row Parade"))
_PLACE_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:on|in|off|along|at|near|via|opposite|down|up|into|onto)[ \t]+\Z"
)


def _names_a_street(text: str, entity: Entity) -> bool:
    last = text[entity.start : entity.end].split()[-1:]
    after = _WORD_AFTER.match(text, entity.end)
    kinds = [word.rstrip(".,") for word in last]
    if after is not None:
        kinds.append(after.group(1).rstrip(".,"))
    if any(kind in _STREET_KINDS for kind in kinds):
        return True
    return any(kind in _STREET_KINDS_ALSO_SURNAMES for kind in kinds) and bool(
        _PLACE_BEFORE.search(text, max(0, entity.start - 12), entity.start)
    )


def _names_a_business_or_place(text: str, entity: Entity) -> bool:
    if _DOMAIN_AFTER.match(text, entity.end) or _names_a_street(text, entity):
        return True
    value = text[entity.start : entity.end]
    last = value.split()[-1:]
    after = _WORD_AFTER.match(text, entity.end)
    if (last and last[0].rstrip(".,") in _BUSINESS_WORDS) or (
        after is not None and after.group(1).rstrip(".,") in _BUSINESS_WORDS
    ):
        return True
    # a brand that ends a sentence, read together with the next one's first word
    # ("couldn't pay Uber. App needs a fix")
    head = value.split(". ", 1)[0]
    if head != value and head.casefold() in _NOT_PEOPLE:
        return True
    return any(
        found.start() <= entity.start and entity.end <= found.end()
        for found in _NOT_PEOPLE_AROUND.finditer(
            text, max(0, entity.start - 24), min(len(text), entity.end + 24)
        )
    )


# A name written surname first, as a whole field value or list item: "Name: Eze, Ngozi",
# "- Tran, Bao: £1,476.11"
_INVERTED_NAME = re.compile(
    rf"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:(?:Full[ \t]+)?Name[ \t]*:[ \t]*)?"
    rf"({_CAP}),[ \t]+({_CAP})(?=[ \t]*(?::|$))"
)


def _inverted_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A "Surname, Given" pair one of whose words a rule found, spanned whole."""
    if ", " not in text:
        return entities
    for pair in _INVERTED_NAME.finditer(text):
        start, end = pair.start(1), pair.end(2)
        pieces = [e for e in entities if e.label == "PERSON" and e.start < end and start < e.end]
        if not pieces or any(e.start < start or e.end > end for e in pieces):
            continue
        best = max(pieces, key=lambda e: e.score)
        entities = [e for e in entities if e not in pieces]
        entities.append(Entity(start, end, "PERSON", best.score, best.recognizer))
    return entities


def refine_person_spans(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities``: one English text's kept spans. Their PERSON spans fixed as above (joined
    over particles, titled, role words cut, businesses and places dropped); the rest as is."""
    if not any(e.label in ("PERSON", "ADDRESS") for e in entities):
        return entities
    entities = _inverted_names(text, entities)
    refined: list[Entity] = []
    seen: set[tuple[int, int]] = set()
    for entity in entities:
        entity = without_addressee(text, entity)
        if entity.label != "PERSON":
            refined.append(entity)
            continue
        cell = _one_cell(text, entity)
        if cell is not None:
            cell = _without_opening_verb(text, cell)
        if cell is None or _names_a_business_or_place(text, cell):
            continue
        kept = _without_roles(text, _extend(text, cell))
        if kept is None or (kept.start, kept.end) in seen:
            continue  # two pieces of one name grow into the same span: keep one
        seen.add((kept.start, kept.end))
        refined.append(kept)
    return refined
