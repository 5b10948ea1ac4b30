"""Payment-card and bank-account numbers: one family, told apart by checksum, BIN and context.

A 12–19 digit number (plain, or grouped with one kind of separator) that passes the Luhn check
is a card number — unless the nearest cue before it names an account (``account``, ``账号``,
``储蓄卡``, ``工资卡``, ``银行卡``), which in Chinese banking usage makes it an account number.
Other 8–17 digit numbers are account numbers only where an account cue says so (low base score).

UnionPay debit cards (issue 18's convention): a Luhn-valid number with the UnionPay BIN ``62``
and 16–19 digits is the customer's bank account — the card a salary or a refund is paid to —
unless a credit-card cue is near it (``信用卡``, ``贷记卡``, ``credit``, ``visa``,
``mastercard``, ``CVV``, ``有效期`` / ``expiry``, ``额度`` …, within ``credit_window``
characters either side). In Chinese any card wording (``卡号``, ``我的卡``, ``银行卡``,
``收款卡``) or none at all means a debit card; in English it takes a debit or account cue
(``debit card``, ``bank card``, ``account``), since an English "card number" with the 62 BIN
is as often a UnionPay credit card. Other Luhn-valid numbers stay CREDIT_CARD.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from stdnum import iban, luhn

from steward.data.pii import gates
from steward.data.pii.context import column_cues, nearest_cue
from steward.data.pii.recognizers.base import Entity, Recognizer, consistent_grouping, digits_of
from steward.data.pii.recognizers.cn_id import is_valid_resident_id
from steward.data.pii.recognizers.phone import (
    is_business_line,
    labelled_as_identifier,
    named_as_phone_zh,
)
from steward.data.pii.recognizers.ssn import ssn_named_before

# Numerals read aloud digit by digit (as in ``spoken_digits``), for numbers a transcript spells.
_NUMERALS = str.maketrans("零〇洞一幺二两三四五六七八九", "00011223456789")
_INTERNATIONAL_PREFIX = re.compile(r"(?:\+|\b00)\d{1,3}[ -]?$")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")
_AMOUNT_AFTER = re.compile(
    r"[ \t]*(?:元|块|塊|圆|圓|万元|萬元|港元|港幣|港币|美元|(?i:rmb|cny|yuan|hkd)(?![a-z]))"
)
_ACCOUNT_SCHEME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:nuban|clabe|bban)(?:[ \t]+(?i:no\.?|number|#))?[ \t]*[:#]?[ \t]*\Z"
)
_SSN_SHAPE = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")
_RIVALS = frozenset({"CREDIT_CARD", "BANK_ACCOUNT", "PHONE_NUMBER", "CN_ID_CARD", "US_SSN"})
# Words that make a card a credit card whichever cue is nearest: the product, the brands
# that issue credit, and what only a credit card has (a CVV printed on it, an expiry date to
# type in, a credit limit, a statement day, instalments).
CREDIT_CUES = re.compile(
    r"信用卡|贷记卡|准贷记卡|安全码|有效期|额度|提额|账单日|分期|年费|取现"
    r"|(?<![a-z])(?:credit|visa|master ?card|amex|american express|cvv2?|cvc|"
    r"expiry|expires|exp(?:iry)? date|valid thru|credit limit)(?![a-z])",
    re.IGNORECASE,
)
_EN_DEBIT_CUES = re.compile(
    r"(?<![a-z])(?:debit|bank card|account|acct|a/c|savings|salary|payroll|refund)(?![a-z])",
    re.IGNORECASE,
)


_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CREDIT_CARD_NAMED = re.compile(
    r"(?:信用卡|贷记卡|貸記卡|(?i:credit card))(?:号码|號碼|卡号|卡號|号|號|(?i: number| no\.?))?"
    r"[:：\s是为]{0,2}\d"
)


def is_unionpay_debit(
    text: str, start: int, end: int, language: str, window: int = 30, checksum: bool = True
) -> bool:
    """Whether the card number at ``text[start:end]`` is, by issue 18's convention, a UnionPay
    debit card (a BANK_ACCOUNT): BIN ``62``, 16–19 digits, Luhn-valid (unless ``checksum`` is
    off), no credit-card cue within ``window`` characters either side, and (in English) a
    debit or account cue near."""
    digits = digits_of(text[start:end].translate(_NUMERALS))
    if not (digits.startswith("62") and 16 <= len(digits) <= 19):
        return False
    if checksum and not luhn.is_valid(digits):
        return False
    before, after = text[max(0, start - window) : start], text[end : end + window // 2]
    # (a credit card named after a sentence's end is the next sentence's: "…转到6222…。\n答：
    # 他还让我报了信用卡号…")
    after = _SENTENCE_END.split(after, maxsplit=1)[0]
    # (a credit card named with its own number after this one is that card's cue: "从卡号
    # 6217…扣款，信用卡5513…也被盗刷")
    named = _CREDIT_CARD_NAMED.search(text, end, end + window // 2 + 6)
    if named is not None:
        after = after[: named.start() - end]
    if CREDIT_CUES.search(before) or CREDIT_CUES.search(after):
        return False
    # (a number with Chinese around it in a message read as English, "wo de ka 6214 … bei
    # dongjie le，我是周思琪", "… Thanks. 卡号是6237-…", is a Chinese customer's: the Chinese
    # convention holds)
    return (
        language != "en"
        or bool(_EN_DEBIT_CUES.search(before))
        or _CJK.search(text, max(0, start - window), end + window) is not None
    )


def classify_card_number(
    text: str, start: int, end: int, language: str, window: int = 30, digits: str | None = None
) -> tuple[str, float] | None:
    """CREDIT_CARD or BANK_ACCOUNT, with a base score, for the digits at ``text[start:end]``
    (see :func:`_classify`), less a business's published line named beside an account word
    ("call Meridian Savings on 0345 734 5345") unless a payee's account by what is said of it
    (:func:`_payee_account`) or written in an account's own shape."""
    found = _classify(text, start, end, language, window, digits)
    if (
        found is not None
        and found[0] == "BANK_ACCOUNT"
        and len(digits_of(text[start:end])) <= 11
        # (a sort code after it or a payment to it says whose: "£611.22 to 0806 8204 236,
        # sort 38-00-88" is a payee's account whatever line its digits would dial; and no
        # business prints its line in an account's shape: "a/c 10.109.641")
        and found[1] not in (PAYEE_ACCOUNT_SCORE, BRANCH_CODE_SCORE)
        and not _ACCOUNT_SHAPE.fullmatch(text[start:end])
        and is_business_line(text[start:end])
    ):
        return None
    return found


