"""`steward run` end to end on a small generated data set with a tiny model: real SQLite file,
real artifacts, real ledger — then tamper with the ledger using sqlite3."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from steward.audit.schema import AuditDocument, json_schema
from steward.cli import app
from steward.config import example_policy_text
from steward.examples.bank import BankDataConfig, write_bank_conversations
from tests.audit.jsonschema_lite import errors
from tests.conftest import SHARED_DATA

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_run(
    tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, object]:
    root = tmp_path_factory.mktemp("e2e")
    manifest = write_bank_conversations(
        root / "data" / "conversations.jsonl", BankDataConfig(n_messages=700, seed=5)
    )
    policy = yaml.safe_load(example_policy_text())
    policy["train"].update(
        base_model=str(tiny_model_dir), epochs=2, batch_size=32, learning_rate=1e-3, max_length=32
    )
    policy["roles"]["assignments"]["developer"].append("e2e-tester")
    # The template sets are read where they lie; without ../shared the report says skipped.
    policy["audit"].setdefault("counterfactual", {}).update(
        eec={"enabled": True, "path": str(SHARED_DATA / "eec")},
        crows_pairs={"enabled": True, "path": str(SHARED_DATA / "crows_pairs")},
    )
    # A tiny random model cannot reach this floor, so the gate must keep it a candidate.
    policy["gate"]["rules"][0]["min"] = 0.99
    policy_path = root / "steward.yaml"
    policy_path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    home = root / ".steward"
    result = CliRunner().invoke(
        app,
        ["run", str(policy_path), "--home", str(home), "--json"],
        env={"STEWARD_ACTOR": "e2e-tester"},
    )
    assert result.exit_code == 0, result.output
    return home, policy_path, manifest


def _latest_run_dir(home: Path) -> Path:
    return sorted((home / "runs").iterdir())[-1]


def test_run_produces_everything_and_accounts_for_every_row(demo_run: tuple) -> None:
    home, _, manifest = demo_run
    run_dir = _latest_run_dir(home)
    for name in (
        "report.html",
        "audit.json",
        "MODEL_CARD.md",
        "metrics.json",
        "quarantine.jsonl",
        "duplicates.jsonl",
        "governed.jsonl",
        "predictions.jsonl",
        "model/model.safetensors",
        "datasheet.json",
        "datasheet.html",
        "model/config.json",
    ):
        assert (run_dir / name).is_file(), name
    metrics = json.loads((run_dir / "metrics.json").read_text(encoding="utf-8"))
    accounting = metrics["accounting"]
    assert accounting["rows_read"] == manifest.n_lines
    assert accounting["rows_read"] == (
        accounting["kept"] + accounting["quarantined"] + accounting["duplicates"]
    )
    # Every malformed row the generator planted is quarantined (plus rows that are empty
    # after cleaning); none is silently dropped.
    quarantined = [
        json.loads(line)
        for line in (run_dir / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(quarantined) == accounting["quarantined"] >= sum(manifest.malformed.values())
    assert all(row["reason"] and row["line"] >= 1 for row in quarantined)
    assert accounting["pii_found"], "the generator plants personal data; masking must find it"
    # The generator's email domains: none may survive into what the run stores.
    planted_email = re.compile(r"[\w.+-]+@(?:gmail|outlook|yahoo|qq|163|126|foxmail|sina)\.")
    for name in ("governed.jsonl", "quarantine.jsonl"):
        stored = (run_dir / name).read_text(encoding="utf-8")
        assert planted_email.search(stored) is None, name
    assert "<EMAIL_ADDRESS>" in (run_dir / "governed.jsonl").read_text(encoding="utf-8")


def test_datasheet_accounts_rows_pii_and_duplicates(demo_run: tuple) -> None:
    home, _, manifest = demo_run
    run_dir = _latest_run_dir(home)
    sheet = json.loads((run_dir / "datasheet.json").read_text(encoding="utf-8"))
    composition = sheet["composition"]
    assert composition["rows"]["rows_in"] == manifest.n_lines
    assert composition["rows"]["balanced"] is True
    pii = composition["pii"]
    assert sum(pii["before_anonymization"].values()) > 0
    # Anonymization must remove nearly everything detection found.
    assert sum(pii["after_anonymization"].values()) <= 0.05 * sum(
        pii["before_anonymization"].values()
    )
    assert set(composition["group_counts"]) == {"gender", "age_band", "language", "region"}
    assert sheet["distribution"]["licence"] == "CC-BY-4.0"
    html = (run_dir / "datasheet.html").read_text(encoding="utf-8")
    assert "age_band" in html and "65+" in html


def test_report_and_card_show_per_group_figures(demo_run: tuple) -> None:
    home, _, _ = demo_run
    run_dir = _latest_run_dir(home)
    html = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "Per-group accuracy" in html and "age_band" in html and "65+" in html
    assert "Attack <code>char_noise</code>" in html and "membership inference" in html
    assert "Counterfactual identity swaps" in html and "Explanations of sampled predictions" in html
    metrics = json.loads((run_dir / "metrics.json").read_text(encoding="utf-8"))
    robustness = metrics["robustness"]
    assert 0 <= robustness["accuracy_after"] <= robustness["accuracy_before"]
    assert abs(metrics["metrics"]["accuracy_under_attack"] - robustness["accuracy_after"]) < 1e-4
    assert 0 <= metrics["metrics"]["mia_auc"] <= 1
    assert metrics["robustness"]["examples"] == min(200, metrics["splits"]["test"])
    assert 0 <= metrics["metrics"]["counterfactual_flip_rate"] <= 1
    assert set(metrics["counterfactual"]["attributes"]) == {
        "gender",
        "nationality",
        "religion",
        "age",
    }
    assert len(metrics["explanations"]) == 4
    card = (run_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert card.startswith("---\n") and "## Bias, risks, and limitations" in card


def test_audit_json_follows_the_schema_with_every_section(demo_run: tuple) -> None:
    home, _, _ = demo_run
    run_dir = _latest_run_dir(home)
    document = json.loads((run_dir / "audit.json").read_text(encoding="utf-8"))
    assert errors(document, json_schema()) == []
    audit = AuditDocument.model_validate(document)
    assert document["schema"] == "steward.audit/2" and audit.run_id == run_dir.name
    assert audit.lifecycle == "classifier"
    assert {m.name for m in audit.metric_catalogue} >= set(audit.metrics)
    sections = audit.sections
    for name in (
        "data",
        "performance",
        "fairness",
        "counterfactual",
        "eec",
        "crows_pairs",
        "robustness",
        "privacy",
        "explanations",
    ):
        section = getattr(sections, name)
        assert section.verdict in {"pass", "fail", "warn", "not_gated", "skipped"}, name
        assert (section.status == "skipped") == (section.skipped_reason is not None), name
    performance = sections.performance
    assert performance.bootstrap is not None and performance.bootstrap.n_boot == 1000
    for estimate in (performance.accuracy, performance.macro_f1, performance.micro_f1):
        assert estimate.ci is not None and estimate.ci.low <= estimate.value <= estimate.ci.high
    assert performance.calibration is not None and performance.calibration.ece.ci is not None
    assert len(performance.confusion) == len(performance.labels) == len(performance.per_class)
    # The fixture sets the macro-F1 floor at 0.99, blocking: the performance section fails.
    assert performance.verdict == "fail" and audit.gate.passed is False
    assert any(c.source == "gate.rules[quality-floor]" for c in performance.checks)
    counterfactual = sections.counterfactual
    assert counterfactual.flip_rate is not None and counterfactual.flip_rate.ci is not None
    assert audit.metrics["counterfactual_flip_rate_upper"] == counterfactual.flip_rate.ci.high
    assert audit.metrics["counterfactual_pairs"] == counterfactual.pairs
    assert audit.metrics["expected_calibration_error"] == performance.calibration.ece.value
    assert {c.name for c in audit.gate.checks} == {
        c.name
        for name in ("data", "performance", "fairness", "counterfactual", "robustness", "privacy")
        for c in getattr(sections, name).checks
        if c.source.startswith("gate.")
    }
    for name, folder in (("eec", "eec"), ("crows_pairs", "crows_pairs")):
        section = getattr(sections, name)
        if (SHARED_DATA / folder).is_dir():
            assert section.status == "ran", section.skipped_reason
        else:
            assert section.skipped_reason and "not found" in section.skipped_reason
    if sections.eec.status == "ran":
        assert sections.eec.sentences == 8640


def test_report_is_self_contained_with_charts_and_verdicts(demo_run: tuple) -> None:
    home, _, _ = demo_run
    run_dir = _latest_run_dir(home)
    html = (run_dir / "report.html").read_text(encoding="utf-8")
    # Offline: no scripts, stylesheets, images or fonts from anywhere; the only URLs are the
    # SVG namespace.
    assert "<script" not in html and "<link" not in html and "<img" not in html
    assert set(re.findall(r"https?://[^\"'\s<>)]+", html)) <= {"http://www.w3.org/2000/svg"}
    assert html.count("<svg") >= 3 + 4  # headline, reliability, confusion, one per group column
    assert "Reliability diagram" in html and "equal-width" in html
    assert "Confusion matrix" in html and "Accuracy by age_band" in html
    assert 'class="verdict v-fail"' in html  # the performance section against the 0.99 floor
    assert "Equity Evaluation Corpus" in html and "CrowS-Pairs" in html
    card = (run_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "expected calibration error" in card and "bootstrap" in card
    assert "## Audit verdicts" in card and "Wilson interval" in card


def test_model_registered_with_hash_and_lineage(demo_run: tuple) -> None:
    home, _, _ = demo_run
    runner = CliRunner()
    listing = runner.invoke(app, ["models", "list", "--home", str(home), "--json"])
    assert listing.exit_code == 0, listing.output
    assert [(m["name"], m["version"]) for m in json.loads(listing.output)] == [("bank-intents", 1)]
    shown = runner.invoke(app, ["models", "show", "bank-intents:1", "--home", str(home)])
    data = json.loads(shown.output)
    kinds = {record["kind"] for record in data["lineage"]}
    assert {"model", "dataset", "source_data", "base_model"} <= kinds
    assert data["model"]["status"] in {"candidate", "pending_review"}  # never approved by a run
    assert len(data["model"]["weights_sha256"]) == 64


def test_ledger_verifies_then_fails_after_sqlite_edit(demo_run: tuple, tmp_path: Path) -> None:
    home, _, _ = demo_run
    runner = CliRunner()
    ok = runner.invoke(app, ["ledger", "verify", "--home", str(home)])
    assert ok.exit_code == 0, ok.output
    shown = runner.invoke(app, ["ledger", "show", "--home", str(home), "--limit", "100", "--json"])
    actions = [entry["action"] for entry in json.loads(shown.output)]
    for action in (
        "run.started",
        "data.governed",
        "model.trained",
        "gate.decided",
        "model.registered",
        "run.finished",
    ):
        assert action in actions
    # Tamper with a copy so the other tests keep their intact store.
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(home, copy)
    with sqlite3.connect(copy / "steward.db") as connection:
        connection.execute(
            "UPDATE ledger_entries SET outcome='approved' WHERE action='gate.decided'"
        )
    bad = runner.invoke(app, ["ledger", "verify", "--home", str(copy)])
    assert bad.exit_code == 1 and "FAILED" in bad.output


def test_gate_keeps_candidate_until_risk_owner_waives_and_signs(demo_run: tuple) -> None:
    home, policy_path, _ = demo_run
    runner = CliRunner()
    args = ["--home", str(home)]
    refused = runner.invoke(app, ["predict", "bank-intents", "I lost my card", *args])
    assert refused.exit_code == 2 and "model is candidate" in refused.output
    policy = ["--policy", str(policy_path)]
    by_hand = runner.invoke(
        app, ["models", "set-status", "bank-intents:1", "approved", *policy, "--reason", "pilot",
              *args], env={"STEWARD_ACTOR": "carol"},
    )  # fmt: skip
    assert by_hand.exit_code == 2 and "steward models review" in by_hand.output

    # The way past a failed gate: the risk owner waives the failing blocking rules (named,
    # with a reason), which makes the model pending_review, then signs the release.
    shown = json.loads(runner.invoke(app, ["models", "show", "bank-intents:1", *args]).output)
    failing = [v["name"] for v in shown["model"]["gate"]["verdicts"]
               if not v["passed"] and v["severity"] == "block"]  # fmt: skip
    assert failing, "the demo model is expected to fail a blocking rule"
    waives = [option for name in failing for option in ("--waive", name)]
    gated = runner.invoke(
        app, ["gate", "bank-intents:1", *policy, *waives, "--reason", "pilot with human review",
              *args], env={"STEWARD_ACTOR": "carol"},
    )  # fmt: skip
    assert gated.exit_code == 0, gated.output
    pending = runner.invoke(app, ["predict", "bank-intents", "I lost my card", *args])
    assert pending.exit_code == 2 and "model is pending_review" in pending.output

    approve = ["models", "review", "bank-intents:1", "--approve", *policy,
               "--reason", "accepted for a pilot", *args]  # fmt: skip
    denied = runner.invoke(app, approve, env={"STEWARD_ACTOR": "e2e-tester"})
    assert denied.exit_code == 2 and "may not approve" in denied.output
    granted = runner.invoke(app, approve, env={"STEWARD_ACTOR": "carol"})
    assert granted.exit_code == 0, granted.output

    served = runner.invoke(app, ["predict", "bank-intents", "I lost my card", "我的卡丢了", *args])
    assert served.exit_code == 0, served.output
    assert "I lost my card" in served.output and "我的卡丢了" in served.output
    shown = runner.invoke(app, ["ledger", "show", "--limit", "1", "--json", *args])
    [last] = json.loads(shown.output)
    assert (last["action"], last["actor"], last["outcome"]) == (
        "model.reviewed",
        "carol",
        "approved",
    )
    assert last["details"]["reason"] == "accepted for a pilot"
    assert runner.invoke(app, ["ledger", "verify", *args]).exit_code == 0

    # Swap the served weights on disk: loading must refuse.
    cache = next((home / "cache" / "models").iterdir())
    (cache / "model.safetensors").write_bytes(b"not the approved weights")
    tampered = runner.invoke(app, ["predict", "bank-intents", "I lost my card", *args])
    assert tampered.exit_code == 2 and "sha256" in tampered.output


def test_gateway_demo_guards_requests_and_verifies_the_ledger(
    demo_run: tuple, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The gateway part of `make demo` on this run's store: the model stayed a candidate, so
    the gateway serves its guards alone (the policy has no training set for the detector:
    its rules decide) and says why classification is not served."""
    from steward.examples import gateway_demo

    home, policy_path, _ = demo_run
    operators = yaml.safe_load(policy_path.read_text())["roles"]["assignments"].get("operator")
    monkeypatch.setenv("STEWARD_HOME", str(home))
    monkeypatch.setenv("STEWARD_ACTOR", (operators or ["oscar"])[0])
    assert gateway_demo.main(str(policy_path)) == 0
    out = capsys.readouterr().out
    assert "runs on its rules" in out, out
    # refused as a candidate (or, after the tamper test above, for its altered weights)
    assert "classify               not served: " in out, out
    assert "personal data          redact" in out and "<CREDIT_CARD>" in out
    assert "injection (EN)         block" in out and "injection (ZH)         block" in out
    assert "ordinary               allow" in out and "HTTP 401" in out
    assert "incident #" in out and "ledger OK" in out
