"""Dev set: whose span, by the kind of its owner. A facility's address, a service desk's mailbox or
a famous or made-up figure's name beside a private person's own, in the same kinds of words, in
English and Chinese.

    PYTHONPATH=. python benchmarks/pii_dev/owner_kinds.py [--n 600] [--seed 11] [--show-misses]

Written for the "whose is this span" filter (``steward.data.pii.ownership``), next to
``owner_frames``: there the owner is named by an organisation's word; here by the kind of thing
that stands in the clause before the span: a place that serves the public as the subject
("the passport office is at …", "体检中心在…", "ATM（…）") against a home or a delivery ("my
flat is at …", "新卡寄到了…", "我妈住在…"); a desk's mailbox ("their refunds team said to email
refunds@…") against a person's own ("my email is …"); a figure in an advert, a programme, a
column or a novel against a neighbour, a colleague or a payee. Each frame has a counterpart of the
other kind with the same layout, so that the filter learns the owner rather than the topic.

The wording, the names and the places are this module's own (not a blind set's). A dev set:
written to tune and train on (see ``benchmarks/pii_dev/__init__.py``). Run as a script, it
prints P/R/F1 of the filter's labels and the share of PII-free messages flagged, per language.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]
Maker = Callable[[random.Random], list[Part]]

DEFAULT_N = 600
DEFAULT_SEED = 11
POSITIVE_SHARE = 0.5
LABELS = ("ADDRESS", "PERSON", "EMAIL_ADDRESS", "DATE_OF_BIRTH")

# -- English ------------------------------------------------------------------------------------
EN_STREETS = (
    "Mill Lane",
    "Orchard Way",
    "Foundry Street",
    "Kingsmead Road",
    "Elm Grove",
    "Dock Road",
)
EN_PLACES = (
    ("Leicester", "LE1 6RT"),
    ("Exeter", "EX4 3PQ"),
    ("Stoke-on-Trent", "ST4 2DH"),
    ("Aberdeen", "AB10 1XG"),
    ("Bangor", "LL57 2EF"),
    ("York", "YO1 7HP"),
)
EN_FACILITIES = (
    "passport office",
    "wedding venue",
    "embassy",
    "consulate",
    "leisure centre",
    "car dealership",
    "sorting office",
    "community hall",
    "vet surgery",
    "conference centre",
    "coach station",
    "council tax office",
    "driving test centre",
    "hotel",
)
EN_KIN = ("gran", "dad", "mum", "brother", "sister", "aunt", "son", "daughter")
EN_GIVEN = ("Tamsin", "Adebayo", "Rhys", "Ananya", "Piotr", "Hollie", "Declan", "Yusuf", "Imogen")
EN_FAMILY = ("Whitlock", "Oyelaran", "Bramwell", "Chaudhry", "Kowalczyk", "Fairburn", "Quigley")
EN_FIGURES = (
    "David Attenborough",
    "Mary Berry",
    "Lewis Hamilton",
    "Judi Dench",
    "Gordon Ramsay",
    "Sherlock Holmes",
    "Hercule Poirot",
    "Elizabeth Bennet",
    "Zadie Smith",
    "Emma Raducanu",
)
EN_DESKS = (
    ("refunds", "refunds"),
    ("bookings", "bookings"),
    ("accounts", "accounts"),
    ("customer support", "support"),
    ("enquiries", "enquiries"),
    ("payments", "payments"),
    ("admissions", "admissions"),
    ("claims", "claims"),
    ("help desk", "helpdesk"),
    ("lettings", "lettings"),
)
EN_ORG_WORDS = ("brightwater", "northpoint", "kestrel", "harbourline", "greenacre", "summit")
EN_TLDS = ("com", "co.uk", "org.uk", "ac.uk", "net")
EN_FREEMAIL = ("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk")


def _en_address(r: random.Random) -> str:
    town, post = r.choice(EN_PLACES)
    return f"{r.randint(3, 240)} {r.choice(EN_STREETS)}, {town} {post}"


def _en_person(r: random.Random) -> str:
    return f"{r.choice(EN_GIVEN)} {r.choice(EN_FAMILY)}"


def _split(template: str, value: Part) -> list[Part]:
    head, _, tail = template.partition("{x}")
    return [head, value, tail]


EN_FACILITY_FRAMES = (
    "The {f} is at {x}; is there a branch of yours near it?",
    "Quick one: the {f}, {x}, only takes card payments. Any fee for that?",
    "Hello, our {f} is {x}. Can I pay the deposit from my savings pot?",
    "Which cash machine is closest to the {f} at {x}?",
    "The {f} on {x} asked for a bank reference letter. How do I get one?",
    "I need to pay the {f} ({x}) by transfer but their details look odd.",
)
EN_HOME_FRAMES = (
    "My new flat is at {x}; is there a branch of yours near it?",
    "Quick one: please post the replacement card to {x}. Any fee for that?",
    "Hello, my {k} lives at {x}. Can I add them as a second cardholder?",
    "Which cash machine is closest to my home at {x}?",
    "I moved to {x} last month and need a letter showing my address.",
    "Please send the card reader to me ({x}), the old one broke.",
)
EN_FIGURE_FRAMES = (
    "Is the TV advert featuring {x} genuine? It promises 9% interest.",
    "I saw a poster where {x} recommends a crypto app. Is that one of yours?",
    "My son watched an interview in which {x} talks about budgeting. Does your app do that?",
    "There's a billboard of {x} outside the branch. Is that promotion still on?",
    "I was reading a column by {x} about overdraft fees. Do you still charge them?",
    "Apparently {x} said on the radio that ISA rules are changing.",
    "In the novel, {x} pays by cheque. Do you still issue cheque books?",
)
EN_PRIVATE_FRAMES = (
    "Is the transfer from {x} genuine? It promises to repay 90 pounds.",
    "My neighbour {x} recommends your app. Can she open an account too?",
    "My flatmate {x} talks about budgeting. Can we share a savings pot?",
    "There's a letter for {x} at my address. He moved out in May.",
    "I was paying {x} back for the holiday and the payment bounced.",
    "Apparently {x} from my running club said your card was declined abroad.",
    "My landlord, {x}, wants the rent by cheque. Do you still issue cheque books?",
)
EN_DESK_FRAMES = (
    "They told me to send the form to {x}, their {d} mailbox. Is that right?",
    "Their {d} team said to email {x} with the receipt. Is that safe?",
    "Questions about {d} go to {x}, according to the letter.",
    "I got an invoice from {x} ({d}). Is it a scam?",
    "The school's {d} office asked me to write to {x} for the fee breakdown.",
)
EN_OWN_MAIL_FRAMES = (
    "She told me to send the form to {x}, her own mailbox. Is that right?",
    "My personal email is {x}; please send the receipt there. Is that safe?",
    "Statements should go to {x} from now on, according to my wife.",
    "I got a reset link at {x} (my old address). Is it a scam?",
    "My {k} asked me to add their email, {x}, for the joint account.",
)


def _en_facility(r: random.Random) -> list[Part]:
    frame = r.choice(EN_FACILITY_FRAMES).replace("{f}", r.choice(EN_FACILITIES))
    return _split(frame, _en_address(r))


def _en_home(r: random.Random) -> list[Part]:
    frame = r.choice(EN_HOME_FRAMES).replace("{k}", r.choice(EN_KIN))
    return _split(frame, (_en_address(r), "ADDRESS"))


def _en_figure(r: random.Random) -> list[Part]:
    return _split(r.choice(EN_FIGURE_FRAMES), r.choice(EN_FIGURES))


def _en_private(r: random.Random) -> list[Part]:
    return _split(r.choice(EN_PRIVATE_FRAMES), (_en_person(r), "PERSON"))


def _en_desk(r: random.Random) -> list[Part]:
    desk, local = r.choice(EN_DESKS)
    mailbox = f"{local}@{r.choice(EN_ORG_WORDS)}-example.{r.choice(EN_TLDS)}"
    return _split(r.choice(EN_DESK_FRAMES).replace("{d}", desk), mailbox)


def _en_own_mail(r: random.Random) -> list[Part]:
    given, family = r.choice(EN_GIVEN).lower(), r.choice(EN_FAMILY).lower()
    local = r.choice((f"{given}.{family}", f"{given}{r.randint(1, 99)}", f"{given[0]}{family}"))
    mailbox = f"{local}@{r.choice(EN_FREEMAIL)}"
    frame = r.choice(EN_OWN_MAIL_FRAMES).replace("{k}", r.choice(EN_KIN))
    return _split(frame, (mailbox, "EMAIL_ADDRESS"))


# -- Chinese ------------------------------------------------------------------------------------
ZH_CITIES = (
    "石家庄市长安区",
    "济南市历下区",
    "西安市雁塔区",
    "贵阳市南明区",
    "兰州市城关区",
    "无锡市梁溪区",
)
ZH_ROADS = ("胜利北街", "泉城路", "小寨东路", "中华南路", "庆阳路", "中山北路")
ZH_HOMES = ("{w}小区{n}栋1单元502", "{w}花园{n}幢", "{w}新村{n}号")
ZH_WORDS = ("康乐", "馨苑", "青松", "丽景", "枫林", "和平")
ZH_FACILITIES = (
    "菜鸟驿站",
    "4S店",
    "车管所",
    "体检中心",
    "派出所",
    "出入境大厅",
    "民政局",
    "售楼处",
    "营业厅",
    "口腔医院",
    "快递站点",
    "社区服务站",
    "婚纱店",
    "驾校",
    "自助银行",
    "装修公司",
)
ZH_QUESTIONS = (
    "附近有你们的网点吗？",
    "那里的取款机能取多少钱？",
    "去那边办卡要带什么？",
    "在线等，谢谢。",
)
ZH_FACILITY_FRAMES = (
    "{f}在{x}，{q}",
    "{f}（{x}）{q}",
    "听说{f}搬到了{x}，{q}",
    "{f}地址：{x}，{q}",
)
ZH_HOME_FRAMES = (
    "我家在{x}，{q}",
    "新卡寄到了{x}，{q}",
    "{k}住在{x}，{q}",
    "我们搬到了{x}，{q}",
    "收货地址：{x}，{q}",
    "麻烦送到我家（{x}），{q}",
)
ZH_KIN = ("我妈", "我爸", "我姐", "我外公", "我舅舅", "我爱人")
ZH_SURNAMES = ("唐", "韩", "冯", "曹", "彭", "董")
ZH_GIVEN = ("志强", "丽娟", "宇航", "晓雯", "建军", "佳怡")
ZH_FIGURES = ("鲁迅", "林黛玉", "钟南山", "姚明", "刘慈欣", "李白", "花木兰", "屠呦呦", "诸葛亮")
ZH_FIGURE_FRAMES = (
    "广告里{x}代言的理财产品是真的吗？",
    "电视剧里{x}的台词被人拿来做诈骗短信了。",
    "看新闻报道说{x}提醒大家防诈骗，你们有活动吗？",
    "课本里{x}的故事印在了纪念卡上，能用这张卡取钱吗？",
    "纪录片里{x}用的是哪家银行的卡？",
)
ZH_PRIVATE_FRAMES = (
    "我表姐{x}推荐的理财产品是真的吗？",
    "同事{x}的手机号被人拿来做诈骗短信了。",
    "邻居{x}提醒我防诈骗，你们有活动吗？",
    "转账给{x}失败了，显示户名不符。",
    "我儿子{x}的卡被冻结了，怎么解？",
)
ZH_ROLES = ("商家", "卖家", "店家", "商户", "房东", "骑手")
ZH_SHOPS = ("鲜果园", "快乐小厨", "安心家政", "宏达五金")
ZH_ROLE_FRAMES = (
    "截图显示：微信付款给{x}“{s}”，{q}",
    "我付款给{x}以后，{s}说没收到钱，{q}",
    "退款被{x}拒绝了，订单是{s}的，{q}",
)
ZH_PAYEE_FRAMES = (
    "截图显示：微信付款给{x}，{q}",
    "我付款给{x}以后，她说没收到钱，{q}",
    "退款被{x}拒绝了，他是我的租客，{q}",
)
ZH_DESKS = ("kefu", "service", "refund", "support", "billing")
ZH_DOMAINS = ("shoppingmall-example.com", "youxuan-example.cn", "airline-example.com")
ZH_DESK_FRAMES = (
    "平台客服让我发邮件到{x}，这是真的吗？",
    "对方让把退款材料发到{x}，安全吗？",
    "他们售后说投诉写信给{x}就行，靠谱吗？",
)
ZH_OWN_MAIL_FRAMES = ("我的邮箱是{x}，这是真的吗？", "账单请发到我的邮箱{x}，安全吗？")
ZH_PINYIN = ("tangzhiqiang", "hanlijuan", "fengyuhang", "caoxiaowen", "pengjianjun")
ZH_FREEMAIL = ("qq.com", "163.com", "126.com", "sina.com")


def _zh_address(r: random.Random, home: bool) -> str:
    street = f"{r.choice(ZH_CITIES)}{r.choice(ZH_ROADS)}{r.randint(2, 300)}号"
    if home and r.random() < 0.6:
        street += r.choice(ZH_HOMES).format(w=r.choice(ZH_WORDS), n=r.randint(1, 30))
    return street


def _zh_facility(r: random.Random) -> list[Part]:
    frame = r.choice(ZH_FACILITY_FRAMES).format(
        f=r.choice(ZH_FACILITIES), q=r.choice(ZH_QUESTIONS), x="{x}"
    )
    return _split(frame, _zh_address(r, home=False))


def _zh_home(r: random.Random) -> list[Part]:
    frame = r.choice(ZH_HOME_FRAMES).format(k=r.choice(ZH_KIN), q=r.choice(ZH_QUESTIONS), x="{x}")
    return _split(frame, (_zh_address(r, home=True), "ADDRESS"))


def _zh_figure(r: random.Random) -> list[Part]:
    return _split(r.choice(ZH_FIGURE_FRAMES), r.choice(ZH_FIGURES))


def _zh_private(r: random.Random) -> list[Part]:
    name = r.choice(ZH_SURNAMES) + r.choice(ZH_GIVEN)
    return _split(r.choice(ZH_PRIVATE_FRAMES), (name, "PERSON"))


def _zh_role(r: random.Random) -> list[Part]:
    frame = r.choice(ZH_ROLE_FRAMES).format(s=r.choice(ZH_SHOPS), q=r.choice(ZH_QUESTIONS), x="{x}")
    return _split(frame, r.choice(ZH_ROLES))


def _zh_payee(r: random.Random) -> list[Part]:
    frame = r.choice(ZH_PAYEE_FRAMES).format(q=r.choice(ZH_QUESTIONS), x="{x}")
    return _split(frame, (r.choice(ZH_SURNAMES) + r.choice(ZH_GIVEN), "PERSON"))


def _zh_desk(r: random.Random) -> list[Part]:
    mailbox = f"{r.choice(ZH_DESKS)}@{r.choice(ZH_DOMAINS)}"
    return _split(r.choice(ZH_DESK_FRAMES), mailbox)


def _zh_own_mail(r: random.Random) -> list[Part]:
    mailbox = f"{r.choice(ZH_PINYIN)}{r.randint(1, 99)}@{r.choice(ZH_FREEMAIL)}"
    return _split(r.choice(ZH_OWN_MAIL_FRAMES), (mailbox, "EMAIL_ADDRESS"))


# A date beside a birth word that is not the birth date (an issue, opening or expiry date)
# against the birth date itself in the same layout: the nearest cue decides, not the sentence's.
EN_MONTHS = ("January", "March", "May", "July", "September", "November")
EN_OTHER_DATE_FRAMES = (
    "Card issue date {x}; the date of birth field doesn't match, please check.",
    "The account was opened on {x}, which is not my birthday as your letter says.",
    "My passport was issued {x} and the DOB box on the form is blank.",
    "Policy start date: {x}. Date of birth to follow by post.",
)
EN_BIRTH_FRAMES = (
    "Date of birth {x}; the card issue date field doesn't match, please check.",
    "I was born on {x}, not the day the account was opened as your letter says.",
    "My DOB is {x} and the passport issue box on the form is blank.",
    "Date of birth: {x}. Policy start date to follow by post.",
)
ZH_OTHER_DATE_FRAMES = (
    "客户来电：证件签发日期{x}，出生日期核对不上，请转人工。",
    "开户日期{x}，和我的出生日期不是一天，麻烦核实。",
    "身份证有效期至{x}，生日那一栏填错了怎么改？",
    "合同签订日期为{x}，出生年月另附复印件。",
)
ZH_BIRTH_FRAMES = (
    "客户来电：出生日期{x}，证件签发日期核对不上，请转人工。",
    "我的出生日期是{x}，开户日期那里填错了，麻烦核实。",
    "我生日是{x}，身份证有效期那一栏填错了怎么改？",
    "出生年月为{x}，合同签订日期另附复印件。",
)


# A person's form whose address field names a work unit or an employer (the applicant's own
# data, labelled like a home address) against an organisation's own notice of its address.
EN_FORMS = ("Loan application", "Account opening form", "Mortgage application", "KYC update")
EN_WORK_FIELDS = ("Employer address", "Work address", "Office address")
ZH_FORMS = ("贷款申请表", "开户申请书", "信用卡申请表", "客户信息变更表")
ZH_WORK_FIELDS = ("单位地址", "工作单位地址", "公司地址")
EN_ORG_NOTICES = (
    "Branch notice\nOffice address: {x}\nOpening hours are on our website.",
    "Our registered office has moved.\nNew office address: {x}\nNo action is needed.",
)
ZH_ORG_NOTICES = (
    "网点公告\n本单位地址：{x}\n营业时间请见官网。",
    "本公司注册地址已变更\n新公司地址：{x}\n客户无需办理任何手续。",
)


def _en_form(r: random.Random) -> list[Part]:
    name = _en_person(r)
    head = f"{r.choice(EN_FORMS)}\nName: "
    field = f"\n{r.choice(EN_WORK_FIELDS)}: "
    return [head, (name, "PERSON"), field, (_en_address(r), "ADDRESS"), "\n"]


def _en_org_notice(r: random.Random) -> list[Part]:
    return _split(r.choice(EN_ORG_NOTICES), _en_address(r))


def _zh_form(r: random.Random) -> list[Part]:
    name = r.choice(ZH_SURNAMES) + r.choice(ZH_GIVEN)
    head = f"{r.choice(ZH_FORMS)}\n姓名："
    field = f"\n{r.choice(ZH_WORK_FIELDS)}："
    return [head, (name, "PERSON"), field, (_zh_address(r, home=False), "ADDRESS"), "\n"]


def _zh_org_notice(r: random.Random) -> list[Part]:
    return _split(r.choice(ZH_ORG_NOTICES), _zh_address(r, home=False))


def _en_date(r: random.Random) -> str:
    day, month, year = r.randint(1, 28), r.choice(EN_MONTHS), r.randint(1950, 2024)
    return r.choice(
        (f"{day} {month} {year}", f"{month} {day}, {year}", f"{day:02d}/0{r.randint(1, 9)}/{year}")
    )


def _zh_date(r: random.Random) -> str:
    year, month, day = r.randint(1950, 2024), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}"))


def _en_other_date(r: random.Random) -> list[Part]:
    return _split(r.choice(EN_OTHER_DATE_FRAMES), _en_date(r))


def _en_birth_date(r: random.Random) -> list[Part]:
    return _split(r.choice(EN_BIRTH_FRAMES), (_en_date(r), "DATE_OF_BIRTH"))


def _zh_other_date(r: random.Random) -> list[Part]:
    return _split(r.choice(ZH_OTHER_DATE_FRAMES), _zh_date(r))


def _zh_birth_date(r: random.Random) -> list[Part]:
    return _split(r.choice(ZH_BIRTH_FRAMES), (_zh_date(r), "DATE_OF_BIRTH"))


MAKERS: dict[str, tuple[list[Maker], list[Maker]]] = {
    "en": (
        [_en_facility, _en_facility, _en_figure, _en_desk, _en_other_date, _en_org_notice],
        [_en_home, _en_home, _en_private, _en_own_mail, _en_birth_date, _en_form],
    ),
    "zh": (
        [
            _zh_facility,
            _zh_facility,
            _zh_figure,
            _zh_desk,
            _zh_role,
            _zh_other_date,
            _zh_org_notice,
        ],
        [_zh_home, _zh_home, _zh_private, _zh_own_mail, _zh_payee, _zh_birth_date, _zh_form],
    ),
}


def _assemble(parts: list[Part], lang: str) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        value, label = part
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    return {"text": text, "spans": spans, "lang": lang}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` records, half English and half Chinese, about half PII-free, the same for the same
    seed."""
    rng = random.Random(f"owner_kinds-{seed}")
    records = []
    for i in range(n):
        lang = ("en", "zh")[i % 2]
        negatives, positives = MAKERS[lang]
        pool = positives if rng.random() < POSITIVE_SHARE else negatives
        records.append(_assemble(rng.choice(pool)(rng), lang))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--show-misses", action="store_true", help="print every wrong message")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pii_quality import score  # the benchmarks' scorer: IoU >= 0.5, same label

    from steward.data.pii import Analyzer

    rows = generate(args.n, args.seed)
    analyzer = Analyzer()
    table: dict[str, Any] = {}
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        gold = [
            [(int(s["start"]), int(s["end"]), str(s["label"])) for s in r["spans"]] for r in mine
        ]
        found = analyzer.analyze_batch([str(r["text"]) for r in mine])
        pred = [[(e.start, e.end, e.label) for e in entities] for entities in found]
        table[lang] = score(gold, pred, set(LABELS))
        negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
        table[lang]["pii_free_flagged"] = {
            "share": round(sum(map(bool, negatives)) / max(1, len(negatives)), 4),
            "messages": len(negatives),
        }
        if args.show_misses:
            for row, g, p in zip(mine, gold, pred, strict=True):
                if sorted(g) != sorted(p):
                    text = row["text"]
                    print("---", text.replace("\n", " | "))
                    print(
                        "   gold:",
                        [text[s:e] for s, e, _ in g],
                        "found:",
                        [(text[s:e], lab) for s, e, lab in p],
                    )
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
