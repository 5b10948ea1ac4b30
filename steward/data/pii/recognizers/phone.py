"""Telephone numbers: candidate digit groups validated with Google's libphonenumber.

A number valid in the text's home region (US for English, CN for Chinese) and written with
separators, or in international form (``+…``), scores 0.7; a bare digit run valid at home 0.5;
valid elsewhere or merely possible, lower, so that
only a phone cue (``tel``, ``call``, ``电话``, ``手机``) lifts it over the threshold.

Business numbers are not personal (the convention, issue 18), and are not reported unless
``report_business_numbers`` is set (``pii.business_numbers: report`` in the policy):

- a number libphonenumber types as toll-free, shared-cost, premium-rate or universal-access,
  written the way its region writes it: at home (CN ``400…`` / ``800…``, UK ``0345…`` /
  ``0800…``, US ``1-800…``), internationally, or grouped exactly as a US, UK, Hong Kong or
  Taiwan business number is published (``888-597-3563`` or ``0800-025-168`` in a Chinese
  message, though the same digits read as a Chinese mobile or landline);
- a Chinese service number written at home: ``10…`` (carriers' lines and the ``106…``
  senders of banks' and companies' SMS), which no person's line starts with;
- a number the text presents as a hotline (``客服热线021-…``, ``Customer Services: 020 …``);
- a landline (any number but a mobile), in Chinese text or from abroad in English text,
  whose owner, as the words around it tell, is a business: the nearest owner word in the same
  sentence before it, or in the same clause after it, is a bank's, a branch's or a company's
  (``贵行``, ``分行``, ``网点电话``, ``营业部``, ``客服中心``, ``公司``, ``（汇丰）``,
  ``（光大银行境外服务专线）``, an agent's turn ``客服：``, ``咨询请拨``, ``我打了…``, "our Shanghai
  branch", "I rang HSBC on") rather than a person's (``我``, ``本人``, ``家里``, ``我妈``,
  ``我单位``, ``客户：``, "my", "home"). A mobile is a person's whoever the text says it is (a
  fraudster "自称客服" calls from his own mobile). An English text's own US / UK numbers are
  left to the hotline words and number types: there "office" or "bank" near a number says too
  little.

Digit strings shaped like something else are not phones: dates (``2024-03-15``,
``2023.04.17``, ``20240315``), IPv4 addresses, amounts with cents (``5779660.49``).
Full-width digits and signs (``１３８－…``, typed on Chinese input methods) read as ASCII.

Numbers read aloud are found too (:class:`SpokenNumberRecognizer` in ``spoken_digits``):
Chinese numerals (``一三九零零一二三四五六``) and digits spaced one by one
(``1 3 8 0 0 1 3 8 0 0 0``) are normalised to digits, validated the same way, and reported
with the offsets of the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

import phonenumbers

from steward.data.pii import gates
from steward.data.pii.recognizers.base import Entity, Recognizer, digits_of, overlapping
from steward.data.pii.trigger_plan import search_any

_HOME = {"en": ("US", "GB"), "zh": ("CN",)}
_DEFAULT_HOMES = frozenset(region for regions in _HOME.values() for region in regions)
_OTHER = (
    "US", "CN", "GB", "HK", "TW", "DE", "FR", "IT", "ES", "NL", "IN", "AU", "CA", "SE", "DK", "NO",
    "SG", "MO", "PH", "MY", "IE", "NZ", "ZA", "NG", "AE",
)  # fmt: skip


# Numbers a business publishes for anyone to call, not a person's line.
BUSINESS_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.UAN,
    }
)
_PERSONAL_TYPES = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.PERSONAL_NUMBER}
)

# An extension is part of the phone span (the convention): it is what one dials to reach the
# person. ``x204``, ``ext. 204``, ``extension 204``, ``#204``, ``转8021``, ``转分机8021``,
# ``分机 8021`` (``轉`` / ``分機`` in traditional characters).
_EXTENSION_BODY = (
    r"(?:[ \t]?(?:x|extn?\.?:?|extension|#)[ \t]?\d{1,6}"
    # in brackets after the number: "020 3976 4317 (ext. 7103)"
    r"|[ \t]?\((?:x|extn?\.?:?|extension)[ \t]?\d{1,6}\)"
    r"|[ \t]?(?:转分机|轉分機|转|轉|分机号|分機號|分机|分機)[ \t]?[:：]?[ \t]?\d{1,6})"
)
_EXTENSION = re.compile(_EXTENSION_BODY + "$")
_GROUPS = re.compile(r"\d+")
_UK_MOBILE_SHAPE = re.compile(r"(?:0|44)7\d{9}")
# A mainland mobile: 1, then 3–9, then nine digits (the plan gives all of 13x–19x to mobiles,
# whether or not libphonenumber lists a block yet), at home or after +86.
_CN_MOBILE_SHAPE = re.compile(r"(?:860?)?1[3-9]\d{9}")  # (+86 (0)139…: a trunk 0 kept)
# Toll-free lines written with their 1800 / 1300 / 1-800 prefix as a group of its own (Singapore,
# Malaysia, Australia, North America); the digits may also read as a mainland mobile.
_TOLL_FREE_GROUPED = re.compile(r"1[-. ]?[38]00[-. ]\d")
_PH_MOBILE_DASHED = re.compile(r"09\d\d-\d{3}-\d{4}")
_DASH_EXTENSION = re.compile(r"(?<=\d{4})-\d{1,4}$")
# a Chinese landline with its extension after a second dash: area code, local number, desk
_CN_LANDLINE_EXTENSION = re.compile(r"\(?0\d{2,3}\)?-?\d{7,8}-\d{2,4}")
EXTENSION_SCORE = 0.6
WRAPPED_SCORE = 0.4
WRAPPED_MOBILE_SCORE = 0.5
_TRUNK_IN_BRACKETS = re.compile(r"\s?\(0\)\s?")
# a country code of one to three digits in brackets opening the number
_COUNTRY_IN_BRACKETS = re.compile(r"\((\d{1,3})\)\s?(?=\d)")


# UK 030… (public bodies and charities), 034… and 037… (the 084… / 087… lines companies moved
# to) are printed by organisations in a second grouping too, the five-digit prefix of their
# 0845 days ("03457 404 404"); 033… is open to anyone, so only its published grouping counts.
_UK_BUSINESS_03 = ("30", "34", "37")


def _business(number: phonenumbers.PhoneNumber, value: str, international: bool) -> bool:
    """A business number, written the way that region writes it: ``0345 300 0000`` in the UK
    (a bare ``345…`` is not how anyone there writes that number), ``400-820-8888``, ``1-800…``
    or in international form."""
    kind = phonenumbers.number_type(number)
    if kind not in BUSINESS_TYPES:
        return False
    written = digits_of(value)
    national_format = phonenumbers.PhoneNumberFormat.NATIONAL
    formatted = phonenumbers.format_number(number, national_format)
    national = digits_of(formatted)
    significant = phonenumbers.national_significant_number(number)
    if (
        kind == phonenumbers.PhoneNumberType.UAN
        and not international
        and not (
            significant.startswith(_UK_BUSINESS_03)
            and [len(g) for g in _GROUPS.findall(value)] == [5, 3, 3]
        )
        and not value.isdigit()
        and _GROUPS.findall(value) != _GROUPS.findall(formatted)
    ):
        # UK 03… numbers cost what a landline costs and are not only businesses': one is a
        # business line when written as published (0345 300 0000), not as "0341 8387176".
        return False
    return international or written in (national, f"{number.country_code}{significant}")


# (the scorers read one candidate in turn: a few thousand entries hold the last few hundred
# candidates' parses, and bound the memory the PhoneNumber objects take)
@lru_cache(maxsize=4096)
def _parse(value: str, region: str) -> tuple[phonenumbers.PhoneNumber, bool] | None:
    """``phonenumbers.parse(value, region)`` and whether the number is valid, or None where
    it does not parse: the scorers below read one candidate in the same regions, so each
    (value, region) is parsed once. The number is shared: callers only read it."""
    if value.startswith("+"):
        # a number after a plus sign reads the same whatever the region (the region's rules
        # only come in when its country code is not a valid one): parsed once for all
        international = _parse_international(value)
        if international is not None:
            return international
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    return number, phonenumbers.is_valid_number(number)


@lru_cache(maxsize=1024)
def _parse_international(value: str) -> tuple[phonenumbers.PhoneNumber, bool] | None:
    """:func:`_parse` of a ``+`` number in no region ("ZZ"): parsed only when the digits after
    the plus start with a valid country code, as in every region; None otherwise (then each
    region parses it, and may read the digits with its own international prefix)."""
    try:
        number = phonenumbers.parse(value, "ZZ")
    except phonenumbers.NumberParseException:
        return None
    return number, phonenumbers.is_valid_number(number)


# Regions whose business numbers turn up in messages written elsewhere; the order is the one
# to read a grouping in ("1-800-493-7761" is a US line before it is a Chinese mobile).
_BUSINESS_ABROAD = ("US", "GB", "HK", "TW", "CN", "AU", "IE", "NZ")
# Australia, Ireland and New Zealand: their free and shared-cost lines (1300 / 1800 / 0818 …
# in their own groupings), not their premium ranges (New Zealand's 0900 … is grouped as
# Taiwan writes a mobile: 0900-167-619)
_FREE_LINES_ONLY = {"AU", "IE", "NZ"}
_FREE_LINE_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    }
)


def _mobile_as_grouped(value: str, groups: list[str]) -> bool:
    """Whether ``value`` is a mobile of a region other than China grouped exactly as that
    region writes its mobiles (``0476 963 347``, Australian, though its digits are also a
    Chinese shared-cost line)."""
    if len(groups) < 2:
        return False
    for region in _OTHER:
        if region == "CN":
            continue
        parsed = _parse(value, region)
        if parsed is None or not parsed[1]:
            continue
        if phonenumbers.number_type(parsed[0]) not in _PERSONAL_TYPES:
            continue
        national = phonenumbers.format_number(parsed[0], phonenumbers.PhoneNumberFormat.NATIONAL)
        if _GROUPS.findall(national) == groups:
            return True
    return False


@lru_cache(maxsize=65_536)
def business_abroad(value: str) -> bool:
    """Whether ``value`` is grouped exactly as a business number of another region is
    published (``1-800-493-7761``, ``(877) 396-7225``, ``0370 346 7597``, ``0800-025-168``):
    the same digits also read as a Chinese mobile or landline, but no one groups those so. A
    toll-free number counts however it is grouped, bare digits included, when written with
    its trunk prefix (``0800025168``, ``0800-025-168``)."""
    groups = _GROUPS.findall(value)
    for region in _BUSINESS_ABROAD:
        parsed = _parse(value, region)
        if parsed is None or not parsed[1]:
            continue
        number = parsed[0]
        kinds = _FREE_LINE_TYPES if region in _FREE_LINES_ONLY else BUSINESS_TYPES
        if phonenumbers.number_type(number) not in kinds:
            continue
        national = _GROUPS.findall(
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
        written = groups[1:] if groups[0] == str(number.country_code) else groups
        if region == "CN" or (
            phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.TOLL_FREE
        ):
            # however grouped: Taiwan writes 0800-025-168 what libphonenumber formats 080 002
            # 5168, and a Chinese 400 number is 400-xxx-xxxx, 4008-xxx-xxx or 4001 030 088
            if "".join(written) == "".join(national) and not _mobile_as_grouped(value, groups):
                return True
        elif len(groups) >= 2 and written == national:
            return True
    return False


def is_business_line(value: str) -> bool:
    """Whether ``value``, grouped as a phone number is, is a business's published line at home
    in the US or the UK (``0345 734 5345``, ``1-877-226-5663``) or abroad (``400-820-8888``):
    other recognizers should not read it as an account."""
    if value.isdigit():
        return False  # a bare run of digits is as often an account as a line
    if business_abroad(value):
        return True
    international = value.startswith(("+", "00"))
    for region in ("US", "GB"):
        parsed = _parse(value, region)
        if parsed is not None and parsed[1] and _business(parsed[0], value, international):
            return True
    return False


# Words that present the number after them as a business's line, whatever its shape: a bank's
# or a company's hotline is often an ordinary landline ("客服热线021-3878 4988").
_HOTLINE_BEFORE = re.compile(
    r"(?:hotline|helpline|help line|customer services?|customer care|switchboard"
    r"|call cent(?:re|er)|热线|客服电话|客服号码|服务电话|官方电话|总机|全国统一"
    # a hotel's or a venue's own desk ("Hotel front desk +34 93 …")
    r"|front desk|reception desk"
    # the business speaking of itself ("call us on", "our line"), lines open around the clock,
    # numbers for callers abroad: a bank's line, not the customer's
    r"|(?:call|ring|phone|contact|reach) us|24/7|24h|24 hours|24-hour|round the clock"
    # "reach our fraud team on", "our premier line:"
    r"|\bour(?:[ \t]+[a-z\d/-]+){0,2}[ \t]+(?:team|line|number|desk|branch|office|helpline)"
    # (where to call from abroad, not "I'm calling from abroad: 001-…")
    r"|(?:from abroad|from overseas|outside the [A-Z]{2,3}),?[ \t]+(?:please[ \t]+)?"
    r"(?:call|dial|ring|phone)"
    # the bank's number for callers abroad, in brackets: "0800 … (from abroad +61 2 …)"
    r"|\((?:from|when|if)[ \t]+(?:abroad|overseas|outside the [A-Z]{2,3})[ \t]*:?"
    r"|(?:境外|海外|国外|國外)[请請]?(?:拨打|拨|撥打|撥|致电|致電)"
    # a bank's chat channel: "WhatsApp banking: +91 …", "official WhatsApp number"
    r"|whatsapp banking|official (?:whatsapp|number|line|account)"
    # a letter's or a receipt's closing line: "If you have questions, call …", "如有疑问请拨打"
    r"|if you have (?:any )?(?:questions|queries)[, \t]+(?:please[ \t]+)?"
    r"(?:call|ring|phone|contact)"
    r"|如有(?:疑问|疑問|问题|問題)[，, \t]*(?:请|請)?"
    r"(?:拨打|撥打|致电|致電|联系|聯繫|聯絡|來電|来电))"
    r"[^\d\n]{0,8}$",
    re.IGNORECASE,
)
# ... or words right after it: "+1 212-555-0100 (our switchboard)", "拨打95588查询"
_HOTLINE_AFTER = re.compile(
    r"[ \t]*(?:\(?(?:our |the bank's )?(?:switchboard|hotline|helpline|toll[- ]free|24/7|24h"
    r"|official)\b"
    # opening hours: "(Mon-Fri 9am-5pm)", "(lines open 8am to 8pm)"
    r"|\(?(?:Mon(?:day)?[ \t]*(?:-|–|to)|lines (?:are )?open|open (?:daily|24))"
    # "… 联系我们": the business asking to be contacted, like "call us on"
    r"|查询|咨询|转人工|(?:联系我们|聯繫我們|聯絡我們)(?![的嘅])|与我们联系|與我們聯繫)",
    re.IGNORECASE,
)


# A label that names a run of digits as an identifier of something other than a person's line:
# a company's registration number, a call's or a recording's id, a case or ticket, a deposit
# certificate (定期存单…号), a police report's number (報案紙編號), a work order (工单号)
_IDENTIFIER_LABEL = re.compile(
    r"(?:\b(?:company|registered|registration|reg\.?)[ \t]+(?:no\.?|number|#)|"
    r"\b(?:call|interaction|recording|session|conversation|chat|case|ticket|complaint|"
    r"transaction|txn|order|invoice|policy|reference|ref)[ \t]+(?:id|no\.?|number|#)|"
    r"\b(?:interaction|recording|call id|ticket|case|ref)|"
    # a booking's or a credit agreement's own number ("confirmation 1317053238")
    r"\b(?:confirmation|agreement|contract|voucher|receipt|membership)|"
    # a firm's or a taxpayer's number (US EIN, Australian ABN / ACN / TFN, Singapore UEN,
    # India GSTIN, a VAT or TIN): digits a text beside an address of that country may hold
    r"\b(?:EIN|ABN|ACN|TFN|UEN|GSTIN|VAT(?:[ \t]+(?:no\.?|number|reg))?|TIN)|"
    r"存单|存單|编号|編號|工单号|工單號|单号|單號|流水号|流水號)[ \t:：#（(]*\Z",
    re.IGNORECASE,
)


# A utility's or an insurer's number for its customer (户号：2029399913), a staff number: ten
# digits a phone pattern reads, under a label no phone has (a card's 户号 is an account's, so
# this is the phone rules' own list, not :data:`_IDENTIFIER_LABEL`).
_NOT_PHONE_LABEL = re.compile(
    r"(?:(?<![账帐賬帳客])户号|(?<![账帐賬帳客])戶號|缴费号|繳費號|合同号|合同號|保单号|保單號|工号|工號)"
    r"[ \t:：#]*\Z"
)


def labelled_as_identifier(text: str, start: int) -> bool:
    """Whether the digits at ``start`` follow a label naming them an identifier (a company
    number, a call id, a case, a deposit certificate), not a phone or an account."""
    return _IDENTIFIER_LABEL.search(text, max(0, start - 24), start) is not None


def introduced_as_hotline(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a word that makes it a business's hotline."""
    return _HOTLINE_BEFORE.search(text, max(0, start - 28), start) is not None


