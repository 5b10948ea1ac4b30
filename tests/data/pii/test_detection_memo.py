"""The anonymize/detect stream analyses a repeated text once per worker (``DetectionMemo``):
same entities, same output bytes, order and malformed-line reports kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.anonymize import Anonymizer
from steward.data.pii.cli import AnonymizeTask, DetectionMemo
from steward.data.stream import process_file

MESSAGES = [
    "Call Jane Smith on 020 7946 0000 about card 4111 1111 1111 1111.",
    "Thanks!",
    "我叫王小明，电话13812345678，住在北京市朝阳区建国路88号。",
    "Please email laura.thompson@hotmail.co.uk",
    "How do I reset my PIN?",
]


def test_memo_returns_what_the_analyzer_finds_and_analyses_each_text_once() -> None:
    analyzer = Analyzer()
    analysed: list[str] = []

    def counting(texts: list[str]) -> list[list[object]]:
        analysed.extend(texts)
        return list(analyzer.analyze_batch(texts))

    memo = DetectionMemo(counting)
    batch = MESSAGES + MESSAGES[::-1] + MESSAGES[:2]
    first = memo.detect(batch)
    second = memo.detect(MESSAGES)
    expected = {text: analyzer.analyze(text) for text in MESSAGES}
    assert first == [expected[text] for text in batch]
    assert second == [expected[text] for text in MESSAGES]
    assert any(first), "the sample must hold personal data, or the check proves nothing"
    assert sorted(analysed) == sorted(MESSAGES)  # each distinct text analysed once
    assert (memo.misses, memo.hits) == (len(MESSAGES), len(MESSAGES))


def test_memo_is_bounded_and_skips_long_texts() -> None:
    analyzer = Analyzer()
    memo = DetectionMemo(analyzer.analyze_batch, max_texts=2, max_chars=40)
    memo.detect(MESSAGES)
    assert len(memo._found) == 2  # the two most recent short texts
    long_text = MESSAGES[0]
    assert len(long_text) > 40
    memo.detect([long_text, long_text])
    memo.detect([long_text])
    assert long_text not in memo._found
    assert memo.hits == 0


@pytest.mark.parametrize("workers", [1, 2])
def test_stream_with_repeats_matches_per_record_analysis(tmp_path: Path, workers: int) -> None:
    src = tmp_path / "log.jsonl"
    lines: list[bytes] = []
    expected: list[dict[str, object]] = []
    analyzer, anonymizer = Analyzer(), Anonymizer(default="replace")
    bad_lines = []
    for i in range(600):
        if i % 97 == 13:
            lines.append(b'{"id": ' + str(i).encode() + b', "text": ')  # malformed JSON
            bad_lines.append(i + 1)
            continue
        text = MESSAGES[i % len(MESSAGES)]
        record = {"id": i, "text": text}
        lines.append(json.dumps(record, ensure_ascii=False).encode())
        expected.append({"id": i, "text": anonymizer.anonymize(text, analyzer.analyze(text)).text})
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    task = AnonymizeTask("text")
    result = process_file(src, out, task, workers=workers, chunk_bytes=2048)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == expected
    assert rows[0]["text"] != MESSAGES[0]
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").open()]
    assert [e["line"] for e in errors] == bad_lines
    assert result.malformed == len(bad_lines)
