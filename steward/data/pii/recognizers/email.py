"""E-mail addresses.

Role mailboxes are not personal data (issue 18's convention): an address whose local part
names a function, a department or a system rather than a person — ``support@``,
``noreply@``, ``customer.care@``, ``kyc-team@``, ``kefu@`` (客服), ``tousu@`` (投诉) — reaches
whoever staffs that desk, so it is not reported unless ``report_role_mailboxes`` is set
(``pii.role_mailboxes: personal`` in the policy). A local part is a role's when every word in
it (split at ``.``, ``_``, ``-``, ``+`` and digits, and run-together words such as
``customercare`` or ``donotreply`` split into known ones) is a role word; one word that is
not (``jane.support@``) makes it a person's, unless it is a plain word that reads as no name
beside a role word (``joint.accounts@``, ``overseas.help@``). A local part of digits only is a
person's (``13800138000@163.com``, a QQ number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from steward.data.pii.recognizers.base import Entity, PatternRecognizer, words
from steward.data.pii.recognizers.given_names import GIVEN_NAMES
from steward.data.pii.recognizers.surnames import SURNAMES

# Words that name a function, a department or a system, never a person; in English and in the
# pinyin Chinese companies use for their desks (kefu 客服, tousu 投诉, fuwu 服务, and a bank's:
# fanzha 反诈, licai 理财, xinyongka 信用卡, xindai 信贷 …); a loyalty programme's (rewards@).
ROLE_WORDS: frozenset[str] = frozenset(
    """
    support help helpdesk service services customer customers client clients member members
    care contact contacts info information enquiry enquiries inquiry inquiries feedback
    complaint complaints dispute disputes fraud security abuse privacy dpo legal compliance
    kyc aml ops operations billing payment payments accounts finance treasury invoice
    invoices statement statements card cards loan loans mortgage mortgages lending credit
    collections recoveries hr jobs careers recruitment recruiting talent marketing media
    press pr investor investors ir relations reception frontdesk desk it tech technical
    webmaster hostmaster postmaster mailer daemon bounce bounces system sys bot auto
    automated alert alerts notify notification notifications notice notices news newsletter
    updates update digest orders order shop store booking bookings reservations bank banking
    online mobile app ebanking wealth branch team office admin administrator staff all
    general global center centre group unsubscribe verify verification confirm otp secure
    sales hello hi no not do reply noreply donotreply dontreply mail mailbox post inbox
    claims claim onboarding review reviews approvals account servicedesk cs cx vip kf helpline
    hotline probate estates estate deceased succession executors payroll refunds returns
    dispatch events partners agents brokers tax audit procure procurement bereavement hardship
    arrears debt welfare safeguarding vulnerable pensions savings insurance
    new property motor travel patient patients financial aid people rent lettings tenancy
    kefu tousu fuwu zhaopin caiwu xinxi jubao bangong renshi kehu zixun
    fee fees intl international overseas global withdrawals deposits transfers remittance
    remittances exchange trading listings otc wallet custody treasury desk
    admissions registry registrar tuition bursary bursaries scholarships students student
    alumni accommodation faculty library finance studentfinance
    donations donors giving supporters fundraising volunteers
    appointments reception pharmacy clinic records billing patientaccounts
    dealer dealership aftersales parts servicing fleet lease leasing
    payouts drivers riders couriers merchants sellers buyers
    trust trustees fiduciary
    huodong yewu xiaoshou shichang xingzheng yingxiao tongzhi hezuo
    fanzha licai xinyongka xindai daikuan cunkuan zhanghu jiesuan waihui fengkong baoxian
    duigong wangyin
    rewards reward loyalty points offers promotions promo cashback perks benefits
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_WORD_SPLIT = re.compile(r"[._+\-\d]+")
# Beyond the list, a desk is named by a noun of a function, an activity or a field: English
# forms such words with these endings (bereavement@, settlements@, remediation@, underwriting@,
# treasury@, security@, advisory@, analytics@, partnerships@). Names that
# end the same way (Florence, Manning, Gregory, Trinity) are told apart by the census name
# lexicons: a local part that is a given name or a surname is a person's.
_FUNCTION_NOUN = re.compile(
    r"[a-z]{3,}(?:ments?|tions?|sions?|ances?|ences?|ency|encies|ships?|ings?|ics|ity|ities|ery|eries"
    r"|ory|ories|ism|ure|ures|age)\Z"
    # (activity nouns in -al: withdrawals@, referrals@, renewals@, approval@)
    r"|[a-z]{3,}als\Z|[a-z]{5,}al\Z"
)
# A romanised Chinese name run together (liujing, lixiaoming, meiling) also ends in "-ing": a
# local part that is pinyin syllables from end to end is a person's, whatever its ending.
# (read by segmenting, position by position, never by a regex's backtracking: a run of
# vowels would make that exponential)
_PINYIN_SYLLABLES: frozenset[str] = frozenset(
    initial + final
    for initial in ("", *words("zh ch sh b p m f d t n l g k h j q x r z c s y w"))
    for final in words(
        "iang iong uang ang eng ing ong ian iao uai uan ai ei ao ou an en in un ia ie iu ua uo "
        "ue ui er a o e i u"
    )
)
_LONGEST_SYLLABLE = max(map(len, _PINYIN_SYLLABLES))


def _is_pinyin(word: str) -> bool:
    """Whether ``word`` is pinyin syllables from end to end (``liujing``, ``lixiaoming``)."""
    reachable = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reachable[end] = any(
            reachable[start] and word[start:end] in _PINYIN_SYLLABLES
            for start in range(max(0, end - _LONGEST_SYLLABLE), end)
        )
    return bool(word) and reachable[-1]