def followed_as_hotline(text: str, end: int) -> bool:
    """Whether words right after the number at ``end`` make it a business's line."""
    return _HOTLINE_AFTER.match(text, end) is not None


# Full-width forms, one character for one so that offsets hold: ``（＋８６）１３８－…``.
HALF_WIDTH = str.maketrans("０１２３４５６７８９＋－（）　", "0123456789+-() ")
# Chinese service numbers written at home: carriers' (10086, 10010) and the SMS gateways banks
# and companies send from (106…). No person's line starts with 10 (Beijing's landlines are
# 010-… at home; +86 10 … abroad is one of them, so international forms are not matched).
# Nor with 400 / 800, a company's nationwide line, valid (ten digits) or mistyped a digit short
# ("4006 95566"): at home a landline starts with its 0 area code, a mobile with 1.
_CN_SERVICE = re.compile(r"10\d{5,}|[48]00\d{6,7}")

# Who owns a landline, in Chinese text: the nearest of these words in the number's sentence.
# Personal alternatives come first, so that "我公司" (my office) is one personal word, not "公司".
_PERSONAL_OWNER = (
    r"我(?:的|们的|們的)?(?:公司|单位|單位|办公室|辦公室|家|屋企)|我(?![行们們司])|本人|家里|家裡"
    r"|家中|住宅|屋企|宅电|宅電|私人|个人|個人|手机|手機|妈|媽|爸|老公|老婆|先生|太太|女士"
    r"|儿子|兒子|女儿|女兒|哥|姐|弟|妹|朋友|同事|联系人|聯絡人|紧急|緊急|她|佢|他(?![行们們])"
    # the named clerk who signs a firm's letter: the desk line under the name is theirs
    r"|经办人|經辦人"
    r"|(?:客户|客戶|来电人|來電人|caller|customer)\s?[:：]"
    # (Latin words not inside an e-mail address or domain: "jane.doe@example-bank.test")
    r"|(?<![-.@/\w])(?:my|me|i|i'm|home|wife|husband|mum|mom|dad|son|daughter|personal|private)\b(?![-.@/]\w)"
    # a callback promised on a number: the number the customer waits at, nearer than the
    # branch that promised it ("the branch promised a callback on 5843 7034")
    r"|\bcall-?backs?[ \t]+(?:on|to|at)\b"
)
_BUSINESS_OWNER = (
    # (not a bank card: 从其银行卡…扣款，联系电话… is the cardholder's number)
    r"银行(?!卡)|銀行(?!卡)|分行|支行|网点|網點|营业部|營業部|营业厅|營業廳|柜台|櫃檯|客服|热线|熱線|专线"
    # institutions: a notary's, a hospital's or school's cashier, a court, a police station
    r"|公证处|公證處|医院|醫院|收费处|收費處|学校|學校|法院|派出所|诊所|診所|办事处|辦事處|事务所|事務所"
    # an invoice's field for the firm's registered address and line (开票信息 … 地址电话：…)
    r"|地址电话|地址電話"
    r"|專線|总机|總機|官方|官网|官網|公司|中心|贵行|貴行|本行|我行|你们|你們|贵司|貴司|我司|物业"
    r"|物業|商户|商戶|门店|門店|前台|服务台|服務台|坐席|(?:agent)\s?[:：]"
    # banks by their short names (工行, 汇丰, HSBC): a line they publish is theirs
    r"|工行|建行|农行|農行|中行|招行|交行|邮储|郵儲|汇丰|滙豐|匯豐|恒生|渣打|中银|中銀|花旗|东亚|東亞"
    # what one calls a service for, and having called a number: it is someone else's (not
    # "phoned from …": that number is the caller's own, a person's)
    r"|咨询|諮詢|查询|查詢|预约|預約|打了|拨了|撥了|打过|打過|致电|致電"
    r"|(?<![-.@/\w])(?:bank|branch|head office|customer services?|customer care|help ?line|hotline"
    r"|switchboard|call cent(?:re|er)|reception|support|hsbc|icbc|ccb|boc|hang seng"
    r"|standard chartered|citibank|(?:called|rang|dial?led|phoned)(?!\s+(?:me\s+|us\s+)?from\b)"
    # (not a call log's "called Mx Brennan on 087 …", "rang liu yang on …": a person's line,
    # named between the verb and the number; "called them on …" stays the business's)
    r"(?!\s+(?-i:[A-Z]))"
    r"(?!\s+(?!(?:them|it|us|the|a|an|their|your|our|back|again)\b)(?:[\w'.-]+\s+){1,3}"
    r"(?:on|at)\s*$))\b"
    r"(?![-.@/]\w)"
)
_OWNER = re.compile(
    rf"(?P<personal>{_PERSONAL_OWNER})|(?P<business>{_BUSINESS_OWNER})", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?=\s)")
