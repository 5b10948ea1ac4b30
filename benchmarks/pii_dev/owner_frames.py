"""Dev set: one frame, two owners. An organisation's address or a public or made-up figure's name,
and a private person's own, written into the same many frames, in English and Chinese.

    PYTHONPATH=. python benchmarks/pii_dev/owner_frames.py [--n 600] [--seed 5] [--show-misses]

Written for the "whose is this span" filter (``steward.data.pii.ownership``) so that it learns
who owns a span rather than which topic a message is about: every frame that carries a firm's,
a council's, a school's or a service point's address (letters, signature blocks, tables,
``c/o`` lines, invoices, guidance notes, complaint summaries, work orders, ``Unit/Suite/Floor``
and business-park premises; 营业部, 服务大厅, 事务所, 经纪公司, 物业, 注册地, 经营场所, 门店...)
also carries, in the same words around it, a person's own home (``my``, a relative's, a
customer's row in the same table, a private signature); the public and fictional figures
(columns, broadcasts, books, films, museums; 纪录片, 传记, 课本, 电视剧, 新闻) stand beside a
private person named in the same frame, and people's names used as a firm's or a school's name
(``… Plumbing Ltd``, ``… Academy``; ``…餐饮店``) beside the same names as payees.

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
DEFAULT_SEED = 5
POSITIVE_SHARE = 0.45
LABELS = ("ADDRESS", "PERSON")

# -- English ------------------------------------------------------------------------------------
EN_STREETS = (
    "Quarry Road",
    "Tannery Lane",
    "Albion Street",
    "Beacon Hill Road",
    "Ropewalk",
    "Chapel Row",
    "Lime Kiln Lane",
    "Carlton Terrace",
    "Fairfield Drive",
    "Dyers Walk",
    "Westgate",
    "Priory Close",
)
EN_PLACES = (
    ("Sheffield", "S2 3LJ"),
    ("Norwich", "NR3 1HG"),
    ("Swansea", "SA1 3QW"),
    ("Derby", "DE1 2FS"),
    ("Dundee", "DD1 4BX"),
    ("Reading", "RG1 7TT"),
    ("Exeter", "EX4 3PQ"),
    ("Preston", "PR1 8JN"),
    ("Hamilton ON", "L8P 4R5"),
    ("Dunedin", "9016"),
    ("Galway", "H91 E2K3"),
)
EN_GIVEN = ("Niamh", "Oluwaseun", "Gareth", "Priya", "Lukasz", "Rosalind", "Callum", "Mei", "Idris")
EN_FAMILY = ("Pennington", "Okafor", "Lindqvist", "Baptiste", "Hargreaves", "Moreno", "Doyle")
EN_NAME_WORDS = (
    "Kestrel",
    "Greenway",
    "Ashby",
    "Brightwater",
    "Meridian",
    "Oakridge",
    "Redbrick",
    "Thornbury",
    "Lowfield",
    "Summit",
)
EN_TRADES = (
    "Motors",
    "Lettings",
    "Dental Practice",
    "Solicitors",
    "Accountants",
    "Garage",
    "Estates",
    "Property Management",
    "Insurance Brokers",
    "Veterinary Surgery",
    "Builders",
    "Removals",
    "Opticians",
    "Medical Centre",
    "Primary School",
    "Housing Association",
    "Credit Union",
    "Logistics",
    "Notaries",
    "Funeral Directors",
)
EN_SUFFIX = ("", "", " Ltd", " LLP", " & Co", " Group", " Limited")
EN_PREMISES_ORG = (
    "Unit {n}, {w} Business Park",
    "Unit {n}, {w} Trading Estate",
    "Suite {n}, {w} House",
    "{o} Floor, {w} Tower",
    "{o} Floor, {w} Chambers",
    "{w} Enterprise Centre",
    "Office {n}, {w} Plaza",
    "{w} Business Centre",
    "Block {l}, {w} Industrial Estate",
)
EN_PREMISES_HOME = (
    "Flat {n}, {w} Court",
    "Apartment {n}, {w} House",
    "Flat {l}",
    "{w} Cottage",
    "Flat {n}",
)
EN_ORDINALS = ("1st", "2nd", "3rd", "4th", "5th", "Ground")
EN_KIN = ("mum", "dad", "nan", "sister", "brother", "uncle", "partner", "daughter", "son")
EN_PUBLIC = (
    "Richard Branson",
    "Mary Berry",
    "Gordon Ramsay",
    "Stephen Fry",
    "Jane Austen",
    "Winston Churchill",
    "Alan Sugar",
    "Delia Smith",
    "Lewis Hamilton",
    "Paul Hollywood",
    "Charles Dickens",
    "Florence Nightingale",
)
EN_FICTIONAL = (
    "Harry Potter",
    "Hermione Granger",
    "Elizabeth Bennet",
    "Jack Reacher",
    "Bridget Jones",
    "James Bond",
    "Jay Gatsby",
    "Miss Marple",
)


def _en_street(r: random.Random) -> str:
    town, post = r.choice(EN_PLACES)
    return f"{r.randint(2, 260)} {r.choice(EN_STREETS)}, {town} {post}"


def _fill(template: str, r: random.Random) -> str:
    return template.format(
        n=r.randint(1, 40),
        w=r.choice(EN_NAME_WORDS),
        o=r.choice(EN_ORDINALS),
        l=r.choice("ABCDEF"),
    )


def _en_org_address(r: random.Random) -> str:
    if r.random() < 0.7:
        return f"{_fill(r.choice(EN_PREMISES_ORG), r)}, {_en_street(r)}"
    return _en_street(r)


def _en_home_address(r: random.Random) -> str:
    if r.random() < 0.35:
        return f"{_fill(r.choice(EN_PREMISES_HOME), r)}, {_en_street(r)}"
    return _en_street(r)


def _en_person(r: random.Random) -> str:
    return f"{r.choice(EN_GIVEN)} {r.choice(EN_FAMILY)}"


def _en_org(r: random.Random) -> str:
    if r.random() < 0.25:  # a firm named after its founders
        return f"{r.choice(EN_FAMILY)} & {r.choice(EN_FAMILY)}{r.choice(EN_SUFFIX)}"
    return f"{r.choice(EN_NAME_WORDS)} {r.choice(EN_TRADES)}{r.choice(EN_SUFFIX)}"


# An address frame: (words before, words after) with ``{org}``, ``{kin}`` and ``{who}`` slots. The
# organisation's frames and the person's use the same layouts; only the owner differs.
EN_ORG_FRAMES = (
    ("Correspondence for {org} should go to ", "."),
    ("{org}\n", "\nOpen Mon-Fri 9-5"),
    ("Kind regards,\nCustomer Accounts\n{org}\n", ""),
    ("Please post the signed mandate to {org}, ", ", marked FAO Payments."),
    ("c/o {org}, ", ""),
    ("The company's address on the invoice is ", "; is that enough for a business account?"),
    ("Invoice 2231 from {org}, ", ". Due in 30 days."),
    ("My solicitor's office is {org}, ", ", if you need to write to them."),
    ("My employer is {org}, ", "."),
    ("The garage that fixed the car, {org}, is at ", "."),
    ("Our letting agent, {org}, works out of ", "."),
    ("| Office | Address |\n|---|---|\n| {org} | ", " |"),
    ("Name: {org}\nAddress: ", "\nType: business customer"),
    ("Company registered at ", "; company number on file."),
    ("Place of business: ", "."),
    ("Head office - ", "."),
    ("The council's offices at ", " are closed on Fridays."),
    ("the cash machine outside {org}, ", ", kept my card"),
    ("The practice has moved to ", " from Monday."),
    ("Drop-off point for documents: {org}, ", "."),
    ("Collect your replacement card from our counter at ", "."),
    ("Example: {org}, ", " (use your own employer's details)."),
    ("We have moved! Our new premises: ", "."),
    ("The notary who certified it works at ", "."),
    ("Payments are made to {org}, ", "."),
    ("Return address: {org}, ", ""),
    ("Trading as {org} from ", "."),
    ("The school office is at ", "."),
)
EN_HOME_FRAMES = (
    ("Correspondence for me should go to ", "."),
    ("{who}\n", "\nMobile on file"),
    ("Kind regards,\n{who}\n", ""),
    ("Please post the signed mandate to me at ", ", marked FAO Payments."),
    ("c/o my {kin}, ", ""),
    ("The address on my account is ", "; is that enough for a joint account?"),
    ("Invoice 2231 was sent to my home, ", ". Due in 30 days."),
    ("My solicitor wants proof that I live at ", ", if you need to write to them."),
    ("My employer has my home address as ", "."),
    ("The garage wants to deliver the car back to my house at ", "."),
    ("Our letting agent has my new address: ", "."),
    ("| Customer | Address |\n|---|---|\n| {who_plain} | ", " |"),
    ("Name: {who}\nAddress: ", "\nType: personal customer"),
    ("I'm registered at ", " with the GP."),
    ("My place is ", "."),
    ("Home - ", "."),
    ("My {kin} lives at ", " and can't get to a branch."),
    ("The card was sent to my old flat, ", ", and never arrived."),
    ("We have moved house! Our new address: ", "."),
    ("Please send it to my {kin}'s place, ", "."),
    ("I've moved to ", " from Monday."),
    ("Deliver to {who}, ", "."),
)


def _en_org_address_message(r: random.Random) -> list[Part]:
    before, after = r.choice(EN_ORG_FRAMES)
    return [before.format(org=_en_org(r)), _en_org_address(r), after]


def _en_home_address_message(r: random.Random) -> list[Part]:
    before, after = r.choice(EN_HOME_FRAMES)
    parts: list[Part] = []
    head, slot, tail = before.partition("{who}")
    if slot:
        parts += [head.format(kin=r.choice(EN_KIN)), (_en_person(r), "PERSON"), tail]
    else:
        head, slot, tail = before.partition("{who_plain}")
        if slot:
            parts += [head, (_en_person(r), "PERSON"), tail]
        else:
            parts.append(before.format(kin=r.choice(EN_KIN)))
    return [*parts, (_en_home_address(r), "ADDRESS"), after]


# Figures: the same frames name a public or made-up figure, or a private person.
EN_FIGURE_FRAMES = (
    "I read {x}'s column in the weekend paper and want to move my savings",
    "Saw {x} on the news last night talking about scams",
    "{x} said on a podcast that fixed rates are about to drop",
    "my kids are obsessed with {x} at the moment, so can I order a themed card?",
    "There's a new biography of {x} in the library",
    "as {x} would put it, this is not good enough",
    "we went to the {x} exhibition and my card was declined at the gift shop",
    "Just finished the film about {x}",
    "{x} was on the radio saying banks should refund fraud victims",
    "the interview with {x} in your magazine was good",
    "my daughter is writing an essay on {x}",
    "{x}'s new book says to avoid overdrafts",
    "Following {x}'s tips I switched to a fixed rate",
    "My book club is reading {x} this month",
    "is it true {x} banks with you?",
    "there's a statue of {x} outside the branch",
    "{x} was on the telly again talking about pensions",
    "the quiz question was about {x}",
    "we named the cat after {x}",
    "in the novel {x} never had to queue like this",
    "a quote from {x} on your website made me laugh",
    "the {x} museum only takes cards",
    "my son dressed up as {x} for World Book Day",
)
EN_PRIVATE_FIGURE_FRAMES = (
    "I read {x}'s letter from you and want to move my savings",
    "My {kin} {x} rang me last night about scams",
    "{x} said on the phone that fixed rates are about to drop",
    "my kids are staying with {x} at the moment, so can I order a second card?",
    "There's a letter for {x} at my address",
    "as my {kin} {x} would put it, this is not good enough",
    "{x} and I went to the exhibition and my card was declined",
    "Just paid {x} for the film tickets",
    "{x}, my {kin}, was told banks should refund fraud victims",
    "the joint account with {x} was frozen",
    "my daughter {x} is writing to you about it",
    "{x} says to avoid overdrafts",
    "Following {x}'s advice I switched to a fixed rate",
    "My book club host {x} wants to open an account",
    "is it true {x} can see my balance on the joint account?",
    "there's a letter for {x} at the branch",
    "{x} rang again about the pension transfer",
    "the security question was about {x}, my {kin}",
    "I'm sending money to {x} tonight",
    "I'm {x} and your app is confusing",
    "I'm {x}'s {kin} and your app is confusing",
    "{x} from next door says the branch only takes cards",
    "my son {x} wants a junior account",
)
EN_PERSON_ORGS = (
    "{g} {f} Plumbing Ltd",
    "{g} {f} Academy",
    "The {g} {f} Foundation",
    "{f} & Sons Funeral Directors",
    "{g} {f} Architects LLP",
    "St {g}'s Primary School",
)
EN_PAYEE_FRAMES = (
    "Payee: {x}\nReference: invoice 118",
    "Account name: {x}, please check before I send it",
    "I set up a standing order to {x} last week",
    "the direct debit to {x} went out twice",
)


def _en_figure(r: random.Random) -> list[Part]:
    who = r.choice(EN_PUBLIC + EN_FICTIONAL)
    return [r.choice(EN_FIGURE_FRAMES).format(x=who), r.choice((".", "!", ", thanks.", ""))]


def _en_private_figure(r: random.Random) -> list[Part]:
    frame = r.choice(EN_PRIVATE_FIGURE_FRAMES).replace("{kin}", r.choice(EN_KIN))
    head, _, tail = frame.partition("{x}")
    return [head, (_en_person(r), "PERSON"), tail, r.choice((".", "!", ", thanks.", ""))]


def _en_named_org(r: random.Random) -> list[Part]:
    org = r.choice(EN_PERSON_ORGS).format(g=r.choice(EN_GIVEN), f=r.choice(EN_FAMILY))
    return [r.choice(EN_PAYEE_FRAMES).format(x=org)]


def _en_named_payee(r: random.Random) -> list[Part]:
    head, _, tail = r.choice(EN_PAYEE_FRAMES).partition("{x}")
    return [head, (_en_person(r), "PERSON"), tail]


# -- Chinese ------------------------------------------------------------------------------------
ZH_CITIES = (
    "合肥市蜀山区",
    "长沙市岳麓区",
    "福州市鼓楼区",
    "昆明市五华区",
    "南昌市东湖区",
    "太原市小店区",
)
ZH_ROADS = ("长江西路", "麓山南路", "五四路", "青年路", "八一大道", "学府街", "东风路", "金湖路")
ZH_ORG_BUILDINGS = (
    "{w}大厦{n}楼",
    "{w}广场B座{n}层",
    "{w}国际中心{n}01室",
    "{w}商务楼{n}层",
    "{w}产业园{n}号楼",
    "{w}写字楼{n}层",
)
ZH_HOME_BUILDINGS = (
    "{w}小区{n}栋2单元301",
    "{w}花园{n}幢",
    "{w}家园{n}号楼502室",
    "{w}新村{n}号",
    "{w}苑{n}栋",
)
ZH_NAME_WORDS = ("金源", "华茂", "恒信", "锦绣", "瑞丰", "银座", "绿地", "翠湖")
ZH_ORG_KINDS = (
    "房产经纪公司",
    "物业服务中心",
    "律师事务所",
    "公证处",
    "汽车维修厂",
    "证券营业部",
    "医保服务大厅",
    "街道办事处",
    "幼儿园",
    "税务分局",
    "快递网点",
    "售后服务点",
    "营业部",
    "政务服务中心",
)
ZH_SURNAMES = ("林", "何", "罗", "郭", "马", "胡", "高", "梁")
ZH_GIVEN = ("思远", "雅琴", "国栋", "秀兰", "浩然", "婷婷", "德明", "可欣")
ZH_KIN = ("我妈", "我爸", "我姐", "我哥", "我外婆", "我爱人", "我儿子")
ZH_PUBLIC = ("苏轼", "杜甫", "诸葛亮", "邓稼先", "张桂梅", "杨利伟", "郎平", "孔子", "梅兰芳")
ZH_FICTIONAL = ("孙悟空", "贾宝玉", "薛宝钗", "武松", "哪吒", "猪八戒")


def _zh_street(r: random.Random) -> str:
    return f"{r.choice(ZH_CITIES)}{r.choice(ZH_ROADS)}{r.randint(3, 388)}号"


def _zh_org_address(r: random.Random) -> str:
    street = _zh_street(r)
    if r.random() < 0.6:
        return street + r.choice(ZH_ORG_BUILDINGS).format(
            w=r.choice(ZH_NAME_WORDS), n=r.randint(2, 28)
        )
    return street


def _zh_home_address(r: random.Random) -> str:
    street = _zh_street(r)
    if r.random() < 0.6:
        return street + r.choice(ZH_HOME_BUILDINGS).format(
            w=r.choice(ZH_NAME_WORDS), n=r.randint(1, 30)
        )
    return street


def _zh_org(r: random.Random) -> str:
    return r.choice(ZH_NAME_WORDS) + r.choice(ZH_ORG_KINDS)


def _zh_person(r: random.Random) -> str:
    return r.choice(ZH_SURNAMES) + r.choice(ZH_GIVEN)


ZH_ORG_FRAMES = (
    ("{org}地址：", "，工作日办公。"),
    ("材料请寄到{org}，", "，注明“开户资料”。"),
    ("{org}（", "）办理，需带身份证。"),
    ("公司注册地在", "，对公开户需要什么材料？"),
    ("经营场所：", "\n法定代表人：见营业执照"),
    ("办公地点：", "。"),
    ("| 网点名称 | 地址 |\n|---|---|\n| {org} | ", " |"),
    ("落款：{org}\n地址：", ""),
    ("市民反映", "附近的自助取款机经常吞卡。"),
    ("门店位于", "，营业时间9点到18点。"),
    ("我在{org}上班，单位地址", "，单位证明怎么开？"),
    ("我的律师在{org}，地址是", "。"),
    ("例如：{org}，", "（请填写您自己单位的信息）。"),
    ("{org}搬家了，新址：", "。"),
    ("今天去了", "的{org}，排了一小时。"),
    ("投诉对象：{org}，", "。"),
)
ZH_HOME_FRAMES = (
    ("我的住址：", "，工作日不在家。"),
    ("材料请寄到我家，", "，注明“开户资料”。"),
    ("{kin}住在（", "），行动不便。"),
    ("我户口登记在", "，异地开户需要什么材料？"),
    ("现居住地：", "\n联系人：本人"),
    ("家庭住址：", "。"),
    ("| 客户姓名 | 地址 |\n|---|---|\n| {who} | ", " |"),
    ("落款：{who}\n地址：", ""),
    ("我住在", "，附近没有网点。"),
    ("我租的房子在", "，租约到明年。"),
    ("单位要我的家庭住址，是", "，证明怎么开？"),
    ("中介登记的我家地址", "写错了。"),
    ("{kin}家在", "。"),
    ("我们搬家了，新家：", "。"),
    ("收件人：{who}，收件地址：", "。"),
    ("物业说我家", "的信用卡账单寄错了。"),
)


def _zh_org_address_message(r: random.Random) -> list[Part]:
    before, after = r.choice(ZH_ORG_FRAMES)
    return [before.format(org=_zh_org(r)), _zh_org_address(r), after.format(org=_zh_org(r))]


def _zh_home_address_message(r: random.Random) -> list[Part]:
    before, after = r.choice(ZH_HOME_FRAMES)
    head, slot, tail = before.partition("{who}")
    parts: list[Part]
    if slot:
        parts = [head, (_zh_person(r), "PERSON"), tail]
    else:
        parts = [before.format(kin=r.choice(ZH_KIN))]
    return [*parts, (_zh_home_address(r), "ADDRESS"), after]


ZH_FIGURE_FRAMES = (
    "昨晚看了{x}的纪录片，想问理财产品",
    "课本里学过{x}，孩子想办一张主题卡",
    "新闻里说{x}的故居要收门票了，能刷卡吗",
    "读完了{x}的传记",
    "电视剧里的{x}也没这么难办事",
    "{x}纪念馆门口的自助机吞卡了",
    "孩子在写关于{x}的作文",
    "节目里采访了{x}的后人",
    "历史课讲到{x}，孩子问存款利息怎么算",
    "据报道{x}的作品要拍卖了",
    "{x}的诗里也写过借钱的事",
    "动画片里{x}天天在银行门口",
    "图书馆借了本讲{x}的书",
    "小说里的{x}都不用排队",
    "这个{x}主题展只能刷卡",
    "我又不是{x}，你们的流程太复杂了",
)
ZH_PRIVATE_FIGURE_FRAMES = (
    "昨晚{x}给我打电话，想问理财产品",
    "孩子的班主任{x}想办一张卡",
    "我同事{x}说要收手续费，能刷卡吗",
    "替{x}（{kin}）咨询一下",
    "我和{x}一起去办的也没这么难",
    "{x}的卡在门口的自助机被吞了",
    "{kin}{x}在写投诉信",
    "转账给{x}被退回了",
    "邻居{x}说利息怎么算跟我说不清",
    "{x}（我同学）的工资卡要挂失",
    "{x}借了我两万块还没还",
    "我舅舅{x}天天在银行门口等",
    "我帮{x}问一下开户的事",
    "我叫{x}，你们的流程太复杂了",
)
ZH_PERSON_ORGS = ("{p}餐饮店", "{p}律师事务所", "{p}口腔诊所", "{p}便利店")
ZH_PAYEE_FRAMES = ("户名：{x}，请核对", "收款方{x}，转账失败", "给{x}的转账被退回了")


def _zh_figure(r: random.Random) -> list[Part]:
    who = r.choice(ZH_PUBLIC + ZH_FICTIONAL)
    return [r.choice(ZH_FIGURE_FRAMES).format(x=who), r.choice(("。", "？", "，谢谢。", ""))]


def _zh_private_figure(r: random.Random) -> list[Part]:
    frame = r.choice(ZH_PRIVATE_FIGURE_FRAMES).replace("{kin}", r.choice(ZH_KIN))
    head, _, tail = frame.partition("{x}")
    return [head, (_zh_person(r), "PERSON"), tail, r.choice(("。", "？", "，谢谢。", ""))]


def _zh_named_org(r: random.Random) -> list[Part]:
    org = r.choice(ZH_PERSON_ORGS).format(p=_zh_person(r))
    return [r.choice(ZH_PAYEE_FRAMES).format(x=org)]


def _zh_named_payee(r: random.Random) -> list[Part]:
    head, _, tail = r.choice(ZH_PAYEE_FRAMES).partition("{x}")
    return [head, (_zh_person(r), "PERSON"), tail]


MAKERS: dict[str, tuple[list[Maker], list[Maker]]] = {
    "en": (
        [_en_org_address_message, _en_org_address_message, _en_figure, _en_figure, _en_named_org],
        [
            _en_home_address_message,
            _en_home_address_message,
            _en_private_figure,
            _en_private_figure,
            _en_named_payee,
        ],
    ),
    "zh": (
        [_zh_org_address_message, _zh_org_address_message, _zh_figure, _zh_figure, _zh_named_org],
        [
            _zh_home_address_message,
            _zh_home_address_message,
            _zh_private_figure,
            _zh_private_figure,
            _zh_named_payee,
        ],
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
    """``n`` records, half English and half Chinese, a little over half PII-free, the same for
    the same seed."""
    rng = random.Random(f"owner_frames-{seed}")
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
