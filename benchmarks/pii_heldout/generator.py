"""Independent bilingual PII evaluation set: a generator written apart from the dev data.

    python benchmarks/pii_heldout/generator.py [--n 600] [--seed 1812] [--out PATH]

The dev set (``shared/data/pii_zh_dev``) and ``steward/examples/bank.py`` are short customer
messages built from one template family. This set is authored differently, on purpose, so that
a figure on it says how the detector does on wording it was never tuned on: call-centre
transcripts (numbers read aloud, digit by digit), e-mail signatures and sign-offs, numbered
forms (ID numbers in groups), fraud reports naming third parties, Latin-script names inside
Chinese text, UK / US / mainland / Hong Kong formats, and PII-free hard negatives (bank and
company hotlines, amounts, transaction dates, words like 谢谢 / 房东).

Every message carries gold character spans with labels (same label names as the dev set,
IBAN as ``IBAN_CODE``), a language and a family name. Seeded: the same seed gives the same
set. Rule (benchmarks/pii_quality.py): nothing in steward is tuned on this set; it is only
measured, beside the dev set.
"""

from __future__ import annotations

import argparse
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from stdnum import luhn
from stdnum.cn import ric

Piece = tuple[str, str | None]  # text, gold label (None: not personal)


@dataclass
class Message:
    text: str
    spans: list[dict[str, object]]
    lang: str
    family: str
    negative: bool = field(default=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "spans": self.spans,
            "lang": self.lang,
            "family": self.family,
        }


def assemble(pieces: list[Piece], lang: str, family: str) -> Message:
    text, spans = "", []
    for chunk, label in pieces:
        if label is not None:
            spans.append({"start": len(text), "end": len(text) + len(chunk), "label": label})
        text += chunk
    return Message(text, spans, lang, family, negative=not spans)


# --- value makers -------------------------------------------------------------------------

EN_FIRST = [
    "Priya",
    "Oliver",
    "Hannah",
    "Declan",
    "Marisol",
    "Tobias",
    "Imogen",
    "Rashid",
    "Fiona",
    "Callum",
    "Yvette",
    "Desmond",
    "Ingrid",
    "Mateo",
    "Niamh",
    "Gareth",
    "Leonie",
    "Anton",
    "Beatrix",
    "Kwame",
    "Siobhan",
    "Rupert",
    "Esther",
    "Dmitri",
]
EN_LAST = [
    "Natarajan",
    "Bennett",
    "Okafor",
    "Whitfield",
    "Castellanos",
    "Lindqvist",
    "Harrow",
    "Abernathy",
    "McAllister",
    "Pemberton",
    "Delacroix",
    "Oyelaran",
    "Fairbanks",
    "Kowalczyk",
    "Thorne",
    "Achterberg",
    "Galloway",
    "Rasmussen",
    "Quigley",
    "Marchetti",
    "Ellison",
    "Vance",
    "Holloway",
    "Brennan",
]
PINYIN_FULL = [
    "Wei Zhang",
    "Xiaoming Li",
    "Jing Wu",
    "Hao Chen",
    "Lei Huang",
    "Yan Zhou",
    "Kevin Liu",
    "Grace Lin",
    "Tony Xu",
    "Mandy Cheung",
    "Eric Wong",
    "Vivian Tse",
    "Jason Ho",
    "Cathy Lam",
]
ZH_NAMES = [
    "王芳",
    "李建国",
    "张秀英",
    "刘洋",
    "陈静",
    "杨帆",
    "赵丽华",
    "黄志明",
    "周婷",
    "吴海燕",
    "徐磊",
    "孙晓燕",
    "马俊杰",
    "朱红梅",
    "胡斌",
    "郭敏",
    "林晓峰",
    "何雪",
    "高宏伟",
    "罗琳",
    "梁振宇",
    "宋佳",
    "郑凯",
    "谢婉清",
    "韩冬",
    "唐亮",
    "冯雅琴",
    "曹磊",
    "彭丹",
    "曾志伟",
    "欧阳明",
    "司马倩",
]
ZH_ROLES = ("房东", "同事", "表哥", "舅舅", "邻居", "朋友", "老板", "师傅")
DIGIT_ZH = "零一二三四五六七八九"
CITIES_ZH = (
    ("北京市", "朝阳区", "望京街道", "阜通东大街"),
    ("上海市", "浦东新区", "张江镇", "碧波路"),
    ("广东省深圳市", "南山区", "粤海街道", "科技南十二路"),
    ("浙江省杭州市", "西湖区", "文新街道", "古墩路"),
    ("四川省成都市", "武侯区", "玉林街道", "芳草街"),
)
HK_ADDR = ("九龙旺角弥敦道", "香港岛铜锣湾轩尼诗道", "新界沙田大围道", "香港中环德辅道中")
UK_STREETS = ("Elm Grove", "Harrow Road", "St Mary's Close", "Castle Street", "Whitworth Lane")
UK_TOWNS = (
    ("Leeds", "LS6 2AB"),
    ("Bristol", "BS8 4QT"),
    ("Glasgow", "G12 8QQ"),
    ("York", "YO1 7HH"),
)
US_STREETS = ("Maple Avenue", "Lakeshore Drive", "Pine Street", "Wabash Ave", "Sunset Blvd")
US_TOWNS = (("Portland, OR", "97205"), ("Chicago, IL", "60611"), ("Austin, TX", "78701"))
US_AREAS = ("212", "415", "312", "617", "206", "303", "512", "713")
CN_MOBILE_PREFIX = ("139", "138", "136", "186", "158", "177", "150", "133")
UNIONPAY_BIN = ("622202", "621700", "622848", "621483", "622588", "623668")
CREDIT_BIN = ("4539", "4716", "5425", "5191", "2221")
PROVINCE_AREA = ("110105", "310115", "440305", "330106", "510107", "120101", "320102")


def luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(part for part in out if part)


def cn_id(rng: random.Random) -> str:
    body = (
        rng.choice(PROVINCE_AREA)
        + f"{rng.randint(1950, 2003)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        + f"{rng.randint(0, 999):03d}"
    )
    return body + ric.calc_check_digit(body + "0")  # stdnum wants a placeholder check char


def cn_mobile(rng: random.Random) -> str:
    return rng.choice(CN_MOBILE_PREFIX) + "".join(rng.choice(string.digits) for _ in range(8))


def us_phone(rng: random.Random) -> str:
    area, exchange = rng.choice(US_AREAS), f"{rng.randint(2, 9)}{rng.randint(10, 99)}"
    line = f"{rng.randint(1000, 9999)}"
    return rng.choice((f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}"))


def uk_mobile(rng: random.Random) -> str:
    rest = f"{rng.randint(100000, 999999)}"
    return rng.choice((f"07{rng.randint(400, 999)} {rest}", f"+44 7{rng.randint(400, 999)} {rest}"))


def hk_phone(rng: random.Random) -> str:
    return f"+852 {rng.choice('569')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def iban_gb(rng: random.Random) -> str:
    bank = rng.choice(("NWBK", "BARC", "MIDL", "LOYD"))
    sort_acct = "".join(rng.choice(string.digits) for _ in range(14))
    rearranged = bank + sort_acct + "GB00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    check = 98 - int(numeric) % 97
    raw = f"GB{check:02d}{bank}{sort_acct}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def spoken_zh(digits: str) -> str:
    return "".join(DIGIT_ZH[int(d)] for d in digits)


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def zh_address(rng: random.Random) -> str:
    city, district, _, road = rng.choice(CITIES_ZH)
    number, block, room = rng.randint(1, 399), rng.randint(1, 30), rng.randint(101, 2605)
    return f"{city}{district}{road}{number}号{block}栋{room}室"


def uk_address(rng: random.Random) -> str:
    town, postcode = rng.choice(UK_TOWNS)
    return f"{rng.randint(2, 180)} {rng.choice(UK_STREETS)}, {town} {postcode}"


def us_address(rng: random.Random) -> str:
    town, zipcode = rng.choice(US_TOWNS)
    return f"{rng.randint(100, 9999)} {rng.choice(US_STREETS)}, {town} {zipcode}"


def dob_en(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2002)
    months = "January February March April May June July August September October November December"
    return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d} {months.split()[m - 1]} {y}"))


def dob_zh(rng: random.Random) -> str:
    return f"{rng.randint(1950, 2002)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


# --- families ------------------------------------------------------------------------------

Family = Callable[[random.Random], list[Piece]]


def en_call_transcript(rng: random.Random) -> list[Piece]:
    phone = rng.choice((us_phone(rng), uk_mobile(rng)))
    digits = "".join(ch for ch in phone if ch.isdigit())
    read_aloud = rng.random() < 0.5
    spoken = " ".join(digits) if read_aloud else phone
    return [
        ("Agent: Thanks for holding, you're through to card services.\n", None),
        ("Caller: Hi, yeah, it's ", None),
        (en_name(rng), "PERSON"),
        (". I moved house, best number for me now is ", None),
        (spoken, "PHONE_NUMBER"),
        (".\nAgent: Got it, and the new address?\nCaller: ", None),
        (rng.choice((uk_address(rng), us_address(rng))), "ADDRESS"),
        (".", None),
    ]