_CLAUSE_END = re.compile(r"[，,。！？!?；;\n]|\.(?=\s)")
# "…，找王芳" / "，請找…" right after the number: the caller asks for a person at it
_ASK_FOR = re.compile(
    r"\s*[，,]?\s*(?:請|请)?找"
    r"(?!\s*(?:对公|對公|柜台|櫃檯|客服|前台|窗口|人工|值班|经理|經理|部门|部門|个人业务|個人業務))"
)
# The number's own line when it is a form field: a short label and a colon right before it.
_FIELD_LINE = re.compile(r"(?<=\n)[\u4e00-\u9fff]{1,8}[:：][ \t]*$")
_CJK_SEARCH = re.compile(r"[\u4e00-\u9fff]").search
# what follows an owner word that labels the next value: its label's tail, a colon, digits
_OWN_VALUE_NEXT = re.compile(r"[\u4e00-\u9fff]{0,4}[ \t]*[:：][ \t]*\+?\d|[\u4e00-\u9fff]{0,4}\d")
_OWNER_BEFORE = 40  # characters searched before the number, within its sentence
_OWNER_AFTER = 20  # and after it, within its clause


def owned_by_business(text: str, start: int, end: int) -> bool:
    """Whether the nearest owner word around the number at ``start:end`` is a business's."""
    if _ASK_FOR.match(text, end):
        return False  # "打到公司 (02)7164-1738 分機 987，找黃雅婷": one person's desk
    bracket = text[start - 1 : start]
    # (in Chinese text: the recognizer reads full-width brackets as half-width ones)
    if bracket in "(（" and bracket and _CJK_SEARCH(text, max(0, start - 32), start):
        # a number in brackets glosses what is right before it: a business (致电客服（…）)
        # or else whom was called (致电罗小姐（…）, 致电Tom van Leeuwen（…）)
        before = text[max(0, start - 9) : start - 1]
        return any(m.end() == len(before) and m.group("business") for m in _OWNER.finditer(before))
    left = max(0, start - _OWNER_BEFORE)
    stops = list(_SENTENCE_END.finditer(text, left, start))
    if stops:
        left = stops[-1].end()
    field = _FIELD_LINE.search(text, left, start)
    if field is not None:
        left = field.start()  # a form's own line (网点：旺角分行\n联系电话：…): not the line above
    right = min(len(text), end + _OWNER_AFTER)
    stop = _CLAUSE_END.search(text, end, right)
    if stop is not None:
        right = stop.start()
    nearest: tuple[int, bool] | None = None  # (distance, business)
    for match in _OWNER.finditer(text, left, start):
        nearest = (start - match.end(), match.group("business") is not None)
    for match in _OWNER.finditer(text, end, right):
        if _OWN_VALUE_NEXT.match(text, match.end()):
            # "办公电话：…转362  客服热线：95566": a label after the number with a value of its
            # own names that value, not this one
            break
        after = (match.start() - end + 1, match.group("business") is not None)
        if nearest is None or after[0] < nearest[0]:
            nearest = after
        break
    return nearest is not None and nearest[1]


