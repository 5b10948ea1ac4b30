"""``steward federate``: govern each site's data at the site, train the intent classifier's
head with FedAvg over the sites on Flower's simulation engine (or, ``federated.runtime:
deployment``, its deployment runtime: :mod:`steward.federated.deployment`), then gate and
register the model with lineage to every site's governed data set (by hash, never the rows).

Each site's governance is the data stage of ``steward run`` on the site's own sources (its own
quarantine, PII anonymization, datasheet and data set hash, in its own folder); its ClientApp
reads only that folder. In the simulation every site runs on this machine, so "never leaves"
is what the code does (the server's code receives parameters and counts), not a network
boundary. Each round, each site's participation and the aggregation are ledger entries.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rich.console import Console

from steward.accountability.roles import Permission, require
from steward.config import FederatedPolicy, LoadedPolicy
from steward.data.split import Splits
from steward.errors import PolicyError, StewardError
from steward.federated.apps import (
    ClientDPPlan,
    FederationPlan,
    RoundRecord,
    SitePartition,
    add_counts,
    build_client_app,
    build_server_app,
    client_epsilon,
    group_accuracy,
    head_state,
    scores,
)
from steward.federated.lineage import AGGREGATIONS
from steward.gate.rules import GateDecision
from steward.pipeline import Pipeline
from steward.registry.models import ModelVersion
from steward.runs import DataAccounting
from steward.store.artifacts import ArtifactRecord, Store, code_version, sha256_file
from steward.store.permissions import PRIVATE_DIR
from steward.train.model_source import resolve_base_model
from steward.train.trainer import IntentClassifier, set_seed

SECAGG_CLIPPING_RANGE = 8.0  # Flower's SecAggPlusWorkflow default, which secagg.py keeps
ENGINES = {
    "flower-simulation": "Flower's simulation engine",
    "flower-deployment": "Flower's deployment runtime (a SuperLink and one SuperNode process "
    "per site on 127.0.0.1)",
}
TRAINABLE = {
    "head": "the encoder stayed fixed; the sites trained and exchanged the classification "
    "head only",
    "all": "full fine-tuning; each site trained every weight (encoder and head) and exchanged "
    "all its float32 parameters each round",
}
INSTALL_HINT = (
    "Flower is not installed: run `make federated` (it installs requirements/federated.txt "
    "with pip's --no-deps, after the project)"
)


@dataclass
class SiteResult:
    """What one site's governance produced: counts and the governed data set's hash."""

    name: str
    dataset_sha256: str
    splits: dict[str, int]
    accounting: DataAccounting
    test: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "dataset_sha256": self.dataset_sha256,
            "splits": self.splits,
            "accounting": self.accounting.to_dict(),
            "test": self.test,
        }


@dataclass
class FederatedSummary:
    run_id: str
    run_dir: Path
    sites: list[SiteResult]
    rounds: list[RoundRecord]
    metrics: dict[str, float]
    gate: GateDecision
    model: ModelVersion
    seconds: dict[str, float]
    privacy: dict[str, Any] | None = None
    fairness: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "privacy": self.privacy,
            "fairness": self.fairness,
            "run_dir": str(self.run_dir),
            "sites": [site.to_dict() for site in self.sites],
            "rounds": [record.to_dict() for record in self.rounds],
            "metrics": self.metrics,
            "gate": self.gate.to_dict(),
            "model": {
                "name": self.model.name,
                "version": self.model.version,
                "status": self.model.status,
            },
            "seconds": self.seconds,
        }


class SiteGovernance(Pipeline):
    """The data stage of ``steward run`` at one site, in the site's own folder of the
    federation's run; its ledger entries name the site."""

    def __init__(
        self,
        loaded: LoadedPolicy,
        store: Store,
        *,
        actor: str,
        console: Console,
        site: str,
        run_id: str,
        run_dir: Path,
    ) -> None:
        super().__init__(loaded, store, actor=actor, console=console)
        self.site, self.run_id, self.run_dir = site, run_id, run_dir

    def _record(
        self,
        action: str,
        subject: str,
        *,
        outcome: str = "ok",
        artifacts: list[str] | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super()._record(
            action,
            subject,
            outcome=outcome,
            artifacts=artifacts,
            details={"site": self.site, **(details or {})},
        )

    def govern(self) -> tuple[Splits, ArtifactRecord, DataAccounting]:
        self.run_dir.mkdir(mode=PRIVATE_DIR, parents=True)
        splits, dataset = self._data_stage()
        return splits, dataset, self._accounting


def _site_policy(loaded: LoadedPolicy, sources: Any) -> LoadedPolicy:
    """The policy as one site applies it: the same data and PII rules, the site's sources.
    It keeps the policy file's path (relative paths resolve beside it) and hash."""
    policy = loaded.policy
    data = policy.data.model_copy(update={"sources": sources})
    return LoadedPolicy(
        policy=policy.model_copy(update={"data": data}), path=loaded.path, sha256=loaded.sha256
    )


class FederatedRun(Pipeline):
    """One run of ``steward federate``. Construct, then call :meth:`federate`."""

    def __init__(
        self,
        loaded: LoadedPolicy,
        store: Store,
        *,
        actor: str,
        console: Console | None = None,
        model_name: str | None = None,
        runtime: str | None = None,
    ) -> None:
        if loaded.policy.federated is None:
            raise PolicyError(
                "federated: the section is missing (steward federate needs its sites)",
                where=str(loaded.path),
            )
        super().__init__(loaded, store, actor=actor, console=console, model_name=model_name)
        self.federated: FederatedPolicy = loaded.policy.federated
        if runtime is not None:
            self.federated = self.federated.model_copy(update={"runtime": runtime})
        if self.federated.aggregation == "he_ckks" and self.federated.runtime == "deployment":
            raise PolicyError(
                "federated.aggregation: he_ckks runs on the simulation runtime only",
                where=str(loaded.path),
            )
        if self.federated.trainable == "all" and self.federated.runtime == "deployment":
            raise PolicyError(
                "federated.runtime: deployment is not run with trainable: all (each message "
                "would carry the whole model through Flower's gRPC transport, untested here)",
                where=str(loaded.path),
            )
        self.engine = f"flower-{self.federated.runtime}"

    def federate(self) -> FederatedSummary:
        roles = require(self.actor, Permission.RUN_PIPELINE, self.policy.roles)
        require(self.actor, Permission.TRAIN, self.policy.roles)
        try:  # before any site spends time on its data
            import flwr.simulation  # noqa: F401
        except ImportError:
            raise StewardError(INSTALL_HINT, where="steward federate") from None
        details = {
            "policy": str(self.loaded.path),
            "policy_sha256": self.loaded.sha256,
            "code_version": code_version(),
            "roles": roles,
            "sites": [site.name for site in self.federated.sites],
            "rounds": self.federated.rounds,
            "aggregation": self.federated.aggregation,
            "trainable": self.federated.trainable,
            "engine": self.engine,
        }
        return self._recorded("federation.started", details, self._federate)

    # -- the stages ----------------------------------------------------------------------
    def _govern_sites(self) -> tuple[list[SiteResult], list[SitePartition]]:
        results, partitions = [], []
        for site in self.federated.sites:
            with self._stage(f"data at {site.name}"):
                governance = SiteGovernance(
                    _site_policy(self.loaded, site.sources),
                    self.store,
                    actor=self.actor,
                    console=self.console,
                    site=site.name,
                    run_id=self.run_id,
                    run_dir=self.run_dir / "sites" / site.name,
                )
                splits, dataset, accounting = governance.govern()
            if not splits.train:
                raise StewardError(
                    f"site {site.name!r} has no training rows after governance and the split",
                    where=f"{self.loaded.path}: federated.sites",
                )
            results.append(SiteResult(site.name, dataset.sha256, splits.sizes(), accounting))
            partitions.append(SitePartition(site.name, governance.run_dir / "governed.jsonl"))
        return results, partitions

    def _labels(self, partitions: list[SitePartition]) -> tuple[str, ...]:
        # The label set is agreed by the federation (intent names, not rows): here the union
        # of the labels the sites train on.
        labels: set[str] = set()
        for partition in partitions:
            with partition.governed.open(encoding="utf-8") as handle:
                labels.update(
                    row["label"] for row in map(json.loads, handle) if row["split"] == "train"
                )
        return tuple(sorted(labels))

    def _federate(self) -> FederatedSummary:
        from steward.train.heads import split_head

        sites, partitions = self._govern_sites()
        privacy_plan = self._privacy_plan(sites)  # before any model is loaded
        train_policy = self.policy.train
        base_dir = resolve_base_model(train_policy.base_model, relative_to=self.loaded.path.parent)
        base = self._store(base_dir, "base_model", [], {"name": train_policy.base_model})
        labels = self._labels(partitions)
        names = [partition.name for partition in partitions]
        set_seed(train_policy.seed)  # the head every site starts from
        classifier, _ = IntentClassifier.from_base(
            base_dir, list(labels), train_policy.model_copy(update={"extend_vocab": False})
        )
        encoder, head = split_head(classifier.model)
        if self.federated.head_init == "label_names":
            warm_start(classifier, encoder, head, labels, self.federated.head_init_scale)
        plan = FederationPlan(
            token=self.run_id,
            base_model=base_dir,
            labels=labels,
            sites=tuple(partitions),
            rounds=self.federated.rounds,
            local_epochs=self.federated.local_epochs,
            max_length=train_policy.max_length,
            batch_size=train_policy.batch_size,
            learning_rate=train_policy.learning_rate,
            weight_decay=train_policy.weight_decay,
            seed=train_policy.seed,
            dropouts=frozenset(
                (names.index(dropout.site), dropout.round)
                for dropout in self.federated.simulate_dropouts
            ),
            server_learning_rate=self.federated.server_learning_rate,
            server_momentum=self.federated.server_momentum,
            server_optimizer=self.federated.server_optimizer,
            server_betas=self.federated.server_betas,
            server_tau=self.federated.server_tau,
            proximal_mu=self.federated.proximal_mu,
            group_fields=tuple(self.policy.data.group_fields),
            local_only=self.federated.local_only_reference
            and not self.federated.privacy.sample_level.enabled
            and not self.federated.privacy.client_level.enabled,
            trainable=self.federated.trainable,
        )
        plan = replace(plan, **privacy_plan)
        if self.federated.aggregation == "he_ckks":
            plan = self._he_keys(plan, sites)
        full = self.federated.trainable == "all"
        # what every site starts from: the head, or (trainable: all) every parameter
        initial = full_state(classifier.model) if full else head_state(head)
        if full and self.federated.aggregation == "secaggplus":
            secagg_fits(initial, self.loaded.path)
        rounds: list[RoundRecord] = []

        def on_round(record: RoundRecord) -> None:
            rounds.append(record)
            self.console.log(
                f"round {record.round}: {len(record.sites)} sites, loss {record.train_loss:.4f}, "
                f"validation accuracy {record.validation_accuracy}"
            )
            self._record(
                "federated.round",
                self.model_name,
                details={"aggregation": self.federated.aggregation, **record.to_dict()},
            )

        outcome: dict[str, Any] = {}
        with self._stage("federated training"):
            try:
                if self.federated.runtime == "deployment":
                    outcome = self._deploy(plan, initial, on_round)
                else:
                    self._simulate(plan, initial, on_round, outcome)
            finally:  # the sites' copies of the secret key outlive no federation
                for partition in plan.sites:
                    if partition.he_secret is not None:
                        partition.he_secret.unlink(missing_ok=True)
        if "error" in outcome:
            raise StewardError(
                f"federated training failed: {type(outcome['error']).__name__}: {outcome['error']}",
                where="steward federate",
            ) from outcome["error"]
        if "final_head" not in outcome or len(rounds) != self.federated.rounds:
            raise StewardError(
                f"federated training ended after {len(rounds)} of {self.federated.rounds} "
                "rounds without a final model (see Flower's log above)",
                where="steward federate",
            )
        if full:
            from steward.federated.apps import load_parameter_state

            load_parameter_state(classifier.model, outcome["final_head"])
        else:
            head.load_state_dict(outcome["final_head"])
        privacy = self._privacy_summary(plan, sites, rounds)
        fairness = fairness_audit(outcome, names)
        return self._register(
            sites, rounds, outcome["test_by_site"], classifier, base.sha256, privacy, fairness
        )

    def _he_keys(self, plan: FederationPlan, sites: list[SiteResult]) -> FederationPlan:
        """aggregation: he_ckks: the key holder site generates the CKKS key pair and gives the
        secret context to each site (a file in the site's own folder); the plan, which the
        server's code also holds, carries the public context only."""
        from steward.federated.he import HEPlan, describe, distribute_secret, generate_keys

        settings = self.federated.he_ckks
        names = [site.name for site in sites]
        holder = names.index(settings.key_holder) if settings.key_holder else 0
        secret, public = generate_keys(settings.poly_modulus_degree, settings.scale_bits)
        paths = distribute_secret(secret, [self.run_dir / "sites" / name for name in names])
        del secret
        he = HEPlan(
            public_context=public,
            # the sites' training rows in all (counts the ledger already holds): keeps the
            # encrypted weighted sum near the parameters' magnitude
            weight_unit=float(sum(site.splits["train"] for site in sites)),
            poly_modulus_degree=settings.poly_modulus_degree,
            scale_bits=settings.scale_bits,
            key_holder=holder,
        )
        self._record(
            "federated.he_keys",
            self.model_name,
            details={"key_holder": names[holder], "sites_given_secret": names, **describe(he)},
        )
        partitions = tuple(
            replace(partition, he_secret=path)
            for partition, path in zip(plan.sites, paths, strict=True)
        )
        return replace(plan, sites=partitions, he=he)

    def _simulate(
        self,
        plan: FederationPlan,
        initial_head: dict[str, Any],
        on_round: Callable[[RoundRecord], None],
        outcome: dict[str, Any],
    ) -> None:
        """Flower's simulation engine (Ray) runs the apps in this process's Ray workers."""
        from flwr.simulation import run_simulation

        flower_log = logging.getLogger("flwr")
        previous = flower_log.level
        flower_log.setLevel(logging.WARNING)  # our own lines say what each round did
        try:
            server_app, client_app = self._apps(plan, initial_head, on_round, outcome)
            run_simulation(
                server_app=server_app,
                client_app=client_app,
                num_supernodes=len(plan.sites),
                backend_config={
                    "client_resources": {
                        "num_cpus": self.federated.cpus_per_site,
                        "num_gpus": 0.0,
                    }
                },
            )
        finally:
            flower_log.setLevel(previous)

    def _deploy(
        self,
        plan: FederationPlan,
        initial_head: dict[str, Any],
        on_round: Callable[[RoundRecord], None],
    ) -> dict[str, Any]:
        """Flower's deployment runtime: a SuperLink and one SuperNode per site, processes on
        127.0.0.1 (:mod:`steward.federated.deployment`); each SuperNode is told only its own
        site's governed data set, and the plan the apps share names no site's data."""
        from steward.federated.deployment import DeploymentSpec, run_deployment

        settings = self.federated.secaggplus
        spec = DeploymentSpec(
            plan=replace(
                plan, sites=tuple(SitePartition(site.name, Path()) for site in plan.sites)
            ),
            initial_head=initial_head,
            aggregation=self.federated.aggregation,
            num_shares=settings.num_shares or len(plan.sites),
            reconstruction_threshold=settings.reconstruction_threshold,
        )
        return run_deployment(
            spec,
            [site.governed for site in plan.sites],
            self.run_dir / "deployment",
            on_round,
            timeout_s=self.federated.deployment_timeout_s,
        )

    def _privacy_plan(self, sites: list[SiteResult]) -> dict[str, Any]:
        """The federation plan's DP fields: each site's DP-SGD noise, planned for its rows
        before any training by the centralised front door's planner (a target a site cannot
        reach stops the run here, naming the site and the field), and client-level DP."""
        from steward.train.privacy import plan_privacy

        privacy = self.federated.privacy
        update: dict[str, Any] = {}
        recipe = privacy.sample_level
        if recipe.enabled and recipe.noise == "distributed":
            from steward.federated.ddp import plan_distributed

            try:
                distributed = plan_distributed(
                    target_epsilon=recipe.target_epsilon,
                    noise_multiplier=recipe.noise_multiplier,
                    sample_rate=recipe.sample_rate,
                    rounds=self.federated.rounds,
                    max_grad_norm=recipe.max_grad_norm,
                    threshold=self.federated.secaggplus.reconstruction_threshold,
                    site_rows=[site.splits["train"] for site in sites],
                    delta=recipe.delta,
                )
            except (ValueError, RuntimeError) as error:  # Opacus: no σ reaches the target
                raise StewardError(
                    f"distributed DP: {error}",
                    where=f"{self.loaded.path}: federated.privacy.sample_level",
                ) from None
            if distributed.noise_multiplier > recipe.max_noise_multiplier:
                raise StewardError(
                    f"distributed DP: ε {recipe.target_epsilon} over {self.federated.rounds} "
                    f"rounds at sample rate {recipe.sample_rate} needs noise multiplier "
                    f"{distributed.noise_multiplier:.2f}, above max_noise_multiplier "
                    f"{recipe.max_noise_multiplier}: raise the target, the rate or the cap, or "
                    "run fewer rounds",
                    where=f"{self.loaded.path}: federated.privacy.sample_level",
                )
            update.update(
                distributed_dp=distributed,
                learning_rate=recipe.learning_rate,
                lr_schedule=recipe.lr_schedule,
            )
        elif recipe.enabled:
            settings = privacy.sample_level.as_training_privacy(self.federated.trainable)
            epochs = self.federated.rounds * self.federated.local_epochs
            noise, delta = [], []
            for site in sites:
                try:
                    planned = plan_privacy(
                        settings,
                        rows=site.splits["train"],
                        batch_size=privacy.sample_level.batch_size,
                        epochs=epochs,
                    )
                except StewardError as error:
                    what = str(error).replace("train.privacy.", "federated.privacy.sample_level.")
                    what = what.replace("train.epochs", "federated.rounds × local_epochs")
                    raise StewardError(
                        f"site {site.name!r} ({site.splits['train']} training rows, {epochs} "
                        f"epochs = rounds × local_epochs): {what}",
                        where=f"{self.loaded.path}: federated.privacy.sample_level",
                    ) from None
                noise.append(planned.noise_multiplier)
                delta.append(planned.delta)
            update.update(
                sample_dp=settings,
                site_noise=tuple(noise),
                site_delta=tuple(delta),
                batch_size=recipe.batch_size,
                learning_rate=recipe.learning_rate,
                lr_schedule=recipe.lr_schedule,
                keep_optimizer_state=recipe.keep_optimizer_state,
                site_optimizer=recipe.optimizer,
            )
        client = privacy.client_level
        if client.enabled:
            count = len(sites)
            update["client_dp"] = ClientDPPlan(
                noise_multiplier=client.noise_multiplier,
                clipping_norm=client.clipping_norm,
                sampled=max(int(count * client.sites_per_round), 2),
                delta=client.delta if client.delta is not None else 1 / count,
                adaptive=client.clipping == "adaptive",
                target_clipped_quantile=client.target_clipped_quantile,
                clip_norm_lr=client.clip_norm_lr,
                clipped_count_stddev=client.clipped_count_stddev,
            )
        return update

    def _privacy_summary(
        self, plan: FederationPlan, sites: list[SiteResult], rounds: list[RoundRecord]
    ) -> dict[str, Any] | None:
        """What each DP regime spent: every site's own ε (sample-level: the last ε its
        accountant reported) and the federation's client-level ε."""
        out: dict[str, Any] = {}
        ddp = plan.distributed_dp
        if ddp is not None:
            from steward.federated.ddp import epsilon, secagg_ranges, share_epsilon

            ranges = secagg_ranges(ddp)
            ddp_spent = epsilon(ddp, len(rounds))
            out["sample_level"] = {
                "noise": "distributed",
                "mechanism": "distributed DP under SecAgg+ (DP-FedSGD): each round every site "
                "Poisson-samples its rows, sums their clipped gradients and adds 1/m of the "
                "Gaussian noise; the server unmasks only the sum (the union batch's clipped sum "
                "plus the full noise) and steps AdamW on it (post-processing)",
                "trust_model": "protects each customer against the server and the outside "
                "world as long as SecAgg+ holds (the server learns only the sum) and fewer "
                f"than {ddp.threshold} sites collude with it; a site's own share carries 1/"
                f"{ddp.threshold} of the noise variance (share_epsilon: its customers' ε were "
                "SecAgg+ broken). Continuous-Gaussian analysis; SecAgg+ quantises each share "
                "(quantization_error_ratio: rounding std over noise std), a discrete-Gaussian "
                "analysis is future work",
                "accountant": "rdp (Opacus), one for the federation: centralised DP-SGD's",
                "target_epsilon": ddp.target_epsilon,
                "epsilon_spent": round(ddp_spent, 5),
                "share_epsilon": round(share_epsilon(ddp, len(rounds)), 5),
                "delta": ddp.delta,
                "noise_multiplier": round(ddp.noise_multiplier, 5),
                "sample_rate": ddp.sample_rate,
                "max_grad_norm": ddp.max_grad_norm,
                "threshold": ddp.threshold,
                "total_rows": ddp.total_rows,
                "rounds": len(rounds),
                "learning_rate": plan.learning_rate,
                "lr_schedule": plan.lr_schedule,
                "head_init": self.federated.head_init,
                "secagg_clipping_range": ranges["clipping_range"],
                "quantization_error_ratio": ranges["quantization_error_ratio"],
                # every customer of every site has the federation's ε against the server
                "sites": {
                    site.name: {
                        "rows": site.splits["train"],
                        "epsilon_spent": round(ddp_spent, 5),
                        "delta": ddp.delta,
                    }
                    for site in sites
                },
            }
        if plan.sample_dp is not None:
            spent: dict[str, float] = {}
            for record in rounds:
                spent.update(record.epsilon_by_site or {})
            out["sample_level"] = {
                "mechanism": "DP-SGD at each site (Opacus, Poisson sampling, per-sample "
                "clipping), one accountant per site",
                "trainable": plan.trainable,
                "accountant": plan.sample_dp.accountant,
                "target_epsilon": plan.sample_dp.target_epsilon,
                "max_grad_norm": plan.sample_dp.max_grad_norm,
                "site_optimizer": plan.site_optimizer,
                "server_optimizer": plan.server_optimizer,
                "batch_size": plan.batch_size,
                "learning_rate": plan.learning_rate,
                "rounds": plan.rounds,
                "local_epochs": plan.local_epochs,
                "head_init": self.federated.head_init,
                "sites": {
                    site.name: {
                        "epsilon_spent": spent.get(site.name),
                        "delta": plan.site_delta[index],
                        "noise_multiplier": round(plan.site_noise[index], 5),
                        "rows": site.splits["train"],
                    }
                    for index, site in enumerate(sites)
                },
                "epsilon_spent": max(spent.values()) if spent else None,
            }
        if plan.client_dp is not None:
            client = plan.client_dp
            out["client_level"] = {
                "mechanism": (
                    "Flower DifferentialPrivacyClientSideFixedClipping under SecAgg+: each "
                    "site clips its own update (fixedclipping_mod) before masking, the server "
                    "unmasks the equal-weight mean and adds Gaussian noise to it"
                    if self.federated.aggregation == "secaggplus"
                    else f"Flower DifferentialPrivacyServerSide"
                    f"{'Adaptive' if client.adaptive else 'Fixed'}Clipping: each site's "
                    "update clipped, equal-weight mean, Gaussian noise on the mean"
                ),
                "clipping": "adaptive" if client.adaptive else "fixed",
                "accountant": "rdp (Opacus), sampled Gaussian mechanism over sites, Poisson "
                "approximation of Flower's fixed-size sampling",
                "noise_multiplier": client.noise_multiplier,
                "clipping_norm": client.clipping_norm,
                "sites_per_round": client.sampled,
                "sites": len(sites),
                "rounds": len(rounds),
                "delta": client.delta,
                "epsilon": client_epsilon(plan, len(rounds)),
            }
        return out or None

    def _write_model_card(
        self,
        sites: list[SiteResult],
        rounds: list[RoundRecord],
        metrics: dict[str, float],
        decision: GateDecision,
        model: ModelVersion,
        privacy: dict[str, Any] | None,
        fairness: dict[str, Any] | None = None,
    ) -> None:
        path = self.run_dir / "MODEL_CARD.md"
        path.write_text(
            model_card(
                model,
                sites,
                rounds,
                metrics,
                decision,
                privacy,
                self.engine,
                self.federated.aggregation,
                fairness,
                self.federated.trainable,
            ),
            encoding="utf-8",
        )
        card = self._store(path, "model_card", [])
        self._record("report.written", model.ref, artifacts=[card.sha256])

    def _apps(
        self,
        plan: FederationPlan,
        initial_head: dict[str, Any],
        on_round: Callable[[RoundRecord], None],
        outcome: dict[str, Any],
    ) -> tuple[Any, Any]:
        """The ServerApp and ClientApp for the policy's aggregation."""
        if self.federated.aggregation == "he_ckks":
            from steward.federated.he import build_he_client_app, build_he_server_app

            server = build_he_server_app(plan, initial_head, on_round, outcome)
            return server, build_he_client_app(plan)
        if self.federated.aggregation == "secaggplus":
            from steward.federated.secagg import build_secagg_client_app, build_secagg_server_app

            settings = self.federated.secaggplus
            server = build_secagg_server_app(
                plan,
                initial_head,
                on_round,
                outcome,
                num_shares=settings.num_shares or len(plan.sites),
                reconstruction_threshold=settings.reconstruction_threshold,
            )
            return server, build_secagg_client_app(plan)
        return build_server_app(plan, initial_head, on_round, outcome), build_client_app(plan)

    def _register(
        self,
        sites: list[SiteResult],
        rounds: list[RoundRecord],
        test_by_site: dict[str, dict[str, Any]],
        classifier: IntentClassifier,
        base_sha: str,
        privacy: dict[str, Any] | None = None,
        fairness: dict[str, Any] | None = None,
    ) -> FederatedSummary:
        site_shas = [site.dataset_sha256 for site in sites]
        # One artifact naming every site's governed data set (hashes and sizes, no rows): the
        # model's data lineage, which registration takes as its data set.
        manifest_path = self.run_dir / "federated_datasets.json"
        manifest_path.write_text(
            json.dumps(
                {
                    "sites": [
                        {"name": s.name, "dataset_sha256": s.dataset_sha256, "splits": s.splits}
                        for s in sites
                    ]
                },
                indent=1,
                sort_keys=True,
            ),
            encoding="utf-8",
        )
        manifest = self._store(manifest_path, "federated_datasets", site_shas)
        model_dir = self.run_dir / "model"
        weights_sha = sha256_file(classifier.save(model_dir))
        federation = {
            **self.federated.model_dump(mode="json", exclude={"sites"}),
            "sites": [site.name for site in sites],
            "engine": self.engine,
            "rounds_run": [record.to_dict() for record in rounds],
            "privacy_spent": privacy,
            "fairness": fairness,
        }
        sample_level = (privacy or {}).get("sample_level")
        epsilon_spent = sample_level["epsilon_spent"] if sample_level else None
        artifact = self._store(
            model_dir,
            "model",
            [manifest.sha256, *site_shas, base_sha],
            {
                "weights_sha256": weights_sha,
                "base_model": self.policy.train.base_model,
                "hyperparameters": self.policy.train.model_dump(mode="json"),
                "seed": self.policy.train.seed,
                "federated": federation,
                "protections": [
                    {"kind": "differential_privacy", **p} for p in (privacy or {}).values()
                ],
                "privacy": privacy,
                "epsilon_spent": epsilon_spent,
            },
        )
        self._record(
            "model.trained",
            self.model_name,
            artifacts=[artifact.sha256, manifest.sha256, *site_shas, base_sha],
            details={"weights_sha256": weights_sha, "federated": federation},
        )
        # The test split stays at each site; the sites send counts, summed here.
        for site in sites:
            if site.name in test_by_site:
                site.test = {k: round(v, 5) for k, v in scores(test_by_site[site.name]).items()}
        total = add_counts(list(test_by_site.values()))
        metrics = {k: round(v, 5) for k, v in scores(total).items()}
        if epsilon_spent is not None:  # the weakest site's guarantee is the model's
            metrics["dp_epsilon"] = epsilon_spent
        decision, model = self._gate_and_register(
            metrics,
            artifact.sha256,
            weights_sha,
            manifest.sha256,
            details={"federated": True, "sites": {s.name: s.dataset_sha256 for s in sites}},
        )
        self._write_model_card(sites, rounds, metrics, decision, model, privacy, fairness)
        self._record_finished(model, metrics)
        return FederatedSummary(
            run_id=self.run_id,
            run_dir=self.run_dir,
            sites=sites,
            rounds=rounds,
            metrics=metrics,
            gate=decision,
            model=model,
            seconds=self.stage_seconds,
            privacy=privacy,
            fairness=fairness,
        )


def model_card(
    model: ModelVersion,
    sites: list[SiteResult],
    rounds: list[RoundRecord],
    metrics: dict[str, float],
    decision: GateDecision,
    privacy: dict[str, Any] | None,
    engine: str = "flower-simulation",
    aggregation: str = "fedavg",
    fairness: dict[str, Any] | None = None,
    trainable: str = "head",
) -> str:
    """A short model card for a federated model: the sites (by data set hash), the rounds,
    the aggregation, the scores and, as for a centralised DP model, the privacy each regime
    spent (each site's own ε against its budget)."""
    lines = [
        f"# Model card: {model.name} v{model.version} (federated)",
        "",
        f"Trained over {len(sites)} sites in {len(rounds)} rounds on {ENGINES[engine]}; no row "
        "left a site. Gate: " + ("passed" if decision.passed else "failed") + ".",
        "",
        f"Aggregation: **{aggregation}**, {AGGREGATIONS[aggregation]}.",
        "",
        f"Trainable: **{trainable}**, " + TRAINABLE[trainable] + ".",
        "",
        "| site | governed data set (sha256) | training rows | test accuracy |",
        "|---|---|---|---|",
        *(
            f"| {s.name} | `{s.dataset_sha256[:16]}` | {s.splits.get('train', 0)} | "
            f"{s.test.get('accuracy', float('nan')):.3f} |"
            for s in sites
        ),
        "",
        f"Accuracy over all sites' test splits {metrics.get('accuracy', 0.0):.3f}, macro-F1 "
        f"{metrics.get('macro_f1', 0.0):.3f}.",
        "",
        "## Differential privacy",
        "",
    ]
    if not privacy:
        lines.append("None: neither sample-level nor client-level DP was applied.")
    if privacy and privacy.get("sample_level", {}).get("noise") == "distributed":
        sample = privacy["sample_level"]
        lines.extend(
            [
                f"- Sample-level, **distributed DP under SecAgg+** (DP-FedSGD, one step a round, "
                f"Poisson sampling at rate {sample['sample_rate']} at every site, per-sample clip "
                f"norm {sample['max_grad_norm']}, noise multiplier {sample['noise_multiplier']} "
                f"split over {sample['threshold']} sites): **ε {sample['epsilon_spent']}** at "
                f"δ = {sample['delta']:.2e} over {sample['rounds']} rounds (target "
                f"{sample['target_epsilon']}; {sample['accountant']}), for every customer of "
                f"every site ({sample['total_rows']} rows).",
                f"  Trust model: {sample['trust_model']}. A site's own share alone: ε "
                f"{sample['share_epsilon']}.",
                f"  The server's AdamW step (learning rate {sample['learning_rate']}, "
                f"{sample['lr_schedule']} schedule) reads only the noisy sum: post-processing.",
            ]
        )
    elif privacy and "sample_level" in privacy:
        sample = privacy["sample_level"]
        lines.append(
            f"- Sample-level (DP-SGD at each site, Opacus, {sample['accountant']} accountant per "
            f"site, per-sample clip norm {sample['max_grad_norm']}): **ε spent "
            f"{sample['epsilon_spent']}** (the largest over the sites; target "
            f"{sample['target_epsilon']}); it protects each customer of a site."
        )
        if sample.get("server_optimizer", "fedavg") != "fedavg":
            lines.append(
                f"  The server's {sample['server_optimizer']} step (sites: "
                f"{sample.get('site_optimizer', 'adamw')}) reads only the mean of the sites' "
                "DP-SGD outputs: post-processing, it spends no privacy; each site's ε above "
                "is over all its steps in every round."
            )
        if sample.get("head_init") == "label_names":
            lines.append(
                "  The head started from zero-shot prototypes of the intents' names (public "
                "label strings encoded by the same encoder): no row read, no privacy spent."
            )
        if "rounds" in sample:
            lines.append(
                f"  DP-SGD regime: {sample['rounds']} rounds x {sample['local_epochs']} local "
                f"epochs at expected batch {sample['batch_size']} per site, learning rate "
                f"{sample['learning_rate']}; each site's noise below is planned over all of them."
            )
        for name, site in sample["sites"].items():
            lines.append(
                f"  - {name}: ε {site['epsilon_spent']} of its budget "
                f"{sample['target_epsilon']} at δ = {site['delta']:.2e}, noise "
                f"multiplier {site['noise_multiplier']}, {site['rows']} rows"
            )
    if privacy and "client_level" in privacy:
        client = privacy["client_level"]
        lines.append(
            f"- Client-level (Flower's central DP, server-side {client['clipping']} clipping "
            f"from {client['clipping_norm']}, noise multiplier {client['noise_multiplier']}, "
            f"{client['sites_per_round']} of {client['sites']} sites a round, "
            f"{client['rounds']} rounds): **ε {client['epsilon']}** at δ = "
            f"{client['delta']:.2e} ({client['accountant']}); it protects each site as a whole "
            "and means little over few sites."
        )
    lines.extend(fairness_lines(fairness))
    return "\n".join(lines) + "\n"


def fairness_audit(outcome: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Non-IID reality: test accuracy per site and per group (each ``data.group_fields``
    value, the sites' counts added up) of the federated model and, where trained, of each
    site's local-only model. Built from the counts the sites sent, never rows."""
    models = {"federated": ("test_by_site", "test_groups_by_site")}
    if "local_only_by_site" in outcome:
        models["local_only"] = ("local_only_by_site", "local_only_groups_by_site")
    out: dict[str, Any] = {"models": list(models)}
    for model, (site_key, group_key) in models.items():
        by_site = outcome.get(site_key, {})
        out[model] = {
            "by_site": {
                name: round(scores(by_site[name])["accuracy"], 5)
                for name in names
                if name in by_site
            },
            "by_group": group_accuracy(outcome.get(group_key, {})),
        }
    if "local_only" in out:  # what each site gains by federating (negative: it loses)
        out["federated_gain_by_site"] = {
            name: round(accuracy - out["local_only"]["by_site"][name], 5)
            for name, accuracy in out["federated"]["by_site"].items()
            if name in out["local_only"]["by_site"]
        }
    return out


def fairness_lines(fairness: dict[str, Any] | None) -> list[str]:
    """The model card's fairness section: accuracy per site and per group, model by model."""
    if not fairness:
        return []
    models = fairness["models"]
    header = "| | " + " | ".join(m.replace("_", "-") for m in models) + " |"
    rule = "|---|" + "---|" * len(models)
    lines = ["", "## Accuracy per site and per group (non-IID audit)", "", header, rule]
    for site in fairness["federated"]["by_site"]:
        cells = [fairness[m]["by_site"].get(site) for m in models]
        lines.append(f"| site {site} | " + " | ".join(_cell(c) for c in cells) + " |")
    for field_name, values in fairness["federated"]["by_group"].items():
        for value, federated in values.items():
            cells = [
                fairness[m]["by_group"].get(field_name, {}).get(value, {}).get("accuracy")
                for m in models
            ]
            lines.append(
                f"| {field_name} = {value} ({federated['rows']} rows) | "
                + " | ".join(_cell(c) for c in cells)
                + " |"
            )
    if "local_only" not in models:
        lines += ["", "No local-only reference (off, or not trained under DP)."]
    return lines


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def federate(
    loaded: LoadedPolicy,
    store: Store,
    *,
    actor: str,
    console: Console | None = None,
    runtime: str | None = None,
) -> FederatedSummary:
    """``runtime`` overrides the policy's ``federated.runtime``."""
    started = time.perf_counter()
    run = FederatedRun(loaded, store, actor=actor, console=console, runtime=runtime)
    summary = run.federate()
    summary.seconds["total"] = round(time.perf_counter() - started, 2)
    return summary


def full_state(model: Any) -> dict[str, Any]:
    """``trainable: all``: a copy of every parameter of ``model`` (the federation's start)."""
    from steward.federated.apps import parameter_state

    return {name: value.clone() for name, value in parameter_state(model).items()}


def secagg_fits(initial: dict[str, Any], where: Path) -> None:
    """SecAgg+ clips what a site uploads to Flower's clipping_range (±8) before quantising it:
    a model whose weights reach that would be silently altered, so it is refused here."""
    largest = max(float(value.abs().max()) for value in initial.values())
    if largest >= SECAGG_CLIPPING_RANGE:
        raise StewardError(
            f"federated.trainable: all with aggregation: secaggplus: a weight of the base model "
            f"has magnitude {largest:.3g}, at or beyond SecAgg+'s clipping range "
            f"±{SECAGG_CLIPPING_RANGE:g}; use aggregation: fedavg, or trainable: head",
            where=f"{where}: federated.trainable",
        )


def warm_start(
    classifier: IntentClassifier,
    encoder: Any,
    head: Any,
    labels: tuple[str, ...],
    scale: float,
) -> None:
    """``federated.head_init: label_names``: the head starts from the intents' names (public
    strings) encoded by the same fixed encoder, as zero-shot prototypes."""
    from steward.train.heads import first_token_states, label_name_text, warm_start_from_label_names

    encoded = classifier._encode([label_name_text(label) for label in labels])
    batches = (
        classifier._collate(encoded[start : start + 128]) for start in range(0, len(encoded), 128)
    )
    warm_start_from_label_names(head, first_token_states(encoder, batches), scale)
