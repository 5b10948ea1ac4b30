"""``steward federate`` with ``federated.task: assistant``: federated LoRA fine-tuning of the
assistant over the policy's sites on Flower's simulation engine.

Each site runs the assistant pipeline's data stage on its own conversations (the agent's reply
a second required text field; its own quarantine, PII anonymization, datasheet and data set
hash, in its own folder), and its ClientApp reads only that folder. The sites train the policy's
LoRA adapter (``assistant.train``: the centralised recipe, DP-SGD included) for
``local_epochs`` a round and send only the adapter's LoRA matrices; the server averages them
(FedAvg weighted by rows, in the clear or through SecAgg+). Then, as ``steward run`` does for
a centrally fine-tuned assistant: the generation audits on the merged federated adapter (the
canary exposure audit included: the canaries are planted at the first site only), the gate,
registration of the adapter with lineage to every site's governed data set (by hash, never the
rows), the model card (which says federated LoRA) and the audit report. Each round's
participation, aggregation and privacy spent are ``federated.round`` ledger entries, so
``ledger trace`` of the adapter lists the sites as for a federated intent model.

What the server does not have here, unlike the centralised run: the raw PII values a site's
anonymizer saw (the PII regurgitation audit runs its prompts without them) and the training
messages' topic mix (no topic-drift reference): both would be rows or read rows.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from steward.accountability.roles import Permission, require
from steward.assistant.pipeline import AssistantPipeline, base_weights_sha256
from steward.config import FederatedPolicy, LoadedPolicy
from steward.data.accounting import DataAccounting
from steward.errors import PolicyError, StewardError
from steward.federated.apps import SitePartition
from steward.federated.assistant_apps import (
    AdapterPlan,
    AdapterRound,
    adapter_state,
    build_adapter_model,
    load_adapter,
    mean_loss,
    perplexity,
)
from steward.federated.pipeline import (
    INSTALL_HINT,
    SiteGovernance,
    SiteResult,
    _site_policy,
)
from steward.gate.rules import GateDecision
from steward.registry.models import ModelVersion
from steward.runs import AssistantRunSummary, assistant_metrics
from steward.store.artifacts import Store, code_version, sha256_file

NO_KNOWN_VALUES = (
    "federated: the raw personal data values stay at the sites, so the server cannot check "
    "answers against them"
)


@dataclass
class FederatedAssistantSummary:
    run_id: str
    run_dir: Path
    sites: list[SiteResult]
    rounds: list[AdapterRound]
    metrics: dict[str, float]
    evaluation: dict[str, Any]  # held-out reply loss / perplexity of the federated adapter
    gate: GateDecision
    model: ModelVersion
    seconds: dict[str, float]
    privacy: dict[str, Any] | None = None
    assistant: AssistantRunSummary | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": "assistant",
            "run_id": self.run_id,
            "run_dir": str(self.run_dir),
            "sites": [site.to_dict() for site in self.sites],
            "rounds": [record.to_dict() for record in self.rounds],
            "metrics": self.metrics,
            "evaluation": self.evaluation,
            "privacy": self.privacy,
            "gate": self.gate.to_dict(),
            "model": {
                "name": self.model.name,
                "version": self.model.version,
                "status": self.model.status,
            },
            "audits": {
                k: a.to_dict() for k, a in (self.assistant.audits if self.assistant else {}).items()
            },
            "seconds": self.seconds,
        }


class AssistantSiteGovernance(SiteGovernance):
    """The assistant's data stage at one site: the agent's reply is a required text field,
    cleaned and anonymized like the message."""

    def __init__(self, *args: Any, response_field: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.extra_text_fields = (response_field,)


def add_accounting(parts: list[DataAccounting]) -> DataAccounting:
    """The sites' row accounting added up (counts only)."""
    total = DataAccounting()
    for part in parts:
        total.rows_read += part.rows_read
        total.kept += part.kept
        total.quarantined += part.quarantined
        total.duplicates += part.duplicates
        total.near_duplicates += part.near_duplicates
        total.rows_with_pii += part.rows_with_pii
        for name in ("quarantine_reasons", "pii_found", "pii_remaining"):
            into: dict[str, int] = getattr(total, name)
            for key, value in getattr(part, name).items():
                into[key] = into.get(key, 0) + value
        total.warnings.extend(part.warnings)
    return total