@lru_cache(maxsize=65_536)
def _valid_at_home(value: str, home: tuple[str, ...]) -> bool:
    """Whether ``value`` is a valid number of one of the ``home`` regions."""
    if value.startswith("00"):
        value = "+" + value[2:]
    for region in home:
        parsed = _parse(value, region)
        if parsed is None:
            continue
        if parsed[1] and (phonenumbers.region_code_for_number(parsed[0]) in home):
            return True
    return False


def _cn_mobile(value: str, home: tuple[str, ...]) -> bool:
    """A mainland mobile's shape: at home in Chinese text, or written with +86 / 0086."""
    digits = digits_of(value)
    if business_abroad(value):
        return False  # 1-877-326-5108: the digits read as a mobile, the grouping as a US line
    if value.startswith(("+86", "(+86", "0086", "+ 86")):
        return _CN_MOBILE_SHAPE.fullmatch(digits.removeprefix("00")) is not None
    return "CN" in home and len(digits) == 11 and _CN_MOBILE_SHAPE.fullmatch(digits) is not None


@lru_cache(maxsize=65_536)
def _is_mobile(value: str, home: tuple[str, ...]) -> bool:
    """Whether libphonenumber types ``value`` as a mobile (or personal) number, read at home
    first, then abroad."""
    if value.startswith("00"):
        value = "+" + value[2:]
    if "GB" in home and _UK_MOBILE_SHAPE.fullmatch(digits_of(value)):
        return True  # 07…: a mobile, listed by libphonenumber or not (see _score)
    if _cn_mobile(value, home):
        return True
    for region in home + tuple(r for r in _OTHER if r not in home):
        parsed = _parse(value, region)
        if parsed is None:
            continue
        if parsed[1]:
            return phonenumbers.number_type(parsed[0]) in _PERSONAL_TYPES
        if value.startswith(("+", "(+")):
            break
    return False


