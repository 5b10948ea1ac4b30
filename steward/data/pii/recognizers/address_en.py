"""Street addresses written in Latin script (US style and the European styles in the data).

A span starts at a *street line*, one of
  - house number + street name + street suffix (``378 Keith Rapids``, ``24 Clarke Avenue``);
  - [house number] + street name ending in a street word or after a street prefix + house
    number (``Vesterskovvej 79``, ``ul. Grochowa 80``, ``Via Roma 131``, ``Rákóczi út 13.``);
  - house number + capitalised words + house number (``6750 Koskikatu 25``);
  - US military and PO-box lines (``PSC 6477, Box 2981``, ``USS Lorenzen``, ``APO AE 83700``);
  - ``the corner of <street> and <street>``;
and then grows over the components that follow it, separated by commas, new lines or spaces:
unit (``Apt. 406``, ``Suite 620``), city, state or province code, country, postcode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from steward.data.pii import gates
from steward.data.pii.recognizers.base import Entity, Recognizer, words
from steward.data.pii.trigger_plan import search_any

# USPS street suffixes (C1 list, common forms) and their abbreviations.
_SUFFIXES = words("""
Alley Allee Aly Annex Anx Arcade Arc Avenue Ave Av Bayou Beach Bend Bluff Bluffs Bottom Boulevard
Blvd Branch Br Bridge Brg Brook Brooks Burg Burgs Bypass Byp Camp Canyon Cape Causeway Center
Centers Ctr Circle Cir Circles Cliff Cliffs Club Common Commons Corner Corners Course Court Ct
Courts Cove Coves Creek Crk Crescent Cres Crest Crossing Xing Crossroad Crossroads Curve Dale Dam
Divide Drive Dr Drives Estate Estates Expressway Expy Extension Ext Extensions Fall Falls Ferry
Field Fields Flat Flats Ford Fords Forest Forge Forges Fork Forks Fort Freeway Fwy Garden
Gardens Gateway Glen Glens Green Greens Grove Groves Harbor Harbors Haven Heights Hts Highway
Hwy Hill Hills Hollow Inlet Island Islands Isle Junction Junctions Key Keys Knoll Knolls Lake
Lakes Land Landing Lane Ln Light Lights Loaf Lock Locks Lodge Loop Mall Manor Manors Meadow
Meadows Mews Mill Mills Mission Motorway Mount Mountain Mountains Neck Orchard Oval Overpass
Park Parks Parkway Pkwy Parkways Pass Passage Path Pike Pine Pines Place Pl Plain Plains Plaza
Plz Point Points Port Ports Prairie Radial Ramp Ranch Rapid Rapids Rest Ridge Ridges River Road
Rd Roads Route Row Run Shoal Shoals Shore Shores Skyway Spring Springs Spur Spurs Square Sq
Squares Station Sta Stravenue Stream Street St Streets Summit Terrace Ter Throughway Trace Track
Trafficway Trail Trl Trailer Tunnel Turnpike Underpass Union Unions Valley Valleys Viaduct
View Views Village Villages Ville Vista Walk Walks Wall Way Ways Well Wells Close Gate Gardens
Parade Esplanade Promenade Quay Rise Wynd Chase Grange
""")
_SUFFIX = r"(?:" + "|".join(sorted(set(_SUFFIXES), key=len, reverse=True)) + r")\b\.?"
# Street words that end a European street name, and prefixes that start one.
_STREET_ENDS = words("""
strasse straße str. straat gasse weg laan plein gracht vej veien vegen vei gatan gata gade vägen
väg katu tie kuja polku tori utca út tér körút vegur braut stræti stígur platz allee ring damm
markt kade steeg
""")
# "The word just read ends in a street word": one fixed-width look-behind per ending, so the
# word itself is read once (possessively) instead of trying every split of it into letters +
# ending, which made this the slowest branch of the street-line search.
_STREET_END = "(?i:" + "|".join(rf"(?<={re.escape(end)})" for end in _STREET_ENDS) + ")"
_PREFIX = (
    r"(?:ul\.|al\.|pl\.|Via|Viale|Piazza|Piazzale|Largo|Corso|Vicolo|Rue|Avenue|Boulevard|Bd|Chemin|"
    r"Impasse|Allée|Place|Calle|Avenida|Av\.|Paseo|Plaza|Carrer|Rua|Travessa|Praça|Estrada|Largo|"
    r"Odos|Leoforos|Plateia|Odós|Οδός|Λεωφόρος|Πλατεία|Strada|Aleea|Bulevardul|Ulica)"
)
_L = r"[^\W\d_]"  # a letter, any script
_CAP = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-Я][\w'’\-]*\.?)"
_WORD = rf"(?:{_L}[\w'’\-]*\.?)"
_NUM = r"\d{1,6}[A-Za-z]?"
_FUNCTION = r"(?:Of|The|And|In|On|For|To|At|By|With|From)\b"
# "26 November 2025" is a date, not "6750 Koskikatu 25"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
# Street words written before the street's name (France, Ireland, Iberia, Italy), any case.
_STREET_FIRST = (
    r"(?i:rue|allée|avenue|boulevard|bd|chemin|impasse|quai|route|cours|place|calle|avenida|"
    r"rua|via|viale|corso|bóthar|bothar|sráid|sraid)\b\.?"
)
# The linking words inside such a name: "rue de la Paix", "allée des Tilleuls", "Bóthar na Trá".
_NAME_LINK = r"(?:de|du|des|la|le|les|l['’]|d['’]|na|an|del|dos|das|do|da|di|della)\b"
# A currency code before an amount (an amount's digits are not a house number).
_CURRENCY = r"(?:PHP|INR|ZAR|SGD|EUR|USD|GBP|MYR|AUD|CAD|HKD|RMB|CNY|NGN|KES|IDR|THB|AED)"

# a place word is not the start of a UK postcode ("Cardiff CF22 5NL")
# nor the next form field's or sentence's first word ("Kowloon. Tel: …", "\nSummary: …")
_FIELD_WORD = (
    r"(?i:Pls|Plz|Thx|Cant|Tel|Phone|Mobile|Mob|Email|E-mail|Fax|Ref|Reference|Summary|Reason|Checking|Savings|"
    r"Account|Acct|Part|Note|Notes|Status|Date|DOB|SSN|Occupation|Amount|Contact|Signed|"
    r"Signature|Loan|Term|Complainant|Employer|Income|Nationality)\b"
)
_STREET_LINE_BRANCHES = [
    # the corner of A and B
    rf"\b(?:the\s+)?corner\s+of\s+(?:{_NUM}[ \t]+)?{_CAP}"
    rf"(?:[ \t]+(?:{_WORD}|{_NUM}\.?)){{0,4}}?"
    rf"[ \t]+and[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}}",
    # [35108] ul. Zamkowa 33 / Via Roma 131
    rf"\b(?:{_NUM}[ \t]+)?{_PREFIX}[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,3}}?[ \t]+{_NUM}\b\.?",
    # 378 Keith Rapids / 1987 74 Diakou Street
    # (Singapore: "Blk 706 Ang Mo Kio Avenue 3", the block and the street's number)
    rf"(?:\b(?:Blk|Block)\.?[ \t]+)?"
    # (Australia writes unit/number: "14/3 Beaconsfield Parade")
    rf"\b(?:{_NUM}[ \t]+|\d{{1,4}}/)?{_NUM}[ \t]+(?:[NSEW]\.?[ \t]+)?"
    # (a street named by its ordinal: "6111 W 14th St", "210 East 77th Street")
    rf"(?:\d{{1,3}}(?:st|nd|rd|th)[ \t]+)?(?:{_CAP}[ \t]+){{0,3}}{_SUFFIX}"
    r"(?:[ \t]+\d{1,2}\b(?![\d.:/-]))?",
    # 138 Kingsway, Cardiff CF22 5NL: a street without a suffix word, known as a street
    # by the town and postcode after it
    rf"\b{_NUM}[ \t]+{_CAP}(?:[ \t]+{_CAP})?(?=,[ \t]*{_CAP}(?:[ \t]+{_CAP})?,?[ \t]+"
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]{2}[ \t]+\d{5})\b)",
    # [4241] Steinfelden 73 with a street word / Rákóczi út 13.
    # (the word is read possessively and must be followed by a number before the
    # street-word endings are tried: this branch was most of the recognizer's time)
    # (not a phone number after a verb: "I'll ring 0345 734 5345", "ring 1-888-…": a
    # house number is not followed by more digit groups)
    rf"\b(?:{_NUM}[ \t]+)?(?!(?:I|We|You|They|He|She|Please)\b)(?:{_CAP}[ \t]+){{0,2}}"
    # (a Dutch house number's floor suffix belongs to it: "Keizersgracht 123-II")
    rf"{_L}*+\.?(?=[ \t]+\d){_STREET_END}[ \t]+{_NUM}\b(?:-[IVX]{{1,3}}\b|-[a-z]\b)?\.?"
    r"(?![ \t-]?\d)",
    # 6750 Koskikatu 25 (number, words, number; not "5 Musicians Of The 70s", nor a
    # date: "7 July. Refund of INR 27")
    # (not the month of a date: "06/09 TESCO STORES 8101")
    # (its words are one table cell: "…7326 06\tREF 87/2775" is two)
    # (nor an amount and a merchant before a date: "PHP 2,450 Lazada 12 Mar 2026")
    # (nor a form's numbered field and its value: "Applicant 1 DOB 03/08/2002",
    # "applicant 2 DOB 2001-10-16", "SORT CODE 05-58-41 NOTED": the last number goes
    # on as a date or a code, the first ends one, or a field name sits between)
    # (nor a document's columns, three spaces apart: "2026   Invoice INV0782   Visit 8")
    rf"\b(?!(?<=/)\d{{1,2}}\b)(?<!\d[,.])(?<!\d[-/:])(?<!{_CURRENCY} ){_NUM} {{1,2}}"
    rf"(?!{_MONTH}\b)(?!{_FIELD_WORD})(?!(?:The|That|That's|This|It|It's|We|You)\b)"
    rf"{_CAP}(?: {{1,2}}(?!{_FUNCTION}){_WORD}){{0,3}}? {{1,2}}{_NUM}\b\.?(?! +{_MONTH})"
    r"(?![/.\-]\d)",
    # military and PO boxes
    r"\b(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}",
    r"\bUS(?:NS|NV|CGC|S)[ \t]+[A-Z][a-z]+",
    r"\b(?:APO|FPO|DPO)[ \t]+A[AEP][ \t]+\d{5}",
    r"\b(?:P\.?\s?O\.?|Po)[ \t]+Box[ \t]+\d{1,6}",
    # a flat in a named building, no street number: "Apt 4, The Maltings" (Ireland),
    # and India's house number before its building: "187, Shanti Niketan, Linking Road"
    rf"\b(?:Apt|Apartment|Flat|Unit)\.?[ \t]*\w{{1,5}},[ \t]+(?:The[ \t]+)?{_CAP}"
    rf"(?:[ \t]+{_CAP}){{0,2}}(?=[ \t]*[,\n])",
    rf"\b\d{{1,4}},[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}},[ \t]+"
    rf"(?:(?:{_CAP}[ \t]+){{0,3}}{_SUFFIX}|\d{{1,3}}(?i:st|nd|rd|th)[ \t]+{_CAP})",
    # the number before a street word written first, as in France, Ireland, Spain,
    # Portugal, Italy: "12 rue de la Paix, 75002 Paris", "7 Bóthar na Trá, Salthill"
    # (the street's name ends at a comma, where the town or postcode follows)
    rf"\b{_NUM},?[ \t]+{_STREET_FIRST}[ \t]+(?:{_NAME_LINK}[ \t]*)*{_CAP}"
    rf"(?:[ \t-]+(?:{_NAME_LINK}[ \t]*)*{_CAP}){{0,3}}(?=[ \t]*,)",
    # India: a house letter-number, its colony, then the city and its six-digit PIN
    # ("B-17, Green Park Extension, New Delhi 110016")
    rf"\b[A-Z]-?\d{{1,4}}(?:/\d{{1,4}})?,[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
    rf"(?=,[ \t]*{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+\d{{6}}\b)",
    # Hong Kong: flat, floor and block before the estate ("Flat D, 2/F, Block 7, …")
    rf"\b(?:Flat|Room|Rm)\.?[ \t]+\w{{1,4}},[ \t]+\d{{1,2}}/F,[ \t]+"
    rf"(?:(?:Block|Tower|Blk)\.?[ \t]+\w{{1,3}},[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}}",
]
_STREET_LINE = re.compile("|".join(_STREET_LINE_BRANCHES))
# The street-line search of _addresses, one branch at a time (the same leftmost match: the
# first branch that matches at the leftmost position any of them matches at is what the
# alternation gives), each branch skipped when the text lacks every literal it needs (case
# as written: the pattern has no IGNORECASE): most texts have no "corner", "Box", "US", "PO",
# "Apt" or street prefix, and those branches were about half of the search's time.
_STREET_PREFIXES = tuple(word.replace("\\.", ".") for word in _PREFIX[3:-1].split("|"))
_STREET_NEEDS: dict[int, tuple[str, ...]] = {
    0: ("corner",),
    1: _STREET_PREFIXES,
    6: ("Box",),
    7: ("US",),
    8: ("PO",),
    9: ("Box",),
    10: ("Apt", "Apartment", "Flat", "Unit"),
    14: ("/F,",),
}
_STREET_BRANCHES = [
    (re.compile(branch), _STREET_NEEDS.get(i)) for i, branch in enumerate(_STREET_LINE_BRANCHES)
]
# The street-word branch ("Steinfelden 73", "Keizersgracht 123-II") matches only where a street
# word's ending (_STREET_END's look-behind, any case) stands right before spaces and a digit:
# most texts have none, and the branch (every word of the text tried as a street's start) was
# the slowest left ungated. Scanned literal-first on the lower-cased text (search_any).
_STREET_WORD_BRANCH = 4
_STREET_WORD_NEED = re.compile(
    "(?:" + "|".join(re.escape(end) for end in _STREET_ENDS) + r")[ \t]+\d", re.IGNORECASE
)


# Branches 2, 3, 5, 11 and 13 ("378 Keith Rapids", "138 Kingsway, Cardiff", "6750 Koskikatu
# 25", "187, Shanti Niketan", "B-17, Green Park") each need a number, spaces (a comma before
# them in 11 and 13) and a capitalised word or an ordinal: {_NUM}[ \t]+ or \d,[ \t]+ right
# before {_CAP}, [NSEW], "14th " or a suffix word, all opening on _CAP_FIRST. Most messages'
# numbers (amounts, phone and card numbers) have none: checked once per text (_addresses).
_CAP_FIRST = r"[A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-Я]"
_NUMBER_THEN_WORD = re.compile(
    rf"\d[A-Za-z]?,?[ \t]+(?:{_CAP_FIRST}|\d{{1,3}}(?:st|nd|rd|th)[ \t])"
)
_NEED_NUMBER_THEN_WORD = frozenset({2, 3, 5, 11, 13})


def _closed_branches(text: str) -> frozenset[int]:
    """The street-line branches that cannot match anywhere in ``text`` (see above)."""
    if gates.ENABLED and _NUMBER_THEN_WORD.search(text) is None:
        return _NEED_NUMBER_THEN_WORD
    return frozenset()


def _street_line(
    text: str, position: int, closed: frozenset[int] = frozenset()
) -> re.Match[str] | None:
    """``_STREET_LINE.search(text, position)``, branch by branch (see _STREET_BRANCHES); the
    branches in ``closed`` (:func:`_closed_branches`) are known not to match in ``text``."""
    best: re.Match[str] | None = None
    for i, (pattern, needs) in enumerate(_STREET_BRANCHES):
        if i in closed:
            continue
        if needs is not None and not any(word in text for word in needs):
            continue
        if i == _STREET_WORD_BRANCH and not search_any(_STREET_WORD_NEED, text):
            continue
        match = pattern.search(text, position)
        if match is not None and (best is None or match.start() < best.start()):
            best = match
    return best


# a comma, a new line (quote marks ">" or bullets at its start included) or spaces
# (and a comma a transcript writes out: "33 Pennywell Close comma Cardiff comma CF24 4HQ")
_SEP = r"(?:[ \t]*(?:,|\n)(?:[\s,]|[>?•*·](?=[\s\w]))*|[ \t]+comma[ \t]+|[ \t]+)"
_UNIT = (
    r"(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building)\.?[ \t]*#?[ \t]*"
    r"\w{1,6}\b|#[ \t]?\d{1,6}(?:-\d{1,5})?\b|\d{1,3}/F\b)"
)
_POSTCODE = (
    # (the Netherlands: four digits and two capitals, "1015 CJ")
    r"(?:\d{5}(?:-\d{4})?|\d{6}|\d{3}[ -]\d{2,3}|\d{2}-\d{3}|\d{4}[ \t][A-Z]{2}\b|\d{4}\b"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
    # an Irish Eircode: routing key and unique identifier ("A98 K2X7")
    r"|[AC-FHKNPRTV-Y]\d[\dW][ \t]?[0-9AC-FHKNPRTV-Y]{4})\b"
)
_STATE = r"(?:[A-Z]{2}\b)"
_PLACE_WORD = (
    rf"(?:(?![A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}\b|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b"
    rf"|{_FIELD_WORD}){_CAP})"
)
# A place name runs on over a full stop only into a word that starts no sentence: "Brgy. San
# Antonio", "St. Louis", not "Madrid. Her card", "Lagos. Sender e-mail", "Madrid. Do I …"
_SENTENCE_OPENERS = (
    r"(?:I|I'm|I'll|I've|It|He|She|We|They|You|The|This|That|These|My|Our|Your|His|Her|Their"
    r"|Please|Thanks|Thank|And|But|Or|So|If|When|Then|Also|Is|Are|Was|Were|Can|Could|Will"
    r"|Would|Should|May|Do|Does|Did|How|What|Why|Where|Who|Which|Any|No|Not|Yes|Ok|OK|Hi"
    r"|Hello|Dear|Regards|Cheers|Many|Kind|Best)\b"
)
_NOT_SENTENCE = rf"(?!{_SENTENCE_OPENERS})(?!\S+[ \t]+[a-z])"
_PLACE = (
    rf"(?:{_PLACE_WORD}(?:(?<!\.)[ \t]+{_PLACE_WORD}|(?<=\.)[ \t]+{_NOT_SENTENCE}{_PLACE_WORD})"
    r"{0,2}"
    r"(?:[ \t]*\([A-Z][a-z]+\))?)"
)
_NEXT = re.compile(
    rf"{_SEP}(?P<part>{_UNIT}|{_POSTCODE}|{_STATE}"
    rf"|(?:APO|FPO|DPO)[ \t]+A[AEP][ \t]+\d{{5}}"
    # a road named by its ordinal, as Bengaluru numbers its cross roads: "14th Cross"
    rf"|\d{{1,3}}(?i:st|nd|rd|th)[ \t]+{_CAP}(?:[ \t]+{_CAP})?|{_PLACE})"
)
_STOP_WORDS = frozenset(
    words(
        "I I'm I'll I've It He She We They You The This That These My Our Your "
        "His Her Their Please "
        "Thanks Thank And But Or So If When Then Also In On At For To From Is Are Was Were Be Can "
        "Will Would Should Could May Call Email Phone Tel Mobile Name Hi Hello Dear "
        "Regards Best Sent Cheers Kind Warm Yours Sincerely Many "
        "Ms Mr Mrs Dr Website Address E-mail"
    )
)
_MAX_PARTS = 7
# the rest of a line after a country or region word that fills it
_LINE_REST = re.compile(r"[ \t,.]*(?:\n|\Z)")


class EnglishAddressRecognizer(Recognizer):
    """Street addresses; inline mentions as one span, letter-style blocks as their fields.

    An address written inside a sentence ("send it to 378 Keith Rapids, East Annaton, MD
    57326") is one span: street line plus the components that follow. An address laid out as a
    *block* — its street line starts a line (a signature, an envelope, a quoted letter) and the
    components continue on new lines — is a set of fields, and each field is reported on its
    own, the way the Presidio synthetic data (and most address forms) annotate them: the
    street line, the unit (``Apt. 595``), the postcode are ``ADDRESS``; the city, region and
    country lines are ``LOCATION`` (reported only where LOCATION is asked for). A block under
    a form label line (``Address:``) is that field's single value and stays one span.

    In both layouts a number written before a street line that already carries its house
    number (``20789 Allika 46``, ``3369 24 Clarke Avenue``) is a separate component (a
    postcode, box or building number), reported as its own span.
    """

    name = "address_en"
    labels = ("ADDRESS", "LOCATION")
    # Every street line has a digit, except "the corner of A and B" and ship names.
    trigger = re.compile(r"\d|corner\s+of|\bUS(?:NS|NV|CGC|S)[ \t]")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        found = list(self._addresses(text))
        yield from found
        if language != "en" or _LOWER_STREET.search(text) is None:
            return  # (a Chinese message's Latin address is written as printed)
        # An address typed in lower case ("my address changed its now 23 wellington road,
        # leeds ls6 2ab"): read a copy cased as an address is printed, same length and offsets,
        # and keep the lower-case addresses that end in a postcode, a region code or a
        # territory, which a run of ordinary words cased this way ("20 Pounds At The Park")
        # does not.
        cased = _cased(text)
        for entity in self._addresses(cased):
            value = text[entity.start : entity.end]
            if (
                entity.label == "ADDRESS"
                and _UPPER.search(value) is None
                and re.search("[a-z]", value)
                and _CASED_ENDING.search(cased, 0, entity.end)
                and not any(e.start < entity.end and entity.start < e.end for e in found)
            ):
                yield entity

    def _addresses(self, text: str) -> Iterator[Entity]:
        position = 0
        closed = _closed_branches(text)
        while True:
            match = _street_line(text, position, closed)
            if match is None:
                return
            start, end = match.span()
            # (start, end, kind) of each component: street, unit, postcode, state, place
            parts: list[tuple[int, int, str]] = []
            newline = False
            while len(parts) < _MAX_PARTS:
                nxt = _NEXT.match(text, end)
                if nxt is None:
                    break
                part = nxt.group("part")
                first = part.split()[0].rstrip(".,")
                separator = text[end : nxt.start("part")]
                if separator.count("\n") > 1 and text[end - 1] == ".":
                    break  # a sentence's full stop and a blank line: a new paragraph follows
                if (
                    text[end - 1] == "."
                    and re.fullmatch(r"[ \t]+", separator)
                    and re.match(_NOT_SENTENCE, text[nxt.start("part") :]) is None
                ):
                    break  # a sentence's full stop: "…, Lagos. Sender e-mail …"
                if first in _STOP_WORDS or (
                    # after bare spaces only a unit, postcode or state continues the address
                    "," not in separator
                    and "comma" not in separator
                    and "\n" not in separator
                    and not parts
                    and not re.fullmatch(rf"{_UNIT}|{_POSTCODE}|{_STATE}", part)
                    and not _looks_like_place_run(text, nxt.end())
                ):
                    break
                if (
                    "\n" in separator
                    and any(kind == "postcode" for *_, kind in parts)
                    and _kind(part) in ("state", "place")
                    and _LINE_REST.match(text, nxt.end()) is None
                ):
                    # a postcode ends the address: a word on the next line is a country only
                    # where it fills that line, not the next chat speaker ("Singapore 532801\n
                    # Sophie F. [20/05 13:24]") nor a label's field ("…QLD 4066\nPH: 0496 …")
                    break
                newline = newline or "\n" in separator
                parts.append((nxt.start("part"), nxt.end(), _kind(part)))
                end = nxt.end()
            value = text[start:end].rstrip(" \t\n,.")
            end = start + len(value)
            # "Flat 3, 138 Kingsway": a flat or floor written before the street line belongs
            # to the address (which runs from its first part to its last)
            before = _LEADING_UNIT.search(text, max(0, start - _LEADING_REACH), start)
            if before is not None:
                start = before.start()
            position = max(end, match.end())
            if _held_by_business(text, match.start()) or _held_by_business(text, start):
                continue  # a firm's letterhead or a hotel's address is not a person's
            street = [(start, match.end(), "street")]
            block = _BLOCK_BEFORE.search(text, max(0, start - 8), start)
            lead = None if block else _LEADING_NUMBER.match(text, start, match.end())
            if block is not None:
                # "Blk 45 Toa Payoh Lorong 5", "Blk 7 Lot 12, …": the number is the block's,
                # the first part of this address, not a separate box or postcode
                start = block.start()
                street = [(start, match.end(), "street")]
            if lead:
                street = [(start, lead.end(1), "number"), (lead.end(), match.end(), "street")]
            # (a block laid out flush, each line at the margin as on an envelope or a letter,
            # is one address; Presidio's field-annotated blocks indent or quote their lines)
            if newline and _starts_block(text, start) and _indented(text, start, end):
                for s, e, kind in street + parts:
                    e = s + len(text[s:e].rstrip(" \t\n,"))
                    if kind in ("state", "place"):
                        yield self.entity(s, e, "LOCATION", 0.6)
                    else:
                        yield self.entity(s, e, "ADDRESS", 0.8)
                continue
            score = 0.8 + 0.05 * min(len(parts), 2)
            if lead:
                yield self.entity(start, lead.end(1), "ADDRESS", 0.8)
                start = lead.end()
            yield self.entity(start, end, "ADDRESS", score)


_LEADING_UNIT = re.compile(
    # ("Flat 3C" on the line above the street line, in a flush block: "Flat 3C\n133 Otley Road")
    r"\b(?:(?:Flat|Apt|Apartment|Unit|Suite|Room|Rm)\.?[ \t]*\w{1,5}(?:,[ \t]*|[ \t]*\n))"
    r"(?:\d{1,3}/F(?:,?[ \t]+|[ \t]*\n))?"
    # and the building's lines between the flat and the street, as Hong Kong and India write
    # them: "Flat G, 15/F, Kin Wah Building, 108 Hennessy Road", "Tower 2, The Waterfront, …"
    r"(?:(?:[A-Z][\w'’-]*|\d{1,4})(?:[ \t]+(?:[A-Z][\w'’-]*|\d{1,4})){0,3}"
    r"(?:,[ \t]*|[ \t]*\n)){0,2}\Z"
)
_LEADING_REACH = 120
# A block's or lot's word right before a street line's leading number (Singapore, Philippines).
_BLOCK_BEFORE = re.compile(r"\b(?:Blk|Block|Lot)\.?[ \t]+\Z")
# A leading number before a street line that has its own house number.
_LEADING_NUMBER = re.compile(rf"({_NUM})[ \t]+(?={_NUM}[ \t]+{_L}|{_L}[^\n]*?[ \t]{_NUM}\b\.?$)")


# The names an organisation ends with: a firm's legal form, a practice, a hospital, a hotel, a
# utility, a school. (Not "Building", "House", "Court", "Tower": homes are named so too.)
_ORGANISATION_WORD = (
    r"(?:Ltd|Limited|LLP|PLC|plc|Inc|LLC|Corp|Co|Company|Solicitors|Law|Legal|Partners"
    r"|Associates|Hospital|General|Regional|Clinic|Infirmary|Surgery|Medical|Healthcare"
    r"|Hotel|Hotels|Suites|Inn|Resort|Hostel|Energy|Gas|Water|Electric|Power|Utilities|Bank"
    r"|Insurance|Assurance|Academy|School|College|University|Council|Trust|Logistics"
    r"|Lettings|Estates|Agency|Pharmacy|Dental|Branch)"
)
_AFTER_NAME = r"[ \t]*(?:,|—|–|·)?[ \t]*\n?[ \t]*\Z"
_BUSINESS_BEFORE = re.compile(
    rf"(?:\b{_ORGANISATION_WORD}\.?|\bMedical[ \t]+Cent(?:er|re)"
    # a hotel named after its word: "staying at Hotel Le Marais, 14 Rue de Bretagne"
    r"|\bHotel(?:[ \t]+[A-Z][\w'’-]*){1,3}"
    rf"){_AFTER_NAME}"
)
# a utility or an insurer before its PO box: known by its initials ("EDF, PO Box") or the
# name a letter says to write to ("write to Severn Trent, PO Box 5208")
_WRITER_BEFORE = re.compile(
    r"(?:(?:^|\n)[A-Z]{2,4}"
    r"|\b[Ww]rite[ \t]+to[ \t]+[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})"
    rf"{_AFTER_NAME}"
)
_PO_BOX = re.compile(r"P\.?O\.?[ \t]*Box\b", re.IGNORECASE)
_BUSINESS_REACH = 80


def _held_by_business(text: str, start: int) -> bool:
    """Whether the address at ``start`` follows an organisation's name ("Fairbairn Law, 20
    Market Street", "Mercy General, 167 Cedar Hollow Rd", "staying at Marina Bay Suites, 10
    Bayfront Avenue"): a business's address, which is not personal data."""
    line_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start)))
    reach = max(line_start + 1, start - _BUSINESS_REACH)
    before = text[reach:start]
    if _BUSINESS_BEFORE.search(before):
        return True
    return _PO_BOX.match(text, start) is not None and _WRITER_BEFORE.search(before) is not None


