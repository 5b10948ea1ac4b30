"""Full fine-tuning over the sites (``federated.trainable: all``): the policy's refusals, DP-SGD on
the whole model at one site with its own accountant, and a real Flower simulation (FedAvg and
SecAgg+) in which every weight moves and the federated model is the sites' row-weighted mean."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from steward.config import parse_policy
from steward.errors import PolicyError
from tests.conftest import MINIMAL_GATE

SITES = {  # non-IID: each site a different intent mix (rows per intent)
    "north": {"card_lost": 9, "balance": 4, "transfer": 2},
    "south": {"card_lost": 2, "balance": 9, "transfer": 4},
    "east": {"card_lost": 4, "balance": 2, "transfer": 9},
}
PHRASES = {
    "card_lost": "I lost my card near the {0}",
    "balance": "what is the balance of my account at {0}",
    "transfer": "send money to the {0} account",
}
PLACES = ["station", "airport", "shop", "market", "office", "gym", "hotel", "bank", "park"]


def _policy(**federated: Any) -> dict[str, Any]:
    sites = [{"name": n, "sources": [{"path": f"{n}.jsonl"}]} for n in SITES]
    return {
        "project": {"name": "t"},
        "data": {"sources": [{"path": "d.jsonl"}]},
        "gate": MINIMAL_GATE,
        "federated": {"sites": sites, "trainable": "all", **federated},
    }


def test_policy_accepts_full_fine_tuning_and_refuses_what_it_does_not_run() -> None:
    dp = {"sample_level": {"enabled": True}, "client_level": {"enabled": True}}
    for accepted in ({}, {"aggregation": "secaggplus"}, {"privacy": dp}, {"proximal_mu": 0.1}):
        policy = parse_policy(_policy(**accepted))
        assert policy.federated is not None and policy.federated.trainable == "all"
    sample = parse_policy(_policy(privacy=dp)).federated
    assert sample is not None
    # DP-SGD at a site runs on the whole model, as the centralised privacy.trainable: all
    assert sample.privacy.sample_level.as_training_privacy("all").trainable == "all"
    assert sample.privacy.sample_level.as_training_privacy().trainable == "head"
    distributed = {"sample_level": {"enabled": True, "noise": "distributed"}}
    for refused, message in (
        ({"aggregation": "he_ckks"}, r"federated.aggregation: he_ckks is not run with trainable"),
        ({"aggregation": "he_ckks"}, r"5,553 ciphertexts, ~0.73 GB a site a round"),
        (
            {"aggregation": "secaggplus", "privacy": distributed},
            r"federated.privacy.sample_level.noise: distributed",
        ),
        ({"runtime": "deployment"}, r"federated.runtime: deployment is not run with trainable"),
    ):
        with pytest.raises(PolicyError, match=message):
            parse_policy(_policy(**refused))
    with pytest.raises(PolicyError, match=r"federated\.trainable"):
        parse_policy(_policy(trainable="encoder"))


def test_secaggplus_refuses_a_model_beyond_its_clipping_range() -> None:
    """SecAgg+ clips uploads to ±8 before quantising: a base model with a weight there would be
    silently altered, so trainable: all with secaggplus refuses it before any round."""
    import torch

    from steward.errors import StewardError
    from steward.federated.pipeline import secagg_fits

    secagg_fits({"w": torch.tensor([7.9, -7.9])}, Path("steward.yaml"))  # MiniLM's largest
    with pytest.raises(StewardError, match=r"magnitude 8\.5, at or beyond SecAgg\+'s") as error:
        secagg_fits({"w": torch.tensor([0.1, -8.5])}, Path("steward.yaml"))
    assert "federated.trainable" in str(error.value)


def _governed(root: Path) -> tuple[tuple[str, ...], list[Path]]:
    """Three sites' governed rows (splits made), as the sites' ClientApps read them."""
    paths = []
    for site, mix in SITES.items():
        path = root / site / "governed.jsonl"
        path.parent.mkdir(parents=True)
        with path.open("w", encoding="utf-8") as handle:
            for label, count in mix.items():
                for i in range(count + 2):
                    split = ("validation", "test")[i] if i < 2 else "train"
                    text = PHRASES[label].format(PLACES[(i * 5) % 9]) + f" {site} {i}"
                    handle.write(json.dumps({"text": text, "label": label, "split": split}))
                    handle.write("\n")
        paths.append(path)
    return tuple(sorted(PHRASES)), paths


def _plan(model_dir: Path, root: Path, **fields: Any) -> tuple[Any, dict[str, Any]]:
    from steward.config import TrainPolicy
    from steward.federated.apps import FederationPlan, SitePartition
    from steward.federated.pipeline import full_state
    from steward.train.trainer import IntentClassifier, set_seed

    labels, paths = _governed(root)
    set_seed(13)
    classifier, _ = IntentClassifier.from_base(
        model_dir, list(labels), TrainPolicy(extend_vocab=False, max_length=16)
    )
    settings: dict[str, Any] = {"batch_size": 8, **fields}
    plan = FederationPlan(
        token=f"full-{root.name}", base_model=model_dir, labels=labels,
        sites=tuple(SitePartition(p.parent.name, p) for p in paths), rounds=2, local_epochs=1,
        max_length=16, learning_rate=1e-3, weight_decay=0.01, seed=13, trainable="all",
        **settings,
    )  # fmt: skip
    return plan, full_state(classifier.model)


@pytest.fixture(scope="module")
def word_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A randomly initialised 1-layer, 16-wide BERT over a word-level vocabulary of these
    tests' own words (~60 tokens): every weight is exchanged each round, so the model is
    kept a few thousand weights small (the MiniLM tokenizer's vocabulary alone would make it
    ~0.5M)."""
    import torch
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace
    from tokenizers.processors import TemplateProcessing
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    words = {w for text in PHRASES.values() for w in text.replace("{0}", "").split()}
    words |= set(PLACES) | set(SITES) | {str(i) for i in range(12)}
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    vocab = {token: i for i, token in enumerate(special + sorted(words))}
    backend = Tokenizer(WordLevel(vocab, unk_token="[UNK]"))
    backend.pre_tokenizer = Whitespace()
    backend.post_processor = TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]",
    )  # fmt: skip
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=32,
    )  # fmt: skip
    target = tmp_path_factory.mktemp("word-bert")
    BertModel(config).save_pretrained(target, safe_serialization=True)
    tokenizer.save_pretrained(target)
    return target