# A sign-off ("--", "——", "Best regards", "此致") opening one of the lines just above: the
# lines after it are the writer's signature, where a number alone on its line is their own.
_SIGN_OFF = re.compile(
    r"[ \t>]*(?:-{2,}|—+|_{3,}|(?:(?:best|kind|warm)[ \t]+)?regards\b|thanks\b"
    r"|thank you\b|cheers\b|sincerely\b|此致|敬礼|敬禮|谢谢|謝謝|祝好)",
    re.IGNORECASE,
)
_SIGNATURE_LINES = 3  # lines above the number's searched for the sign-off
SIGNATURE_SCORE = 0.85
# A number a phone word names right before it (Chinese): over the threshold beside a rival's cue
NAMED_SCORE = 0.75
_NAMED_BEFORE_ZH = re.compile(
    r"(?:(?:手机|手機|电话|電話|座机|座機)(?:号码|號碼|号|號)?"
    r"(?:改为|改為|换成|換成|更改为|更改為|变更为|變更為|是|为|為)?"
    r"|(?:你|请|請|麻烦|麻煩)?(?:覆我|回覆我|回复我|打返?(?:俾|畀|给|給)我|打给我|打給我|联系我|聯絡我|聯繫我))"
    r"[ \t:：]*\Z"
)