class FederatedAssistantRun(AssistantPipeline):
    """One ``steward federate`` of an assistant policy. Construct, then call :meth:`federate`."""

    def __init__(
        self,
        loaded: LoadedPolicy,
        store: Store,
        *,
        actor: str,
        console: Console | None = None,
        model_name: str | None = None,
    ) -> None:
        federated = loaded.policy.federated
        if federated is None or federated.task != "assistant":
            raise PolicyError(
                "federated.task: assistant is needed for a federated assistant",
                where=str(loaded.path),
            )
        super().__init__(loaded, store, actor=actor, console=console, model_name=model_name)
        self.federated: FederatedPolicy = federated
        self.engine = "flower-simulation"

    def federate(self) -> FederatedAssistantSummary:
        roles = require(self.actor, Permission.RUN_PIPELINE, self.policy.roles)
        require(self.actor, Permission.TRAIN, self.policy.roles)
        try:
            import flwr.simulation  # noqa: F401
        except ImportError:
            raise StewardError(INSTALL_HINT, where="steward federate") from None
        details = {
            "policy": str(self.loaded.path),
            "policy_sha256": self.loaded.sha256,
            "code_version": code_version(),
            "roles": roles,
            "task": "assistant",
            "sites": [site.name for site in self.federated.sites],
            "rounds": self.federated.rounds,
            "aggregation": self.federated.aggregation,
            "trainable": "lora",
            "engine": self.engine,
        }
        return self._recorded("federation.started", details, self._federate)

    # -- the stages ----------------------------------------------------------------------
    def _govern_sites(self) -> tuple[list[SiteResult], list[SitePartition]]:
        results, partitions = [], []
        for site in self.federated.sites:
            with self._stage(f"data at {site.name}"):
                governance = AssistantSiteGovernance(
                    _site_policy(self.loaded, site.sources),
                    self.store,
                    actor=self.actor,
                    console=self.console,
                    site=site.name,
                    run_id=self.run_id,
                    run_dir=self.run_dir / "sites" / site.name,
                    response_field=self.assistant.response_field,
                )
                splits, dataset, accounting = governance.govern()
            if not splits.train:
                raise StewardError(
                    f"site {site.name!r} has no training dialogues after governance and the split",
                    where=f"{self.loaded.path}: federated.sites",
                )
            results.append(SiteResult(site.name, dataset.sha256, splits.sizes(), accounting))
            partitions.append(SitePartition(site.name, governance.run_dir / "governed.jsonl"))
        return results, partitions

    def _site_rows(self, sites: list[SiteResult], canary_rows: int) -> list[int]:
        """The dialogues each site trains on: its train split cut to max_train_rows, plus the
        planted canaries at the first site (what its DP-SGD's sampling rate is over)."""
        cap = self.assistant.train.max_train_rows
        rows = [min(s.splits["train"], cap) if cap else s.splits["train"] for s in sites]
        rows[0] += canary_rows
        return rows

    def _privacy_plan(self, rows: list[int], sites: list[SiteResult]) -> dict[str, Any]:
        """Each site's DP-SGD noise for assistant.train.privacy's target over all its rounds,
        planned before any training by the centralised front door's planner."""
        from steward.train.privacy import plan_privacy

        settings = self.assistant.train.privacy
        if not settings.enabled:
            return {}
        epochs = self.federated.rounds * self.federated.local_epochs
        noise, delta = [], []
        for site, count in zip(sites, rows, strict=True):
            try:
                planned = plan_privacy(
                    settings, rows=count, batch_size=self.assistant.train.batch_size, epochs=epochs
                )
            except StewardError as error:
                what = str(error).replace("train.", "assistant.train.")
                raise StewardError(
                    f"site {site.name!r} ({count} training dialogues, {epochs} epochs = rounds × "
                    f"local_epochs): {what}",
                    where=f"{self.loaded.path}: assistant.train.privacy",
                ) from None
            noise.append(planned.noise_multiplier)
            delta.append(planned.delta)
        return {"site_noise": tuple(noise), "site_delta": tuple(delta)}

    def _federate(self) -> FederatedAssistantSummary:
        from steward.assistant.canary import make_canaries
        from steward.assistant.model import ChatModel

        sites, partitions = self._govern_sites()
        names = [site.name for site in sites]
        settings = self.assistant.train
        canary_policy = self.assistant.audit.canary
        canaries = (
            make_canaries(canary_policy.canaries, canary_policy.digits, canary_policy.seed)
            if canary_policy.enabled
            else []
        )
        planted = len(canaries) * canary_policy.repeats if canaries else 0
        rows = self._site_rows(sites, planted)
        plan = AdapterPlan(
            token=self.run_id,
            base_model=self._base_model_dir(),
            sites=tuple(partitions),
            rounds=self.federated.rounds,
            local_epochs=self.federated.local_epochs,
            train=settings,
            system_prompt=self.assistant.system_prompt,
            response_field=self.assistant.response_field,
            dropouts=frozenset(
                (names.index(d.site), d.round) for d in self.federated.simulate_dropouts
            ),
            canaries=tuple(canaries),
            canary_repeats=canary_policy.repeats,
            canary_site=0,
            **self._privacy_plan(rows, sites),
        )
        knowledge: dict[str, Any] | None = None
        kb = None
        if self.assistant.knowledge is not None:
            with self._stage("knowledge"):
                kb, knowledge = self._build_knowledge()
        base_sha = base_weights_sha256(plan.base_model)
        chat, model = build_adapter_model(plan.base_model, settings)
        initial = adapter_state(model)
        rounds: list[AdapterRound] = []

        def on_round(record: AdapterRound) -> None:
            rounds.append(record)
            self.console.log(
                f"round {record.round}: {len(record.sites)} sites, loss {record.train_loss:.4f}, "
                f"validation loss {record.validation_loss}"
            )
            self._record(
                "federated.round",
                self.model_name,
                details={"aggregation": self.federated.aggregation, "task": "assistant",
                         **record.to_dict()},
            )  # fmt: skip

        outcome: dict[str, Any] = {}
        started = time.perf_counter()
        with self._stage("federated training"):
            self._simulate(plan, initial, on_round, outcome, max(rows))
        seconds = time.perf_counter() - started
        if "error" in outcome:
            raise StewardError(
                f"federated training failed: {type(outcome['error']).__name__}: {outcome['error']}",
                where="steward federate",
            ) from outcome["error"]
        if "final_adapter" not in outcome or len(rounds) != self.federated.rounds:
            raise StewardError(
                f"federated training ended after {len(rounds)} of {self.federated.rounds} "
                "rounds without a final adapter (see Flower's log above)",
                where="steward federate",
            )
        load_adapter(model, outcome["final_adapter"])
        adapter_dir = self.run_dir / "adapter"
        model.save_pretrained(adapter_dir, safe_serialization=True, save_embedding_layers=False)
        privacy = self._privacy_summary(plan, sites, rounds)
        test_by_site: dict[str, dict[str, Any]] = outcome["test_by_site"]
        for site in sites:
            if site.name in test_by_site:
                loss = mean_loss([test_by_site[site.name]])
                site.test = {
                    "reply_loss": loss or float("nan"),
                    "perplexity": perplexity(loss) or 0,
                }
        test_loss = mean_loss(test_by_site.values())
        evaluation = {
            "test_reply_loss": test_loss,
            "test_perplexity": perplexity(test_loss),
            "test_rows": sum(int(c["num-examples"]) for c in test_by_site.values()),
        }
        trainable = sum(p.numel() for p in initial.values())
        federation = {
            **self.federated.model_dump(mode="json", exclude={"sites"}),
            "sites": names,
            "engine": self.engine,
            "rounds_run": [record.to_dict() for record in rounds],
            "privacy_spent": privacy,
            "canary_site": names[0] if canaries else None,
            "evaluation": evaluation,
        }
        training = {
            "base_model": settings.base_model,
            "base_model_dir": str(plan.base_model),
            "adapter_dir": str(adapter_dir),
            "trainable_parameters": trainable,
            "total_parameters": sum(p.numel() for p in model.parameters()),
            "seconds": round(seconds, 2),
            "device": chat.device,
            "rows": sum(rows),
            "losses": [record.train_loss for record in rounds],  # per round: the sites' mean
            "lora": settings.lora.model_dump(),
            "privacy": _card_privacy(privacy),
            "canaries_planted": planted,
            "federated": federation,
        }
        # Lineage: one manifest naming every site's governed data set (hashes, sizes, no rows)
        # is the adapter's data set; the sites' data sets and the knowledge base are parents.
        site_shas = [site.dataset_sha256 for site in sites]
        manifest_path = self.run_dir / "federated_datasets.json"
        manifest_path.write_text(
            json.dumps(
                {"task": "assistant", "sites": [
                    {"name": s.name, "dataset_sha256": s.dataset_sha256, "splits": s.splits}
                    for s in sites]},
                indent=1, sort_keys=True,
            ),
            encoding="utf-8",
        )  # fmt: skip
        manifest = self._store(manifest_path, "federated_datasets", site_shas)
        kb_sha = knowledge["sha256"] if knowledge else None
        artifact = self._store(
            adapter_dir,
            "assistant_adapter",
            [manifest.sha256, *site_shas, *([kb_sha] if kb_sha else [])],
            {"base_model": settings.base_model, "base_model_dir": str(plan.base_model),
             "base_sha256": base_sha, "lora": settings.lora.model_dump(),
             "privacy": training["privacy"], "system_prompt": self.assistant.system_prompt,
             "knowledge_base_sha256": kb_sha, "topic_reference": None,
             "federated": federation,
             "protections": [{"kind": "differential_privacy", **p}
                             for p in (privacy or {}).values()]},
        )  # fmt: skip
        self._record(
            "model.trained",
            self.model_name,
            artifacts=[artifact.sha256, manifest.sha256, *site_shas],
            details={"federated": federation, "trainable_parameters": trainable},
        )
        model.merge_adapter()  # the audits generate with the merged federated adapter
        model.eval()
        served = ChatModel(model, chat.tokenizer, chat.device)
        with self._stage("audit"):
            audits = self._audit_generation(served, kb, canaries, artifact.sha256)
        accounting = add_accounting([site.accounting for site in sites])
        self._accounting = accounting
        epsilon = (privacy or {}).get("sample_level", {}).get("epsilon_spent")
        metrics = assistant_metrics(accounting, audits, epsilon)
        # The raw personal data a site's anonymizer saw stays at the site: the server cannot
        # check answers against it, so a rule on it is "not measurable", never a vacuous pass.
        metrics.pop("pii_training_value_rate", None)
        unmeasured = {"pii_training_value_rate": NO_KNOWN_VALUES}
        weights_sha = sha256_file(adapter_dir / "adapter_model.safetensors")
        decision, registered = self._gate_and_register(
            metrics, artifact.sha256, weights_sha, manifest.sha256,
            {"kind": "assistant_adapter", "federated": True,
             "sites": {s.name: s.dataset_sha256 for s in sites}},
            not_measurable=unmeasured,
        )  # fmt: skip
        splits: dict[str, int] = {}
        for site in sites:
            for name, count in site.splits.items():
                splits[name] = splits.get(name, 0) + count
        assistant = AssistantRunSummary(
            run_id=self.run_id,
            run_dir=self.run_dir,
            accounting=accounting,
            splits=splits,
            training=training,
            knowledge=knowledge,
            audits=audits,
            gate=decision,
            model=registered,
            stage_seconds=self.stage_seconds,
        )
        with self._stage("report"):
            self._write_assistant_reports(assistant, [artifact.sha256, manifest.sha256])
        self._record_finished(registered, metrics)
        return FederatedAssistantSummary(
            run_id=self.run_id,
            run_dir=self.run_dir,
            sites=sites,
            rounds=rounds,
            metrics=metrics,
            evaluation=evaluation,
            gate=decision,
            model=registered,
            seconds=self.stage_seconds,
            privacy=privacy,
            assistant=assistant,
        )

    def _simulate(
        self,
        plan: AdapterPlan,
        initial: dict[str, Any],
        on_round: Callable[[AdapterRound], None],
        outcome: dict[str, Any],
        max_rows: int,
    ) -> None:
        from flwr.simulation import run_simulation

        from steward.federated.assistant_apps import (
            build_adapter_client_app,
            build_adapter_secagg_client_app,
            build_adapter_secagg_server_app,
            build_adapter_server_app,
        )

        if self.federated.aggregation == "secaggplus":
            secagg = self.federated.secaggplus
            server = build_adapter_secagg_server_app(
                plan, initial, on_round, outcome,
                num_shares=secagg.num_shares or len(plan.sites),
                reconstruction_threshold=secagg.reconstruction_threshold,
                max_weight=float(max(max_rows, 1)),
            )  # fmt: skip
            client = build_adapter_secagg_client_app(plan)
        else:
            server = build_adapter_server_app(plan, initial, on_round, outcome)
            client = build_adapter_client_app(plan)
        flower_log = logging.getLogger("flwr")
        previous = flower_log.level
        flower_log.setLevel(logging.WARNING)
        try:
            run_simulation(
                server_app=server,
                client_app=client,
                num_supernodes=len(plan.sites),
                backend_config={
                    "client_resources": {"num_cpus": self.federated.cpus_per_site, "num_gpus": 0.0}
                },
            )
        finally:
            flower_log.setLevel(previous)

    def _privacy_summary(
        self, plan: AdapterPlan, sites: list[SiteResult], rounds: list[AdapterRound]
    ) -> dict[str, Any] | None:
        if not plan.private:
            return None
        spent: dict[str, float] = {}
        for record in rounds:
            spent.update(record.epsilon_by_site or {})
        settings = plan.train.privacy
        return {
            "sample_level": {
                "mechanism": "DP-SGD on the LoRA adapter at each site (Opacus, Poisson "
                "sampling, per-sample clipping), one accountant per site",
                "accountant": settings.accountant,
                "target_epsilon": settings.target_epsilon,
                "max_grad_norm": settings.max_grad_norm,
                "batch_size": plan.train.batch_size,
                "learning_rate": plan.train.learning_rate,
                "rounds": plan.rounds,
                "local_epochs": plan.local_epochs,
                "sites": {
                    site.name: {
                        "epsilon_spent": spent.get(site.name),
                        "delta": plan.site_delta[index],
                        "noise_multiplier": round(plan.site_noise[index], 5),
                    }
                    for index, site in enumerate(sites)
                },
                "epsilon_spent": max(spent.values()) if spent else None,
            }
        }