def _classify(
    text: str, start: int, end: int, language: str, window: int, digits: str | None
) -> tuple[str, float] | None:
    """CREDIT_CARD or BANK_ACCOUNT, with a base score, for the digits at ``text[start:end]``
    (written or read aloud, already normalised to ``digits``), or ``None``.

    Luhn-valid 12–19 digits: a card — a bank account where an account cue is nearest or by the
    UnionPay debit convention (module doc). Other 7–19 digits: an account only where an account
    cue precedes them (8–17 digits: a low score the cue lifts; 18–19 digits, the length of a
    debit card or a corporate account: only with the cue; 7 digits only right after an
    account label)."""
    if digits is None:  # English words read aloud ("four double one…") come normalised
        digits = digits_of(text[start:end].translate(_NUMERALS))
    n = len(digits)
    if not 7 <= n <= 19 or _INTERNATIONAL_PREFIX.search(text, max(0, start - 6), start):
        return None  # after "+86 " it is a phone number's national part
    if _SSN_SHAPE.fullmatch(text, start, end) and ssn_named_before(text, start):
        return None  # "SSN on file for the joint account: 841-86-5367": the SSN rule's
    cue = nearest_cue(text, start, end, window, _RIVALS)
    account = cue is not None and "BANK_ACCOUNT" in cue
    if n == 18 and is_valid_resident_id(digits):
        # a valid resident ID (its birth date and its own check digit) that Luhn happens to
        # pass too: the ID recognizer reports it ("opened with PRC ID 510107197806198135")
        return None
    if n == 11 and _CN_MOBILE.fullmatch(digits) and named_as_phone_zh(text, start):
        return None  # "…账户6215…预留手机改为13630381347": the phone word names it
    if _ACCOUNT_SCHEME_BEFORE.search(text, max(0, start - 24), start):
        # an account named by its country's scheme: Nigeria's NUBAN (10 digits), Mexico's
        # CLABE (18), a domestic BBAN
        return "BANK_ACCOUNT", BRANCH_CODE_SCORE
    if language == "en" and _ROUTING_BEFORE.search(text, max(0, start - 40), start):
        # a US account right after its routing number, whatever its length or checksum
        return "BANK_ACCOUNT", BRANCH_CODE_SCORE
    if (
        language == "zh"
        and _transferred_through(text, start, end)
        and is_unionpay_debit(text, start, end, language, window, checksum=False)
    ):
        # money moved from or to a customer's 62… card (a collections note's "从6216…转入",
        # a statement row's "转账支出　姚欣然　6217 …"): their account whatever its checksum,
        # and whatever amount words (逾期金额, 余额) stand nearer than an account word
        return "BANK_ACCOUNT", 1.0
    if _roster_account(text, start, end, language, n):
        # (the list's layout names it: over the threshold even beside a negative cue in the
        # list's heading, "【工单附件】合作社社员分红名单")
        return "BANK_ACCOUNT", ROSTER_SCORE
    if n >= 12 and luhn.is_valid(digits):
        if not account and is_unionpay_debit(text, start, end, language, window):
            return "BANK_ACCOUNT", DEBIT_SCORE
        return ("BANK_ACCOUNT" if account else "CREDIT_CARD"), (0.6 if n >= 13 else 0.4)
    # An account number is introduced ("账号…", "account …"); a cue after it more often
    # belongs to the next number ("用138…打给我，让我转到账户…": that one is a phone).
    lo = max(0, start - window)
    before = nearest_cue(text[lo:end], start - lo, end - lo, window, _RIVALS)
    # a payee table's column headed "Account": every value under it is introduced by it
    introduced = (before is not None and "BANK_ACCOUNT" in before) or (
        "BANK_ACCOUNT" in column_cues(text, start)
    )
    # A debit card by the convention whatever its checksum: a customer's 62… number called
    # 卡号 / 银行卡 is their account (a typo in one digit does not make it a credit card).
    if (
        before is not None
        and before & {"CREDIT_CARD", "BANK_ACCOUNT"}
        and is_unionpay_debit(text, start, end, language, window, checksum=False)
    ):
        return "BANK_ACCOUNT", DEBIT_SCORE
    payee = _payee_account(text, start, end, digits) if language == "en" and n <= 11 else None
    if payee is not None:
        return "BANK_ACCOUNT", payee
    if n == 8 and (
        _SORT_CODE_BEFORE.search(text, max(0, start - 24), start)
        or _CHEQUE_CODELINE_BEFORE.search(text, max(0, start - 24), start)
    ):
        # a UK account after its sort code ("20-45-67 12345678"), or last on a cheque's
        # printed code line (cheque number, sort code, account: "000123  204567  12345678")
        return "BANK_ACCOUNT", 0.6
    named_after = account and text[start:end].isdigit() and not _CN_MOBILE.fullmatch(digits)
    if n <= 12 and _BRANCH_CODE_BEFORE.search(text, max(0, start - 60), start):
        return "BANK_ACCOUNT", BRANCH_CODE_SCORE
    if n == 7:
        # Seven digits (a Canadian account, an older UK one) only right after an account
        # label ("Account: 7355002", "account credited: 2407226"): alone they are a phone.
        label = _ACCOUNT_LABEL.search(text, max(0, start - 24), start)
        return ("BANK_ACCOUNT", 0.2) if label is not None and introduced else None
    if n <= 17 and (introduced or named_after):
        # named after it ("6222… 是我的收款账户") only when a plain run of digits that is not a
        # mobile number: a number before an account cue is as often a phone number
        return "BANK_ACCOUNT", 0.2
    if n >= 18 and introduced:
        return "BANK_ACCOUNT", 0.5
    return None