def named_as_phone_zh(text: str, start: int) -> bool:
    """Whether a Chinese phone word (or a call-me-back) stands right before ``start``."""
    return _NAMED_BEFORE_ZH.search(text, max(0, start - 12), start) is not None


def _signature_line(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is alone on its line, a sign-off just above, and
    no business named between (a bank's or a branch's signature gives its own line)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if text[line_start:start].strip() or text[end : line_end if line_end >= 0 else None].strip():
        return False
    position = line_start
    for _ in range(_SIGNATURE_LINES):
        if position == 0:
            return False
        above = text.rfind("\n", 0, position - 1) + 1
        if _SIGN_OFF.match(text, above, position - 1):
            # (not a business's own block: "此致\n浦东支行\n021-…", "Regards\nCard Services")
            return not any(m.group("business") for m in _OWNER.finditer(text, above, line_start))
        position = above
    return False


def _country_in_brackets(number: str, home: tuple[str, ...]) -> str | None:
    """``"(852) 9256 8029"`` written as ``"+852 9256 8029"``: a country code in brackets, where
    the digits make no number at home (``"(212) 555-0182"`` stays a New York line) and a valid
    one abroad; else ``None``."""
    bracketed = _COUNTRY_IN_BRACKETS.match(number)
    # (ten digits with a bracketed area code are a North American line: "(514) 516-0371")
    if bracketed is None or len(digits_of(number)) == 10 or _valid_at_home(number, home):
        return None
    written = "+" + bracketed.group(1) + " " + number[bracketed.end() :]
    parsed = _parse(written, "ZZ")
    return written if parsed is not None and parsed[1] else None


# Regions an English text shows it is written from or about, read from other details in it:
# an address's postcode shape and region word, a ``+CC`` number, an e-mail domain, a bank
# code only one country uses. A number valid in such a region reads as at home there (a
# Singaporean mobile ``9384 8381`` or an Irish ``087 537 4421`` next to a Singapore or Dublin
# address), as a US or UK number does anywhere in English text.
_REGION_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "SG",
        re.compile(
            r"\bSingapore[ \t]+\d{6}\b|\+65[ \t-]?[689]|\.sg\b|\b(?:Blk|HDB)\b|#\d{2}-\d{2,4}\b"
            r"|\bPOSB\b|\bPayNow\b"
        ),
    ),
    (
        "AU",
        re.compile(
            r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+\d{4}\b|\+61[ \t]?\(?0?\)?[ \t]?[2-478]"
            r"|\.com\.au\b|\.net\.au\b|\bBSB\b|\bAustralia"
        ),
    ),
    (
        "IE",
        re.compile(
            r"\bDublin[ \t]+\d{1,2}\b|\bCo\.?[ \t]+[A-Z][a-z]+|\b[AC-FHKNPRTV-Y]\d[\dW][ \t]"
            r"[0-9AC-FHKNPRTV-Y]{4}\b|\+353|\.ie\b|\beircom\b|\bIreland\b"
        ),
    ),
    (
        "IN",
        re.compile(
            r"\+91[ \t-]?[6-9]|\.co\.in\b|\bIFSC\b|\bUPI\b|\bIndia\b|\bPIN[ \t:]*\d{6}\b"
            r"|\b(?:Maharashtra|Karnataka|Telangana|Tamil Nadu|Kerala|Gujarat|Rajasthan|Punjab"
            r"|Haryana|Uttar Pradesh|West Bengal|Andhra Pradesh|Madhya Pradesh|Bihar|Odisha"
            r"|Delhi|Mumbai|Bengaluru|Bangalore|Chennai|Hyderabad|Kolkata|Pune|Noida|Gurgaon"
            r"|Gurugram)\b,?[ \t]+\d{3}[ \t]?\d{3}\b"
        ),
    ),
    (
        "NZ",
        re.compile(r"\+64[ \t]?\(?0?\)?[ \t]?[2-9]|\.co\.nz\b|\bNew Zealand\b"),
    ),
    (
        "MY",
        re.compile(
            r"\+60[ \t-]?1|\.com\.my\b|\bMalaysia\b|\b\d{5}[ \t]+(?:Kuala Lumpur|Selangor"
            r"|Penang|Johor Bahru|Petaling Jaya|Shah Alam)\b"
        ),
    ),
    ("HK", re.compile(r"\+852|\.com\.hk\b|\bHong Kong\b|\bKowloon\b")),
)


@lru_cache(maxsize=65_536)
def _personal_in_named(value: str, home: tuple[str, ...]) -> bool:
    """Whether ``value`` is a valid, non-business number of a region the text named (a home
    region past the language's own): "080-2213 1286" beside a Bengaluru address is a landline
    there, though grouped as a business number elsewhere."""
    for region in home:
        if region in _DEFAULT_HOMES:
            continue
        parsed = _parse(value, region)
        if (
            parsed is not None
            and parsed[1]
            and phonenumbers.region_code_for_number(parsed[0]) == region
            and phonenumbers.number_type(parsed[0]) not in BUSINESS_TYPES
        ):
            return True
    return False


# a number valid at home (the bare score): no need to read which regions the text names
HOME_SCORE = 0.5


