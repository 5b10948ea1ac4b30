"""Group columns checked against real data files, the fairness audit on a column with one value,
the gate's "not measurable" verdict, and `steward audit fairness` on a real CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steward.audit.fairness import MetricFrame, SingleGroupWarning, group_fairness
from steward.cli import app
from steward.config import GateRule, SourcePolicy, parse_policy
from steward.data.groups import check_group_fields
from steward.data.ingest import ingest
from steward.errors import PolicyError, StewardError
from steward.gate.rules import evaluate_gate
from tests.conftest import MINIMAL_GATE

ROWS = [
    {"message_id": "1", "text": "card lost", "intent": "lost_card", "age_band": "18-24",
     "gender": "f", "channel": "app"},
    {"message_id": "2", "text": "fees?", "intent": "fees", "age_band": "65+", "gender": "m",
     "channel": "app"},
    {"message_id": "3", "text": "reset pin", "intent": "pin", "age_band": "65+", "channel": "app"},
    {"message_id": "4", "text": "loan rate", "intent": "loan", "age_band": "25-34", "gender": "",
     "channel": "app"},
]  # fmt: skip


def _ingest(tmp_path: Path, group_fields: list[str], suffix: str = "jsonl") -> tuple:
    from steward.config import DataPolicy

    path = tmp_path / f"rows.{suffix}"
    if suffix == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    else:
        header = ["message_id", "text", "intent", "age_band", "gender", "channel"]
        lines = [",".join(header)] + [",".join(str(r.get(h, "")) for h in header) for r in ROWS]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    policy = DataPolicy(sources=[SourcePolicy(path=path)], group_fields=group_fields)
    return ingest([(path, "auto")], policy), policy


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_a_misspelt_group_column_is_refused_with_its_field_and_the_closest_column(
    tmp_path: Path, suffix: str
) -> None:
    result, policy = _ingest(tmp_path, ["gender", "ageband"], suffix)
    with pytest.raises(StewardError) as caught:
        check_group_fields(
            result.records, policy.group_fields, columns=result.columns, where="steward.yaml"
        )
    error = caught.value
    assert error.where == "steward.yaml"
    assert "data.group_fields[1]: column 'ageband' has no value in any of the 4 rows" in error.what
    assert "did you mean 'age_band'?" in error.what
    assert "columns in the data: age_band, channel, gender, intent, message_id, text" in error.what


def test_one_value_and_missing_values_are_warnings_with_counts(tmp_path: Path) -> None:
    result, policy = _ingest(tmp_path, ["age_band", "gender", "channel"])
    warnings = check_group_fields(
        result.records, policy.group_fields, columns=result.columns, where="steward.yaml"
    )
    # Row 3 has no gender and row 4 an empty one: 2 of 4 lack it; every row is channel "app".
    assert warnings == [
        "data.group_fields[1] 'gender': 2 of 4 rows have no value; they are audited as the "
        "group 'unknown'",
        "data.group_fields[2] 'channel' has one value ('app') in all 4 rows that carry it: "
        "group fairness on this column cannot be measured",
    ]
    assert [r.missing_groups for r in result.records] == [(), (), ("gender",), ("gender",)]


def test_a_falsy_group_value_is_a_value(tmp_path: Path) -> None:
    from steward.config import DataPolicy

    path = tmp_path / "rows.jsonl"
    rows = [{"text": "hi there", "intent": "x", "tier": 0}, {"text": "hello", "intent": "x"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    policy = DataPolicy(sources=[SourcePolicy(path=path)], group_fields=["tier"])
    records = ingest([(path, "jsonl")], policy).records
    assert [r.groups["tier"] for r in records] == ["0", "unknown"]
    assert [r.missing_groups for r in records] == [(), ("tier",)]


@pytest.mark.parametrize(
    ("group_fields", "message"),
    [
        (["gender", "gender"], "data.group_fields[1]: 'gender' is already data.group_fields[0]"),
        (["intent"], "data.group_fields[0]: 'intent' is data.label_field, not a group column"),
        (["gender", " "], "data.group_fields[1]: a group column needs a name"),
    ],
)
def test_policy_refuses_group_fields_wrong_on_their_face(
    group_fields: list[str], message: str
) -> None:
    raw = {"project": {"name": "t"}, "data": {"sources": [{"path": "a.jsonl"}],
                                              "group_fields": group_fields},
           "gate": MINIMAL_GATE}  # fmt: skip
    with pytest.raises(PolicyError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_policy(raw, source="steward.yaml")


def test_a_column_with_one_value_is_not_measurable_and_its_gate_rule_fails() -> None:
    y_true = ["a", "b"] * 30
    y_pred = ["a", "a"] * 30
    groups = {
        "gender": ["f", "m", "m", "f"] * 15,  # accuracy 0.5 in both: gap 0, measured
        "channel": ["app"] * 60,  # one value: a gap of 0 by construction
    }
    report = group_fairness(y_true, y_pred, groups, max_gap=0.1, min_group_size=5, n_boot=50)
    by_column = {c.column: c for c in report.columns}
    assert by_column["gender"].measurable and not by_column["channel"].measurable
    assert list(report.not_measurable) == ["channel"]
    assert (
        "column 'channel' has one value ('app') in all 60 test rows"
        in (report.not_measurable["channel"])
    )
    assert report.to_dict()["not_measurable"] == report.not_measurable

    rule = GateRule(name="gap", metric="max_group_accuracy_gap", max=0.15)
    decision = evaluate_gate(
        [rule], {"max_group_accuracy_gap": 0.0}, not_measurable=report.not_measurable_metrics()
    )
    assert decision.passed, "the metric was given: not_measurable only explains a missing one"
    decision = evaluate_gate([rule], {}, not_measurable=report.not_measurable_metrics())
    (verdict,) = decision.verdicts
    assert not verdict.passed and decision.status == "candidate"
    assert verdict.reason.startswith("metric max_group_accuracy_gap not measurable: column")
    measured = group_fairness(
        y_true, y_pred, {"gender": groups["gender"]}, max_gap=0.1, min_group_size=5, n_boot=0
    )
    assert measured.not_measurable == {} and measured.not_measurable_metrics() == {}


def test_metric_frame_warns_about_a_feature_with_one_value() -> None:
    with pytest.warns(SingleGroupWarning, match="'channel' has one value \\('app'\\) in all 4"):
        frame = MetricFrame(
            "accuracy", y_true=[1, 0, 1, 0], y_pred=[1, 1, 1, 0],
            sensitive_features={"channel": ["app"] * 4},
        )  # fmt: skip
    assert frame.difference()["accuracy"] == 0.0
    assert any("separates no groups" in w for w in frame.to_dict()["warnings"])


def test_audit_fairness_command_on_a_csv(tmp_path: Path) -> None:
    predictions = tmp_path / "predictions.csv"
    predictions.write_text(
        "label,predicted,age_band,channel\n"
        + "".join(
            f"a,{'a' if i % 3 else 'b'},{'65+' if i % 2 else '18-24'},app\n" for i in range(40)
        ),
        encoding="utf-8",
    )
    runner = CliRunner()
    base = ["audit", "fairness", str(predictions), "--y-true", "label", "--y-pred", "predicted"]
    wrong = runner.invoke(app, [*base, "--sensitive", "ageband", "--n-boot", "0"])
    assert wrong.exit_code == 2
    assert "no column 'ageband'; did you mean 'age_band'?" in " ".join(wrong.output.split())
    one = runner.invoke(app, [*base, "--sensitive", "channel", "--n-boot", "0", "--format", "json"])
    assert one.exit_code == 0, one.output
    data = json.loads(one.output)
    assert any("'channel' has one value ('app') in all 40 rows" in w for w in data["warnings"])