# A bank statement's payment line, as UK banks print it: the payment's type code (FPO / FPI a
# faster payment out or in, TFR a transfer, STO / SO a standing order, BGC a bank giro
# credit, BACS, CHAPS), the payee's name in capitals, then the payee's sort code (six digits)
# and account (eight), or the account alone.
_STATEMENT_PAYEE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:FPO|FPI|TFR(?:[ \t]+(?:TO|FROM))?|TRANSFER[ \t]+(?:TO|FROM)|STO|SO|BGC"
    r"|BACS|CHAPS)[ \t]+(?:[A-Z][A-Z'’.-]*[ \t]+){1,4}\Z"
)
_STATEMENT_SORT_ACCOUNT = re.compile(r"\d\d-?\d\d-?\d\d[ \t]+(\d{8})|(\d{8})")


def _statement_account(text: str, start: int, value: str) -> int | None:
    """Where the payee's account starts in the run ``value`` at ``start`` (its sort code
    before it left out), when the run is a statement payment line's sort code and account or
    account alone; else ``None``."""
    shape = _STATEMENT_SORT_ACCOUNT.fullmatch(value)
    if shape is None or _STATEMENT_PAYEE_BEFORE.search(text, max(0, start - 60), start) is None:
        return None
    return shape.start(1) if shape.group(1) is not None else 0