def business_address(text: str, start: int, end: int) -> bool:
    """Whether the address another reader found at ``start:end`` (the English tagger's, which
    may span the firm's name too: "British Gas, PO Box 7766, Reading") is a business's."""
    if _OPENS_WITH_BUSINESS.match(text, start, end):
        return True  # the span opens with the firm's name: "Mercy General, 776 W 14th St, …"
    street = _STREET_LINE.search(text, start, end)
    return street is not None and _held_by_business(text, street.start())


_OPENS_WITH_BUSINESS = re.compile(
    rf"[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){{0,3}}[ \t]+{_ORGANISATION_WORD}\.?[ \t]*,"
)


def _kind(part: str) -> str:
    if re.fullmatch(_UNIT, part):
        return "unit"
    if re.fullmatch(_POSTCODE, part) or re.fullmatch(
        r"(?:APO|FPO|DPO)[ \t]+A[AEP][ \t]+\d{5}", part
    ):
        return "postcode"
    if re.fullmatch(_STATE, part):
        return "state"
    return "place"


def _indented(text: str, start: int, end: int) -> bool:
    """Whether a line of the block after its first starts with spaces, a tab or a quote mark."""
    return re.search(r"\n[ \t>]", text[start:end]) is not None


def _starts_block(text: str, start: int) -> bool:
    """The street line opens a line (after quote marks or bullets only), not under a label."""
    line_start = text.rfind("\n", 0, start) + 1
    if any(ch.isalnum() for ch in text[line_start:start]):
        return False
    # Under a label when the last non-blank character before this line is a colon. Read
    # backwards from the line break, never by copying the text before it (that copy, once
    # per address, made long texts quadratic).
    i = line_start - 2
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] != ":"


