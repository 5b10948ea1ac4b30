"""Account numbers in the account column of a Chinese table (a payee list, an export).

A payee list puts its account cue once, in the header row (``姓名 | 账号 | 备注``), and the
numbers rows below it, out of reach of the context window and in formats no cue-less rule
takes for an account (Hong Kong's ``742-811694-406``). A column whose header names an
account makes each number in that column, in the rows right under the header that are cut
the same way, a BANK_ACCOUNT. Card-length numbers that pass the Luhn test are left to the
card recognizer, which reads the card-versus-account convention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import luhn

from steward.data.pii.recognizers.base import Entity, Recognizer, consistent_grouping, digits_of
from steward.data.pii.structured import table_cells

# The cell separators tables are written with: a pipe (half or full width) or a tab.
_SEPARATORS = ("|", "｜", "\t")
_ACCOUNT_HEADER = re.compile(
    r"^(?:收款)?(?:账号|帐号|帳號|账户|帐户|帳戶|卡号|卡號|银行账号|銀行帳號|账号/卡号|账户号码|帳戶號碼)$"
)
_NUMBER_CELL = re.compile(r"\d{2,6}(?:[ -]?\d{1,6}){1,5}")
ACCOUNT_CELL_SCORE = 0.6


class ChineseTableAccountRecognizer(Recognizer):
    name = "table_account_zh"
    labels = ("BANK_ACCOUNT",)
    languages = frozenset({"zh"})
    trigger = re.compile(r"[|｜\t][^\n]*(?:账|帐|帳|卡)[号號户戶]")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        lines: list[tuple[int, str]] = []
        offset = 0
        for line in text.split("\n"):
            lines.append((offset, line))
            offset += len(line) + 1
        for index, (_, header) in enumerate(lines):
            separator = next((s for s in _SEPARATORS if header.count(s) >= 1), None)
            if separator is None:
                continue
            columns = [
                i
                for i, (s, e) in enumerate(table_cells(header, separator))
                if _ACCOUNT_HEADER.match(header[s:e])
            ]
            if not columns:
                continue
            width = header.count(separator)
            for row_offset, row in lines[index + 1 :]:
                if row.count(separator) != width:
                    break  # the table ends where rows stop being cut like its header
                cells = table_cells(row, separator)
                for column in columns:
                    start, end = cells[column]
                    value = row[start:end]
                    if not _NUMBER_CELL.fullmatch(value) or not consistent_grouping(value):
                        continue
                    digits = digits_of(value)
                    if not 8 <= len(digits) <= 19:
                        continue
                    if len(digits) >= 13 and luhn.is_valid(digits):
                        continue  # a card number: the card recognizer reads which kind
                    yield self.entity(
                        row_offset + start, row_offset + end, "BANK_ACCOUNT", ACCOUNT_CELL_SCORE
                    )
