"""The run's data-governance stage on a real Ray (issue 21): the same rows kept, quarantined
(with their lines, in the same order) and removed as duplicates, the same near-duplicate
clusters and PII counts as the embedded engine, byte for byte once written out. The jobs join
the test run's Ray (``ray_cluster``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from steward.data.govern import CHUNK_ROWS
from tests.data.test_ray_engine import ray_only

# In a fresh process that joins the test run's Ray: both engines on the same sources, each
# result written as the pipeline writes it (JSON lines, in order).
_COMPARE = """
import json, sys
from datetime import UTC, datetime
from pathlib import Path
from steward.config import DataPolicy, PiiPolicy
from steward.data import govern as governance
from steward.data.pii.stage import PiiStage
from steward.store.artifacts import Store

folder = Path(sys.argv[1])
governance.CHUNK_ROWS = int(sys.argv[2])  # several chunks per actor, duplicates across them
policy = DataPolicy.model_validate({
    "sources": [{"path": "x"}], "group_fields": ["segment"], "min_text_chars": 5,
    "retention": {"days": 365, "timestamp_field": "ts"},
    "clean": {"typos": {"acount": "account"}},
    "near_dedup": {"threshold": 0.7, "num_perm": 64},
})
store = Store(folder / ".steward")
pii = PiiPolicy.model_validate({"operators": {"EMAIL_ADDRESS": "hash"}})
sources = [(folder / "a.jsonl", "auto"), (folder / "b.csv", "auto")]
out = {}
for engine in ("embedded", "ray"):
    result = governance.govern(
        sources, policy, ["reply"], pii=PiiStage(pii, store), max_text_chars=400,
        where="steward.yaml", engine=engine, workers=2, now=datetime(2026, 1, 1, tzinfo=UTC),
    )
    out[engine] = {
        "kept": [json.dumps({**r.to_dict(), "extra": r.extra}, ensure_ascii=False)
                 for r in result.kept],
        "quarantined": [json.dumps(q.to_dict(), ensure_ascii=False) for q in result.quarantined],
        "duplicates": [json.dumps(d.to_dict()) for d in result.duplicates],
        "clusters": [json.dumps(c.to_dict()) for c in result.clusters],
        "columns": sorted(result.columns),
        "counts": json.dumps([result.rows_read, result.near_duplicates, result.rows_with_pii,
                              result.pii_found, result.pii_remaining]),
    }
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def _sources(folder: Path, rows: int = 700) -> None:
    """Messy JSONL and CSV: invalid lines, duplicate ids, exact and near duplicates across
    chunks, expired rows, HTML-only texts, personal data in the text and the reply."""
    lines = []
    for i in range(rows):
        text = f"My acount {i % 97} was charged twice, mail me at user{i % 41}@example.com"
        if i % 5 == 0:
            text = f"请帮我查询账户余额 {i % 13}，电话 1380013{i % 10000:04d}"
        if i % 7 == 0:
            text += " please"  # a near duplicate of an earlier row
        row = {
            "message_id": f"m{i}" if i % 89 else "m1",  # some ids repeat
            "text": text if i % 31 else "<p></p>",
            "intent": ["billing", "card"][i % 2],
            "reply": f"Call Jane Smith on +44 20 7946 0{i % 1000:03d}",
            "ts": "2001-01-01" if i % 23 == 0 else "2099-01-01",
        }
        if i % 3:
            row["segment"] = ["retail", "sme"][i % 2]
        lines.append(json.dumps(row, ensure_ascii=False))
        if i % 53 == 4:
            lines.append('{"message_id": "broken", "text": ')
        if i % 61 == 9:
            lines.append("")
        if i % 67 == 2:
            lines.append(json.dumps({"message_id": f"n{i}", "text": 3, "intent": "x"}))
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    csv_lines = ["message_id,text,intent,reply,ts,segment"]
    for i in range(rows // 2):
        csv_lines.append(
            f"c{i},Please close card {i % 50} now,card,Thanks Jane Smith,2099-01-01,retail"
        )
        if i % 40 == 3:
            csv_lines.append(f'c{i}x,"an unterminated quote,card,ok,2099-01-01,sme')
        if i % 45 == 5:
            csv_lines.append(f"c{i}y,too,few")
    (folder / "b.csv").write_text("\n".join(csv_lines) + "\n", encoding="utf-8")


@ray_only
def test_data_stage_on_ray_equals_the_embedded_engine(
    tmp_path: Path, ray_cluster: dict[str, str]
) -> None:
    _sources(tmp_path)
    environ = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    done = subprocess.run(
        [sys.executable, "-c", _COMPARE, str(tmp_path), "150"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**environ, "RAY_USAGE_STATS_ENABLED": "0", **ray_cluster},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout)
    embedded, on_ray = out["embedded"], out["ray"]
    for part in ("counts", "columns", "quarantined", "duplicates", "clusters", "kept"):
        assert on_ray[part] == embedded[part], part
    # Not vacuous: every kind of outcome happened, across chunks.
    quarantined = [json.loads(q) for q in embedded["quarantined"]]
    stages = [q["stage"] for q in quarantined]
    assert {"ingest", "retention", "clean"} <= set(stages)
    assert stages == sorted(stages, key=["ingest", "retention", "clean"].index)
    reasons = " ".join(q["reason"] for q in quarantined)
    assert "invalid JSON" in reasons and "duplicate message_id" in reasons
    assert "unterminated quote" in reasons and "blank line" in reasons
    broken_line = next(q["line"] for q in quarantined if q["reason"].startswith("invalid JSON"))
    source_lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").split("\n")
    assert source_lines[broken_line - 1].startswith('{"message_id": "broken"')
    assert len(embedded["clusters"]) >= 2 and len(embedded["duplicates"]) > 100
    rows_read, near, rows_with_pii, found, _remaining = json.loads(embedded["counts"])
    assert near > 0 and rows_with_pii > 0 and "EMAIL_ADDRESS" in found
    kept_text = " ".join(embedded["kept"])
    assert "@example.com" not in kept_text and "acount" not in kept_text
    assert rows_read > 1000 and CHUNK_ROWS > 150


@ray_only
def test_steward_run_with_engine_ray_writes_the_embedded_data_files(
    tiny_model_dir: Path, tmp_path: Path, ray_cluster: dict[str, str], monkeypatch: Any
) -> None:
    """The policy's ``engine: ray`` through the whole run: one Ray for the run (here the test
    run's, joined through RAY_ADDRESS), the data stage and the audit's bootstrap on it; the
    quarantine and duplicates files are the embedded run's bytes."""
    import yaml

    from steward.config import example_policy_text, load_policy
    from steward.pipeline import Pipeline
    from steward.store.artifacts import Store

    _sources(tmp_path, rows=240)
    summaries = {}
    for engine in ("embedded", "ray"):
        policy = yaml.safe_load(example_policy_text())
        policy["engine"] = engine
        policy["data"].update(
            sources=[{"path": str(tmp_path / "a.jsonl")}, {"path": str(tmp_path / "b.csv")}],
            group_fields=["segment"],
            label_field="intent",
            near_dedup={"threshold": 0.7},
        )
        policy["data"].pop("retention", None)
        policy["train"].update(base_model=str(tiny_model_dir), epochs=1, max_length=16)
        policy["audit"].setdefault("performance", {})["n_boot"] = 50
        for section in ("robustness", "privacy", "counterfactual", "explanations"):
            policy["audit"].setdefault(section, {})["enabled"] = False
        path = tmp_path / f"steward-{engine}.yaml"
        path.write_text(yaml.safe_dump(policy), encoding="utf-8")
        if engine == "ray":
            for name, value in ray_cluster.items():
                monkeypatch.setenv(name, value)
        summaries[engine] = Pipeline(
            load_policy(path), Store(tmp_path / f".steward-{engine}"), actor="alice"
        ).run()
    embedded, on_ray = summaries["embedded"], summaries["ray"]
    for name in ("quarantine.jsonl", "duplicates.jsonl"):
        assert (on_ray.run_dir / name).read_bytes() == (embedded.run_dir / name).read_bytes()
    assert on_ray.accounting.to_dict() == embedded.accounting.to_dict()
    assert embedded.accounting.quarantined > 10 and embedded.accounting.near_duplicates > 0
    assert on_ray.performance.intervals and on_ray.performance.bootstrap is not None