_PLACE_RUN_END = re.compile(rf"[ \t]*(?:,|\n|{_STATE}|{_POSTCODE})")


def _looks_like_place_run(text: str, end: int) -> bool:
    """A space-separated place name counts if a state, postcode or comma follows it."""
    return _PLACE_RUN_END.match(text, end) is not None


_UPPER = re.compile(r"[A-Z]")
# A street line, PO box or flat typed in lower case: only texts with one are read again cased.
_LOWER_STREET = re.compile(
    r"\b(?:\d{1,5}(?:/\d{1,5})?[a-z]?,?[ \t]+(?:[a-z][a-z'-]*[ \t]+){0,3}"
    r"(?:road|rd|street|st|lane|ln|avenue|ave|drive|dr|close|way|blvd|boulevard|parade|terrace|"
    r"crescent|place|court|grove|gardens|row|square|highway|hwy)\b"
    r"|po box|(?:apt|flat|unit) \w{1,5},|\d{1,4},[ \t]+[a-z]+[ \t]+[a-z]+,)"
)
# Region codes a lower-case address ends in: US states, Australian states and territories,
# Canadian provinces.
_REGION_CODES = frozenset(
    words("""
al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm
ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc nsw vic qld tas act nt sa
ab bc mb nb nl ns on pe qc sk yt
""")
)
_LOWER_TOKEN = re.compile(r"[a-z0-9]+")
_CASED_ENDING = re.compile(
    rf"(?:{_POSTCODE}|\b[A-Z]{{2,3}}|\b(?:Hong Kong|Singapore|Ireland|Australia|Canada|India|"
    r"New Zealand|United Kingdom|Kowloon|New Territories))\Z"
)


def _cased(text: str) -> str:
    """``text`` with each word cased as an address prints it: ``ls6``/``7c`` in capitals, region
    codes in capitals, other words capitalised; one character for one."""

    def case(match: re.Match[str]) -> str:
        token = match.group()
        if token in _REGION_CODES or (re.search(r"\d", token) and re.search(r"[a-z]", token)):
            return token.upper()
        return token[0].upper() + token[1:]

    return _LOWER_TOKEN.sub(case, text)
