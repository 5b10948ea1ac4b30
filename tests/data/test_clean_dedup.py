from __future__ import annotations

from steward.data.clean import clean_text, strip_html
from steward.data.dedup import dedup_key, exact_dedup
from steward.data.records import Record


def test_html_is_stripped_with_breaks_and_entities() -> None:
    assert (
        clean_text("<p>Hello&nbsp;<b>there</b></p><br/>card &amp; pin") == "Hello there card & pin"
    )
    assert clean_text("<script>alert(1)</script>ok") == "ok"


def test_plain_text_with_angle_brackets_is_left_alone() -> None:
    assert strip_html("amount < 5 and > 2") == "amount < 5 and > 2"


def test_unicode_and_whitespace_normalised() -> None:
    assert clean_text("ＡＢＣ１２３\u3000 \t 我的卡\n") == "ABC123 我的卡"


def _rec(i: int, text: str) -> Record:
    return Record(source="s", line=i, record_id=f"r{i}", text=text, label="x", groups={})


def test_exact_dedup_keeps_first_and_records_representative() -> None:
    records = [
        _rec(1, "Lost my card!"),
        _rec(2, "lost my  card"),
        _rec(3, "Lost my card."),
        _rec(4, "found my card"),
    ]
    result = exact_dedup(records)
    assert [r.record_id for r in result.kept] == ["r1", "r4"]
    assert [(d.record_id, d.representative_id) for d in result.duplicates] == [
        ("r2", "r1"),
        ("r3", "r1"),
    ]
    assert dedup_key("我的卡丢了。") == dedup_key("我的卡丢了")