# A payee list: lines that each give a person's name and then a number ("Stuart Whitcombe -
# 92748002 - 12 t barley", "余丽德 6217004389195262 3200元"), in a message about paying them
# (a payout, a payroll, dividends, refunds). The number on such a line is the account paid to.
_ROSTER_NAME_EN = (
    r"(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?[ \t]+)?[A-Z][A-Za-z'’-]+"
    r"(?:[ \t]+(?:[A-Z]\.?|[A-Z][A-Za-z'’-]+|(?:van|von|de|da|del|der|ter|bin|binti|al)))"
    r"{0,3}?[ \t]+[A-Z][A-Za-z'’-]+"
)
_ROSTER_NAME_ZH = r"[\u4e00-\u9fff]{2,4}"
_ROSTER_SEP = r"(?:[ \t\u3000]*[-–—:：|｜,，;；/][ \t\u3000]*|[ \t\u3000]+)"
_ROSTER_HEAD = r"^[ \t]*(?:(?:\d{1,3}[.)、]|[-*•])[ \t]*)?"
_ROSTER_BEFORE = {
    "en": re.compile(_ROSTER_HEAD + _ROSTER_NAME_EN + _ROSTER_SEP + r"\Z", re.MULTILINE),
    "zh": re.compile(_ROSTER_HEAD + _ROSTER_NAME_ZH + _ROSTER_SEP + r"\Z", re.MULTILINE),
}
# Words of a form's labels, which a name at a line's start never is
_ROSTER_LABEL = {
    "en": re.compile(
        r"(?i)\b(?:account|acct|number|no|code|sort|invoice|reference|ref|order|customer"
        r"|member|policy|phone|mobile|case|ticket|id|amount|total|date|payment|transaction|card"
        r"|branch|bank|routing|iban|swift|bic|vat|tax|company|reg|registration|sku|item|batch)\b"
    ),
    "zh": re.compile(r"[号號码碼账賬帐帳户戶行址话話机機期额額言注证證类類型]"),
}
_CORPORATE_ZH = re.compile(r"对公|對公|供应商|供應商")
_ROSTER_LINE = {
    "en": re.compile(
        _ROSTER_HEAD + _ROSTER_NAME_EN + _ROSTER_SEP + r"\d(?:[ -]?\d){6,18}(?![\d.,])",
        re.MULTILINE,
    ),
    "zh": re.compile(
        _ROSTER_HEAD + _ROSTER_NAME_ZH + _ROSTER_SEP + r"\d(?:[ -]?\d){6,18}(?![\d.,])",
        re.MULTILINE,
    ),
}
# (the rest of the line: nothing, or a separator and more: an amount, a quantity, a note)
_ROSTER_AFTER = re.compile(r"[ \t\u3000]*(?:$|[-–—:：|｜,，;；/ \t\u3000])", re.MULTILINE)
_ROSTER_PAYMENT = re.compile(
    r"(?i:\b(?:pa(?:y|id|yout|youts|yment|yments|yroll|yees?)|salar(?:y|ies)|wages?|dividends?"
    r"|refunds?|reimburse(?:d|ment|ments)?|remit(?:ted|tance|tances)?|beneficiar(?:y|ies)"
    r"|bonus(?:es)?|stipends?|grants?|disburse(?:d|ment|ments)?)\b)"
    r"|分红|分紅|工资|工資|薪|发放|發放|代发|代發|打款|报销|報銷|补贴|補貼|奖金|獎金|退款|收款|付款"
)


ROSTER_SCORE = 1.0


def _roster_account(text: str, start: int, end: int, language: str, n: int) -> bool:
    """Whether the number at ``text[start:end]`` (``n`` digits) is a payee's account on a line
    of a payee list: right after a person's name at the line's start, the line then ending or
    going on after a separator, another line of the message the same, and the message about
    paying them. English: 8–12 digits, plain or in an account's shape (not a UK mobile);
    Chinese: 12–19 digits (a bank card's or an account's length, not a mobile's)."""
    if language == "en":
        if not 8 <= n <= 12 or not (
            text[start:end].isdigit() or _ACCOUNT_SHAPE.fullmatch(text, start, end)
        ):
            return False
        if text[start] == "0" and n >= 10:
            return False  # a UK or an international phone number's trunk prefix
    elif language == "zh":
        if not 12 <= n <= 19:
            return False
    else:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = _ROSTER_BEFORE[language].search(text, line_start, start)
    if before is None or _ROSTER_LABEL[language].search(before.group()) is not None:
        return False  # "对公账号：2751 …", "Invoice Number: 8012…": a form's label, no name
    if language == "zh" and _CORPORATE_ZH.search(text) is not None:
        return False  # a firm's payment details (对公): no person's list
    if _ROSTER_AFTER.match(text, end) is None:
        return False
    if len(list(islice(_ROSTER_LINE[language].finditer(text), 2))) < 2:
        return False
    # (a list of card repayments names credit cards: "信用卡还款名单")
    return _ROSTER_PAYMENT.search(text) is not None and CREDIT_CUES.search(text) is None


# A payee's account named by what the message says of it rather than by an account word
# (English; a UK or US domestic account of 7–11 digits):
# - its branch's sort code named right after it: "to 0082-3744, sort 92-79-97", "(s/c 20-00-00)"
#   (a bare "(12-05-24)" after a number is as often a date)
_SORT_CODE_AFTER = re.compile(
    r"[ \t]*[,/]?[ \t]*\(?[ \t]*(?i:sort(?:[ \t-]?code)?|s/c)\b[ \t:]*\d\d-\d\d-\d\d(?![\d-])"
)
#   or bare where it cannot be a date ("Jo Birch 71234567 40-11-62": no day 40, no month 40)
_BARE_SORT_CODE_AFTER = re.compile(r"[ \t]*[,/]?[ \t]*\(?[ \t]*(\d\d)-(\d\d)-\d\d(?![\d-])")
# (the account and its bare sort code read as one run: "71234567 40-11-62")
_ACCOUNT_SORT_PAIR = re.compile(r"(\d{8})[ \t]+(\d\d)-(\d\d)-\d\d")


def _date_like(first_pair: str, second_pair: str) -> bool:
    """Whether a sort code's first two pairs could be a day and a month."""
    first, second = int(first_pair), int(second_pair)
    return (first <= 31 and second <= 12) or (first <= 12 and second <= 31)


