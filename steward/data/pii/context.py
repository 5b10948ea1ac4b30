"""Context words, English and Chinese, that raise or lower a detection's score.

A detection of a number-like label (card, account, phone, ID, ...) takes the *nearest* cue
in the window around it: its own label's cue raises the score (``card 4111…``, ``卡号…``),
a cue of a rival label lowers it a little (``account 3083124023`` is not a phone number), a
negative cue lowers it a lot (``order number``, ``订单号``, ``amount``, ``流水号``). Other
labels (names, addresses, places, dates) are raised by any of their cues in the window.
Cues are matched by one alternation, longest first, so ``身份证号码`` is one cue, never ``号码``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from steward.data.pii import structured

NEGATIVE: Final = "NEGATIVE"

# The customer's own account set against a firm's ("学校IBAN（对公，不是个人），个人收款用FR08…"):
# a cue of accounts and IBANs, nearer than the firm's negative cue.
_PERSONAL_ACCOUNT: Final = ("个人收款", "個人收款", "个人账户", "個人帳戶", "个人账号", "個人帳號")

CUES: Final[dict[str, tuple[str, ...]]] = {
    "PHONE_NUMBER": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "call",
        "calling",
        "fax",
        "contact",
        "reach me",
        "text me",
        "my number",  # "my number is …": a customer giving a phone; "card number" is not
        "ring me",
        "ring",
        "rang",
        "dial",
        "text",
        "sms",
        "mob",
        "landline",
        # Singapore and Malaysia: "HP" / "handphone" is a mobile
        "hp",
        "handphone",
        # typed in a hurry: "ph no 0435 …", "my fone …", "phn 0917-…"
        "ph no",
        "ph num",
        "ph#",
        "phn",
        "fone",
        "callback",
        "call back",
        "get me on",
        "reach me on",
        "extension",
        "whatsapp",
        "office",
        "hotline",
        "电话",
        "手机",
        "手机号",
        "联系电话",
        "致电",
        "回拨",
        "来电",
        "热线",
        "新号码",
        # a call-back asked for (请回电, 要求回電) and a chat's 有事打: the number after is the
        # writer's own
        "回电",
        "市话",
        "市話",
        "回電",
        "有事打",
        # "有问题打…" (any problem, call …); Cantonese "有咩打…", "搵我" (find me on)
        "有问题打",
        "有問題打",
        "有咩打",
        "有嘢打",
        "搵我",
        "号码是",
        "座机",
        "传真",
        "微信",
        "微信同号",
        "联系方式",
        "打给",
        "打到",
        "分機",
        "分机",
        "打给我",
        "拨打",
        "打我",
        "联系我",
        "短信",
        # a signature's "T: … | E: …", a caller's "I'm on …", "you can try …"
        "t:",
        "m:",
        "i'm on",
        "i am on",
        "you can try",
        "try me on",
        # a third party's number: "he can be reached on …", "my husband is on …"
        "reached on",
        "reached at",
        # "what's the new number?", "the best number to reach you on": a phone, where a
        # bare "number" says nothing
        "new number",
        "new no",
        # "her no is 963-…", "my no. 0412 …": a chat's short "number"
        "my no",
        "her no",
        "his no",
        "their no",
        "mobile no",
        "best number",
        "contact number",
        "number to reach",
        # a caller's line named by what it did: "the scammer phoned from 0465 …"
        "phoned",
        # a call log's "called Mx Brennan on 087 …", "rang Mrs Lee on …"
        "called",
        "spoke to",
        "spoken to",
        "phoned from",
        "rang from",
        "called from",
        "is on",
        "'s on",
        "’s on",
        # traditional script (Hong Kong, Taiwan)
        "電話",
        "手機",
        "发到",  # "验证码发到138…": where to send it, nearer than the code's own cue
        "发送到",
        # traditional characters (Hong Kong, Taiwan)
        "手提",
        "聯絡電話",
        "聯繫電話",
        "聯絡",
        "致電",
        "撥打",
        "號碼是",
        "來電",
        "回撥",
        "座機",
        "傳真",
        "簡訊",
        "打給我",
        "聯絡我",
        "發到",
        "请拨",
        "請撥",
    ),
    "CREDIT_CARD": (
        "card",
        "credit card",
        "credit",
        "cc",
        "visa",
        "mastercard",
        "amex",
        "card number",
        "card #",
        "信用卡",
        "卡号",
        "卡",
        "我的卡",
        "持卡",
        "盗刷",
    ),
    "BANK_ACCOUNT": (
        "account",
        "acct",
        "a/c",
        "account number",
        "account no",
        # short forms in chats and notes: "acc 040-846222-508", "acc no. 1234…"
        "acc",
        "acc no",
        "acc number",
        # typed in a hurry: "my acount no …", "accnt 5913…"
        "acount",
        "accout",
        "accnt",
        "acnt",
        # a teller's note names the account a cheque or cash went into: "paid into 2298…"
        "paid into",
        "pay into",
        "paying into",
        # where pay lands: "salary goes into 4477 1203 at Barclays"
        "goes into",
        "go into",
        "going into",
        "went into",
        "credited to",
        # a payee table's column header ("Name | Account no | Reference")
        "account details",
        "payee account",
        # an account named by its type: "Checking 5021…", "my savings 1234…"
        "checking",
        "chequing",
        "savings",
        "checking account",
        "chequing account",
        "savings account",
        "current account",
        # a payment instruction to an account, not an order's number ("standing order to
        # Noor Haidari (18842067)")
        "standing order",
        # a UK account is given with its branch's sort code ("sort code 20-45-67, 12345678"):
        # the phrase is the account's cue, not the negative cue "code"
        "sort code",
        # an account number in a continental European message without its IBAN
        "kontonummer",
        "konto",
        "rekeningnummer",
        "rekening",
        "numéro de compte",
        "n° de compte",
        "numero di conto",
        "conto corrente",
        "número de cuenta",
        "账号",
        "帐号",
        "账户",
        "帐户",
        "储蓄卡",
        "工资卡",
        "借记卡",
        "银行卡",
        "存折",
        "收款账户",
        # a debit card a customer receives money on is an account in Chinese banking usage
        "收款卡",
        "收款卡号",
        "退款卡",
        "到账卡",
        "借记卡号",
        "储蓄卡号",
        "工资卡号",
        "还款账户",
        # Hong Kong and Taiwan usage: "戶口012-654-0-704104", "帳號"
        "戶口",
        "户口",
        "帳號",
        "帳戶",
        "支票账户",
        # where money is sent: 转账至625-776885-776, 匯至…
        "转账至",
        "轉賬至",
        "轉帳至",
        "汇至",
        "匯至",
        "转入",
        "轉入",
        "支票帳戶",
        *_PERSONAL_ACCOUNT,
    ),
    "CN_ID_CARD": (
        "身份证",
        "身份证号",
        "身份证号码",
        "证件号",
        "证件号码",
        "resident id",
        "id card",
        "id number",
        "identity card",
        "national id",
        # an ID named by its country: "opened with PRC ID 5101… (student visa)"
        "prc id",
        "china id",
        "chinese id",
        "mainland id",
    ),
    "US_SSN": (
        "ssn",
        "social security",
        "social security number",
        "ss#",
        "social",
        # the same number named in Chinese text: "社安号 005-24-2644"
        "社安号",
        "社安號",
        "社会安全号",
        "社會安全號",
        "社会安全号码",
        "社會安全號碼",
    ),
    "IBAN_CODE": (
        "iban",
        "swift",
        "wire",
        "bic",
        "国际银行账号",
        *_PERSONAL_ACCOUNT,
    ),
    "IP_ADDRESS": ("ip", "ip address", "client_ip", "login from", "server", "host", "登录ip"),
    "EMAIL_ADDRESS": ("email", "e-mail", "mail", "邮箱", "电子邮件"),
    "DATE_OF_BIRTH": (
        "dob",
        "d.o.b",
        # an OCR'd form reads the O of DOB as a zero
        "d0b",
        "d.0.b",
        "birth",
        "born",
        "birthday",
        "date of birth",
        "生日",
        "出生",
        "出生日期",
        "出生于",
        "生于",
        # Cantonese: "出世日期1992/06/08"
        "出世",
        "出世日期",
    ),
    "PERSON": (
        "name",
        "my name is",
        "i am",
        "i'm",
        "this is",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "dear",
        "attention",
        "attn",
        "manager",
        "signed",
        "contact person",
        "beneficiary",
        "我叫",
        "我是",
        "姓名",
        "名字",
        "联系人",
        "收件人",
        "收款人",
        "付款人",
        "持卡人",
        "借款人",
        "开户人",
        "户名",
        "先生",
        "女士",
        "小姐",
        "经理",
        "客户经理",
        "母亲",
        "父亲",
        "妈妈",
        "爸爸",
        "老公",
        "老婆",
        "转账到",
        "转给",
        "本人",
    ),
    "ADDRESS": (
        "address",
        "live",
        "lives",
        "living",
        "located",
        "ship",
        "send",
        "mail to",
        "deliver",
        "billing",
        "mailing",
        "moved",
        "return to",
        "meet",
        "stop at",
        "地址",
        "住址",
        "住在",
        "寄到",
        "寄至",
        "送到",
        "邮寄",
        "改成",
        "改为",
        "变更为",
        "家住",
        "收货",
    ),
    "LOCATION": (
        "live in",
        "lives in",
        "living in",
        "grew up in",
        "born in",
        "moved to",
        "from",
        "hometown",
        "i'm in",
        "i am in",
        "travelling to",
        "traveling to",
        "住在",
        "老家",
        "家乡",
        "来自",
        "出生在",
        "搬到",
    ),
    "DATE_TIME": (
        "married",
        "wedding",
        "died",
        "passed away",
        "admitted",
        "discharged",
        "diagnosed",
        "结婚",
        "去世",
        "入院",
        "出院",
        "确诊",
    ),
    NEGATIVE: (
        # a routing number or IFSC names the bank's branch, not the customer's account
        # (Germany's Bankleitzahl, France's code banque / code guichet too)
        "blz",
        "bankleitzahl",
        "code banque",
        "code guichet",
        "routing",
        "routing number",
        "aba",
        # a routing transit number, as US payroll forms abbreviate it
        "rtn",
        "ifsc",
        "order",
        "order number",
        "order #",
        "order no",
        "ticket",
        # a complaint's or a claim's number is the bank's file, not a phone or an account
        "case number",
        "case no",
        "case ref",
        "case id",
        "case #",
        "claim number",
        "claim no",
        "claim ref",
        "reference",
        "ref",
        "reference number",
        "transaction",
        "transaction id",
        "txn",
        "invoice",
        "tracking",
        "product code",
        "code",
        "serial",
        "sku",
        "amount",
        "balance",
        "total",
        "price",
        "version",
        "model",
        "订单",
        "订单号",
        "流水号",
        "业务流水号",
        "编号",
        "合同编号",
        "产品编号",
        "工单",
        "工单号",
        "参考号",
        "交易参考号",
        "券码",
        "卡券",
        "金额",
        "交易",
        "尾号",
        "快递单号",
        "单号",
        "批次",
        "型号",
        "验证码",
        "兑换码",
        # numbers a bank or a shop prints on a slip: never a phone, however many digits
        "终端号",
        "商户号",
        "回执",
        "券号",
        "序号",
        "交易序號",
        "保单号",
        "门禁卡号",
        "工号",
        "发票",
        "合同号",
        "发票号码",
        "发票代码",
        "末四位",  # "账户末四位2477，20260618收到…": the account cue is the ending's
        "后四位",
        # a cheque's own number and a utility bill's payment number (止付支票94930027,
        # 缴费号70298479) are not accounts
        "支票",
        "支票号",
        "支票號",
        "缴费号",
        "繳費號",
        # a company's account is not personal data (issue 18's convention), nor the bank
        # clearing code printed beside it (联行号) or a branch's number
        "对公账户",
        "对公账号",
        "对公帐号",
        "對公賬戶",
        "對公帳戶",
        "對公帳號",
        "对公",
        "對公",
        "公司账户",
        "公司账号",
        "公司帳戶",
        "企业账户",
        "企業帳戶",
        "单位账户",
        "单位账号",
        "單位帳戶",
        "收款单位",
        "收款單位",
        "收款单位账号",
        "收款单位帐号",
        "收款单位账户",
        "收款單位帳號",
        "收款單位帳戶",
        "对公帐户",
        "公司帐号",
        "单位帐号",
        "基本户",
        "基本戶",
        "联行号",
        "聯行號",
        "网点号",
        "網點號",
        "corporate account",
        "business account",
        "company account",
        "company's account",
        "branch code",
        # a firm's registration number (UK Companies House, HK business registration, the
        # PRC unified social credit code): a company's identifier, never a person's number
        "company no",
        "company number",
        "company reg",
        "company registration",
        "business registration",
        "registration no",
        "registered no",
        "商业登记",
        "商業登記",
        "商业登记号码",
        "商業登記號碼",
        "商業登記證",
        "公司注册号",
        "公司註冊號",
        "注册号",
        "註冊號",
        "统一社会信用代码",
        "統一社會信用代碼",
        "营业执照",
        "營業執照",
        # a firm's registration (Australia's ABN / ACN) or a permit's number (商品房预售许可证)
        "abn",
        "acn",
        "许可证号",
        "許可證號",
        "预售许可证",
        "預售許可證",
        # a payment's reference (India's UTR, a card scheme's RRN / ARN), not an account
        "utr",
        "rrn",
        "arn",
    ),
}

# Labels whose detections are bare digit strings: the nearest cue decides between them.
NUMERIC_LABELS: Final = frozenset(
    {
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "BANK_ACCOUNT",
        "CN_ID_CARD",
        "US_SSN",
        "IBAN_CODE",
        "IP_ADDRESS",
    }
)
RAISE: Final = 0.35
RIVAL_PENALTY: Final = 0.2
NEGATIVE_PENALTY: Final = 0.5


def _is_cjk(word: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in word)


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words``, longest first, as a character trie: Python's ``re``
    tries a flat alternation word by word at every position, a trie one character at a time
    (about ten times faster here, same matches)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def expression(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + expression(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return expression(root)


def _compile() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    owner: dict[str, frozenset[str]] = {}
    for label, words in CUES.items():
        for word in words:
            owner[word.lower()] = owner.get(word.lower(), frozenset()) | {label}
    latin = _trie([word for word in owner if not _is_cjk(word)])
    cjk = _trie([word for word in owner if _is_cjk(word)])
    # Latin cues are whole words; Chinese ones match anywhere. Longest first either way, so
    # ``身份证号码`` is one cue, never ``号码``.
    # (nor the second half of a hyphenated word: "Hamilton-Price" names no price)
    return re.compile(rf"(?<![a-z0-9])(?<![a-z]-)(?:{latin})(?![a-z])|{cjk}", re.IGNORECASE), owner


_CUE_PATTERN, _CUE_OWNER = _compile()
# Cues that speak only of the value after them: a branch code's name says nothing of the
# account number written before it.
_INTRODUCES_ONLY: Final = frozenset(
    {
        "routing",
        "routing number",
        "aba",
        # a routing transit number, as US payroll forms abbreviate it
        "rtn",
        "ifsc",
        "blz",
        "bankleitzahl",
        "code banque",
        "code guichet",
    }
)
# A Latin cue written as a form label ("Acct #:", "Phone no.:", "Tel:") names the value after
# it, never the one on the line above ("Routing #: 021000021\nAcct #: 7773…").
_FORM_LABEL_TAIL: Final = re.compile(r"[ \t]*(?:#|no\.?|number)?[ \t]*[:#]")


# A cue with a value of its own right after it ("… 3437-478167-24480 case no DSP03870908"):
# it names that value, not the one before it.
_OWN_VALUE_AFTER: Final = re.compile(
    # ("iban=GB57…", "ssn=\"369…": a key=value pair's key)
    r"[ \t]*(?:[=:][ \t]*[\"']?)?(?:#|no\.?|number|id)?[ \t]*[A-Za-z]{0,4}\d"
)
_NUMBER_CUE_OWNERS: Final = NUMERIC_LABELS | {NEGATIVE}
_AFTER_CUE_OWNERS: Final = _NUMBER_CUE_OWNERS | {"DATE_OF_BIRTH"}
# Between a value and a cue after it: a line break, or a sentence's end.
_LATER_SENTENCE: Final = re.compile(r"\n|[.!?;](?:\s|$)")


def cues_near(text: str, start: int, end: int, window: int) -> list[tuple[int, frozenset[str]]]:
    """(distance, labels) of every cue within ``window`` chars before or ``window // 2`` after."""
    return list(_cues_near(text, start, end, window))


