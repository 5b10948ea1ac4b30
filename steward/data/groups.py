"""Check the policy's group columns (``data.group_fields``) against the rows they should describe.

A group column that no row carries — a misspelling such as ``ageband`` for ``age_band`` — puts
every row in the placeholder group "unknown"; its accuracy gap is then 0 by construction and a
fairness gate on it passes without having measured anything. So such a column stops the run
(before any training), naming the policy field, the columns the data does have and the closest
of them. A column with a single value, or one that some rows lack, still runs but is reported
as a warning: fairness on a single value cannot be measured, and rows without a value are
audited together as "unknown".
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from steward.data.records import Record
from steward.errors import StewardError

_SHOWN_COLUMNS = 30  # columns listed in the error; wide sources are cut with a count


@dataclass(frozen=True)
class GroupFieldCoverage:
    """How many rows carry a value for one group column, and which values."""

    index: int  # position in data.group_fields
    field: str
    rows: int
    values: Counter[str]  # over the rows that carry a value

    @property
    def rows_with_value(self) -> int:
        return sum(self.values.values())

    @property
    def rows_without_value(self) -> int:
        return self.rows - self.rows_with_value

    @property
    def name(self) -> str:
        return f"data.group_fields[{self.index}] {self.field!r}"


def group_field_coverage(
    records: Sequence[Record], group_fields: Sequence[str]
) -> list[GroupFieldCoverage]:
    """One coverage per group column, over ``records``."""
    coverage = []
    for index, name in enumerate(group_fields):
        values = Counter(r.groups[name] for r in records if name not in r.missing_groups)
        coverage.append(GroupFieldCoverage(index, name, len(records), values))
    return coverage


def _absent_message(item: GroupFieldCoverage, columns: Collection[str]) -> str:
    others = sorted(columns)
    hint = difflib.get_close_matches(item.field, others, n=1, cutoff=0.6)
    shown = ", ".join(others[:_SHOWN_COLUMNS]) or "none"
    if len(others) > _SHOWN_COLUMNS:
        shown += f" and {len(others) - _SHOWN_COLUMNS} more"
    suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
    return (
        f"data.group_fields[{item.index}]: column {item.field!r} has no value in any of the "
        f"{item.rows} rows{suggestion} (columns in the data: {shown})"
    )


def check_group_fields(
    records: Sequence[Record],
    group_fields: Sequence[str],
    *,
    columns: Collection[str],
    where: str,
) -> list[str]:
    """Refuse group columns that no row carries; return warnings for the others.

    ``columns`` are the columns the data has (for the error's list and its suggestion);
    ``where`` names the policy file. With no rows there is nothing to check (the caller
    reports the empty data set itself).
    """
    if not records:
        return []
    coverage = group_field_coverage(records, group_fields)
    absent = [item for item in coverage if item.rows_with_value == 0]
    if absent:
        raise StewardError(
            "; ".join(_absent_message(item, columns) for item in absent)
            + " — fix the name in the policy or drop the field (fairness cannot be audited "
            "on a column the data does not have)",
            where=where,
        )
    return coverage_warnings(coverage)


def coverage_warnings(coverage: Sequence[GroupFieldCoverage]) -> list[str]:
    warnings = []
    for item in coverage:
        if item.rows_without_value:
            warnings.append(
                f"{item.name}: {item.rows_without_value} of {item.rows} rows have no value; "
                "they are audited as the group 'unknown'"
            )
        if len(item.values) == 1:
            (value,) = item.values
            warnings.append(
                f"{item.name} has one value ({value!r}) in all {item.rows_with_value} rows that "
                "carry it: group fairness on this column cannot be measured"
            )
    return warnings
