from __future__ import annotations

import json
import warnings
from functools import partial
from typing import Any

import numpy as np
import pytest

from steward.audit.fairness import MetricFrame, SmallGroupWarning
from steward.audit.metrics import get_metric
from steward.errors import StewardError

# -- hand-computed -------------------------------------------------------------------------------

# group a: 4 rows   t=1,1,0,0  p=1,0,1,0  -> tp1 fn1 fp1 tn1
# group b: 6 rows   t=1,1,1,0,0,0 p=1,1,1,1,0,0 -> tp3 fn0 fp1 tn2
Y_TRUE = [1, 1, 0, 0, 1, 1, 1, 0, 0, 0]
Y_PRED = [1, 0, 1, 0, 1, 1, 1, 1, 0, 0]
SEX = ["a"] * 4 + ["b"] * 6


def test_hand_computed_binary_metrics() -> None:
    frame = MetricFrame(y_true=Y_TRUE, y_pred=Y_PRED, sensitive_features={"sex": SEX})
    assert frame.average == "binary" and frame.pos_label == 1
    assert frame.groups == [("a",), ("b",)]
    g = frame.by_group
    assert list(g["count"]) == [4, 6]
    assert list(g["accuracy"]) == [0.5, 5 / 6]
    assert list(g["selection_rate"]) == [0.5, 4 / 6]
    assert list(g["tpr"]) == [0.5, 1.0]
    assert list(g["fpr"]) == [0.5, 1 / 3]
    assert list(g["fdr"]) == [0.5, 0.25]
    assert frame.overall["accuracy"] == 0.7 and frame.overall["tpr"] == 0.8
    assert frame.difference()["accuracy"] == pytest.approx(1 / 3)
    assert frame.ratio()["accuracy"] == pytest.approx(0.6)
    assert frame.difference("to_overall")["accuracy"] == pytest.approx(0.2)
    assert frame.ratio("to_overall")["tpr"] == pytest.approx(0.5 / 0.8)
    d = frame.disparities()
    assert d["equal_opportunity_difference"] == pytest.approx(0.5)
    assert d["false_discovery_rate_difference"] == pytest.approx(0.25)
    assert d["demographic_parity_difference"] == pytest.approx(1 / 6)
    assert d["demographic_parity_ratio"] == pytest.approx(0.75)
    assert d["equalized_odds_difference"] == pytest.approx(0.5)  # max(0.5, 1/6)
    json.dumps(frame.to_dict(), allow_nan=False)


def test_zero_denominators_and_string_labels() -> None:
    # group "x" has no positives (tpr denominator 0) and predicts none (fdr denominator 0)
    frame = MetricFrame(
        ["tpr", "fdr", "precision"],
        y_true=["no", "no", "yes", "yes"],
        y_pred=["no", "no", "yes", "no"],
        sensitive_features=["x", "x", "y", "y"],
        pos_label="yes",
    )
    assert list(frame.by_group["tpr"]) == [0.0, 0.5]
    assert list(frame.by_group["fdr"]) == [0.0, 0.0]
    assert frame.feature_names == ["sensitive_feature_0"]
    with pytest.raises(StewardError, match="pos_label"):
        MetricFrame(["tpr:binary"], y_true=["a", "b"], y_pred=["a", "b"], sensitive_features=[1, 1])


def test_multiclass_macro_and_ovr_by_hand() -> None:
    y_true = ["a", "b", "c", "a", "b", "c"]
    y_pred = ["a", "b", "b", "a", "c", "c"]
    frame = MetricFrame(
        ["tpr", "selection_rate:ovr"],
        y_true=y_true,
        y_pred=y_pred,
        sensitive_features=["g"] * 3 + ["h"] * 3,
    )
    assert frame.average == "macro"
    # g: a 1/1, b 1/1, c 0/1 -> 2/3 ; h: a 1/1, b 0/1, c 1/1 -> 2/3
    assert list(frame.by_group["tpr"]) == pytest.approx([2 / 3, 2 / 3])
    assert list(frame.by_group["selection_rate[b]"]) == pytest.approx([2 / 3, 0.0])
    assert frame.disparities()["demographic_parity_difference"] == pytest.approx(2 / 3)


