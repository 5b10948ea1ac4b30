"""Dev set: personal data inside pasted structured exports, English and Chinese, with PII-free
exports of the same shapes beside them (issue 18's rule: a dev set, tune on it).

    PYTHONPATH=. python benchmarks/pii_dev/structured_exports.py 5   # print five records

Layouts: a JSON payload (nested or flat, pretty or on one line, sometimes cut off mid-record), an
XML record (elements or attributes), a YAML block (an address as a ``|`` block scalar), a CSV or
TSV export, a markdown table, an HTML table (a header row over the cells, or a label cell
beside each value), a definition list, and ``key=value`` log lines. The field name is the only
cue: ``birthDate``, ``DOB``, ``bday``, ``出生年月日``, ``csrq``; ``home_address``, ``住址``;
``holder_name``, ``客户姓名``. Birth dates come ISO, compact (``19840302``), time-stamped,
day-first, month-first, ``02-MAR-1984``, dotted or in Chinese.

PII-free exports: transaction CSVs (``posted_at``, ``amount``, ``merchant``, ``reference``), API
payloads (``created_at``, ``request_id``, ``status``), config snippets (``start_date``,
``release``, ``host``), a branch directory (``branch_address``), and Chinese ledgers
(``交易日期``, ``金额``, ``商户``, ``流水号``, ``对公账号``, ``网点号``), whose dates, numbers and
business addresses are not personal data.

Records: ``{"text", "spans": [{"start", "end", "label"}], "lang"}``. The wording is this
module's own.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from typing import Any

Record = dict[str, Any]
# (field name, value, label or None)
Item = tuple[str, str, str | None]

EN_FIRST = ["Imogen", "Tariq", "Siobhan", "Kwame", "Ingrid", "Mateo", "Yusuf", "Harriet"]
EN_LAST = ["Achterberg", "Mensah", "Doyle", "Castellanos", "Whitfield", "Novak", "Iqbal", "Rees"]
ZH_NAMES = ["陈立群", "周晓梅", "欧阳明轩", "林嘉怡", "赵德胜", "孙丽娟", "黄志强", "何佩珊"]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
EN_STREETS = ["Larkfield Close", "Orchard Way", "Maple Avenue", "Quarry Lane", "Beacon Road"]
EN_TOWNS = [
    ("Sheffield", "S10 2HQ"),
    ("Norwich", "NR2 4PD"),
    ("Cardiff", "CF11 9LJ"),
    ("Portland, OR", "97205"),
    ("Austin, TX", "78704"),
]
ZH_PLACES = [
    "杭州市西湖区文三路",
    "成都市锦江区春熙路",
    "南京市鼓楼区中山北路",
    "深圳市南山区科技园南路",
]

EN_KEYS: list[dict[str, str]] = [
    {"name": "holder_name", "dob": "birthDate", "addr": "home_address", "phone": "mobile_no"},
    {"name": "FullName", "dob": "DOB", "addr": "StreetAddress", "phone": "Phone"},
    {"name": "customer_name", "dob": "date_of_birth", "addr": "postal_address", "phone": "tel"},
    {"name": "applicant", "dob": "bday", "addr": "address_line", "phone": "contact_phone"},
]
ZH_KEYS: list[dict[str, str]] = [
    {"name": "客户姓名", "dob": "出生年月日", "addr": "家庭住址", "phone": "手机"},
    {"name": "姓名", "dob": "生日", "addr": "通讯地址", "phone": "联系电话"},
    {"name": "xm", "dob": "csrq", "addr": "address", "phone": "mobile"},
]


class Doc:
    """Text built piece by piece; a labelled piece becomes a span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict[str, Any]] = []
        self.length = 0

    def add(self, text: str, label: str | None = None) -> Doc:
        if label is not None and text:
            self.spans.append(
                {"start": self.length, "end": self.length + len(text), "label": label}
            )
        self.parts.append(text)
        self.length += len(text)
        return self

    def record(self, lang: str) -> Record:
        return {"text": "".join(self.parts), "spans": self.spans, "lang": lang}


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _birth_en(rng: random.Random) -> str:
    y, m, d = rng.randint(1948, 2003), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{y}{m:02d}{d:02d}",
            f"{y}-{m:02d}-{d:02d}T00:00:00.000Z",
            f"{d:02d}/{m:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{d:02d}-{MONTHS[m - 1]}-{y}",
            f"{y}.{m:02d}.{d:02d}",
        ]
    )


def _birth_zh(rng: random.Random) -> str:
    y, m, d = rng.randint(1948, 2003), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m}/{d}"]
    )


def _address_en(rng: random.Random) -> str:
    town, code = rng.choice(EN_TOWNS)
    return f"{rng.randint(2, 180)} {rng.choice(EN_STREETS)}, {town} {code}"


