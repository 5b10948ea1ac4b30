"""Chinese postal addresses: province + city + district + street + number (+ building/room).

Anchored on the 34 provincial-level names, so the span never swallows the words before it;
without a province, a city/district/street/number chain is taken after an address cue
(``地址``, ``寄到``, ``改成``, ...). Cities and districts are shape-matched, not listed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from steward.data.pii.recognizers.base import Entity, Recognizer, words

_PROVINCES = words(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
)
_H = r"[\u4e00-\u9fff]"
_PROVINCE = (
    r"(?:" + "|".join(_PROVINCES) + r")"
    r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?"
)
_CITY = rf"(?:{_H}{{1,6}}?(?:市|州|盟|地区))"
_DISTRICT = rf"(?:{_H}{{1,6}}?(?:区|县|旗|市))"
_TOWN = rf"(?:{_H}{{1,6}}?(?:镇|乡|街道))"
_STREET = rf"(?:{_H}{{1,8}}?(?:大道|大街|路|街|道|巷|弄|胡同|里|村))"
_NUMBER = r"(?:[0-9０-９]+(?:号|弄|號))"
_UNIT = r"(?:[0-9０-９A-Za-z一二三四五六七八九十]+(?:号楼|栋|幢|座|单元|楼|层|室|号|户))"
_BUILDING = (
    rf"(?:{_H}{{1,8}}?(?:广场|大厦|中心|花园|小区|公寓|大楼|新村|家园|苑|园|城)"
    r"(?=[0-9A-Za-z一二三四五六七八九十]))"
)
# Components may be set apart by spaces or written one per line (a form's address block:
# "广东省深圳市南山区\n科技南十二路1540号\n9楼E座"), but not across a blank line.
_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)?"
_TAIL = (
    rf"(?:{_STREET}(?:{_GAP}{_NUMBER})?|{_NUMBER})"
    rf"(?:{_GAP}(?={_BUILDING}|{_UNIT}))?{_BUILDING}?{_UNIT}*"
)

# (each gap is followed by its component, so two gaps, a blank line, never meet)
_WITH_PROVINCE = re.compile(
    rf"{_PROVINCE}(?:{_GAP}{_CITY})?(?:{_GAP}{_DISTRICT})?(?:{_GAP}{_TOWN})?{_GAP}{_TAIL}"
)
_WITHOUT_PROVINCE = re.compile(
    rf"(?:地址|住址|寄到|寄至|送到|改成|改为|变更为|住在|家住|位于)[是为:：\s]*"
    rf"(?P<addr>(?:{_CITY}(?:{_GAP}{_DISTRICT})?|{_DISTRICT})(?:{_GAP}{_TOWN})?{_GAP}{_STREET}"
    rf"{_GAP}{_NUMBER}(?:{_GAP}(?={_BUILDING}|{_UNIT}))?{_BUILDING}?{_UNIT}*)"
)


# what ends a city's or a district's name: a province's name right after it starts a street's
_AFTER_DISTRICT = frozenset("市区县旗镇乡")


def address_spans(text: str, whole_streets: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the addresses the patterns find, with a province or after a cue; with
    ``whole_streets``, a province's name right after a district's starts no address (the
    recognizer's reading; the Chinese tagger's feature keeps the reading it was trained on)."""
    spans: list[tuple[int, int]] = []
    for match in _WITH_PROVINCE.finditer(text):
        if whole_streets and match.start() > 0 and text[match.start() - 1] in _AFTER_DISTRICT:
            continue  # a street named after a province (青岛市市南区香港中路): the cue's to read
        value = match.group()
        # A province plus a bare street name is too little; require a number or a district.
        if re.search(r"[0-9０-９]", value) or re.search(r"[区县]", value[2:]):
            spans.append(match.span())
    # The spans above are disjoint and in text order, as are the ones below: a bisection
    # finds the only one that can overlap (a scan of all of them was quadratic).
    starts = [start for start, _ in spans]
    with_province = list(spans)
    for match in _WITHOUT_PROVINCE.finditer(text):
        start, end = match.span("addr")
        i = bisect_left(starts, end)  # the province spans starting before this one ends
        if i == 0 or with_province[i - 1][1] <= start:
            spans.append((start, end))
    return spans