def test_unknown_metric_names_the_known_ones() -> None:
    with pytest.raises(StewardError, match=r"known: .*accuracy"):
        get_metric("acuracy")


# -- intersections and small groups --------------------------------------------------------------


def test_intersections_cover_every_combination_and_nan_when_empty() -> None:
    frame = MetricFrame(
        ["count", "accuracy"],
        y_true=[1, 0, 1, 1, 0],
        y_pred=[1, 1, 1, 0, 0],
        sensitive_features={"sex": ["f", "f", "m", "m", "m"], "age": ["o", "y", "o", "o", "o"]},
    )
    assert frame.groups == [("f", "o"), ("f", "y"), ("m", "o"), ("m", "y")]
    counts = frame.by_group["count"]
    assert list(counts[:3]) == [1, 1, 3] and np.isnan(counts[3])
    assert frame.difference()["accuracy"] == 1.0  # empty (m, y) ignored
    assert frame.counts().sum() == 5


def test_small_groups_warn_and_can_be_excluded() -> None:
    y_true = [1] * 20 + [0] * 3
    y_pred = [1] * 20 + [1] * 3
    groups = {"band": ["big"] * 10 + ["mid"] * 10 + ["tiny"] * 3}
    with pytest.warns(SmallGroupWarning, match="'tiny' has only 3 rows"):
        warned = MetricFrame(
            ["accuracy"], y_true=y_true, y_pred=y_pred, sensitive_features=groups, min_group_size=5
        )
    assert warned.difference()["accuracy"] == 1.0 and list(warned.small) == [False, False, True]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SmallGroupWarning)
        excluded = MetricFrame(
            ["accuracy"],
            y_true=y_true,
            y_pred=y_pred,
            sensitive_features=groups,
            min_group_size=5,
            small_groups="exclude",
        )
    assert excluded.difference()["accuracy"] == 0.0 and "left out" in excluded.warnings[0]


def test_callable_metrics_match_count_metrics() -> None:
    from sklearn.metrics import accuracy_score

    rng = np.random.default_rng(1)
    y_true, y_pred = rng.integers(0, 2, 300), rng.integers(0, 2, 300)
    sf = rng.choice(["p", "q", "r"], 300)
    frame = MetricFrame(
        {"fast": "accuracy", "slow": accuracy_score},
        y_true=y_true,
        y_pred=y_pred,
        sensitive_features=sf,
        n_boot=20,
        random_state=3,
    )
    np.testing.assert_allclose(frame.by_group["fast"], frame.by_group["slow"], atol=1e-12)
    assert frame.overall["fast"] == pytest.approx(frame.overall["slow"])
    assert frame.by_group_ci["slow"].shape == (2, 3)


# -- equality with Fairlearn ---------------------------------------------------------------------


def _compare(ours: MetricFrame, theirs: object) -> None:
    import pandas as pd

    expected = theirs.by_group  # type: ignore[attr-defined]
    got = ours.to_pandas()
    assert list(got.index) == list(expected.index)
    for column in expected.columns:
        np.testing.assert_allclose(
            got[column].to_numpy(float), expected[column].to_numpy(float), atol=1e-9, rtol=0
        )
        assert ours.overall[column] == pytest.approx(theirs.overall[column], abs=1e-9)  # type: ignore[attr-defined]
    for method in ("between_groups", "to_overall"):
        for name, fl in (("difference", ours.difference), ("ratio", ours.ratio)):
            exp = getattr(theirs, name)(method=method)
            for column in expected.columns:
                assert fl(method)[column] == pytest.approx(exp[column], abs=1e-9, nan_ok=True)
    mins, maxs = theirs.group_min(), theirs.group_max()  # type: ignore[attr-defined]
    for column in expected.columns:
        assert ours.group_min()[column] == pytest.approx(mins[column], abs=1e-9)
        assert ours.group_max()[column] == pytest.approx(maxs[column], abs=1e-9)
    assert isinstance(got, pd.DataFrame)


