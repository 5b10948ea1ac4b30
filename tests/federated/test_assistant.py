"""Federated LoRA fine-tuning of the assistant (``federated.task: assistant``) on a real Flower
simulation (the tests' local Ray, ``ray_cluster``) with a tiny randomly initialised causal LM:
what travels is the adapter only, FedAvg's aggregate is the rows-weighted mean of the sites'
adapters, SecAgg+ hands the server only their sum (which matches within its quantisation), and
``steward federate`` governs each site's dialogues, runs DP-SGD per site, audits the federated
adapter for canary exposure and registers it with lineage to every site's data set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from rich.console import Console

from steward.config import load_policy
from steward.errors import PolicyError
from tests.assistant.conftest import tiny_lm_dir  # noqa: F401  (the tiny random Llama)

pytest.importorskip("flwr", reason="Flower is not installed (make federated)")

TOPICS = {
    "north": ("card", "My card is blocked at the {}", "Your card is unblocked in the app, {}."),
    "south": ("fee", "Why was I charged a fee at {}", "The fee at {} is refunded today."),
    "east": ("loan", "How do I repay my loan at {}", "Repay the loan at {} online."),
}
PLACES = ["station", "airport", "shop", "market", "office", "gym", "hotel", "park"]


def _governed(root: Path, counts: dict[str, int]) -> list[Any]:
    """Each site's governed dialogues (as its data stage writes them), different topics."""
    from steward.federated.apps import SitePartition

    sites = []
    for name, n in counts.items():
        _, ask, answer = TOPICS[name]
        path = root / name / "governed.jsonl"
        path.parent.mkdir(parents=True)
        with path.open("w", encoding="utf-8") as handle:
            for i in range(n):
                place = PLACES[i % len(PLACES)]
                split = "validation" if i % 6 == 5 else "train"
                row = {"text": f"{ask.format(place)} {name}{i}", "response": answer.format(place),
                       "label": "x", "split": split}  # fmt: skip
                handle.write(json.dumps(row) + "\n")
        sites.append(SitePartition(name, path))
    return sites