# - an amount paid to it or taken from it: "Mateo Morrison £781.80 to 86352142", "$1,250 sent
#   to 7349-5148", "move £300 from 40118822"
_PAID_TO_BEFORE = re.compile(
    r"(?:[£$€]|\b(?:GBP|USD|EUR|AUD|CAD|NZD|SGD|HKD)[ \t]?)\d[\d,]*(?:\.\d\d)?[kKmM]?"
    r"[ \t]+(?:(?:paid|sent|wired|transferred|moved|going|went|goes|due"
    r"|to[ \t]+(?:go|be[ \t]+(?:paid|sent)))[ \t]+)?"
    r"(?:to|into|from|out of)[ \t]+\Z"
)
# - or a payment sent to it with no amount before it, in an account's own eight-digit shape: "the
#   refund went back into 40118822", "wages are paid to 2231 9087", "the refund on 55102938",
#   "moved it all over to …" (a payment's verb, its particles, then "to"; a payment's noun, then
#   "to" or "on"); a phone's eleven digits and a count are not in that shape
_SENT_TO_BEFORE = re.compile(
    r"(?i:\b(?:paid|sent|transferred|wired|credited|refunded|deposited|remitted|returned|"
    r"went|goes|going|moved|moving)(?:[ \t]+(?:it|them|everything|all|the|money|funds|"
    r"savings|back|out|over|across|straight)){0,3}[ \t]+(?:to|into|onto)"
    r"|\b(?:refunds?|payments?|transfers?|deposits?|standing[ \t]+orders?|direct[ \t]+debits?"
    r"|wages|salary|pension|benefits?)[ \t]+(?:to|into|onto|on))[ \t]+\Z"
)
_EIGHT_DIGITS = re.compile(r"\d{8}|\d{4}[ -]\d{4}")
# (not a range, "from £150,000 to 2500000", nor a phone credited: "£10 top-up to 07700 900123")
_RANGE_BEFORE = re.compile(r"(?i:\b(?:from|between))[ \t]+\Z")
_TOP_UP_BEFORE = re.compile(r"(?i:top(?:ped)?[ -]?up|recharge|airtime)[^\n]{0,30}\Z")
# - or the number in brackets right after a payee's name, in a sentence about a payment
#   ("should have been Mateo Okafor (3141 7081 024)", "intended payee Priya Nowak (44930725)")
_NAME_BRACKET_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?[ \t]+)?[A-Z][A-Za-z'’-]+"
    r"(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'’-]+)){0,3}[ \t]*\([ \t]*\Z"
)
_PAYMENT_WORDS = re.compile(
    r"(?i)\b(?:pa(?:y|id|ying|yee|yment|yments|yroll)|wired?|transfer(?:red)?|sent|went to"
    r"|chaps|bacs|faster payments?|recall(?:ed)?|misdirected|remit(?:ted|tance)?"
    r"|beneficiary|recipient|credited|refund(?:ed)?|standing order|direct debit)\b"
)
# (an initial's full stop, "Siobhan K. Szabo", ends no sentence)
_SENTENCE_BREAK = re.compile(r"\n|(?<!\d)(?<!\b[A-Z])[.!?](?=\s)")
# - or the number right after a US routing number: "Routing 026009593 / 4820193384" (the
#   routing number's own cue says nothing of it, so the score must bear that negative cue)
_ROUTING_BEFORE = re.compile(
    r"(?i:\b(?:routing|aba|rtn)(?:[ \t]+(?:number|no\.?|#))?)[ \t:#]*\d{9}"
    r"[ \t]*[,/;&]?[ \t]*\Z"
)
_ROUTING_CUE_BEFORE = re.compile(
    r"(?i:\b(?:routing|aba|rtn)(?:[ \t]+(?:number|no\.?|#))?)[ \t:#]*\Z"
)
_ROUTING_PAIR = re.compile(r"\d{9}[ \t]+(\d{7,17})")
# Shapes a domestic account is written in and a phone number is not: eight digits (a UK
# account: plain, 4-4 or dotted 2.3.3), four-four-three (an 11-digit account as some banks
# print it)
_ACCOUNT_SHAPE = re.compile(r"\d{8}|\d{4}[ -]\d{4}|\d{2}\.\d{3}\.\d{3}|\d{4} \d{4} \d{3}")
# A UK mobile (07… in 11 digits) is a phone wherever it is paid.
_UK_MOBILE = re.compile(r"07\d{9}")
PAYEE_ACCOUNT_SCORE = 0.8
# (a branch's code — a sort code named right after the number, a routing number right before
# it — is the surest sign: over the threshold even beside a negative cue, "pay the invoice to
# 5520 1184 227, sort 11-22-33", "routing 026009593 / 4820193384")
BRANCH_CODE_SCORE = 1.0