_MAX_WORD = max(len(word) for word in ROLE_WORDS)


@lru_cache(maxsize=4096)
def _role_compound(word: str) -> bool:
    """Whether ``word`` is one role word or role words run together (``customercare``)."""
    if word in ROLE_WORDS:
        return True
    if word.endswith("s") and word[:-1] in ROLE_WORDS and not _personal_word(word):
        return True  # a role word's plural: groups@, trusts@, teams@
    if _FUNCTION_NOUN.match(word) and not _personal_word(word):
        return True
    # Run-together parts of three letters or more: two-letter words (``hi``, ``do``, ``no``)
    # would read names such as ``hino`` or ``dono`` as roles; ``noreply`` is a word of its own.
    return any(
        word[:cut] in ROLE_WORDS and _role_compound(word[cut:])
        for cut in range(3, min(len(word) - 3, _MAX_WORD) + 1)
    )


def _is_name(word: str) -> bool:
    """Whether the lowercase ``word`` is a census given name or surname."""
    title = word.title()
    return title in GIVEN_NAMES or title in SURNAMES


def _personal_word(word: str) -> bool:
    """Whether ``word`` reads as a person's name, alone or after an initial (``florence``,
    ``liujing``, ``xxiaoming``, ``kmanning``)."""
    return any(_is_name(part) or _is_pinyin(part) for part in (word, word[1:]) if part)


def is_role_mailbox(address: str) -> bool:
    """Whether the e-mail ``address`` is a role mailbox (see the module)."""
    local = address.split("@", 1)[0].casefold()
    words = [word for word in _WORD_SPLIT.split(local) if word]
    if not words:
        return False
    if all(_role_compound(word) for word in words):
        return True
    # a desk named by a role word and a qualifier ("joint.accounts@", "overseas.help@"): every
    # other word a plain word of three letters or more that reads as no name nor initial
    return (
        len(words) >= 2
        and any(word in ROLE_WORDS for word in words)
        and all(
            _role_compound(word) or (len(word) >= 3 and word.isalpha() and not _personal_word(word))
            for word in words
        )
    )


class EmailRecognizer(PatternRecognizer):
    name = "email"
    labels = ("EMAIL_ADDRESS",)
    pattern = re.compile(
        # (the "@" percent-encoded in a URL's query: "?email=jane.doe%40example.com"; an
        # underscore after a Chinese label is the form's blank: "电子邮箱_7967…@…")
        r"(?:(?<![A-Za-z0-9._%+-])|(?<=[^\x00-\x7f][_-]))[A-Za-z0-9][A-Za-z0-9._%+-]*(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])"
    )
    score = 0.95
    # (an address read aloud and transcribed: "priya dot thornbury at sign gmail dot com",
    # "lina38 艾特 qq 点com")
    trigger = re.compile(r"@|%40|艾特| dot (?:com|net|org|co|ie|io|in|edu)\b")

    def __init__(self, report_role_mailboxes: bool = False) -> None:
        self.report_role_mailboxes = report_role_mailboxes

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for entity in super().analyze(text, language):
            address = text[entity.start : entity.end].replace("%40", "@")
            if self.report_role_mailboxes or not is_role_mailbox(address):
                yield entity
        if "艾特" in text:
            for match in _SPOKEN_ZH.finditer(text):
                address = re.sub(r"\s*艾特\s*", "@", match.group())
                if self.report_role_mailboxes or not is_role_mailbox(address):
                    yield self.entity(match.start(), match.end(), "EMAIL_ADDRESS", self.score)
        if " dot " in text:
            # a spoken address keeps its spoken form (issue 18's convention for what is read aloud)
            for match in _SPOKEN_EMAIL.finditer(text):
                local = re.sub(r" (?:dot|underscore|dash|hyphen) ", ".", match.group("local"))
                if self.report_role_mailboxes or not is_role_mailbox(local + "@x.example"):
                    yield self.entity(match.start(), match.end(), "EMAIL_ADDRESS", 0.85)


# An address read aloud in Chinese and written down by speech-to-text or a clerk:
# "lina38 艾特 qq 点com" (艾特 for "@", 点 for "."), spanned in its spoken form.
_SPOKEN_ZH = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._-]*[ \t]*艾特[ \t]*[A-Za-z0-9-]+"
    r"(?:[ \t]*(?:点|點|\.)[ \t]*[A-Za-z0-9-]+)*?[ \t]*(?:点|點|\.)[ \t]*"
    r"(?:com|cn|net|org|edu|gov|hk|tw|mo|sg|my|io|co|uk)(?![A-Za-z0-9])",
    re.IGNORECASE,
)


# An e-mail address as a transcript writes it: local part (its dots and underscores said as
# words), "at" or "at sign", the domain with "dot" for each dot. Lower case, as speech-to-text
# writes it; a pronoun or a verb before "at" is no local part ("email me at gmail dot com").
_SPOKEN_EMAIL = re.compile(
    r"(?<![\w.@])(?P<local>(?!(?:me|us|is|it|him|her|them|mail|email|e-mail|address|or|and"
    r"|site|website|web|page|portal|online|here|there|home|work|office|desk|line)\b)"
    r"[a-z][a-z0-9]*(?: (?:dot|underscore|dash|hyphen) [a-z0-9]+){0,3})"
    r" at(?: sign)? [a-z][a-z0-9-]*(?: dot [a-z]{2,6}){0,2} dot (?:com|net|org|co|ie|io|in|edu)\b"
)
