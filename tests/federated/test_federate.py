"""`steward federate` end to end on a real Flower simulation (Flower's simulation engine on the
test run's local Ray, ``ray_cluster``, joined through ``RAY_ADDRESS``: one Ray start for every
federation here): three sites with different intent mixes, each governing its own data, a tiny
randomly initialised model, two rounds of FedAvg over the classification head, in the clear
(FedAvgM, with the non-IID audit) and through SecAgg+ with sample-level DP-SGD at each site; and
client-level DP over many tiny sites."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from steward.accountability.ledger import Ledger
from steward.store.artifacts import Store
from tests.conftest import MINIMAL_GATE

pytest.importorskip("flwr", reason="Flower is not installed (make federated)")
pytestmark = pytest.mark.slow

PHRASES = {
    "card_lost": ["I lost my {item} near the {place}", "my {item} went missing at the {place}"],
    "balance": ["what is left on my {item} after the {place}", "show the {item} balance today"],
    "transfer": ["send money from my {item} to the {place}", "move funds to {place} from {item}"],
}
ITEMS = ["card", "debit card", "credit card", "wallet", "savings", "cheque book", "account"]
PLACES = ["station", "airport", "shop", "market", "office", "gym", "hotel", "bank", "park"]
# Non-IID: each site sees a different mix of intents.
MIX = {
    "north": {"card_lost": 18, "balance": 8, "transfer": 4},
    "south": {"card_lost": 4, "balance": 18, "transfer": 8},
    "east": {"card_lost": 8, "balance": 4, "transfer": 18},
}


def _rows(site: str) -> list[dict[str, Any]]:
    rows = []
    for label, count in MIX[site].items():
        for i in range(count):
            template = PHRASES[label][i % 2]
            text = template.format(item=ITEMS[i % len(ITEMS)], place=PLACES[(i * 5) % 9])
            rows.append({"message_id": f"{site}-{label}-{i}", "text": f"{text} {site} {i}",
                         "intent": label})  # fmt: skip
    return rows


def _write_sites(root: Path) -> dict[str, list[dict[str, Any]]]:
    written = {}
    for site in MIX:
        rows = _rows(site)
        if site == "north":  # personal data, anonymized at the site
            rows[0]["text"] += " write to jane.doe@example.com"
        if site == "south":  # an exact duplicate, removed at the site
            rows.append({**rows[1], "message_id": "south-copy"})
        if site == "east":  # too short after cleaning: quarantined at the site
            rows.append({"message_id": "east-blank", "text": "<b></b>", "intent": "balance"})
        path = root / f"{site}.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        written[site] = rows
    return written


def _federate(
    policy: dict[str, Any], root: Path, ray: dict[str, str]
) -> tuple[dict[str, Any], Path, dict[str, str]]:
    """``steward federate --json`` through the CLI, joining the tests' Ray. It runs in this
    process (Typer's runner): a fresh interpreter would import torch, transformers, Flower and
    Ray again for each federation, several seconds of CPU each time; the Ray workers that run
    the sites are separate processes either way."""
    from typer.testing import CliRunner

    from steward.cli import app

    policy_path = root / "steward.yaml"
    policy_path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    home = root / ".steward"
    env = {**ray, "STEWARD_ACTOR": "dev", "HF_HUB_OFFLINE": "1"}
    # Flower's Ray start puts this interpreter's sys.path in front of PYTHONPATH, for good:
    # naming it here has the runner put it back afterwards
    done = CliRunner().invoke(
        app, ["federate", str(policy_path), "--home", str(home), "--json"],
        env={**env, "PYTHONPATH": os.environ.get("PYTHONPATH")},
    )  # fmt: skip
    assert done.exit_code == 0, f"{done.output[-4000:]}\n{done.exception!r}"
    return json.loads(done.stdout), home, {**os.environ, **env}


@pytest.mark.parametrize("aggregation", ["fedavg", "secaggplus"])
def test_federate_trains_over_sites_and_records_lineage(
    tiny_model_dir: Path, tmp_path: Path, aggregation: str, ray_cluster: dict[str, str]
) -> None:
    written = _write_sites(tmp_path)
    secure = aggregation == "secaggplus"
    if not secure:
        # The plain run is also the non-IID audit's real federation (FedAvgM, each site's
        # local-only reference, accuracy per group): one federation, not two, checks both.
        _add_groups(tmp_path, written)
    # Under SecAgg+ each site also trains with DP-SGD (sample-level DP, its own accountant).
    # The noise is given, so the plan only checks it against each site's budget: Opacus'
    # search for the noise that spends exactly the target (10-25 s on a loaded core) is
    # test_example's, whose branches calibrate theirs from the example policy's target.
    sample_dp = {"enabled": True, "target_epsilon": 6.0, "noise_multiplier": 1.0,
                 "max_grad_norm": 1.0, "batch_size": 8, "learning_rate": 0.01}  # fmt: skip
    policy = {
        "project": {"name": "fed-intents"},
        "data": {"sources": [{"path": "north.jsonl"}], "split": {"test": 0.2, "validation": 0.2},
                 "group_fields": [] if secure else ["language", "age_band"]},
        "train": {"base_model": str(tiny_model_dir), "max_length": 24, "batch_size": 8,
                  "learning_rate": 0.01, "extend_vocab": False},
        "federated": {"sites": [{"name": s, "sources": [{"path": f"{s}.jsonl"}]} for s in MIX],
                      "rounds": 2, "local_epochs": 3, "cpus_per_site": min(2, os.cpu_count() or 1),
                      "aggregation": aggregation,
                      # the local-only references are not trained under sample-level DP
                      "local_only_reference": not secure,
                      "server_momentum": 0.0 if secure else 0.5,
                      # SecAgg+ (3 shares, threshold 2) survives a site lost after key sharing
                      "simulate_dropouts": [{"site": "east", "round": 2}] if secure else [],
                      "privacy": {"sample_level": sample_dp} if secure else {},
                      # the DP run starts from the intents' names (public): no privacy cost
                      "head_init": "label_names" if secure else "random"},
        "gate": MINIMAL_GATE,
    }  # fmt: skip
    summary, home, _env = _federate(policy, tmp_path, ray_cluster)
    sites = {site["name"]: site for site in summary["sites"]}
    assert list(sites) == list(MIX)

    # Each site governed its own data: its own accounting, quarantine and data set hash.
    assert sites["south"]["accounting"]["duplicates"] == 1
    assert sites["east"]["accounting"]["quarantined"] == 1
    assert sites["north"]["accounting"]["rows_with_pii"] == 1
    assert len({site["dataset_sha256"] for site in sites.values()}) == 3
    run_dir = Path(summary["run_dir"])
    for name, rows in written.items():
        governed = [
            json.loads(line)
            for line in (run_dir / "sites" / name / "governed.jsonl").read_text().splitlines()
        ]
        # a site's partition holds its own rows only
        assert {row["id"] for row in governed} <= {row["message_id"] for row in rows}
        assert (run_dir / "sites" / name / "quarantine.jsonl").is_file()
        assert "jane.doe@example.com" not in json.dumps(governed)
        assert len(governed) == sum(sites[name]["splits"].values())

    # Two rounds, every site in each (but east in round 2 under SecAgg+), each trained on its
    # own training split.
    rounds = summary["rounds"]
    assert [record["round"] for record in rounds] == [1, 2]
    for record in rounds:
        took_part = [n for n in MIX if not (secure and n == "east" and record["round"] == 2)]
        assert record["sites"] == sorted(took_part)
        assert record["failures"] == len(MIX) - len(took_part)
        assert record["rows_by_site"] == {n: sites[n]["splits"]["train"] for n in took_part}
        assert set(record["validation_accuracy_by_site"]) == set(MIX)
        assert record["update_bytes"] > 0
        # Plain FedAvg hands the strategy each site's head; SecAgg+ only the unmasked sum.
        assert record["distinct_updates"] == (1 if aggregation == "secaggplus" else len(MIX))

    # The accuracy summed from the sites' counts is the saved model's own accuracy on the
    # sites' test rows (read here, as a check, from the sites' folders).
    from steward.train.trainer import IntentClassifier

    classifier = IntentClassifier.load(run_dir / "model")
    test_rows = [
        row
        for name in MIX
        for row in map(json.loads, (run_dir / "sites" / name / "governed.jsonl").open())
        if row["split"] == "test" and row["label"] in classifier.labels
    ]
    predicted = classifier.predict([row["text"] for row in test_rows])
    correct = sum(p == row["label"] for p, row in zip(predicted, test_rows, strict=True))
    assert summary["metrics"]["accuracy"] == pytest.approx(correct / len(test_rows), abs=1e-4)

    # The ledger: one entry per round, the sites' governance entries name their site.
    store = Store(home)
    ledger = Ledger(store)
    round_entries = ledger.entries(action="federated.round")
    assert [entry.details["round"] for entry in round_entries] == [1, 2]
    assert all(entry.details["aggregation"] == aggregation for entry in round_entries)
    governed_sites = [entry.details["site"] for entry in ledger.entries(action="data.governed")]
    assert sorted(governed_sites) == sorted(MIX)

    # The registered model's lineage reaches every site's governed data set (hashes only):
    # `steward models show` in this process (a second CLI process would only import again).
    from typer.testing import CliRunner

    from steward.cli import app

    ref = f"{summary['model']['name']}:{summary['model']['version']}"
    shown = CliRunner().invoke(app, ["models", "show", ref, "--home", str(home)])
    assert shown.exit_code == 0, shown.output
    lineage = json.loads(shown.stdout)["lineage"]
    shas = {record["sha256"] for record in lineage}
    assert {site["dataset_sha256"] for site in sites.values()} <= shas
    (model,) = [record for record in lineage if record["kind"] == "model"]
    assert model["meta"]["federated"]["sites"] == list(MIX)
    assert len(model["meta"]["federated"]["rounds_run"]) == 2

    # A decision the served federated model made traces back to its sites, rounds,
    # aggregation and privacy; its model card states the aggregation.
    _assert_a_served_decision_traces_to_the_sites(tmp_path, home, summary, aggregation)

    # Sample-level DP (under SecAgg+ here): each site's own accountant, carried across rounds
    # in the site's Flower state, reports its ε; east, dropped in round 2, spent one round.
    privacy = summary["privacy"]
    if not secure:
        assert privacy is None and "dp_epsilon" not in summary["metrics"]
        assert all(record["epsilon_by_site"] is None for record in rounds)
        _assert_the_audit_names_every_site_and_group(summary)
        return
    from steward.train.privacy import epsilon_for

    by_round = [record["epsilon_by_site"] for record in rounds]
    assert set(by_round[0]) == set(MIX) and set(by_round[1]) == {"north", "south"}
    spent = privacy["sample_level"]["sites"]
    for name in MIX:
        site_rounds = 1 if name == "east" else 2
        steps_per_epoch = -(-sites[name]["splits"]["train"] // 8)  # batch size 8
        expected = epsilon_for(
            spent[name]["noise_multiplier"], 1 / steps_per_epoch,
            steps_per_epoch * 3 * site_rounds, spent[name]["delta"], "rdp",
        )  # fmt: skip
        assert 0 < spent[name]["epsilon_spent"] <= 6.0
        assert spent[name]["epsilon_spent"] == pytest.approx(expected, rel=1e-3)
        if name != "east":
            assert by_round[0][name] < by_round[1][name]
    assert spent["east"]["epsilon_spent"] < min(spent["north"]["epsilon_spent"], 6.0)
    worst = max(site["epsilon_spent"] for site in spent.values())
    assert summary["metrics"]["dp_epsilon"] == pytest.approx(worst)
    assert model["meta"]["epsilon_spent"] == pytest.approx(worst)
    assert [entry.details["epsilon_by_site"] for entry in round_entries] == by_round
    card = (run_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"ε spent {worst}" in card and "Sample-level" in card


def _add_groups(root: Path, written: dict[str, list[dict[str, Any]]]) -> None:
    """Group fields for the audit: a mostly Chinese-speaking site, a mostly 65+ one."""
    for site, rows in written.items():
        for i, row in enumerate(rows):
            row["language"] = "zh" if (site == "north") == (i % 4 != 0) else "en"
            row["age_band"] = "65+" if (site == "south") == (i % 4 != 0) else "18-64"
        path = root / f"{site}.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def _assert_the_audit_names_every_site_and_group(summary: dict[str, Any]) -> None:
    """A real federation under FedAvgM: the summary's audit names every site and group, for
    the federated model and each site's local-only one, and the model card shows the table
    (test_fairness checks the audit's figures from counts)."""
    audit = summary["fairness"]
    assert audit["models"] == ["federated", "local_only"]
    test_rows = {site["name"]: site["splits"]["test"] for site in summary["sites"]}
    for model in audit["models"]:
        assert set(audit[model]["by_site"]) == set(MIX)
        groups = audit[model]["by_group"]
        assert set(groups) == {"language", "age_band"}
        assert set(groups["language"]) == {"en", "zh"}
        for values in groups.values():
            assert sum(v["rows"] for v in values.values()) == sum(test_rows.values())
    # the federated model's per-site figures are the sites' test accuracies
    for site in summary["sites"]:
        assert audit["federated"]["by_site"][site["name"]] == site["test"]["accuracy"]
    card = (Path(summary["run_dir"]) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "## Accuracy per site and per group" in card
    assert "| language = zh" in card


def _assert_a_served_decision_traces_to_the_sites(
    root: Path, home: Path, summary: dict[str, Any], aggregation: str
) -> None:
    """The federated model, signed off by a risk owner and served by the gateway, answers one
    request; ``ledger trace`` of that request lists every site by its governed data set's
    hash with the rounds it took part in, the aggregation and the privacy spent."""
    from typer.testing import CliRunner

    from steward.cli import app
    from steward.config import load_policy
    from steward.federated.lineage import AGGREGATIONS
    from steward.registry.review import review_model
    from steward.serve.app import build_gateway, create_app
    from steward.serve.keys import KeyStore
    from tests.conftest import serving, write_policy

    ref = f"{summary['model']['name']}:{summary['model']['version']}"
    (root / "gateway").mkdir()
    policy = load_policy(
        write_policy(
            root / "gateway", summary["model"]["name"],
            roles={"assignments": {"risk_owner": ["rita"]}},
            serve={"model": ref},
            guards={"prompt_injection": {"classifier": False}},
        )
    )  # fmt: skip
    store = Store(home)
    review_model(store, policy, ref, approve=True, reason="federated pilot", actor="rita")
    gateway = build_gateway(policy, store)
    key, _ = KeyStore(store).create("app", "end_user", created_by="test")
    with serving(create_app(gateway)) as url:
        served = httpx.post(
            f"{url}/v1/classify", json={"text": "I lost my card near the station"},
            headers={"Authorization": f"Bearer {key}"}, timeout=60,
        )  # fmt: skip
    gateway.writer.close()
    assert served.status_code == 200, served.text
    request_id = served.json()["request_id"]

    from steward.accountability.trace import trace

    result = trace(store, request_id)
    assert result["model"]["ref"] == ref
    federation = result["federation"]
    assert federation["aggregation"] == aggregation
    assert federation["aggregation_means"] == AGGREGATIONS[aggregation]
    assert federation["run_id"] == summary["run_id"]
    assert federation["rounds_planned"] == 2
    entries = {entry.seq: entry for entry in Ledger(store).entries()}
    assert entries[federation["registered_seq"]].action == "model.registered"
    expected = {site["name"]: site for site in summary["sites"]}
    assert [site["name"] for site in federation["sites"]] == list(MIX)
    for site in federation["sites"]:
        name = site["name"]
        assert site["dataset_sha256"] == expected[name]["dataset_sha256"]
        assert site["in_lineage"] is True
        assert site["training_rows"] == expected[name]["splits"]["train"]
        # the site's own governance entry records that data set version
        governed = entries[site["governed_seq"]]
        assert (governed.action, governed.details["site"]) == ("data.split", name)
        assert governed.artifacts == [site["dataset_sha256"]]
        # the rounds it took part in, each its federated.round entry (east dropped in round 2
        # under SecAgg+)
        took_part = [r["round"] for r in summary["rounds"] if name in r["sites"]]
        assert site["rounds"] == took_part
        assert took_part == ([1] if aggregation == "secaggplus" and name == "east" else [1, 2])
        for number, seq in zip(site["rounds"], site["round_seqs"], strict=True):
            assert entries[seq].action == "federated.round"
            assert entries[seq].details["round"] == number and name in entries[seq].details["sites"]
    privacy = summary["privacy"]
    assert federation["privacy"] == privacy
    by_site = {site["name"]: site["epsilon_spent"] for site in federation["sites"]}
    if privacy is None:
        assert set(by_site.values()) == {None}
    else:
        spent = privacy["sample_level"]["sites"]
        assert by_site == {name: spent[name]["epsilon_spent"] for name in MIX}

    shown = CliRunner().invoke(app, ["ledger", "trace", request_id, "--home", str(home)])
    assert shown.exit_code == 0, shown.output
    said = " ".join(shown.output.split())  # rich wraps lines at the runner's width
    assert f"aggregation {aggregation}" in said
    for site in federation["sites"]:
        assert f"site {site['name']}: data set {site['dataset_sha256'][:16]}" in said
    if aggregation == "secaggplus":
        (east_round,) = federation["sites"][2]["round_seqs"]
        assert f"rounds 1 (#{east_round}); ε {by_site['east']}" in said
        assert f"ε spent {privacy['sample_level']['epsilon_spent']}" in said
    else:
        assert "no differential privacy" in said

    card = (Path(summary["run_dir"]) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"Aggregation: **{aggregation}**, {AGGREGATIONS[aggregation]}." in card
    if privacy is not None:
        target = privacy["sample_level"]["target_epsilon"]
        for name in MIX:
            assert f"- {name}: ε {by_site[name]} of its budget {target} at δ" in card
        flat = " ".join(card.split())
        assert "started from zero-shot prototypes of the intents' names" in flat
        assert (
            "DP-SGD regime: 2 rounds x 3 local epochs at expected batch 8 per site, learning "
            "rate 0.01" in flat
        )
        assert privacy["sample_level"]["head_init"] == "label_names"
    else:
        assert "zero-shot prototypes" not in card


# adaptive clipping runs the same path behind another Flower wrapper; its end-to-end case
# (~36 s) is left out of the suite to keep `make test` inside its 15 minutes: run it with
# STEWARD_FEDERATED_ADAPTIVE=1
@pytest.mark.parametrize(
    ("aggregation", "clipping"),
    [("fedavg", "fixed"), ("secaggplus", "fixed")]
    + ([("fedavg", "adaptive")] if os.environ.get("STEWARD_FEDERATED_ADAPTIVE") else []),
)
def test_client_level_dp_over_many_sites(
    tiny_model_dir: Path,
    tmp_path: Path,
    ray_cluster: dict[str, str],
    aggregation: str,
    clipping: str,
) -> None:
    """Flower's central DP (server-side fixed or adaptive clipping; under SecAgg+, each site
    clips its own update before masking and the server noises the unmasked mean) over 8 tiny
    sites, half of them sampled each round (the accounting is the same with more sites; the
    benchmark runs 100); the ε is the sampled Gaussian mechanism's over the rounds (the
    same for adaptive clipping, whose noise multiplier is the joint release's effective one)."""
    from opacus.accountants import RDPAccountant

    names = [f"branch-{i:02d}" for i in range(8)]
    for i, name in enumerate(names):
        rows = [
            {"message_id": f"{name}-{label}-{j}", "intent": label,
             "text": PHRASES[label][j % 2].format(item=ITEMS[(i + j) % 7], place=PLACES[j % 9])
             + f" {name} {j}"}
            for label in PHRASES for j in range(3)
        ]  # fmt: skip
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
        )
    policy = {
        "project": {"name": "fed-client-dp"},
        "data": {"sources": [{"path": "branch-00.jsonl"}],
                 "split": {"test": 0.2, "validation": 0.2}},
        "train": {"base_model": str(tiny_model_dir), "max_length": 24, "batch_size": 4,
                  "learning_rate": 0.01, "extend_vocab": False},
        "federated": {"sites": [{"name": n, "sources": [{"path": f"{n}.jsonl"}]} for n in names],
                      "rounds": 2, "cpus_per_site": min(2, os.cpu_count() or 1),
                      "aggregation": aggregation,
                      "privacy": {"client_level": {"enabled": True, "noise_multiplier": 1.0,
                                                   "clipping_norm": 0.5, "clipping": clipping,
                                                   "clipped_count_stddev": 1.0,
                                                   "sites_per_round": 0.5}}},
        "gate": MINIMAL_GATE,
    }  # fmt: skip
    summary, home, _env = _federate(policy, tmp_path, ray_cluster)

    rounds = summary["rounds"]
    assert [record["round"] for record in rounds] == [1, 2]
    secure = aggregation == "secaggplus"
    for record in rounds:  # 4 of the 8 sites each round; each update seen (clipped) unless
        # SecAgg+ hides them: then the server holds only their unmasked mean
        assert len(record["sites"]) == 4 and set(record["sites"]) <= set(names)
        assert record["distinct_updates"] == (1 if secure else 4)
        assert record["epsilon_by_site"] is None
    epsilons = [record["client_epsilon"] for record in rounds]
    for after, epsilon in enumerate(epsilons, start=1):
        accountant = RDPAccountant()  # Opacus' own, for the same mechanism
        accountant.history = [(1.0, 0.5, after)]
        assert 0 < epsilon < float("inf")
        assert epsilon == pytest.approx(accountant.get_epsilon(delta=1 / 8), rel=1e-4)
    assert epsilons[0] < epsilons[1]
    client = summary["privacy"]["client_level"]
    assert client["epsilon"] == epsilons[1] and client["delta"] == pytest.approx(1 / 8)
    assert (client["sites"], client["sites_per_round"], client["rounds"]) == (8, 4, 2)
    assert client["clipping"] == clipping and clipping.capitalize() in client["mechanism"]
    assert ("ClientSide" in client["mechanism"]) == secure
    # A site-level ε is not a per-customer ε: dp_epsilon (sample-level) stays absent.
    assert "dp_epsilon" not in summary["metrics"]
    card = (Path(summary["run_dir"]) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"ε {epsilons[1]}" in card and "Client-level" in card
    entries = Ledger(Store(home)).entries(action="federated.round")
    assert [entry.details["client_epsilon"] for entry in entries] == epsilons