def regions_named(text: str) -> tuple[str, ...]:
    """The regions among :data:`_REGION_SIGNS` that an English ``text`` shows signs of."""
    # (each sign read as its trigger pieces, literal-first: the same hit or miss, see
    # trigger_plan.search_any; the whole patterns tried every branch at every character)
    return tuple(region for region, sign in _REGION_SIGNS if search_any(sign, text))


class PhoneRecognizer(Recognizer):
    name = "phone"
    labels = ("PHONE_NUMBER",)
    pattern = re.compile(
        # (not inside a reference code: "CAS-2024-185973", nor a number quoted as "#75488013",
        # nor the tail of a longer dashed run: "622887-7723820500583", a card in two groups;
        # the lookbehinds tried only where a number can start)
        r"(?=[+(\d])(?<![0-9A-Za-z+#])(?<![A-Za-z0-9]-)"
        r"(?:(?:\+|00)\d{1,3}(?:\s?\(0\))?[\s.-]?|\(\+?\d{1,3}\)\s?)?"
        r"(?:\(\d{1,5}\)[\s.-]?)?"
        # groups of up to 8 digits: a Chinese landline's local number (0755-27798411)
        r"\d{1,14}(?:[ .-]\d{1,8}){0,5}"
        rf"{_EXTENSION_BODY}?"
        # nor run into letters, more digits or a time ("… 14:05")
        r"(?![0-9A-Za-z]|[.,-]\d|[:：]\d)"
    )
    # Shapes that are digits in a row but never a phone number: a date (2024-03-15,
    # 2023.04.17, 2024/3/5, 20240315), a dotted IPv4 address, an amount with its cents.
    _NOT_PHONE = re.compile(
        r"(?:19|20)\d\d([-./])\d\d?\1\d\d?(?!\d)"
        r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
        r"|\d{1,3}(?:\.\d{1,3}){3}$"
        r"|\d+\.\d\d$"
    )
    # Seven digits with at most a few separators between each two: every candidate has them.
    trigger = re.compile(r"\d(?:[\s.()\-－（）]{0,3}\d){6}")

    def __init__(self, report_business_numbers: bool = False) -> None:
        self.report_business_numbers = report_business_numbers

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        home = _HOME.get(language, ("US",))
        text = gates.translate(text, HALF_WIDTH)
        # the regions the text names, read once a number does not score at home (English only)
        named: tuple[str, ...] | None = None if language == "en" else ()
        for match in self.pattern.finditer(text):
            value = match.group()
            if gates.ENABLED and not gates.has_digits(value, 7):
                continue  # (no candidate cut from it has the 7 digits a score needs, below)
            if self._NOT_PHONE.match(value):
                continue
            if labelled_as_identifier(text, match.start()) or _NOT_PHONE_LABEL.search(
                text, max(0, match.start() - 8), match.start()
            ):
                continue
            skip_business = not self.report_business_numbers
            if skip_business and (
                introduced_as_hotline(text, match.start()) or followed_as_hotline(text, match.end())
            ):
                continue
            number = _EXTENSION.sub("", value)
            if number.startswith(("+", "00")):
                # "+44 (0)7700 686726": the trunk 0 a national reader dials, never dialled
                # from abroad
                number = _TRUNK_IN_BRACKETS.sub(" ", number, count=1)
            candidates = [number]
            abroad = _country_in_brackets(number, home)
            if abroad is not None:
                candidates.insert(0, abroad)
            dashed = _DASH_EXTENSION.search(number)
            if dashed is not None:
                # "(0571)61560561-9563": a Chinese landline's extension after a dash
                candidates.append(number[: dashed.start()])
            score, best = self._best(candidates, number, home)
            if named is None and (score is None or score < HOME_SCORE):
                named = regions_named(text)
                if named:
                    home += named
                    score, best = self._best(candidates, number, home)
            if score is None:
                continue
            if best == abroad and not _is_mobile(best, home):
                # a landline under a bracketed country code only with a cue: a firm's
                # "(852) 2233 3000" as often as a person's
                score = min(score, 0.4)
            if score < EXTENSION_SCORE and (
                number != value or _CN_LANDLINE_EXTENSION.fullmatch(number) is not None
            ):
                # an extension to dial ("010-83544831 ext.068", "0755-28099377-762") makes
                # a number valid somewhere a phone line, whatever region it is from
                score = EXTENSION_SCORE
            if score < NAMED_SCORE and language == "zh" and named_as_phone_zh(text, match.start()):
                # "预留手机改为132-1080-8307", "你覆我13140591411啦": a phone word or a call-me-back
                # right before it names it, whatever card or account word stands further back
                score = NAMED_SCORE
            signature = _signature_line(text, match.start(), match.end())
            if signature:
                # a number alone on its line in a sign-off block is the writer's own, whatever
                # business the message named before it
                score = max(score, SIGNATURE_SCORE)
            if (
                skip_business
                and not signature
                # who owns a number is read in Chinese text, and in English text for numbers
                # from abroad (a Chinese customer's English message about a Shanghai branch);
                # an English text's own US / UK numbers are left to the hotline words
                and (language == "zh" or not _valid_at_home(best, home))
                and not _is_mobile(best, home)
                and owned_by_business(text, match.start(), match.end())
            ):
                continue
            yield self.entity(match.start(), match.end(), "PHONE_NUMBER", score)
        if "\n" in text:
            yield from self._wrapped(text, home)

    def _best(
        self, candidates: list[str], number: str, home: tuple[str, ...]
    ) -> tuple[float | None, str]:
        """The best score among ``candidates`` (ways to read one number) and its candidate."""
        score: float | None = None
        best = number
        for candidate in candidates:
            n = len(digits_of(candidate))
            if not 7 <= n <= 15:
                continue
            found = self._score(candidate, n, home, self.report_business_numbers)
            if found is not None and (score is None or found > score):
                score, best = found, candidate
        return score, best

    # A number the note's line broke in two ("mobile on file: 07591 62\n5842"): its trunk 0 or
    # its + first, the line ending in it, the next line opening with the rest.
    _WRAPPED = re.compile(
        r"(?<![0-9A-Za-z+#])(?:\+|0)\d[\d ]{3,13}\d[ \t]*\n[ \t]*\d{2,6}(?![0-9A-Za-z]|[.,:/-]\d)"
    )

    def _wrapped(self, text: str, home: tuple[str, ...]) -> Iterator[Entity]:
        """Phone numbers split over two lines, scored at most ``WRAPPED_SCORE``: a break in the
        middle of a number is a layout's accident, so only a phone cue near makes it one (or,
        for a mobile at home, its own digits: at most ``WRAPPED_MOBILE_SCORE``)."""
        for match in self._WRAPPED.finditer(text):
            number = " ".join(match.group().split())
            n = len(digits_of(number))
            if not 10 <= n <= 13:
                continue
            found = self._score(number, n, home, self.report_business_numbers)
            if found is not None:
                # (a mobile's digits, joined, are a mobile's whatever broke them)
                ceiling = WRAPPED_MOBILE_SCORE if _is_mobile(number, home) else WRAPPED_SCORE
                yield self.entity(match.start(), match.end(), "PHONE_NUMBER", min(found, ceiling))

    @staticmethod
    @lru_cache(maxsize=65_536)
    def _score(
        value: str, n: int, home: tuple[str, ...], report_business: bool = False
    ) -> float | None:
        international = value.startswith(("+", "(+", "00"))
        if (
            not report_business
            and not international
            and "CN" in home
            and _CN_SERVICE.fullmatch(digits_of(value))
        ):
            return None
        if value.startswith("00"):
            value = "+" + value[2:]  # the international prefix of most of the world
        if "GB" in home and _UK_MOBILE_SHAPE.fullmatch(digits_of(value)):
            # Every 07… number is a mobile or personal number, whether or not libphonenumber
            # lists its range (Ofcom keeps 07700 900xxx for fiction, and opens new ranges).
            return 0.7 if international or not value.isdigit() else 0.5
        if not international and _PH_MOBILE_DASHED.fullmatch(value):
            # a Philippine mobile as Filipinos write it (0917-633-8566), not the UK premium
            # line the same digits make (the UK groups those with spaces: 0917 633 8566) nor
            # a Taiwanese mobile (0912-345-678, a digit shorter): this shape is no one else's
            return 0.5
        if not report_business and not international and _TOLL_FREE_GROUPED.match(value):
            return None  # 1800 111 1111, 1-800-…, 1300 …: a toll-free line as published
        if not report_business and business_abroad(value) and not _personal_in_named(value, home):
            return None
        if _cn_mobile(value, home):
            return 0.7 if international or not value.isdigit() else 0.5
        best: float | None = None
        for region in home + tuple(r for r in _OTHER if r not in home):
            parsed = _parse(value, region)
            if parsed is None:
                continue
            number, valid = parsed
            if valid:
                # Only at home (or written internationally): abroad, the first region the
                # digits are valid in is a guess ("083 564 9312" is premium-rate in France,
                # "(08) 8747 6301" an Australian landline); business_abroad reads the grouping.
                at_home = international or region in home
                if at_home and not report_business and _business(number, value, international):
                    return None
                if international or (region in home and not value.isdigit()):
                    return 0.7
                return 0.5 if region in home else 0.4
            if best is None and phonenumbers.is_possible_number(number):
                # written in international form with a real country code and a possible
                # length: a phone number, even in a range libphonenumber does not list yet
                best = 0.7 if international else 0.35 if n >= 10 else 0.3
            if international:
                break
        return best


