"""The learned "whose is this span" filter (steward.data.pii.ownership): its features, its
switch, and the shipped model's reading of spans whose owner the context gives — in wording of
this file's own, not the dev generator's."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer, ownership
from steward.data.pii.recognizers import Entity


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _found(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    return {(text[e.start : e.end], e.label) for e in analyzer.analyze(text)}


def test_features_are_prefixed_by_label_and_read_both_sides() -> None:
    text = "the branch has moved to 12 Dock Road, Hull HU1 2AA today"
    start = text.index("12")
    end = text.index(" today")
    found = ownership.features(text, start, end, "ADDRESS")
    assert all(f.startswith("ADDRESS|") for f in found)
    assert "ADDRESS|L:branch" in found
    assert "ADDRESS|R:today" in found
    assert "ADDRESS|bias" in found
    # Chinese runs become character pairs
    zh = "营业网点在人民路8号"
    assert "ADDRESS|L:网点" in ownership.features(zh, 5, len(zh), "ADDRESS")


def test_a_recent_year_is_read_as_no_birth_date() -> None:
    text = "开户日期2024年5月6日"
    assert "DATE_OF_BIRTH|Y:under16" in ownership.features(text, 4, len(text), "DATE_OF_BIRTH")


def test_the_shipped_model_exists_and_is_small() -> None:
    path = ownership.model_path()
    assert path.exists()
    assert path.stat().st_size < 2_000_000


def test_disabled_keeps_every_span() -> None:
    text = "Our head office is at 7 Quay Street, Hull HU1 1AA."
    entity = Entity(text.index("7"), len(text) - 1, "ADDRESS", 0.9, "address_en")
    with ownership.disabled():
        assert ownership.settle_ownership(text, [entity]) == [entity]


def test_other_labels_pass_untouched() -> None:
    text = "Our head office line is 0113 496 0000."
    entity = Entity(text.index("0113"), len(text) - 1, "PHONE_NUMBER", 0.9, "phone")
    assert ownership.settle_ownership(text, [entity]) == [entity]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Our regional office is now at 9 Friar Lane, Leicester LE1 5RB.",
            "9 Friar Lane, Leicester LE1 5RB",
        ),
        ("温馨提示：本行营业网点临时迁至石桥镇解放路66号，请知悉。", "石桥镇解放路66号"),
        ("客户来电：证件签发日期2024年11月3日，出生日期核对不上，转人工。", "2024年11月3日"),
    ],
)
def test_someone_elses_span_is_dropped(analyzer: Analyzer, text: str, value: str) -> None:
    with ownership.disabled():
        before = _found(analyzer, text)
    after = _found(analyzer, text)
    assert any(found == value for found, _ in before), before  # the rules found it ...
    assert all(found != value for found, _ in after), after  # ... and the filter drops it


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Please update my home address to 40 Park Row, Leeds LS1 5JL.",
            "40 Park Row, Leeds LS1 5JL",
            "ADDRESS",
        ),
        ("我家住在石桥镇解放路66号，信用卡账单寄这里。", "石桥镇解放路66号", "ADDRESS"),
        ("核对身份：出生日期1979年4月2日。", "1979年4月2日", "DATE_OF_BIRTH"),
        ("I'm Rosalind Achebe and my card was swallowed.", "Rosalind Achebe", "PERSON"),
        ("My DOB is 4 March 1981.", "4 March 1981", "DATE_OF_BIRTH"),
    ],
)
def test_a_persons_own_span_is_kept(analyzer: Analyzer, text: str, value: str, label: str) -> None:
    assert (value, label) in _found(analyzer, text)
