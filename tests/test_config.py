from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from steward.config import example_policy_text, load_policy
from steward.errors import PolicyError

REPO = Path(__file__).resolve().parents[1]


def _write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "steward.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def _valid() -> dict:
    return yaml.safe_load(example_policy_text())


def test_example_policy_and_demo_policy_validate(tmp_path: Path) -> None:
    loaded = load_policy(_write(tmp_path, _valid()))
    assert loaded.policy.project.name == "bank-intents"
    assert len(loaded.sha256) == 64
    demo = load_policy(REPO / "examples" / "bank" / "steward.yaml")
    assert demo.policy.data.group_fields


def test_out_of_range_names_file_and_field(tmp_path: Path) -> None:
    doc = _valid()
    doc["audit"]["fairness"]["max_gap"] = 3
    path = _write(tmp_path, doc)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value) == f"{path}: audit.fairness.max_gap: must be between 0 and 1, got 3"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.pop("data"), "data: required field is missing"),
        (
            lambda d: d["data"]["sources"][0].update(fromat="csv"),
            "data.sources[0].fromat: unknown field",
        ),
        (lambda d: d["train"].update(epochs=0), "train.epochs: must be >= 1, got 0"),
        (
            lambda d: d["gate"]["rules"][0].update(metric="f1"),
            "gate.rules[0].metric (rule 'quality-floor'): unknown metric 'f1'",
        ),
        (
            lambda d: d["roles"]["assignments"].update(boss=["x"]),
            "roles.assignments: unknown role 'boss'",
        ),
    ],
)
def test_field_errors(tmp_path: Path, mutate: object, expected: str) -> None:
    doc = _valid()
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(PolicyError, match=re.escape(expected)):
        load_policy(_write(tmp_path, doc))


@pytest.mark.parametrize(
    "mutate",
    [lambda d: d["gate"].update(rules=[]), lambda d: d.pop("gate"), lambda d: d.update(gate={})],
    ids=["empty rule list", "no gate section", "gate without rules"],
)
def test_a_policy_without_gate_rules_is_refused_naming_the_field(
    tmp_path: Path, mutate: object
) -> None:
    """An empty gate would let any model through to review: refused at load."""
    doc = _valid()
    mutate(doc)  # type: ignore[operator]
    path = _write(tmp_path, doc)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value).startswith(f"{path}: gate.rules: list at least one release rule")


def test_every_example_policy_has_gate_rules() -> None:
    examples = sorted((REPO / "examples").glob("*/steward.yaml"))
    assert examples
    for path in examples:
        assert load_policy(path).policy.gate.rules, path