def en_signature(rng: random.Random) -> list[Piece]:
    name = rng.choice((en_name(rng), rng.choice(PINYIN_FULL)))
    closing = rng.choice(("Best regards,", "Kind regards,", "Many thanks,", "Cheers,"))
    return [
        (
            "Could you confirm the standing order has been cancelled? I don't want another "
            "payment leaving on the 1st.\n\n" + closing + "\n",
            None,
        ),
        (name, "PERSON"),
        ("\nMob: ", None),
        (rng.choice((uk_mobile(rng), us_phone(rng))), "PHONE_NUMBER"),
    ]


def en_form(rng: random.Random) -> list[Piece]:
    return [
        ("Change of details form\n1) Full name: ", None),
        (en_name(rng), "PERSON"),
        ("\n2) Date of birth: ", None),
        (dob_en(rng), "DATE_OF_BIRTH"),
        ("\n3) IBAN for refunds: ", None),
        (iban_gb(rng), "IBAN_CODE"),
        ("\n4) Contact e-mail: ", None),
        (f"{rng.choice(EN_FIRST).lower()}.{rng.randint(10, 99)}@fastmail.co.uk", "EMAIL_ADDRESS"),
    ]


def en_fraud(rng: random.Random) -> list[Piece]:
    card = luhn_number(rng, rng.choice(CREDIT_BIN), 16)
    return [
        ("Reporting fraud: a man who said his name was ", None),
        (en_name(rng), "PERSON"),
        (" phoned me claiming to be from your security team and talked me into reading out ", None),
        ("my card ", None),
        (group(card, (4, 4, 4, 4), " "), "CREDIT_CARD"),
        (". Two payments of $49.99 went out on 3 March. I never authorised them.", None),
    ]


def en_third_party(rng: random.Random) -> list[Piece]:
    ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    return [
        ("My landlord, ", None),
        (en_name(rng), "PERSON"),
        (", wants the deposit refunded to account ", None),
        (f"{rng.randint(10000000, 99999999)}", "BANK_ACCOUNT"),
        (". For the verification, my SSN is ", None),
        (ssn, "US_SSN"),
        (".", None),
    ]


def en_negative(rng: random.Random) -> list[Piece]:
    text = rng.choice(
        (
            f"Your statement is ready. Questions? Call us free on 1-800-{rng.randint(200, 999)}-"
            f"{rng.randint(1000, 9999)}, 24/7.",
            f"From the UK call 0345 {rng.randint(100, 999)} {rng.randint(1000, 9999)}; lines open "
            "8am to 8pm, Monday to Saturday.",
            f"Thanks so much, the refund of ${rng.randint(10, 999)}.{rng.randint(10, 99)} arrived "
            f"on {rng.randint(1, 28)} June.",
            "Is the branch on the high street open on bank holidays? Thank you!",
            f"I paid £{rng.randint(100, 2000)} rent on {rng.randint(1, 28)}/0{rng.randint(1, 9)} "
            "and it shows twice in the app.",
            f"Business enquiries: 1-888-{rng.randint(200, 999)}-{rng.randint(1000, 9999)} "
            "(toll free).",
        )
    )
    return [(text, None)]


def zh_call_transcript(rng: random.Random) -> list[Piece]:
    mobile = cn_mobile(rng)
    style = rng.random()
    if style < 0.4:
        spoken = spoken_zh(mobile)
    elif style < 0.7:
        spoken = " ".join(mobile)
    else:
        spoken = group(mobile, (3, 4, 4), "-")
    return [
        ("客服：您好，这里是信用卡中心，请问怎么称呼？\n客户：我姓", None),
        ("", None),
        (rng.choice(ZH_NAMES), "PERSON"),
        ("，手机是", None),
        (spoken, "PHONE_NUMBER"),
        ("，麻烦帮我查一下上个月的账单。", None),
    ]


def zh_signoff(rng: random.Random) -> list[Piece]:
    name = rng.choice(ZH_NAMES)
    ending = rng.choice(("\n—— ", "\n此致\n敬礼\n", "\n落款：", "\n——"))
    return [
        ("你好，附件是我的流水证明，请帮忙开具存款证明，周五前要用，辛苦了。", None),
        (ending, None),
        (name, "PERSON"),
    ]


def zh_form(rng: random.Random) -> list[Piece]:
    ident = cn_id(rng)
    grouped = rng.random() < 0.6
    return [
        ("一、申请人：", None),
        (rng.choice(ZH_NAMES), "PERSON"),
        ("\n二、证件号码：", None),
        (group(ident, (6, 8, 4), " ") if grouped else ident, "CN_ID_CARD"),
        ("\n三、出生年月：", None),
        (dob_zh(rng), "DATE_OF_BIRTH"),
        ("\n四、通讯地址：", None),
        (zh_address(rng), "ADDRESS"),
    ]