@pytest.mark.slow
def test_adapter_fedavg_and_secagg_over_sites(
    tiny_lm_dir: Path,  # noqa: F811
    tmp_path: Path,
    ray_cluster: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import torch
    from flwr.simulation import run_simulation

    from steward.config import AssistantTrainPolicy
    from steward.federated.assistant_apps import (
        AdapterPlan,
        SiteAdapter,
        adapter_state,
        build_adapter_client_app,
        build_adapter_model,
        build_adapter_secagg_client_app,
        build_adapter_secagg_server_app,
        build_adapter_server_app,
    )

    for key, value in ray_cluster.items():
        monkeypatch.setenv(key, value)
    sites = _governed(tmp_path, {"north": 12, "south": 8, "east": 16})
    train = AssistantTrainPolicy(base_model=str(tiny_lm_dir), max_length=32, batch_size=4,
                                 learning_rate=5e-3, device="cpu")  # fmt: skip
    plan = AdapterPlan(token="fedlora-apps", base_model=tiny_lm_dir, sites=tuple(sites),
                       rounds=1, local_epochs=1, train=train, system_prompt=None)  # fmt: skip
    _, server_model = build_adapter_model(tiny_lm_dir, train)
    initial = adapter_state(server_model)
    base_parameters = sum(p.numel() for p in server_model.parameters()) - sum(
        t.numel() for t in initial.values()
    )

    def simulate(server: Any, client: Any) -> None:
        run_simulation(
            server_app=server, client_app=client, num_supernodes=3,
            # one worker (the tests' Ray has 2 CPUs) runs the sites in turn: it imports torch
            # and loads the model once, not once per worker
            backend_config={"client_resources": {"num_cpus": 2, "num_gpus": 0.0}},
        )  # fmt: skip

    received: dict[int, list[tuple[int, int, dict[str, np.ndarray]]]] = {}
    rounds: list[Any] = []
    plain: dict[str, Any] = {}
    simulate(
        build_adapter_server_app(plan, initial, rounds.append, plain, received.__setitem__),
        build_adapter_client_app(plan),
    )
    assert "error" not in plain, plain

    # Only adapter tensors travelled: every update holds exactly the LoRA matrices (rank 8 on
    # q_proj and v_proj of 2 layers of width 32: 2 x 2 x 8 x (32 + 32) values), float32,
    # a small fraction of the base model's weights.
    updates = received[1]
    assert sorted(index for index, _, _ in updates) == [0, 1, 2]
    lora_values = 2 * 2 * 8 * (32 + 32)
    for _, _, arrays in updates:
        assert sorted(arrays) == sorted(initial)
        assert all("lora_A" in key or "lora_B" in key for key in arrays)
        assert sum(a.size for a in arrays.values()) == lora_values
        assert all(a.dtype == np.float32 for a in arrays.values())
    (record,) = rounds
    assert record.parameters_sent == lora_values < base_parameters / 50
    assert record.update_bytes == 3 * lora_values * 4
    # the server's replies carry numbers; no site's dialogue reached it
    texts = [json.loads(line)["text"] for s in sites for line in s.governed.open()]
    payload = b"".join(a.tobytes() for _, _, arrays in updates for a in arrays.values())
    assert not any(text.encode() in payload for text in texts)
    assert record.rows_by_site == {"north": 10, "south": 7, "east": 14}
    assert record.distinct_updates == 3 and record.validation_loss is not None

    # FedAvg: the released adapter is the rows-weighted mean of the sites' adapters ...
    weights = np.array([rows for _, rows, _ in updates], dtype=float)
    final = plain["final_adapter"]
    for key in initial:
        mean = sum(w * arrays[key] for w, (_, _, arrays) in zip(weights, updates, strict=True))
        np.testing.assert_allclose(final[key].numpy(), mean / weights.sum(), atol=1e-6)
    assert any(not torch.equal(final[key], initial[key]) for key in initial)
    # ... and each adapter is what the site trains from the global adapter on its own rows
    site = SiteAdapter(plan, 2)
    site.set_adapter(initial)
    site.train(1, [])
    (east,) = [arrays for index, _, arrays in updates if index == 2]
    for name, tensor in site.adapter().items():
        np.testing.assert_allclose(tensor.numpy(), east[name], atol=1e-5)
    assert set(plain["test_by_site"]) == {"north", "south", "east"}

    # SecAgg+: the strategy is handed the unmasked sum only (the same array in every result,
    # one distinct update), and the released adapter is FedAvg's within SecAgg+'s quantisation.
    secure_rounds: list[Any] = []
    secure: dict[str, Any] = {}
    server = build_adapter_secagg_server_app(
        plan, initial, secure_rounds.append, secure,
        num_shares=3, reconstruction_threshold=2, max_weight=14.0,
    )  # fmt: skip
    simulate(server, build_adapter_secagg_client_app(plan))
    assert "error" not in secure, secure
    (secure_record,) = secure_rounds
    assert secure_record.distinct_updates == 1
    assert secure_record.rows_by_site == record.rows_by_site
    for key in initial:
        masked, clear = secure["final_adapter"][key].numpy(), final[key].numpy()
        np.testing.assert_allclose(masked, clear, atol=1e-4)
    gap = max(float(np.abs(secure["final_adapter"][k] - final[k]).max()) for k in initial)
    assert gap > 0  # quantised: not bit-identical, so the sum really went through SecAgg+


def _site_file(path: Path, seed: int) -> None:
    from steward.examples.bank import BankDataConfig, write_bank_conversations

    write_bank_conversations(path, BankDataConfig(n_messages=40, seed=seed), replies=True)


def _assistant_policy(root: Path, base: Path, **federated: Any) -> Path:
    for seed, name in enumerate(("harbour", "riverside"), start=3):
        _site_file(root / f"{name}.jsonl", seed)
    off = {"enabled": False}
    policy = {
        "project": {"name": "fed-assistant"},
        "data": {"sources": [{"path": "harbour.jsonl"}], "split": {"test": 0.2, "validation": 0.1}},
        "assistant": {
            "train": {"base_model": str(base), "max_train_rows": 16, "batch_size": 4,
                      "max_length": 40, "learning_rate": 5e-3, "device": "cpu",
                      "privacy": {"enabled": True, "target_epsilon": 8.0,
                                  "grad_sample_mode": "hooks"}},
            "audit": {"max_new_tokens": 4, "bbq": off, "toxicity": off, "jailbreak": off,
                      "counterfactual": off, "pii_regurgitation": {"sample": 2},
                      "canary": {"canaries": 1, "repeats": 2, "candidates": 20}},
        },
        "federated": {"task": "assistant", "rounds": 2, "local_epochs": 1, "cpus_per_site": 2,
                      "sites": [{"name": n, "sources": [{"path": f"{n}.jsonl"}]}
                                for n in ("harbour", "riverside")], **federated},
        "gate": {"rules": [{"name": "budget", "metric": "dp_epsilon", "max": 8.0},
                           {"name": "no-leak", "metric": "pii_training_value_rate", "max": 0.0,
                            "severity": "warn"}]},
    }  # fmt: skip
    path = root / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    return path


@pytest.mark.slow
def test_federate_assistant_end_to_end(
    tiny_lm_dir: Path,  # noqa: F811
    tmp_path: Path,
    ray_cluster: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from steward.accountability.ledger import Ledger
    from steward.federated.assistant_pipeline import federate_assistant
    from steward.federated.lineage import federation_trace
    from steward.store.artifacts import Store

    for key, value in ray_cluster.items():
        monkeypatch.setenv(key, value)
    path = _assistant_policy(tmp_path, tiny_lm_dir)  # FedAvg (SecAgg+ needs 3 sites: above)
    store = Store(tmp_path / "home")
    summary = federate_assistant(
        load_policy(path), store, actor="alice", console=Console(stderr=True, quiet=True)
    )
    assert summary.privacy is not None and summary.assistant is not None
    assert [r.round for r in summary.rounds] == [1, 2]
    assert all(r.distinct_updates == 2 and r.failures == 0 for r in summary.rounds)
    # DP-SGD at each site, its own accountant, within the centralised recipe's target
    sample = summary.privacy["sample_level"]
    assert set(sample["sites"]) == {"harbour", "riverside"}
    assert all(0 < s["epsilon_spent"] <= 8.0 for s in sample["sites"].values())
    assert summary.metrics["dp_epsilon"] == sample["epsilon_spent"]
    # the sites' raw PII values never reach the server: that rule is not measurable, not passed
    verdicts = {v.name: v for v in summary.gate.verdicts}
    assert verdicts["budget"].passed and not verdicts["no-leak"].passed
    assert "not measurable" in verdicts["no-leak"].reason
    # the canary audit ran on the federated adapter
    canary = summary.assistant.audits["canary"]
    assert canary.status == "done"
    assert summary.evaluation["test_reply_loss"] > 0

    # lineage: the adapter's parents are every site's governed data set (by hash)
    version = summary.model
    record = store.get(version.artifact_sha256)
    assert record.kind == "assistant_adapter"
    site_shas = {s.name: s.dataset_sha256 for s in summary.sites}
    assert set(site_shas.values()) <= set(record.parents)
    adapter = Path(summary.run_dir) / "adapter"
    assert (adapter / "adapter_model.safetensors").is_file()
    trace = federation_trace(store, version.ref, set(record.parents))
    assert trace is not None
    assert {s["name"]: s["dataset_sha256"] for s in trace["sites"]} == site_shas
    assert all(s["in_lineage"] and s["rounds"] == [1, 2] for s in trace["sites"])
    actions = [e.action for e in Ledger(store).entries()]
    assert actions.count("federated.round") == 2 and "model.registered" in actions
    card = (Path(summary.run_dir) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Federated LoRA" in card and "harbour, riverside" in card and "fedavg" in card


def test_assistant_task_refuses_what_it_does_not_do(tmp_path: Path) -> None:
    base = tmp_path / "no-model"
    for extra, message in (
        ({"privacy": {"client_level": {"enabled": True}}}, "client-level DP is not implemented"),
        ({"privacy": {"sample_level": {"enabled": True}}}, "assistant.train.privacy"),
        ({"aggregation": "he_ckks"}, "fedavg or secaggplus"),
        ({"proximal_mu": 0.1}, "read only by task intent"),
    ):
        folder = tmp_path / str(len(message))
        folder.mkdir()
        with pytest.raises(PolicyError, match=message):
            load_policy(_assistant_policy(folder, base, **extra))
    folder = tmp_path / "intent"
    folder.mkdir()
    with pytest.raises(PolicyError, match=r"set federated\.task: assistant"):
        load_policy(_assistant_policy(folder, base, task="intent"))


def test_cli_sends_an_assistant_federation_to_its_own_run(tmp_path: Path) -> None:
    """`steward federate` takes a task: assistant policy to the federated assistant run (which
    runs on the simulation runtime only), not to the intent classifier's."""
    from typer.testing import CliRunner

    from steward.cli import app

    path = _assistant_policy(tmp_path, tmp_path / "no-model")
    result = CliRunner().invoke(
        app,
        ["federate", str(path), "--home", str(tmp_path / "home"), "--runtime", "deployment"],
        env={"STEWARD_ACTOR": "dev"},
    )
    assert result.exit_code == 2, result.output
    assert "task assistant runs on simulation" in result.output