# A second phone number given in the same breath as one already reported: "on 0412 555 019
# during the day or 0493 606 220 in the evening", "at +60 12-397 4516 or my wife at +60
# 15-776 0185". Its own score (a number valid only abroad, no cue of its own) stays under the
# threshold; the reported number beside it, in the same sentence and this near, is its cue.
SIBLING_REACH = 80
SIBLING_MIN = 0.3
_SIBLING_BREAK = re.compile(r"[!?\n。！？]|\.(?=\s)")


def phone_siblings(
    text: str, candidates: Sequence[tuple[Entity, float]], reported: Sequence[Entity], score: float
) -> list[Entity]:
    """The phone ``candidates`` (each with its score after context) that stand next to a
    ``reported`` phone number: within ``SIBLING_REACH`` characters, no sentence end between,
    their own score at least ``SIBLING_MIN``; returned with ``score``."""
    # (look-ups by bisection: a long text's many candidates and reported spans cost their sum)
    reported_in = overlapping(reported)
    phones_in = overlapping([e for e in reported if e.label == "PHONE_NUMBER"])
    found: list[Entity] = []
    for entity, adjusted in candidates:
        if entity.label != "PHONE_NUMBER" or adjusted < SIBLING_MIN:
            continue
        if reported_in(entity.start, entity.end):
            continue
        # the reported phones that could be within SIBLING_REACH (checked exactly below)
        near = phones_in(entity.start - SIBLING_REACH - 1, entity.end + SIBLING_REACH + 1)
        for phone in near:
            lo, hi = min(phone.end, entity.end), max(phone.start, entity.start)
            if hi - lo <= SIBLING_REACH and _SIBLING_BREAK.search(text, lo, hi) is None:
                found.append(
                    Entity(entity.start, entity.end, "PHONE_NUMBER", score, entity.recognizer)
                )
                break
    return found