def _random_data(
    seed: int, n: int, labels: list[str]
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    rng = np.random.default_rng(seed)
    y_true = rng.choice(labels, n)
    noise = rng.choice(labels, n)
    y_pred = np.where(rng.random(n) < 0.6, y_true, noise)
    region = rng.choice(["north", "south", "east"], n, p=[0.5, 0.45, 0.05])
    age = rng.choice(["18-30", "31-50", "51-64", "65+"], n)
    # one intersection left empty, one tiny
    keep = ~((region == "east") & (age == "65+"))
    return y_true[keep], y_pred[keep], {"region": region[keep], "age": age[keep]}


def test_equal_to_fairlearn_multiclass_two_features() -> None:
    fairlearn = pytest.importorskip("fairlearn.metrics")
    from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

    labels = ["card", "loan", "fraud", "other"]
    y_true, y_pred, sf = _random_data(7, 3000, labels)
    ours = MetricFrame(
        ["accuracy", "tpr", "precision", "f1", "selection_rate:ovr", "fpr:ovr"],
        y_true=y_true,
        y_pred=y_pred,
        sensitive_features=sf,
    )
    macro = {"average": "macro", "zero_division": 0}
    theirs_metrics = {
        "accuracy": accuracy_score,
        "tpr": partial(recall_score, **macro),
        "precision": partial(precision_score, **macro),
        "f1": partial(f1_score, **macro),
    }
    for label in sorted(labels):
        theirs_metrics[f"selection_rate[{label}]"] = partial(
            lambda t, p, c: fairlearn.selection_rate(t == c, p == c), c=label
        )
        theirs_metrics[f"fpr[{label}]"] = partial(
            lambda t, p, c: fairlearn.false_positive_rate(t == c, p == c), c=label
        )
    theirs = fairlearn.MetricFrame(
        metrics=theirs_metrics, y_true=y_true, y_pred=y_pred, sensitive_features=sf
    )
    _compare(ours, theirs)


def test_equal_to_fairlearn_binary_and_disparity_functions() -> None:
    fairlearn = pytest.importorskip("fairlearn.metrics")
    from sklearn.metrics import accuracy_score, precision_score

    y_true_s, y_pred_s, sf = _random_data(11, 4000, ["0", "1"])
    y_true, y_pred = y_true_s.astype(int), y_pred_s.astype(int)
    ours = MetricFrame(
        ["accuracy", "selection_rate", "tpr", "fpr", "fdr"],
        y_true=y_true,
        y_pred=y_pred,
        sensitive_features=sf,
    )
    theirs = fairlearn.MetricFrame(
        metrics={
            "accuracy": accuracy_score,
            "selection_rate": fairlearn.selection_rate,
            "tpr": fairlearn.true_positive_rate,
            "fpr": fairlearn.false_positive_rate,
            "fdr": lambda t, p: 1 - precision_score(t, p, zero_division=1),
        },
        y_true=y_true,
        y_pred=y_pred,
        sensitive_features=sf,
    )
    _compare(ours, theirs)
    d = ours.disparities()
    kw = {"sensitive_features": sf}
    assert d["demographic_parity_difference"] == pytest.approx(
        fairlearn.demographic_parity_difference(y_true, y_pred, **kw), abs=1e-9
    )
    assert d["demographic_parity_ratio"] == pytest.approx(
        fairlearn.demographic_parity_ratio(y_true, y_pred, **kw), abs=1e-9
    )
    assert d["equalized_odds_difference"] == pytest.approx(
        fairlearn.equalized_odds_difference(y_true, y_pred, **kw), abs=1e-9
    )
    assert d["equalized_odds_ratio"] == pytest.approx(
        fairlearn.equalized_odds_ratio(y_true, y_pred, **kw), abs=1e-9
    )
    assert d["equal_opportunity_difference"] == pytest.approx(
        fairlearn.equal_opportunity_difference(y_true, y_pred, **kw), abs=1e-9
    )


# -- bootstrap -----------------------------------------------------------------------------------


def test_multinomial_bootstrap_matches_row_resampling_in_distribution() -> None:
    rng = np.random.default_rng(5)
    n = 400
    y_true, y_pred = rng.integers(0, 2, n), rng.integers(0, 2, n)
    sf = rng.choice(["a", "b", "c"], n)
    frame = MetricFrame(
        ["accuracy"], y_true=y_true, y_pred=y_pred, sensitive_features=sf, n_boot=4000,
        random_state=1,
    )  # fmt: skip
    multinomial = frame.bootstrap_samples()[0]["accuracy"]
    rows = np.empty((4000, 3))
    for b in range(4000):
        idx = rng.integers(0, n, n)
        t, p, s = y_true[idx], y_pred[idx], sf[idx]
        rows[b] = [np.mean(t[s == g] == p[s == g]) for g in ("a", "b", "c")]
    np.testing.assert_allclose(multinomial.mean(axis=0), rows.mean(axis=0), atol=0.004)
    np.testing.assert_allclose(multinomial.std(axis=0), rows.std(axis=0), rtol=0.08)


def test_bootstrap_interval_coverage_is_near_nominal() -> None:
    # population: two groups whose selection rates differ by 0.1; 95% intervals of the
    # difference and of each group's rate should cover the truth about 95% of the time.
    rng = np.random.default_rng(2024)
    rates, n, reps = {"a": 0.3, "b": 0.4}, 600, 300
    covered_diff = covered_group = 0
    for rep in range(reps):
        sf = rng.choice(["a", "b"], n)
        y_pred = (rng.random(n) < np.where(sf == "a", rates["a"], rates["b"])).astype(int)
        frame = MetricFrame(
            ["selection_rate"],
            y_true=np.zeros(n, dtype=int),
            y_pred=y_pred,
            sensitive_features=sf,
            n_boot=400,
            random_state=rep,
        )
        low, high = frame.difference_ci()["selection_rate"]
        covered_diff += low <= 0.1 <= high
        g_low, g_high = frame.by_group_ci["selection_rate"][:, 0]
        covered_group += g_low <= rates["a"] <= g_high
    assert 0.91 <= covered_diff / reps <= 0.985
    assert 0.91 <= covered_group / reps <= 0.985


def test_bootstrap_is_reproducible_and_disparities_have_intervals() -> None:
    kwargs: dict[str, Any] = {
        "y_true": Y_TRUE * 20,
        "y_pred": Y_PRED * 20,
        "sensitive_features": SEX * 20,
    }
    one = MetricFrame(n_boot=200, random_state=9, **kwargs)
    two = MetricFrame(n_boot=200, random_state=9, **kwargs)
    assert one.to_dict() == two.to_dict()
    low, high = one.disparities_ci()["equalized_odds_difference"]
    assert low <= one.disparities()["equalized_odds_difference"] <= high
    with pytest.raises(StewardError, match="n_boot"):
        MetricFrame(**kwargs).difference_ci()


# -- command line --------------------------------------------------------------------------------


def test_cli_fairness_json_and_table(tmp_path: pytest.TempPathFactory) -> None:
    from typer.testing import CliRunner

    from steward.audit.cli import audit_app

    path = tmp_path / "preds.csv"  # type: ignore[operator]
    lines = ["label,pred,sex,age"] + [
        f"{t},{p},{s},{a}"
        for t, p, s, a in zip(Y_TRUE * 5, Y_PRED * 5, SEX * 5, ["y", "o"] * 25, strict=True)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["fairness", str(path), "--y-true", "label", "--y-pred", "pred"]
    args += ["--sensitive", "sex", "--sensitive", "age", "--n-boot", "50"]
    result = CliRunner().invoke(audit_app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["sensitive_features"] == ["sex", "age"] and len(data["by_group"]) == 4
    expected = MetricFrame(
        ["accuracy"],
        y_true=Y_TRUE * 5,
        y_pred=Y_PRED * 5,
        sensitive_features={"sex": SEX * 5, "age": ["y", "o"] * 25},
        warn=False,
    )
    got = data["difference"]["between_groups"]["accuracy"]
    assert got == pytest.approx(expected.difference()["accuracy"])
    assert data["bootstrap"]["n_boot"] == 50 and data["warnings"]  # groups under 30 rows
    table = CliRunner().invoke(audit_app, [*args, "--format", "table"])
    assert table.exit_code == 0 and "difference" in table.output
    bad = CliRunner().invoke(audit_app, [*args[:-4], "--sensitive", "nope"])
    assert bad.exit_code == 2 and "nope" in bad.output