_LINE_OR_SENTENCE_END: Final = re.compile(r"[\n。！？；]")
# What follows a cue that introduces its own value: a digit, after a colon, 是 / 为 or a space.
_NEXT_VALUE: Final = re.compile(r"[:：是为為\s]{0,2}[0-9０-９]")


# The same after a cue that follows the span: its value may be a code with a letter prefix
# ("…，梁建国 177…\n快递单号SF1126…": the waybill's number, not the phone before it).
_NEXT_CODE: Final = re.compile(r"[:：是为為\s]{0,2}[A-Za-z]{0,3}[0-9０-９]")
# a person's name right after a cue ("reference: Mx Wójcik", "referee, Tom Abara")
_PERSON_AFTER: Final = re.compile(
    r"[ \t]*[:,][ \t]*(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?"
    r"[ \t]*[,(:]"
)
# a Latin cue's own value right after it: a code of letters and digits ("ref NFRC836…")
_LATIN_OWN_CODE: Final = re.compile(r"[ \t]*[:#]?[ \t]*[A-Z]{1,5}[-/]?\d{3,}")
_TAG_OPEN: Final = re.compile(r"</?\Z")
# HTML's own tags (an XML record's tags are its field names: "<证件号码>" is a cue)
_HTML_INLINE: Final = frozenset(
    {"code", "pre", "kbd", "samp", "tt", "var", "span", "b", "i", "em", "strong", "small",
     "mark", "label", "td", "th", "li", "div", "p", "font", "u"}
)  # fmt: skip