def test_missing_file_and_bad_yaml(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="policy file not found"):
        load_policy(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("project:\n  name: [unclosed\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"bad.yaml:\d+: invalid YAML"):
        load_policy(bad)


def test_policy_hash_changes_with_content(tmp_path: Path) -> None:
    first = load_policy(_write(tmp_path, _valid())).sha256
    doc = _valid()
    doc["train"]["epochs"] = 7
    assert load_policy(_write(tmp_path, doc)).sha256 != first


def test_cli_init_then_run_reports_the_bad_field_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from steward.cli import app

    runner = CliRunner()
    path = tmp_path / "steward.yaml"
    assert runner.invoke(app, ["init", str(path)]).exit_code == 0
    assert path.read_text(encoding="utf-8") == example_policy_text()
    again = runner.invoke(app, ["init", str(path)])
    assert again.exit_code == 2 and "use --force" in again.output

    text = example_policy_text()
    assert "min_group_size: 20" in text
    path.write_text(text.replace("min_group_size: 20", "min_group_size: 0"), "utf-8")
    result = runner.invoke(app, ["run", str(path), "--home", str(tmp_path / "home")])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {path}: audit.fairness.min_group_size: must be >= 1, got 0"
    )


def _assistant(doc: dict) -> dict:
    """``doc`` made an assistant policy (its gate rules left for the caller)."""
    doc["assistant"] = {"train": {"max_train_rows": 10}}
    return doc


def _refusal(tmp_path: Path, doc: dict) -> str:
    path = _write(tmp_path, doc)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message  # the file is named
    return message.removeprefix(f"{path}: ")


def test_a_classifier_rule_on_an_assistant_metric_fails_at_load_naming_the_rule(
    tmp_path: Path,
) -> None:
    doc = _valid()
    doc["gate"]["rules"].append(
        {"name": "stereotypes", "metric": "bbq_bias_ambiguous_abs", "max": 0.2}
    )
    index = len(doc["gate"]["rules"]) - 1
    message = _refusal(tmp_path, doc)
    assert message.startswith(f"gate.rules[{index}].metric (rule 'stereotypes'): "), message
    assert "metric 'bbq_bias_ambiguous_abs' is measured by the assistant audits (bbq)" in message
    assert "a classifier policy (no assistant: section) cannot produce it" in message


def test_a_rule_on_an_unknown_metric_fails_at_load_with_the_closest_name(
    tmp_path: Path,
) -> None:
    doc = _valid()
    doc["gate"]["rules"][0]["metric"] = "macro_f2"
    message = _refusal(tmp_path, doc)
    name = doc["gate"]["rules"][0]["name"]
    assert message == (
        f"gate.rules[0].metric (rule {name!r}): unknown metric 'macro_f2'; did you mean 'macro_f1'?"
    )


def test_an_assistant_rule_on_a_classifier_metric_fails_and_every_problem_is_listed(
    tmp_path: Path,
) -> None:
    doc = _assistant(_valid())
    doc["gate"]["rules"] = [
        {"name": "leak", "metric": "pii_training_value_rate", "max": 0.0},
        {"name": "quality", "metric": "macro_f1", "min": 0.8},
        {"name": "typo", "metric": "faithfulnes", "min": 0.5},
    ]
    message = _refusal(tmp_path, doc)
    assert "gate.rules[1].metric (rule 'quality'): metric 'macro_f1' is measured by the " \
        "classifier audits (performance); an assistant policy" in message  # fmt: skip
    assert "gate.rules[2].metric (rule 'typo'): unknown metric 'faithfulnes'; did you mean " \
        "'faithfulness'?" in message  # fmt: skip
    assert "rules[0]" not in message
    # The metrics both lifecycles produce are fine in either.
    doc["gate"]["rules"] = [{"name": "dp", "metric": "dp_epsilon", "max": 8}]
    assert load_policy(_write(tmp_path, doc)).policy.lifecycle == "assistant"


def _gap_rules(doc: dict) -> list[dict]:
    return [r for r in doc["gate"]["rules"] if r["metric"] == "max_group_accuracy_gap"]


def test_old_fairness_max_gap_maps_onto_the_gate_rule_or_says_what_to_write(
    tmp_path: Path,
) -> None:
    # Same limit as the rule: the duplicate is dropped, the rule is the one limit.
    doc = _valid()
    [rule] = _gap_rules(doc)
    doc["audit"]["fairness"]["max_gap"] = rule["max"]
    policy = load_policy(_write(tmp_path, doc)).policy
    assert [r.name for r in policy.gate.rules] == [r["name"] for r in doc["gate"]["rules"]]
    assert policy.gate.strictest("max_group_accuracy_gap", "max") == rule["max"]

    # No rule on the gap: the old threshold becomes a warning rule (it never blocked).
    doc["gate"]["rules"] = [r for r in doc["gate"]["rules"] if r is not rule]
    doc["audit"]["fairness"]["max_gap"] = 0.1
    policy = load_policy(_write(tmp_path, doc)).policy
    [mapped] = [r for r in policy.gate.rules if r.metric == "max_group_accuracy_gap"]
    assert (mapped.name, mapped.max, mapped.severity) == ("fairness-max-gap", 0.1, "warn")

    # Another limit than the rule's: refused, saying what to write instead.
    doc = _valid()
    [rule] = _gap_rules(doc)
    index = doc["gate"]["rules"].index(rule)
    doc["audit"]["fairness"]["max_gap"] = 0.1
    assert rule["max"] != 0.1
    message = _refusal(tmp_path, doc)
    assert message == (
        f"audit.fairness.max_gap: 0.1 and gate.rules[{index}] ({rule['name']!r}: "
        f"max_group_accuracy_gap max {rule['max']:g}) set two limits for one figure; the gate "
        "rule is now the only one (the report flags against it): delete "
        "audit.fairness.max_gap, or set the rule's max to 0.1"
    )


def test_old_performance_thresholds_become_warning_rules(tmp_path: Path) -> None:
    doc = _valid()
    doc["gate"]["rules"] = [{"name": "gap", "metric": "max_group_accuracy_gap", "max": 0.2}]
    doc["audit"]["performance"] = {"min_macro_f1": 0.7, "max_ece": 0.05, "n_boot": 10}
    policy = load_policy(_write(tmp_path, doc)).policy
    assert [(r.name, r.metric, r.min, r.max, r.severity) for r in policy.gate.rules] == [
        ("gap", "max_group_accuracy_gap", None, 0.2, "block"),
        ("performance-min-macro-f1", "macro_f1", 0.7, None, "warn"),
        ("performance-max-ece", "expected_calibration_error", None, 0.05, "warn"),
    ]
    assert policy.audit.performance.n_boot == 10


def test_policy_pii_labels_match_the_engine() -> None:
    from steward.config import PII_LABELS
    from steward.data.pii import LABELS

    assert set(PII_LABELS) == set(LABELS)


def test_pii_operator_choices_validate(tmp_path: Path) -> None:
    doc = _valid()
    doc["pii"]["operators"] = {"CREDIT_CARD": {"name": "mask", "keep_last": 4}, "PERSON": "hash"}
    loaded = load_policy(_write(tmp_path, doc))
    assert loaded.policy.pii.operator_specs() == {
        "CREDIT_CARD": {"name": "mask", "keep_last": 4},
        "PERSON": "hash",
    }
    doc["pii"]["operators"] = {"CREDIT_CARD": "shred"}
    with pytest.raises(PolicyError, match=r"pii\.operators\.CREDIT_CARD"):
        load_policy(_write(tmp_path, doc))