def _address_zh(rng: random.Random) -> str:
    building, room = rng.randint(1, 20), rng.randint(101, 2405)
    return f"{rng.choice(ZH_PLACES)}{rng.randint(1, 300)}号{building}栋{room}室"


def _person_items(rng: random.Random, lang: str, keys: dict[str, str], extra: int) -> list[Item]:
    """One customer record; ``keys`` and ``extra`` (a bit mask of optional fields) are the
    message's, so every row of a table has the same columns."""
    if lang == "zh":
        items: list[Item] = [
            ("客户编号" if keys["name"] != "xm" else "khh", f"KH{_digits(rng, 8)}", None),
            (keys["name"], rng.choice(ZH_NAMES), "PERSON"),
            (keys["dob"], _birth_zh(rng), "DATE_OF_BIRTH"),
            (keys["addr"], _address_zh(rng), "ADDRESS"),
        ]
        if extra & 1:
            items.append((keys["phone"], f"1{rng.choice('3589')}{_digits(rng, 9)}", "PHONE_NUMBER"))
        if extra & 2:
            items.append(("更新时间", f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", None))
        return items
    items = [
        ("record_id", f"R-{_digits(rng, 6)}", None),
        (keys["name"], f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}", "PERSON"),
        (keys["dob"], _birth_en(rng), "DATE_OF_BIRTH"),
        (keys["addr"], _address_en(rng), "ADDRESS"),
    ]
    if extra & 1:
        items.append(
            (keys["phone"], f"07{rng.randint(100, 999)} {_digits(rng, 6)}", "PHONE_NUMBER")
        )
    if extra & 2:
        items.append(("last_updated", f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", None))
    return items


def _plain_items(rng: random.Random, lang: str, chosen: list[int]) -> list[Item]:
    """A PII-free record: the fields at ``chosen`` (the message's) of the pool below."""
    day = f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
    if lang == "zh":
        pool: list[Item] = [
            ("交易日期", day, None),
            ("金额", f"{rng.randint(10, 50000)}.{_digits(rng, 2)}", None),
            ("商户名称", rng.choice(["盒马鲜生", "中国石化加油站", "携程旅行", "星巴克"]), None),
            ("流水号", _digits(rng, 18), None),
            ("对公账号", _digits(rng, 19), None),
            ("网点号", _digits(rng, 5), None),
            ("网点地址", f"{rng.choice(ZH_PLACES)}{rng.randint(1, 300)}号", None),
            ("到期日", f"2027-0{rng.randint(1, 9)}-15", None),
            ("状态", rng.choice(["成功", "退款中", "已撤销"]), None),
        ]
    else:
        pool = [
            ("posted_at", day, None),
            ("created_at", f"{day}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:07Z", None),
            ("amount", f"{rng.randint(1, 4000)}.{_digits(rng, 2)}", None),
            ("merchant", rng.choice(["Tesco Extra", "Shell Forecourt", "Ryanair", "Pret"]), None),
            ("reference", f"INV{_digits(rng, 7)}", None),
            ("request_id", _digits(rng, 12), None),
            ("branch_address", _address_en(rng), None),
            ("account_opened", f"{rng.randint(1995, 2015)}-0{rng.randint(1, 9)}-12", None),
            ("due_date", f"2026-1{rng.randint(0, 2)}-01", None),
            ("status", rng.choice(["SETTLED", "PENDING", "DECLINED"]), None),
        ]
    return [pool[i] for i in chosen if i < len(pool)]


def _json(doc: Doc, items: list[Item], rng: random.Random) -> None:
    one_line = rng.random() < 0.3
    cut = rng.random() < 0.2  # a pasted fragment cut off after the last whole pair
    wrap = rng.choice(["", "record", "data"])
    gap, pad = ("", " ") if one_line else ("\n", "  " if not wrap else "    ")
    doc.add("{" + gap + (f'{"  " if not one_line else ""}"{wrap}": {{{gap}' if wrap else ""))
    for index, (key, value, label) in enumerate(items):
        doc.add(f'{pad}"{key}": "').add(value, label).add('"')
        doc.add("," if index < len(items) - 1 else "")
        doc.add(gap if not one_line else "")
    if not cut:
        doc.add(("}" + gap + "}" if wrap else "}") if not one_line else (" }}" if wrap else " }"))


def _xml(doc: Doc, items: list[Item], rng: random.Random) -> None:
    root = rng.choice(["party", "Record", "row", "客户"])
    if rng.random() < 0.3:
        doc.add(f"<{root}")
        for key, value, label in items:
            doc.add(f' {key}="').add(value, label).add('"')
        doc.add("/>")
        return
    doc.add(f"<{root}>\n")
    for key, value, label in items:
        doc.add(f"  <{key}>").add(value, label).add(f"</{key}>\n")
    doc.add(f"</{root}>")


def _yaml(doc: Doc, items: list[Item], rng: random.Random) -> None:
    doc.add(rng.choice(["party:\n", "- record:\n", "subject:\n"]))
    for key, value, label in items:
        if label == "ADDRESS" and "," in value and rng.random() < 0.5:
            first, rest = value.split(", ", 1)
            doc.add(f"  {key}: |\n    ")
            start = doc.length
            doc.add(first + "\n    " + rest)
            doc.spans.append({"start": start, "end": doc.length, "label": label})
            doc.add("\n")
        else:
            doc.add(f"  {key}: ").add(value, label).add("\n")


def _delimited(doc: Doc, rows: list[list[Item]], separator: str, markdown: bool) -> None:
    edge = "| " if markdown else ""
    tail = " |" if markdown else ""
    doc.add(edge + separator.join(key for key, _, _ in rows[0]) + tail + "\n")
    if markdown:
        doc.add("|" + "|".join("---" for _ in rows[0]) + "|\n")
    for row in rows:
        doc.add(edge)
        for index, (_, value, label) in enumerate(row):
            if index:
                doc.add(separator)
            quote = separator == "," and "," in value
            doc.add('"' if quote else "").add(value, label).add('"' if quote else "")
        doc.add(tail + "\n")


def _html(doc: Doc, rows: list[list[Item]], rng: random.Random) -> None:
    if rng.random() < 0.5:
        doc.add("<table>\n<tr>" + "".join(f"<th>{k}</th>" for k, _, _ in rows[0]) + "</tr>\n")
        for row in rows:
            doc.add("<tr>")
            for _, value, label in row:
                doc.add("<td>").add(value, label).add("</td>")
            doc.add("</tr>\n")
        doc.add("</table>")
        return
    style = rng.choice(["td", "dl"])
    doc.add("<table>\n" if style == "td" else "<dl>\n")
    for key, value, label in rows[0]:
        if style == "td":
            doc.add(f"<tr><td>{key}</td><td>").add(value, label).add("</td></tr>\n")
        else:
            doc.add(f"<dt>{key}</dt><dd>").add(value, label).add("</dd>\n")
    doc.add("</table>" if style == "td" else "</dl>")


def _kv(doc: Doc, items: list[Item], rng: random.Random) -> None:
    doc.add(f"2026-05-{rng.randint(10, 28)}T09:{rng.randint(10, 59)}:11Z level=info msg=sync")
    for key, value, label in items:
        quote = " " in value
        doc.add(f" {key}=" + ('"' if quote else "")).add(value, label).add('"' if quote else "")


LAYOUTS = ("json", "xml", "yaml", "csv", "tsv", "markdown", "html", "kv")
INTROS = {
    "en": ["", "Export attached below:\n", "see payload\n", "row from the nightly job:\n"],
    "zh": ["", "导出数据如下：\n", "接口报文：\n", "夜间批处理的一行：\n"],
}


def _message(rng: random.Random, lang: str, personal: bool) -> Record:
    layout = rng.choice(LAYOUTS)
    keys = rng.choice(ZH_KEYS if lang == "zh" else EN_KEYS)
    extra = rng.randrange(4)
    chosen = sorted(rng.sample(range(9), rng.randint(4, 7)))
    draw: Callable[[], list[Item]] = (
        (lambda: _person_items(rng, lang, keys, extra))
        if personal
        else (lambda: _plain_items(rng, lang, chosen))
    )
    doc = Doc().add(rng.choice(INTROS[lang]))
    if layout in ("csv", "tsv", "markdown", "html"):
        first = draw()
        columns = [key for key, _, _ in first]
        rows = [first]
        for _ in range(rng.randint(0, 2)):
            other = {key: (key, value, label) for key, value, label in draw()}
            rows.append([other.get(key, (key, "-", None)) for key in columns])
        if layout == "html":
            _html(doc, rows, rng)
        else:
            _delimited(
                doc,
                rows,
                {"csv": ",", "tsv": "\t", "markdown": " | "}[layout],
                layout == "markdown",
            )
    else:
        {"json": _json, "xml": _xml, "yaml": _yaml, "kv": _kv}[layout](doc, draw(), rng)
    return doc.record(lang)


def generate(n: int, seed: int) -> list[Record]:
    """``n`` records drawn with ``seed``: half English, half Chinese; half with personal data."""
    rng = random.Random(seed)
    return [_message(rng, "zh" if i % 2 else "en", rng.random() < 0.5) for i in range(n)]


if __name__ == "__main__":
    for record in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5, 1):
        print(record)