def _markup_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an HTML tag's name (``<code>``, ``</code>``)."""
    return (
        start > 0
        and text[start - 1] in "</"
        and _TAG_OPEN.search(text, max(0, start - 2), start) is not None
        and text[end : end + 1] in (">", " ", "/")
        and text[start:end].lower() in _HTML_INLINE
    )


# A span's cues are read by its recognizer and again when its score is adjusted: remembered
# for the last few spans (few, as the key holds the text).
@lru_cache(maxsize=64)
def _cues_near(
    text: str, start: int, end: int, window: int
) -> tuple[tuple[int, frozenset[str]], ...]:
    found: list[tuple[int, frozenset[str]]] = []
    left_from = max(0, start - window)
    for match in _CUE_PATTERN.finditer(text, left_from, start):
        if _markup_name(text, match.start(), match.end()):
            continue  # "<code>…</code>": a tag's name is no word of the text
        if _is_cjk(match.group()) and _CUE_PATTERN.match(text, match.end()) is not None:
            continue  # "寄卡地址": a cue that qualifies the next one ("卡" of the address's label)
        own_value = _NEXT_VALUE.match(text, match.end())
        if (
            own_value is not None
            and _is_cjk(match.group())
            and _LINE_OR_SENTENCE_END.search(text, own_value.end(), start) is not None
        ):
            # "缴费号94972045\t水电\n萧建华\t6222…": a Chinese cue with a value of its own
            # right after it names that value, not one on a later line or in a later
            # sentence ("…账户6228…。紧急联系人：…，177…"; in one sentence it still reaches
            # the next: "电话1566…，备用0991-…")
            continue
        if not _is_cjk(match.group()):
            if _CUE_OWNER[match.group().lower()] == {NEGATIVE} and _PERSON_AFTER.match(
                text, match.end()
            ):
                # "Landlord reference, Mei Ocampo: (852) …": a referee, not a reference number
                continue
            code = (
                _LATIN_OWN_CODE.match(text, match.end())
                if "\n" in text[match.end() : start]
                else None
            )
            if code is not None and "\n" in text[code.end() : start]:
                # "Action Fraud ref NFRC8364509917.\nSecond payment to IT80 …": a reference
                # with its own code names that code, not a value on a later line
                continue
        found.append((start - match.end(), _CUE_OWNER[match.group().lower()]))
    for match in _CUE_PATTERN.finditer(text, end, min(len(text), end + window // 2)):
        if match.group().lower() in _INTRODUCES_ONLY:
            continue  # "account 4570…, IFSC HDFC…": the branch code is the next value's cue
        if _markup_name(text, match.start(), match.end()):
            continue
        owners = _CUE_OWNER[match.group().lower()]
        if (
            owners <= _AFTER_CUE_OWNERS
            and not _is_cjk(match.group())
            and (
                _FORM_LABEL_TAIL.match(text, match.end())
                or _OWN_VALUE_AFTER.match(text, match.end())
                or _LATER_SENTENCE.search(text, end, match.start())
            )
        ):
            # a number's (or a birth date's) form label names the value after it; a cue on a
            # later line or in the next sentence, the next field's ("Mule account credited:
            # 2407226\nScammer phoned from …", "called him on 087 … . DOB 6.6.97 confirmed")
            continue
        if _is_cjk(match.group()) and _NEXT_CODE.match(text, match.end()):
            # "致电罗小姐（0909-960-814），核对出生日期1949年…": a Chinese cue with a value
            # right after it names that value, not the one before it
            continue
        # A cue after the value counts, but one before it is nearer at equal distance.
        found.append((match.start() - end + 1, owners))
    return tuple(found)


# How far into its line an answer may lie and still answer the question on the line above.
ANSWER_REACH: Final = 80


# An automated line's prompt asks without a question mark: "For verification, say your social
# security number.", "Please enter your date of birth."
_PROMPT: Final = re.compile(
    r"(?i)\b(?:say|tell (?:me|us)|enter|key in|type in|read out|confirm|give (?:me|us))"
    r"[ \t]+(?:your|the)\b"
)


def question_cues(text: str, start: int) -> frozenset[str]:
    """The labels of the Latin cues in a question on the line right above the one holding
    ``start``, when ``start`` lies near that line's beginning: the answer to "can I take your
    date of birth?" or "what's the best mobile number?" is on the next turn's line, out of
    reach of the cue window."""
    line_start = text.rfind("\n", 0, start)
    if line_start < 0 or start - line_start > ANSWER_REACH:
        return frozenset()
    previous = text[text.rfind("\n", 0, line_start) + 1 : line_start]
    if "?" not in previous and _PROMPT.search(previous) is None:
        return frozenset()
    labels: frozenset[str] = frozenset()
    for match in _CUE_PATTERN.finditer(previous):
        if not _is_cjk(match.group()):
            labels |= _CUE_OWNER[match.group().lower()]
    return labels


# An account column holds IBANs as often as domestic numbers, and an IBAN column accounts.
_SAME_COLUMN_KIND: Final = {
    "BANK_ACCOUNT": frozenset({"BANK_ACCOUNT", "IBAN_CODE"}),
    "IBAN_CODE": frozenset({"BANK_ACCOUNT", "IBAN_CODE"}),
}
_TABLE_MARKS: Final = ("\t", "|", "｜", ",")


def column_header(text: str, start: int) -> str | None:
    """The header cell of the table column holding ``text[start]``: the one table reader of
    the PII recognizers (:func:`steward.data.pii.structured.column_header`: rows cut by tabs,
    ``|``, ``｜`` or commas under a header row of names)."""
    return structured.column_header(text, start)


def column_cues(text: str, start: int) -> frozenset[str]:
    """The labels the header of the table column holding ``text[start]`` names
    (``Name | Account | Reference``, ``姓名,手机号,流水号``: the values under ``Account`` are
    accounts, those under ``Reference`` the bank's references), or none outside a table."""
    if not any(mark in text for mark in _TABLE_MARKS):
        return frozenset()
    header = column_header(text, start)
    if not header:
        return frozenset()
    labels: frozenset[str] = frozenset()
    for match in _CUE_PATTERN.finditer(header):
        labels |= _CUE_OWNER[match.group().lower()]
    for label, kinds in _SAME_COLUMN_KIND.items():
        if label in labels:
            labels |= kinds
    return labels


def nearest_cue(
    text: str, start: int, end: int, window: int, labels: frozenset[str]
) -> frozenset[str] | None:
    """The labels of the nearest cue among ``labels`` (and the negative cues), if any; in a
    table, the column header's cue, which names every value under it, comes first, unless
    the value's own cell names it before it (``缴费号17084044`` under ``账号``)."""
    wanted = labels | {NEGATIVE}
    header = column_cues(text, start) & wanted
    if header:
        cell = structured.cell_of(text, start)
        if cell is not None:
            own = [
                _CUE_OWNER[m.group().lower()] & wanted
                for m in _CUE_PATTERN.finditer(text, cell[0], start)
            ]
            own = [owners for owners in own if owners]
            if own:
                return own[-1]
        return header
    hits = [(d, owners) for d, owners in cues_near(text, start, end, window) if owners & wanted]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None


# an extension after a phone number: "ext 4422", "x2285", "转362", "分机 8021"
_DIALLED_EXTENSION: Final = re.compile(
    r"\d[ \t(]*(?:x|ext\.?|extn\.?|extension|转|轉|分机|分機)[ \t.:]*\d", re.IGNORECASE
)


def adjust(text: str, start: int, end: int, label: str, score: float, window: int) -> float:
    """The score of a detection after the context words around it."""
    if window <= 0:
        return score
    if label in NUMERIC_LABELS:
        cue = nearest_cue(text, start, end, window, NUMERIC_LABELS | {"DATE_OF_BIRTH"})
        if cue is not None and label in cue:
            return min(1.0, score + RAISE)
        if cue is not None and NEGATIVE in cue:
            if label == "PHONE_NUMBER" and _DIALLED_EXTENSION.search(text, start, end):
                # a number with an extension to dial is a phone line whatever the words
                # around it ("Employer reference: …, HR, 0113 496 7875 ext 4422")
                return score
            return score - NEGATIVE_PENALTY
        if label in question_cues(text, start) and not _CUE_PATTERN.search(
            text, text.rfind("\n", 0, start) + 1, start
        ):
            # an answer to a question about this label, with no cue of its own before it
            return min(1.0, score + RAISE)
        if cue is not None:
            return score - RIVAL_PENALTY
        return score
    if any(label in owners for _, owners in cues_near(text, start, end, window)):
        return min(1.0, score + RAISE)
    return score