def _payee_account(text: str, start: int, end: int, digits: str) -> float | None:
    """The score of the 7–11 digits at ``text[start:end]`` as a payee's account by what is
    said of them — a sort code right after them, an amount paid to or from them, a payment sent
    to them (in eight digits), or (in an account's own shape) brackets after a payee's name in a
    sentence about a payment — or ``None``."""
    if _UK_MOBILE.fullmatch(digits) or text[max(0, start - 1) : start] == "+":
        return None
    if _SORT_CODE_AFTER.match(text, end):
        return BRANCH_CODE_SCORE
    bare = _BARE_SORT_CODE_AFTER.match(text, end)
    if (
        bare is not None
        and _ACCOUNT_SHAPE.fullmatch(text[start:end])
        and not _date_like(*bare.groups())
    ):
        return BRANCH_CODE_SCORE
    lo = max(0, start - 40)
    paid = _PAID_TO_BEFORE.search(text, lo, start)
    if (
        paid is not None
        and not _RANGE_BEFORE.search(text, max(0, paid.start() - 10), paid.start())
        and not _TOP_UP_BEFORE.search(text, lo, start)
    ):
        return PAYEE_ACCOUNT_SCORE
    if _EIGHT_DIGITS.fullmatch(text[start:end]) and _SENT_TO_BEFORE.search(text, lo, start):
        return PAYEE_ACCOUNT_SCORE
    if not (
        _ACCOUNT_SHAPE.fullmatch(text[start:end])
        and text[end : end + 1] == ")"
        and _NAME_BRACKET_BEFORE.search(text, max(0, start - 50), start)
    ):
        return None
    opening = max(0, start - 200)
    for sentence_break in _SENTENCE_BREAK.finditer(text, opening, start):
        opening = sentence_break.end()
    return PAYEE_ACCOUNT_SCORE if _PAYMENT_WORDS.search(text, opening, start) else None


# A transfer through the number: "从 … 转入/转出/还款" around it, or a statement row whose
# transaction type (转账支出, 转账收入, 转入) comes earlier on its line.
_FROM_BEFORE = re.compile(r"(?:从|從|由)[ \t]*\Z")
_TRANSFER_AFTER = re.compile(
    r"[ \t]*(?:转入|轉入|转出|轉出|转账|轉賬|转过来|轉過來|汇入|匯入|还款|還款|扣款)"
)
_TRANSFER_ROW = re.compile(r"转账支出|转账收入|轉賬支出|轉賬收入|转入|转出|轉入|轉出")


def _transferred_through(text: str, start: int, end: int) -> bool:
    """Whether money is moved from or through the number at ``text[start:end]``."""
    if _FROM_BEFORE.search(text, max(0, start - 3), start) and _TRANSFER_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _TRANSFER_ROW.search(text, max(line_start, start - 40), start) is not None


_SORT_CODE_BEFORE = re.compile(
    r"(?<![\d-])\d\d-\d\d-\d\d(?:[ \t]*[,/][ \t]*|[ \t]+)"
    # "branch 20-69-58, no. 19961963", "sort code 30-11-22 acc 12345678"
    r"(?i:(?:no\.?|number|acc(?:ount)?(?:[ \t]+no\.?)?|a/c|acct)[ \t]*[:#]?[ \t]*)?\Z"
)
# A firm's account: "(business account)" after it, or "… Ltd, sort code …, a/c …" before it
_COMPANY_ACCOUNT_AFTER = re.compile(
    r"[ \t]*\((?:business|company|corporate|firm|commercial)(?: account| a/c)?\)", re.IGNORECASE
)
# (the firm's legal form, then its sort code bare or named, in brackets or not: "Northgate
# Joinery Ltd (96-84-77 00885234)", "Kestrel Analytics Inc., sort code 50-09-11, a/c …")
_COMPANY_ACCOUNT_BEFORE = re.compile(
    r"\b(?:Ltd|Limited|plc|PLC|LLC|LLP|Inc|GmbH|Corp|Pty|Co)\b\.?,?[ \t]*\(?[ \t]*"
    r"(?:(?:sort code[ \t]+)?\d\d-\d\d-\d\d,?[ \t]*)?"
    r"(?:a/c|acc(?:ount)?|account number)?[^\n\d]{0,6}\Z"
)
# ... or the account called a business's before it in the same sentence: "Business a/c for
# Bluewater Bakery Co. (…)", "company account of …", "corporate acct held by …"
_COMPANY_ACCOUNT_NAMED = re.compile(
    r"(?i:\b(?:business|company|corporate|commercial|firm's|company's|merchant)[ \t]+"
    r"(?:a/c|acct|acc|account|current account|bank account)\b)"
    # (not when a person's account is named after it: "business account closed, money moved
    # to my personal account …")
    r"(?:(?!(?i:personal|my|his|her|their|joint|private)\b)[^\n;!?]){0,60}\Z"
)
# A solicitor's or a letting agency's pooled account ("to our client account (sort code …,
# account …)"), and a utility's customer account number printed beside the meter on a bill
# ("Bill date …   Account number 8045846766   Meter serial …"): not a person's bank account.
_CLIENT_ACCOUNT_NAMED = re.compile(
    r"\b(?i:our|the firm's)[ \t]+client[ \t]+(?i:account|a/c)\b[^\n;]{0,50}\Z"
)
_UTILITY_ACCOUNT_AFTER = re.compile(r"[ \t]+(?i:meter[ \t]+(?:serial|number|no)|MPAN|MPRN)\b")
_CHEQUE_CODELINE_BEFORE = re.compile(r"(?<!\d)\d{6}[ \t]{2,}\d{6}[ \t]{2,}\Z")
_SORT_CODE_PAIR = re.compile(
    r"\d\d-\d\d-\d\d[ \t]+(\d{8})"
    # a cheque's code line read as one run (cheque number, sort code, account)
    r"|\d{6}[ \t]{2,}\d{6}[ \t]{2,}(\d{8})"
)
# An account named after its bank's or branch's code in the same breath, as Canada (transit
# and institution), Australia (BSB), India (IFSC) and the UK (sort code) write them: "transit
# 62607, institution 001, account 5766505", "BSB 062-029, acct 9914 7940".
_BRANCH_CODE_BEFORE = re.compile(
    r"(?i:\b(?:transit|institution|inst|bsb|ifsc|sort[ \t-]?code|branch(?:[ \t]+code)?)"
    r"(?:[ \t]+(?:no\.?|number|#))?)[ \t:#]*[A-Z0-9][\w-]{1,10}[ \t]*[,;/]?[ \t]*"
    r"(?:(?i:and|&)[ \t]+)?(?i:account|acct|a/c)(?:[ \t]+(?i:no\.?|number|#))?[ \t:#]*\Z"
)
_ACCOUNT_LABEL = re.compile(
    r"(?i:\b(?:account|acct|a/c)(?:[ \t]+(?:no\.?|number|credited|#))?[ \t]*[:#][ \t]*)\Z"
)
# A calendar date written with dashes (2024-09-08) is never an account number.
_DATE = re.compile(r"(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])")