def _moved(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    return {key for key in before if not bool((before[key] == after[key]).all())}


def test_dp_sgd_on_the_whole_model_at_a_site_with_its_own_accountant(
    word_model_dir: Path, tmp_path: Path
) -> None:
    from opacus.accountants import RDPAccountant

    from steward.config import SiteDP
    from steward.federated.apps import FullSiteModel
    from steward.train.privacy import plan_privacy

    settings = SiteDP(enabled=True, target_epsilon=8.0, batch_size=4).as_training_privacy("all")
    planned = plan_privacy(settings, rows=15, batch_size=4, epochs=2)  # north's 15 rows
    plan, initial = _plan(
        word_model_dir, tmp_path, sample_dp=settings, batch_size=4,
        site_noise=(planned.noise_multiplier,) * 3, site_delta=(planned.delta,) * 3,
    )  # fmt: skip
    site = FullSiteModel(plan, 0)
    assert set(site.state()) == set(initial)  # every parameter, and only parameters
    assert all(value.dtype.is_floating_point for value in site.state().values())
    site.set_state(initial)
    history: list[tuple[float, float, int]] = []
    for server_round in (1, 2):
        site.train(server_round, history)
    moved = _moved(initial, site.state())
    # the encoder (embeddings, attention, feed-forward) was trained, not only the head
    assert any(key.startswith("bert.embeddings.") for key in moved)
    assert any(".attention." in key for key in moved)
    assert {"classifier.weight", "classifier.bias"} <= moved
    # the site's accountant: two rounds of one epoch each, at the noise planned for both
    batches = -(-15 // 4)  # Opacus' Poisson loader: rate 1 / batches, that many steps an epoch
    assert {(noise, q) for noise, q, _ in history} == {(planned.noise_multiplier, 1 / batches)}
    assert sum(steps for _, _, steps in history) == 2 * batches
    reference = RDPAccountant()
    reference.history = list(history)
    epsilon = site.epsilon(history)
    assert epsilon == pytest.approx(reference.get_epsilon(planned.delta), rel=1e-9)
    assert 0 < epsilon <= 8.0 + 1e-6
    # Opacus' hooks are gone: the model evaluates (and trains) as an ordinary module again
    assert not any(hasattr(p, "grad_sample") for p in site.model.parameters())
    assert site.counts("test")["num-examples"] == 3


@pytest.mark.slow
def test_simulation_full_fedavg_and_secaggplus_average_every_weight(
    word_model_dir: Path,
    tmp_path: Path,
    ray_cluster: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two rounds over three sites on Flower's simulation engine with trainable: all: the
    federated model is the row-weighted mean of the sites' fully fine-tuned models (computed
    here from each site's own FullSiteModel with the same seeds), the same through SecAgg+
    within its quantisation, and the encoder's weights moved."""
    from dataclasses import replace

    from flwr.simulation import run_simulation

    from steward.federated.apps import FullSiteModel, build_client_app, build_server_app
    from steward.federated.secagg import build_secagg_client_app, build_secagg_server_app

    for key, value in ray_cluster.items():
        monkeypatch.setenv(key, value)
    plan, initial = _plan(word_model_dir, tmp_path)

    def simulate(server: Any, client: Any) -> None:
        run_simulation(
            server_app=server, client_app=client, num_supernodes=3,
            backend_config={"client_resources": {"num_cpus": 1, "num_gpus": 0.0}},
        )  # fmt: skip

    records: dict[str, list[Any]] = {"fedavg": [], "secaggplus": []}
    plain: dict[str, Any] = {}
    simulate(
        build_server_app(plan, initial, records["fedavg"].append, plain), build_client_app(plan)
    )
    assert "error" not in plain, plain
    # SecAgg+ over one round: its model is then round 1's mean, with no training after it
    # to compound the quantisation
    secure_plan = replace(plan, token=plan.token + "-secagg", rounds=1)
    secure: dict[str, Any] = {}
    server = build_secagg_server_app(
        secure_plan, initial, records["secaggplus"].append, secure,
        num_shares=3, reconstruction_threshold=2,
    )  # fmt: skip
    simulate(server, build_secagg_client_app(secure_plan))
    assert "error" not in secure, secure

    # The reference: each site trains the round's mean with the same seeds, here.
    sites = [FullSiteModel(plan, index) for index in range(3)]
    reference = {key: value.clone() for key, value in initial.items()}
    means = []
    for server_round in (1, 2):
        updates, weights = [], []
        for site in sites:
            site.set_state(reference)
            site.train(server_round)
            updates.append({k: v.clone() for k, v in site.state().items()})
            weights.append(len(site.targets["train"]))
        reference = {
            key: sum(w * u[key] for w, u in zip(weights, updates, strict=True)) / sum(weights)
            for key in reference
        }
        means.append(reference)

    def gap(final: dict[str, Any], mean: dict[str, Any]) -> float:
        assert set(final) == set(initial)
        return max(float((final[k] - mean[k]).abs().max()) for k in mean)

    assert gap(plain["final_head"], means[1]) < 1e-5
    # SecAgg+ quantises each site's upload, times its weight n/1000, on a grid of 16/2^22 in
    # [-8, 8]; the sum of 3 such errors over the weights' sum (45/1000) bounds the mean's
    # (stochastic rounding: under one grid step per site)
    quantisation = 3 * (16 / 2**22) / (45 / 1000) + 1e-6
    assert gap(secure["final_head"], means[0]) <= quantisation
    assert gap(secure["final_head"], means[0]) > 0  # it is SecAgg+'s sum, not a plain mean
    for final in (plain["final_head"], secure["final_head"]):
        moved = _moved(initial, final)
        assert any(key.startswith("bert.encoder.layer.0.") for key in moved)
        assert "bert.embeddings.word_embeddings.weight" in moved
    n_bytes = sum(value.numel() * 4 for value in initial.values())
    for record in records["fedavg"]:  # the server received every site's whole model
        assert (record.distinct_updates, record.update_bytes) == (3, 3 * n_bytes)
    for record in records["secaggplus"]:  # ... or, under SecAgg+, only the unmasked sum
        assert record.distinct_updates == 1
    assert [r.round for r in records["secaggplus"]] == [1]
    assert sum(c["num-examples"] for c in plain["test_by_site"].values()) == 3 * 3