class ChineseAddressRecognizer(Recognizer):
    name = "address_zh"
    labels = ("ADDRESS",)

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for start, end in address_spans(text, whole_streets=True):
            has_number = any(ch.isdigit() for ch in text[start:end])
            yield self.entity(start, end, "ADDRESS", 0.7 if has_number else 0.5)


# An institution's own address is not a person's (营业厅地址：…, 公证处地址：…, 医院地址：…):
# the label right before the value names whose address it is.
_INSTITUTION_ADDRESS_LABEL = re.compile(
    r"(?:营业厅|營業廳|营业部|營業部|营业网点|網點|网点|支行|分行|公证处|公證處|医院|醫院|诊所|"
    r"診所|门诊部|門診部|门店|門店|办事处|辦事處|服务中心|服務中心|政务中心|律师事务所|律所|"
    r"派出所|法院|酒店|宾馆|賓館|供电所|供電所|自来水公司|燃气公司|燃氣公司)"
    r"(?:的)?(?:地址|地點|地点|位于|位於|坐落于)[是为為:：\s]*\Z"
)
# A firm's own address in its stamped block (单位名称（盖章）：… 单位地址：…): an employer's
# letter, not the applicant's work address a form asks for (申请表 … 单位地址：…).
_FIRM_ADDRESS_LABEL = re.compile(r"(?:单位|單位|公司)(?:地址|地點|地点)[:：\s]*\Z")
_FIRM_STAMP_BLOCK = re.compile(r"盖章|蓋章|公章|单位名称|單位名稱|公司名称|公司名稱")


# A firm named by its registration (统一社会信用代码, 税号): the address given in the same block
# (地址：…, an invoice's 地址电话：…) is the firm's.
_FIRM_ID = re.compile(r"统一社会信用代码|統一社會信用代碼|税号|稅號|纳税人识别号|納稅人識別號")
_ADDRESS_LABEL_AT_END = re.compile(r"(?:地址|地點|地点)(?:电话|電話)?[:：\s]*\Z")


def institution_address(text: str, start: int) -> bool:
    """Whether the address at ``start`` is labelled as an institution's or a firm's own."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 16) : start]
    if _INSTITUTION_ADDRESS_LABEL.search(before):
        return True
    if _ADDRESS_LABEL_AT_END.search(before) and _FIRM_ID.search(text, max(0, start - 120), start):
        return True
    if _FIRM_ADDRESS_LABEL.search(before):
        return _FIRM_STAMP_BLOCK.search(text, max(0, line_start - 80), line_start) is not None
    return False


def drop_institution_addresses(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` less the addresses labelled as an institution's or a firm's own."""
    if not any(e.label == "ADDRESS" for e in entities):
        return entities
    return [e for e in entities if e.label != "ADDRESS" or not institution_address(text, e.start)]


# Where an address ends: not on the word that places something beside it (``…1号凤凰国际书城旁``,
# ``…8号附近``, ``…门口``), a verb after it (``…B区办公``), nor the first word of the next
# organisation's name (``…22号街道便民服务中心``: 街道 right after a house number opens the name
# of the 街道 office, a 街道 of the address comes before its street).
_TAIL_NOT_ADDRESS = re.compile(
    r"(?:旁边|旁邊|旁|附近|对面|對面|门口|門口|隔壁|楼下|樓下|一带|一帶|那边|那邊|这边|這邊|办公|辦公"
    r"|上班|营业|營業|(?<=[号號])街道)\Z"
)
# An organisation's name read as an address: a district and the body in it, no number
# (``成都市武侯区人民法院``, ``朝阳区人民医院``).
_ORGANISATION_END = re.compile(
    r"(?:法院|检察院|檢察院|医院|醫院|派出所|公安局|分局|税务局|稅務局|银行|銀行|支行|分行|公司|学校|學校"
    r"|大学|大學|政府|委员会|委員會)\Z"
)


def address_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past the words that end no address (see ``_TAIL_NOT_ADDRESS``)."""
    while end > start:
        tail = _TAIL_NOT_ADDRESS.search(text, start, end)
        if tail is None:
            return end
        end = tail.start()
    return end


def organisation_not_address(value: str) -> bool:
    """Whether ``value``, read as an address, is an organisation's name with no number."""
    return _ORGANISATION_END.search(value) is not None and not re.search(r"[0-9０-９]", value)