# A debit card's own score: over the threshold even where the nearest cue is a card word
# (卡号), which the context step counts as a rival of BANK_ACCOUNT.
DEBIT_SCORE = 0.75


class CardAndAccountRecognizer(Recognizer):
    name = "card_account"
    labels = ("CREDIT_CARD", "BANK_ACCOUNT")
    # A run that ends in an hour ("20260119 03:28", "20201216 8点") is a date and time.
    pattern = re.compile(
        # (groups split by one or two spaces or a dash: "6214  8821  8730  6356  253" as
        # typed with wide spacing; the last group up to 7 digits: "621454 938740 5296096")
        # (a comma before it only as a CSV cell's separator, not a thousands separator's
        # "1,234": after a digit and a comma, four digits in a row at least; after it, ",773"
        # ends a cell unless the run ends in a thousands group)
        # ((?=\d) first: the lookbehinds are tried only where a digit starts)
        r"(?=\d)(?<![0-9A-Za-z+./-])(?:(?<!\d,)|(?=\d{4}))"
        r"\d{2,6}(?:(?:  ?|-)?\d{1,6}){0,5}(?:(?:  ?|-)?\d{1,7})"
        # (but Cantonese 點解 / 點樣 / 點算, "why" / "how", after it say nothing of an hour)
        r"(?![0-9A-Za-z]|[./-]\d|(?<!\d{4}),\d|[:：]\d|[时時]|[点點](?![解樣样算]))"
    )
    # An account written with dots ("acct 98.577.195"), which the pattern's runs exclude (a
    # dotted run is as often an amount, a date or an address): read where a cue or a payment
    # names it.
    dotted = re.compile(r"(?<![0-9A-Za-z.,£$€¥])\d{2}\.\d{3}\.\d{3}(?![0-9A-Za-z]|[.,]\d)")
    window = 30
    trigger = re.compile(r"\d(?:(?:  ?|-)?\d){6}|\d\d\.\d{3}\.\d{3}")

    # A date, compact or grouped (20260119, 2026-04-17), is no account however it is cued.
    _DATE = re.compile(r"(?:19|20)\d\d([ -]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for match in self.pattern.finditer(text):
            start, end = match.start(), match.end()
            value = match.group()
            if " " in value and _AMOUNT_AFTER.match(text, end):
                # "余丽德 6217004389195262 3200元": the amount paid to it is read into the run;
                # the number ends before its last group
                end = start + len(value[: value.rstrip().rfind(" ")].rstrip(" -"))
                value = text[start:end]
            if gates.ENABLED and not gates.has_digits(value, 7):
                continue  # (a sort code pair has 14; _classify takes 7 to 19 digits)
            routed = _ROUTING_PAIR.fullmatch(value)
            if routed is not None and _ROUTING_CUE_BEFORE.search(text, max(0, start - 24), start):
                # "ABA 122105155 5739274244" reads as one run: the account is its tail
                yield self.entity(start + routed.start(1), end, "BANK_ACCOUNT", BRANCH_CODE_SCORE)
                continue
            statement = _statement_account(text, start, value) if language == "en" else None
            if statement is not None:
                # "FPO H ADEYEMI 46872886 REF …", "TFR TO FARAH MBEKI 335631 02106368": the
                # payee's account on a statement's payment line
                if not _company_account(text, start + statement, end):
                    yield self.entity(start + statement, end, "BANK_ACCOUNT", BRANCH_CODE_SCORE)
                continue
            if "  " in value:
                # "Hugo Vasquez  96354034  3 crates": a list's wide spacing reads the next
                # column into the run; a payee list's account is its head
                head_end = start + value.index("  ")
                head_digits = len(digits_of(text[start:head_end]))
                if _roster_account(text, start, head_end, language, head_digits):
                    yield self.entity(start, head_end, "BANK_ACCOUNT", ROSTER_SCORE)
                    continue
            ahead = _ACCOUNT_SORT_PAIR.fullmatch(value)
            if ahead is not None:
                # "Jo Birch 71234567 40-11-62" reads as one run: the account is its head
                account_end = start + ahead.end(1)
                if (
                    language == "en"
                    and not _date_like(ahead.group(2), ahead.group(3))
                    and not _company_account(text, start, account_end)
                ):
                    yield self.entity(start, account_end, "BANK_ACCOUNT", BRANCH_CODE_SCORE)
                continue
            pair = _SORT_CODE_PAIR.fullmatch(value)
            if pair is not None:
                # "20-45-67 12345678" reads as one run of digits: the account is its tail
                tail = pair.start(1) if pair.group(1) is not None else pair.start(2)
                if not _company_account(text, start + tail, end):
                    yield self.entity(start + tail, end, "BANK_ACCOUNT", 0.6)
                continue
            if (
                not consistent_grouping(value)
                or _DATE.fullmatch(value)
                or self._DATE.fullmatch(value)
            ):
                continue
            if labelled_as_identifier(text, start) or _iban_tail(text, match):
                continue  # "IT21 X001 9760 …": the tail of an IBAN, which the IBAN rule reads
            if _HK_ACCOUNT.fullmatch(value) and _card_or_account_before(text, start):
                # "幫我過數去…嗰張卡 381-624067-953": a Hong Kong account's 3-6-3 grouping
                yield self.entity(start, end, "BANK_ACCOUNT", DEBIT_SCORE)
                continue
            found = classify_card_number(text, start, end, language, self.window)
            if found is not None:
                if found[0] == "BANK_ACCOUNT" and _company_account(text, start, end):
                    continue
                yield self.entity(start, end, *found)
        if language == "en":
            for match in self.dotted.finditer(text):
                found = classify_card_number(text, match.start(), match.end(), language)
                if found is not None and not _company_account(text, match.start(), match.end()):
                    yield self.entity(match.start(), match.end(), *found)


# The country, check digits and first groups of an IBAN written in groups, right before a run
# of digits: "IT21 X001 |9760 6075 0352 6765 423" (a letter in the bank's part stops the run).
_IBAN_HEAD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){0,7} ?\Z")