def _card_privacy(privacy: dict[str, Any] | None) -> dict[str, Any] | None:
    """The assistant card's DP line, for the federation: the weakest site's guarantee."""
    sample = (privacy or {}).get("sample_level")
    if not sample or sample.get("epsilon_spent") is None:
        return None
    worst = max(sample["sites"].values(), key=lambda s: s["epsilon_spent"] or 0.0)
    return {
        "epsilon_spent": sample["epsilon_spent"],
        "delta": worst["delta"],
        "accountant": sample["accountant"],
        "max_grad_norm": sample["max_grad_norm"],
        "noise_multiplier": worst["noise_multiplier"],
        "target_epsilon": sample["target_epsilon"],
        "per_site": True,
    }


def federate_assistant(
    loaded: LoadedPolicy, store: Store, *, actor: str, console: Console | None = None
) -> FederatedAssistantSummary:
    started = time.perf_counter()
    run = FederatedAssistantRun(loaded, store, actor=actor, console=console)
    summary = run.federate()
    summary.seconds["total"] = round(time.perf_counter() - started, 2)
    return summary


def print_summary(summary: FederatedAssistantSummary, console: Console) -> None:
    """``steward federate``'s table for a federated assistant."""
    from rich.table import Table

    table = Table(title=f"Steward federated assistant run {summary.run_id}")
    table.add_column("what")
    table.add_column("value", justify="right")
    for site in summary.sites:
        a = site.accounting
        table.add_row(
            f"site {site.name}",
            f"kept {a.kept} / quarantined {a.quarantined} / duplicates {a.duplicates}; "
            f"test reply loss {site.test.get('reply_loss', float('nan')):.4f}",
        )
    for record in summary.rounds:
        table.add_row(
            f"round {record.round}",
            f"{len(record.sites)} sites, loss {record.train_loss:.4f}, validation loss "
            f"{record.validation_loss}, {record.parameters_sent} adapter values a site",
        )
    evaluation = summary.evaluation
    table.add_row("test reply loss (all sites)", str(evaluation["test_reply_loss"]))
    for name, value in summary.metrics.items():
        table.add_row(f"metric {name}", f"{value:.4f}")
    for verdict in summary.gate.verdicts:
        mark = "pass" if verdict.passed else f"FAIL ({verdict.severity})"
        table.add_row(f"gate: {verdict.name}", f"{mark}: {verdict.reason}")
    table.add_row("model", f"{summary.model.ref} → {summary.model.status}")
    for regime, spent in (summary.privacy or {}).items():
        table.add_row(f"privacy: {regime.replace('_', '-')} DP", f"ε {spent.get('epsilon_spent')}")
    table.add_row("model card", str(summary.run_dir / "MODEL_CARD.md"))
    console.print(table)
