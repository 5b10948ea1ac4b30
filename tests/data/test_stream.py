from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from steward.config import example_policy_text
from steward.data.pii.cli import pii_app
from steward.data.stream import RecordError, RecordTask, iter_records, process_file
from steward.errors import StewardError


class Upper(RecordTask):
    def process(self, record: dict[str, Any], line: int) -> dict[str, Any]:
        if "text" not in record:
            raise RecordError("missing field 'text'", field="text")
        return {"line": line, "text": str(record["text"]).upper()}


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _jsonl(path: Path, n: int, bad: dict[int, bytes] | None = None) -> Path:
    bad = bad or {}
    with path.open("wb") as handle:
        for i in range(1, n + 1):
            line = (
                bad.get(i)
                or json.dumps({"id": i, "text": f"row {i} 数据"}, ensure_ascii=False).encode()
            )
            handle.write(line + b"\n")
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_jsonl_larger_than_a_chunk_keeps_order_and_reports_bad_lines(
    tmp_path: Path, workers: int
) -> None:
    bad = {
        7: b'{"id": 7, "text": ',
        50: b"\xff\xfe not utf-8",
        123: b"[1, 2]",
        400: b'{"id": 400}',
        401: b"   ",
    }
    src = _jsonl(tmp_path / "in.jsonl", 1000, bad)
    out = tmp_path / "out.jsonl"
    result = process_file(src, out, Upper(), workers=workers, chunk_bytes=2048)
    rows = _read(out)
    good = [i for i in range(1, 1001) if i not in bad]
    assert [r["line"] for r in rows] == good  # order kept across many chunks and workers
    assert rows[0]["text"] == "ROW 1 数据"
    assert result.records_read == 999 and result.records_written == 995
    assert result.malformed == 4 and result.blank_lines == 1
    errors = _read(tmp_path / "out.errors.jsonl")
    assert [(e["line"], e["field"]) for e in errors] == [
        (7, None),
        (50, None),
        (123, None),
        (400, "text"),
    ]
    assert "invalid JSON" in errors[0]["error"] and "UTF-8" in errors[1]["error"]
    assert "not a JSON object" in errors[2]["error"]


def test_csv_with_quoted_newlines_and_bad_rows(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('id,text\n1,hello\n2,"two\nlines"\n3,too,many\n4,last\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = process_file(src, out, Upper(), workers=1, chunk_records=2)
    assert [(r["line"], r["text"]) for r in _read(out)] == [
        (2, "HELLO"),
        (3, "TWO\nLINES"),
        (6, "LAST"),
    ]
    assert result.malformed == 1
    assert _read(tmp_path / "out.errors.jsonl")[0]["line"] == 5
    items = list(iter_records(src))
    assert [i[0] if isinstance(i, tuple) else i.line for i in items] == [2, 3, 5, 6]


def test_parquet_input(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": list(range(25)), "text": [f"t{i}" for i in range(25)]}), src)
    out = tmp_path / "out.jsonl"
    result = process_file(src, out, Upper(), workers=2, chunk_records=4)
    rows = _read(out)
    assert [r["line"] for r in rows] == list(range(1, 26))
    assert rows[-1]["text"] == "T24" and result.malformed == 0


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(StewardError, match="--format"):
        process_file(tmp_path / "x.txt", tmp_path / "o.jsonl", Upper())
    with pytest.raises(StewardError, match="not found"):
        process_file(tmp_path / "nope.jsonl", tmp_path / "o.jsonl", Upper())


def _messages(path: Path) -> Path:
    rows = [
        {"id": 1, "text": "mail me at jane.doe@example.com please"},
        {"id": 2, "text": "我的手机是13812345678"},
        {"id": 3, "body": "no text field"},
        {"id": 4, "text": "card 4111 1111 1111 1111 was charged"},
    ]
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    return path


def test_cli_detect(tmp_path: Path) -> None:
    src = _messages(tmp_path / "in.jsonl")
    out = tmp_path / "det.jsonl"
    run = CliRunner().invoke(pii_app, ["detect", str(src), "-o", str(out), "--workers", "1"])
    assert run.exit_code == 0, run.output
    rows = _read(out)
    assert [r["id"] for r in rows] == [1, 2, 4]
    assert rows[0]["entities"][0]["label"] == "EMAIL_ADDRESS"
    assert set(rows[0]["entities"][0]) == {"start", "end", "label", "score"}
    assert _read(tmp_path / "det.errors.jsonl")[0] == {
        "source": str(src),
        "line": 3,
        "field": "text",
        "error": "missing field 'text'",
    }


def test_cli_anonymize_encrypt_then_deanonymize(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STEWARD_VAULT_KEY", raising=False)
    src = _messages(tmp_path / "in.jsonl")
    home = tmp_path / "home"
    out = tmp_path / "anon.jsonl"
    runner = CliRunner()
    run = runner.invoke(
        pii_app,
        ["anonymize", str(src), "-o", str(out), "--operator", "encrypt", "--home", str(home),
         "--label-operator", "CREDIT_CARD=mask", "--keep-last", "4", "--workers", "2"],
    )  # fmt: skip
    assert run.exit_code == 0, run.output
    rows = _read(out)
    assert "jane.doe" not in rows[0]["text"] and "<EMAIL_ADDRESS#v1:" in rows[0]["text"]
    assert rows[2]["text"] == "card ***************1111 was charged"

    policy = tmp_path / "steward.yaml"
    policy.write_text(example_policy_text(), encoding="utf-8")
    import yaml

    data = yaml.safe_load(policy.read_text(encoding="utf-8"))
    data["roles"]["assignments"]["privacy_officer"] = ["olivia"]
    policy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    args = ["deanonymize", rows[1]["text"], "--policy", str(policy), "--home", str(home)]
    ok = runner.invoke(pii_app, args, env={"STEWARD_ACTOR": "olivia"})
    assert ok.exit_code == 0, ok.output
    assert ok.output.strip() == "我的手机是13812345678"
    refused = runner.invoke(pii_app, args, env={"STEWARD_ACTOR": "mallory"})
    assert refused.exit_code == 2 and "may not deanonymize" in refused.output


def test_cli_rejects_unknown_operator(tmp_path: Path) -> None:
    src = _messages(tmp_path / "in.jsonl")
    run = CliRunner().invoke(
        pii_app, ["anonymize", str(src), "-o", str(tmp_path / "o.jsonl"), "--operator", "rot13"]
    )
    assert run.exit_code == 2 and "unknown operator 'rot13'" in run.output