# An IBAN's country code and check digits (and any groups with letters) right before a run of
# digits after a space: the run is that IBAN's tail, valid or not
_IBAN_HEAD_GROUPS = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})*? ?(?:[A-Z0-9]{4} )?\Z"
)


def _iban_tail(text: str, match: re.Match[str]) -> bool:
    """Whether the digits matched are the tail of an IBAN (the IBAN recognizer's): a valid one
    within 40 characters before, or an IBAN's head written in groups right before a space."""
    start = match.start()
    head = _IBAN_HEAD.search(text, max(0, start - 40), start)
    if head is not None and iban.is_valid((head.group() + match.group()).replace(" ", "")):
        return True
    return text[start - 1 : start] == " " and (
        _IBAN_HEAD_GROUPS.search(text, max(0, start - 16), start) is not None
    )


# Hong Kong banks print a personal account as 3-6-3 digits (HSBC, Hang Seng, BOCHK)
_HK_ACCOUNT = re.compile(r"\d{3}-\d{6}-\d{3}")
_CARD_OR_ACCOUNT = re.compile(
    r"(?i:卡|戶口|户口|帳戶|账户|賬戶|帐户|帳號|账号|賬號|account|acct|a/c)[^\n\d]{0,6}\Z"
)


# a firm's account ("公司戶口", "對公"): not personal data
_FIRM_BEFORE_ZH = re.compile(r"公司|對公|对公|企業|企业|商業|商业|商號|商号|(?i:business|company)")


def _card_or_account_before(text: str, start: int) -> bool:
    """Whether a card or account word (not a firm's) comes just before ``start``."""
    return (
        _CARD_OR_ACCOUNT.search(text, max(0, start - 12), start) is not None
        and _FIRM_BEFORE_ZH.search(text, max(0, start - 16), start) is None
    )


def _company_account(text: str, start: int, end: int) -> bool:
    """Whether the account at ``text[start:end]`` is said to be a firm's."""
    return (
        _COMPANY_ACCOUNT_AFTER.match(text, end) is not None
        or _COMPANY_ACCOUNT_BEFORE.search(text, max(0, start - 60), start) is not None
        or _COMPANY_ACCOUNT_NAMED.search(text, max(0, start - 90), start) is not None
        or _CLIENT_ACCOUNT_NAMED.search(text, max(0, start - 70), start) is not None
        or _UTILITY_ACCOUNT_AFTER.match(text, end) is not None
    )
