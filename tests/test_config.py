from __future__ import annotations

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
        (lambda d: d["gate"]["rules"][0].update(metric="f1"), "gate.rules[0].metric:"),
        (
            lambda d: d["roles"]["assignments"].update(boss=["x"]),
            "roles.assignments: unknown role 'boss'",
        ),
    ],
)
def test_field_errors(tmp_path: Path, mutate: object, expected: str) -> None:
    doc = _valid()
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(PolicyError, match=expected.replace("[", r"\[").replace("]", r"\]")):
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

    path.write_text(example_policy_text().replace("max_gap: 0.10", "max_gap: 3"), "utf-8")
    result = runner.invoke(app, ["run", str(path), "--home", str(tmp_path / "home")])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {path}: audit.fairness.max_gap: must be between 0 and 1, got 3"
    )


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