def zh_fraud(rng: random.Random) -> list[Piece]:
    return [
        ("刚才有人来电，自称是", None),
        (rng.choice(("公安局的", "银行风控部的", "快递公司的")), None),
        (rng.choice(ZH_NAMES), "PERSON"),
        ("，要我把钱转到安全账户", None),
        (group(luhn_number(rng, rng.choice(UNIONPAY_BIN), 19), (4, 4, 4, 4), " "), "BANK_ACCOUNT"),
        ("，我没转，特此举报。", None),
    ]


def zh_unionpay(rng: random.Random) -> list[Piece]:
    card = luhn_number(rng, rng.choice(UNIONPAY_BIN), rng.choice((16, 19)))
    if rng.random() < 0.6:
        return [
            (rng.choice(("我的收款卡卡号是", "工资发到这张卡，卡号", "请退到我的卡号")), None),
            (card, "BANK_ACCOUNT"),
            (rng.choice(("，开户行是招商银行。", "，谢谢。", "，户名和身份证一致。")), None),
        ]
    return [
        ("信用卡", None),
        (card, "CREDIT_CARD"),
        ("这个月的账单好像多扣了一笔年费，请核实。", None),
    ]


def zh_mixed_script(rng: random.Random) -> list[Piece]:
    return [
        ("我", None),
        (rng.choice(ZH_ROLES), None),
        (" ", None),
        (rng.choice(PINYIN_FULL), "PERSON"),
        (" 下周从香港给我汇款，他的电话是", None),
        (hk_phone(rng), "PHONE_NUMBER"),
        ("，地址", None),
        (f"{rng.choice(HK_ADDR)}{rng.randint(1, 300)}号", "ADDRESS"),
        ("。", None),
    ]


def zh_third_party(rng: random.Random) -> list[Piece]:
    role = rng.choice(ZH_ROLES)
    return [
        (f"帮我给{role}", None),
        (rng.choice(ZH_NAMES), "PERSON"),
        ("转两千块房租，他的邮箱", None),
        (f"{rng.choice(('rent', 'fang', 'home'))}{rng.randint(100, 999)}@163.com", "EMAIL_ADDRESS"),
        ("，收到后会回执。", None),
    ]


def zh_negative(rng: random.Random) -> list[Piece]:
    text = rng.choice(
        (
            f"谢谢，已经收到退款{rng.randint(10, 9999)}.{rng.randint(10, 99)}元。",
            f"房东说下个月房租涨到{rng.randint(2, 9)}千，我想问下能不能提高转账限额？",
            f"请问客服热线400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}几点上班？",
            f"信用卡中心电话是800{rng.randint(100, 999)}{rng.randint(1000, 9999)}吗？我打不通。",
            f"{rng.randint(2022, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日那笔"
            f"{rng.randint(100, 5000)}元的消费我不认识，麻烦查一下。",
            f"香港的客户请拨打 +852 2{rng.randint(100, 999)} 8888 联系我们，谢谢！",
            "谢谢你们的帮助，问题已经解决了。",
            f"麻烦帮我把定期存款{rng.randint(1, 50)}万元续存一年，利率多少？",
        )
    )
    return [(text, None)]


FAMILIES: dict[str, tuple[str, Family]] = {
    "en_call_transcript": ("en", en_call_transcript),
    "en_signature": ("en", en_signature),
    "en_form": ("en", en_form),
    "en_fraud": ("en", en_fraud),
    "en_third_party": ("en", en_third_party),
    "en_negative": ("en", en_negative),
    "zh_call_transcript": ("zh", zh_call_transcript),
    "zh_signoff": ("zh", zh_signoff),
    "zh_form": ("zh", zh_form),
    "zh_fraud": ("zh", zh_fraud),
    "zh_unionpay": ("zh", zh_unionpay),
    "zh_mixed_script": ("zh", zh_mixed_script),
    "zh_third_party": ("zh", zh_third_party),
    "zh_negative": ("zh", zh_negative),
}
# Negatives are a quarter of each language's messages, as in a real inbox many are PII-free.
WEIGHTS = {name: (3.0 if name.endswith("negative") else 1.5) for name in FAMILIES}


def generate(n: int = 600, seed: int = 1812) -> list[dict[str, object]]:
    rng = random.Random(seed)
    names = list(FAMILIES)
    weights = [WEIGHTS[name] for name in names]
    rows = []
    for i in range(n):
        family = rng.choices(names, weights)[0]
        lang, make = FAMILIES[family]
        row = assemble(make(rng), lang, family).to_dict()
        row["id"] = f"heldout-{seed}-{i:05d}"
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1812)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    lines = [json.dumps(row, ensure_ascii=False) for row in generate(args.n, args.seed)]
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", "utf-8")
    else:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
