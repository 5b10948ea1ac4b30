"""Performance metrics from counts, calibration (ECE, equal-width bins) and the vectorised
bootstrap: against scikit-learn, hand-computed values, a loop reference and simulated data."""

from __future__ import annotations

import numpy as np
import pytest

from steward.audit.performance import (
    bootstrap_scores,
    calibration,
    calibration_bin_index,
    evaluate_performance,
    resample_seeds,
)
from steward.errors import StewardError


def _random_multiclass(n: int, k: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    t = rng.integers(0, k, n)
    p = np.where(rng.random(n) < 0.7, t, rng.integers(0, k, n))
    probs = rng.dirichlet(np.ones(k), n)
    probs[np.arange(n), p] += 1.5
    probs /= probs.sum(axis=1, keepdims=True)
    return t, p, probs


def test_metrics_match_sklearn_on_random_multiclass() -> None:
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
    from sklearn.metrics import precision_recall_fscore_support as prfs

    t, p, _ = _random_multiclass(800, 7, seed=1)
    labels = [f"intent_{i}" for i in range(7)]
    y_true = [labels[i] for i in t]
    y_pred = [labels[i] for i in p]
    report = evaluate_performance(y_true, y_pred, labels)
    assert report.accuracy == pytest.approx(accuracy_score(y_true, y_pred), abs=1e-6)
    for average, value in (
        ("macro", report.macro_f1),
        ("micro", report.micro_f1),
        ("weighted", report.weighted_f1),
    ):
        assert value == pytest.approx(f1_score(y_true, y_pred, average=average), abs=1e-6)
    precision, recall, f1, support = prfs(y_true, y_pred, labels=labels, zero_division=0)
    for i, row in enumerate(report.per_class):
        assert (row.precision, row.recall, row.f1) == pytest.approx(
            (precision[i], recall[i], f1[i]), abs=1e-6
        )
        assert row.support == support[i]
    assert report.confusion == confusion_matrix(y_true, y_pred, labels=labels).tolist()
    assert report.calibration is None and report.intervals == {} and report.bootstrap is None


def test_macro_f1_leaves_out_labels_absent_from_the_truth() -> None:
    # "c" is predicted once but never true: macro-F1 averages over a and b only.
    report = evaluate_performance(["a", "a", "b", "b"], ["a", "c", "b", "b"], ["a", "b", "c"])
    f1_a, f1_b = 2 / 3, 1.0
    assert report.macro_f1 == pytest.approx((f1_a + f1_b) / 2, abs=1e-6)
    assert report.micro_f1 == pytest.approx(0.75, abs=1e-6)


def test_vectorised_bootstrap_equals_a_loop_over_sklearn() -> None:
    from sklearn.metrics import accuracy_score, f1_score

    t, p, probs = _random_multiclass(300, 5, seed=2)
    n_boot, seed = 40, 11
    conf = probs.max(axis=1)
    vec = bootstrap_scores(t, p, 5, n_boot=n_boot, seed=seed, confidence=conf, n_bins=10)
    # The same indices, drawn the same way (one seed per resample), scored one at a time.
    idx = np.stack(
        [np.random.default_rng(s).integers(0, 300, size=300) for s in resample_seeds(seed, n_boot)]
    )
    for b in range(n_boot):
        tb, pb = t[idx[b]], p[idx[b]]
        assert vec["accuracy"][b] == pytest.approx(accuracy_score(tb, pb), abs=1e-12)
        present = np.unique(tb)  # macro over labels with support in the resample
        f1 = f1_score(tb, pb, labels=present, average=None, zero_division=0)
        assert vec["macro_f1"][b] == pytest.approx(f1.mean(), abs=1e-12)
        assert vec["micro_f1"][b] == pytest.approx(f1_score(tb, pb, average="micro"), abs=1e-12)
        ref = calibration(conf[idx[b]], tb == pb, n_bins=10).ece
        assert vec["expected_calibration_error"][b] == pytest.approx(ref, abs=1e-6)


def test_bootstrap_is_seeded_and_configurable() -> None:
    t, p, probs = _random_multiclass(400, 4, seed=3)
    labels = list("abcd")
    y_true, y_pred = [labels[i] for i in t], [labels[i] for i in p]
    args = {"probabilities": probs, "n_boot": 200, "seed": 5}
    first = evaluate_performance(y_true, y_pred, labels, **args)  # type: ignore[arg-type]
    again = evaluate_performance(y_true, y_pred, labels, **args)  # type: ignore[arg-type]
    assert first.intervals == again.intervals
    assert set(first.intervals) == {
        "accuracy",
        "macro_f1",
        "micro_f1",
        "expected_calibration_error",
    }
    other = evaluate_performance(y_true, y_pred, labels, probabilities=probs, n_boot=200, seed=6)
    assert other.intervals != first.intervals
    assert first.bootstrap is not None and first.bootstrap.n_boot == 200
    assert first.calibration is not None
    points = {
        "accuracy": first.accuracy,
        "macro_f1": first.macro_f1,
        "micro_f1": first.micro_f1,
        "expected_calibration_error": first.calibration.ece,
    }
    for name, (low, high) in first.intervals.items():
        point = points[name]
        assert low <= high and low - 0.02 <= point <= high + 0.02, name
    narrow = evaluate_performance(
        y_true, y_pred, labels, probabilities=probs, n_boot=200, seed=5, confidence=0.5
    )
    assert narrow.intervals["accuracy"][1] - narrow.intervals["accuracy"][0] < (
        first.intervals["accuracy"][1] - first.intervals["accuracy"][0]
    )


def test_bootstrap_chunks_give_the_same_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    import steward.audit.performance as performance

    t, p, _ = _random_multiclass(200, 3, seed=4)
    whole = bootstrap_scores(t, p, 3, n_boot=50, seed=1)
    monkeypatch.setattr(performance, "_CHUNK_ELEMENTS", 200 * 7)  # chunks of 7 resamples
    chunked = bootstrap_scores(t, p, 3, n_boot=50, seed=1)
    # Each resample draws from its own seed, so batching does not change its rows.
    for name in whole:
        np.testing.assert_allclose(whole[name], chunked[name])


def test_bootstrap_intervals_cover_the_true_accuracy_at_about_the_nominal_rate() -> None:
    rng = np.random.default_rng(20)
    true_accuracy, n, reps = 0.8, 300, 300
    covered = 0
    for rep in range(reps):
        t = np.zeros(n, dtype=np.int64)
        p = np.where(rng.random(n) < true_accuracy, 0, 1)
        scores = bootstrap_scores(t, p, 2, n_boot=400, seed=rep)
        low, high = np.quantile(scores["accuracy"], [0.025, 0.975])
        covered += low <= true_accuracy <= high
    assert 0.90 <= covered / reps <= 0.99


def test_calibration_bins_are_equal_width_and_right_closed() -> None:
    index = calibration_bin_index(np.array([0.0, 0.05, 0.1, 0.1000001, 0.5, 0.99, 1.0]), 10)
    assert index.tolist() == [0, 0, 0, 1, 4, 9, 9]


def test_ece_mce_and_brier_by_hand() -> None:
    # Bin (0.9, 1.0]: two rows, confidence 0.95, one right -> |0.5 - 0.95| = 0.45, weight 2/4.
    # Bin (0.5, 0.6]: two rows, confidence 0.55, both right -> |1 - 0.55| = 0.45, weight 2/4.
    result = calibration([0.95, 0.95, 0.55, 0.55], [True, False, True, True], n_bins=10)
    assert result.ece == pytest.approx(0.45)
    assert result.mce == pytest.approx(0.45)
    assert [b.count for b in result.bins] == [0, 0, 0, 0, 0, 2, 0, 0, 0, 2]
    assert result.bins[9].accuracy == 0.5 and result.bins[9].confidence == pytest.approx(0.95)
    assert result.binning == "equal-width" and result.n_bins == 10

    probs = np.array([[0.7, 0.2, 0.1], [0.4, 0.5, 0.1]])
    report = evaluate_performance(["a", "a"], ["a", "b"], ["a", "b", "c"], probabilities=probs)
    assert report.calibration is not None
    brier = ((0.3**2 + 0.2**2 + 0.1**2) + (0.6**2 + 0.5**2 + 0.1**2)) / 2
    assert report.calibration.brier == pytest.approx(brier, abs=1e-6)
    assert report.calibration.ece == pytest.approx((0.3 + 0.5) / 2, abs=1e-6)


def test_ece_is_small_for_a_calibrated_model_and_large_for_an_overconfident_one() -> None:
    rng = np.random.default_rng(7)
    conf = rng.uniform(0.2, 1.0, 50_000)
    calibrated = calibration(conf, rng.random(conf.size) < conf, n_bins=15)
    assert calibrated.ece < 0.01
    overconfident = calibration(conf, rng.random(conf.size) < conf - 0.15, n_bins=15)
    assert overconfident.ece == pytest.approx(0.15, abs=0.02)


def test_probability_columns_may_differ_from_labels() -> None:
    # The model knows a and b; the test split also has c (never predictable).
    probs = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]])
    report = evaluate_performance(
        ["a", "b", "c"],
        ["a", "b", "a"],
        ["a", "b", "c"],
        probabilities=probs,
        probability_labels=["a", "b"],
    )
    assert report.calibration is not None
    expected = ((0.01 + 0.01) + (0.04 + 0.04) + (0.36 + 0.16 + 1)) / 3
    assert report.calibration.brier == pytest.approx(expected, abs=1e-6)


def test_bad_input_is_refused() -> None:
    with pytest.raises(StewardError, match="not among the labels"):
        evaluate_performance(["a"], ["z"], ["a", "b"])
    with pytest.raises(StewardError, match="shape"):
        evaluate_performance(["a"], ["a"], ["a", "b"], probabilities=[[1.0, 0.0, 0.0]])
    with pytest.raises(StewardError):
        evaluate_performance(["a"], ["a"], ["a"], n_boot=10, confidence=1.5)


def test_empty_split_gives_zeros() -> None:
    report = evaluate_performance([], [], ["a", "b"], probabilities=np.zeros((0, 2)), n_boot=100)
    assert report.n == 0 and report.accuracy == 0.0 and report.intervals == {}
    assert report.calibration is not None and report.calibration.ece == 0.0
