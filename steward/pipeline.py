"""Run the lifecycle the policy describes: data → train → audit → gate → registry, with every
step recorded in the ledger and every output stored as an artifact with its lineage."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from steward.accountability.ledger import Ledger
from steward.accountability.roles import Permission, require, responsible_parties
from steward.audit.counterfactual import CounterfactualReport, counterfactual_audit
from steward.audit.document import build_audit_document
from steward.audit.explain import Explanation, FlipExplanation, explain_flips, explain_sample
from steward.audit.fairness import FairnessReport, group_fairness
from steward.audit.performance import PerformanceReport, evaluate_performance
from steward.audit.privacy import MembershipAudit, membership_inference
from steward.audit.report import render_model_card, render_report, report_charts
from steward.audit.robustness import AttackResult, run_attack
from steward.audit.sharding import Progress as ShardProgress
from steward.audit.template_sets import TemplateSetOutcome, run_template_set
from steward.config import LoadedPolicy
from steward.data.datasheet import build_datasheet, write_datasheet
from steward.data.dedup import NearDuplicateCluster
from steward.data.govern import govern
from steward.data.groups import check_group_fields
from steward.data.ingest import source_files
from steward.data.pii.stage import PiiStage
from steward.data.records import DuplicateRow, QuarantinedRow, Record
from steward.data.split import Splits, split_records
from steward.errors import StewardError
from steward.gate.rules import GateDecision, evaluate_gate
from steward.registry.governance import Governance
from steward.registry.models import ModelVersion, Registry
from steward.runs import DataAccounting, RunSummary, classifier_metrics
from steward.store.artifacts import ArtifactRecord, Store, code_version, sha256_file
from steward.store.db import RunRow, utc_now
from steward.store.encryption_admin import enable_encryption, seal_run_folder
from steward.store.permissions import PRIVATE_DIR, make_private_dir
from steward.train.model_source import resolve_base_model
from steward.train.trainer import EpochStats, IntentClassifier, TrainResult


class _HasSummary(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


_Summary = TypeVar("_Summary", bound=_HasSummary)


@dataclass
class _GovernanceTrail:
    """What the data stage set aside, kept for the datasheet."""

    sources: dict[str, str]
    quarantined: list[QuarantinedRow]
    duplicates: list[DuplicateRow]
    clusters: list[NearDuplicateCluster]


def _sample(records: list[Record], size: int, seed: int) -> list[Record]:
    """A seeded sample in original order (all records when there are fewer)."""
    if len(records) <= size:
        return list(records)
    chosen = sorted(random.Random(seed).sample(range(len(records)), size))
    return [records[i] for i in chosen]


def new_run_id() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return path


class Pipeline:
    """One run of ``steward run``. Construct, then call :meth:`run`."""

    # Text fields besides ``data.text_field`` that every row must carry, cleaned and
    # anonymized like the message itself (the assistant's replies).
    extra_text_fields: tuple[str, ...] = ()

    def __init__(
        self,
        loaded: LoadedPolicy,
        store: Store,
        *,
        actor: str,
        console: Console | None = None,
        model_name: str | None = None,
    ) -> None:
        self.loaded = loaded
        self.policy = loaded.policy
        self.store = store
        self.ledger = Ledger(store)
        self.registry = Registry(store)
        self.actor = actor
        self.console = console or Console(stderr=True)
        self.model_name = model_name or self.policy.project.name
        self.run_id = new_run_id()
        self.run_dir = store.home / "runs" / self.run_id
        self.stage_seconds: dict[str, float] = {}
        self.pii = PiiStage(self.policy.pii, store) if self.policy.pii.enabled else None
        self._accounting = DataAccounting()
        self._governance = _GovernanceTrail({}, [], [], [])

    # -- helpers -------------------------------------------------------------------------
    def _record(
        self,
        action: str,
        subject: str,
        *,
        outcome: str = "ok",
        artifacts: list[str] | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.ledger.append(
            actor=self.actor,
            action=action,
            subject=subject,
            outcome=outcome,
            artifacts=artifacts,
            details={"run_id": self.run_id, **(details or {})},
        )

    def _store(
        self, path: Path, kind: str, parents: list[str], meta: dict[str, Any] | None = None
    ) -> ArtifactRecord:
        return self.store.put(
            path,
            kind=kind,
            parents=parents,
            run_id=self.run_id,
            policy_sha256=self.loaded.sha256,
            meta=meta,
        )

    @contextmanager
    def _stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        self.console.log(f"[bold]{name}[/bold] …")
        yield
        self.stage_seconds[name] = round(time.perf_counter() - started, 2)

    def _open_run(self) -> None:
        """Encryption on where the policy asks, the run's private folder, and its row in the
        store (status ``running``): how every run begins, federated ones included."""
        if self.policy.store.encrypt:
            enable_encryption(self.store, self.actor)
        # A run's files (governed data, predictions) are as private as the store they are in.
        make_private_dir(self.run_dir.parent)
        self.run_dir.mkdir(mode=PRIVATE_DIR)
        with self.store.session() as session, session.begin():
            session.add(
                RunRow(
                    id=self.run_id,
                    policy_path=str(self.loaded.path),
                    policy_sha256=self.loaded.sha256,
                    code_version=code_version(),
                    actor=self.actor,
                    started_at=utc_now(),
                    status="running",
                    run_dir=str(self.run_dir),
                    summary={},
                )
            )

    # -- the run -------------------------------------------------------------------------
    def run(self) -> RunSummary:
        roles = require(self.actor, Permission.RUN_PIPELINE, self.policy.roles)
        details = {
            "policy": str(self.loaded.path),
            "policy_sha256": self.loaded.sha256,
            "code_version": code_version(),
            "roles": roles,
        }
        return self._recorded("run.started", details, self._run_in_engine)

    def _run_in_engine(self) -> RunSummary:
        with self._engine_session():
            return self._run()

    def _recorded(
        self, started: str, details: dict[str, Any], body: Callable[[], _Summary]
    ) -> _Summary:
        """Open the run's record, put ``started`` in the ledger, run ``body``, and close the
        record with its summary, or with ``run.failed`` and the error when it raises (every
        kind of run -- central, assistant, federated -- ends the same way)."""
        self._open_run()
        self._record(started, self.run_id, details=details)
        try:
            summary = body()
        except BaseException as exc:
            self._record(
                "run.failed",
                self.run_id,
                outcome="error",
                details={"error": f"{type(exc).__name__}: {exc}"},
            )
            self._finish("failed", {"error": str(exc)})
            raise
        finally:
            # The working copies the stages wrote (governed data, quarantine, predictions,
            # weights) are encrypted at rest like their stored copies, whatever the outcome.
            seal_run_folder(self.store, self.run_dir)
        self._finish("succeeded", summary.to_dict())
        return summary

    def _engine_session(self) -> AbstractContextManager[Any]:
        """With ``engine: ray``, one Ray for the whole run (a local one started now, or the
        cluster in RAY_ADDRESS), which the data stage and the audit's bootstrap join, instead
        of a Ray started for each of them."""
        if self.policy.engine != "ray":
            return nullcontext()
        from steward.data.ray_engine import check_engine, ray_session

        check_engine("ray", f"{self.loaded.path}: engine")
        return ray_session(os.cpu_count() or 1)

    def _finish(self, status: str, summary: dict[str, Any]) -> None:
        with self.store.session() as session, session.begin():
            row = session.get(RunRow, self.run_id)
            assert row is not None
            row.status, row.finished_at, row.summary = status, utc_now(), summary

    def _run(self) -> RunSummary:
        accounting = self._accounting
        splits, dataset = self._data_stage()
        with self._stage("train"):
            classifier, training, model_artifact, weights_sha = self._train(splits, dataset.sha256)
        # the audits score the test messages several times: each once per run
        with self._stage("audit"), classifier.cached_logits():
            performance, fairness = self._audit(classifier, splits, model_artifact.sha256)
            robustness = self._audit_robustness(classifier, splits, model_artifact.sha256)
            privacy = self._audit_privacy(classifier, splits, model_artifact.sha256)
            counterfactual = self._audit_counterfactual(classifier, splits, model_artifact.sha256)
            templates = self._audit_templates(classifier, model_artifact.sha256)
            explanations, flip_explanations = self._explain(classifier, splits, counterfactual)
        metrics = classifier_metrics(
            accounting, performance, fairness, robustness, privacy, counterfactual,
            training.epsilon_spent,
        )  # fmt: skip
        decision, model = self._gate_and_register(
            metrics,
            model_artifact.sha256,
            weights_sha,
            dataset.sha256,
            not_measurable=fairness.not_measurable_metrics(),
        )
        summary = RunSummary(
            run_id=self.run_id,
            run_dir=self.run_dir,
            accounting=accounting,
            splits=splits.sizes(),
            performance=performance,
            fairness=fairness,
            training=training,
            gate=decision,
            model=model,
            stage_seconds=self.stage_seconds,
            robustness=robustness,
            privacy=privacy,
            counterfactual=counterfactual,
            explanations=explanations,
            flip_explanations=flip_explanations,
            templates=templates,
        )
        with self._stage("report"):
            self._write_reports(summary, [model_artifact.sha256, dataset.sha256])
        self._record_finished(model, summary.metrics())
        return summary

    # -- stages every kind of run shares -------------------------------------------------
    def _data_stage(self) -> tuple[Splits, ArtifactRecord]:
        """Govern the sources, split, and store the governed dataset (with its datasheet)."""
        with self._stage("data"):
            records, source_shas = self._govern_data(self._accounting)
            splits = split_records(records, self.policy.data.split)
            dataset = self._store_dataset(splits, source_shas)
        return splits, dataset

    def _gate_and_register(
        self,
        metrics: dict[str, float],
        artifact_sha: str,
        weights_sha: str,
        dataset_sha: str,
        details: dict[str, Any] | None = None,
        not_measurable: dict[str, str] | None = None,
    ) -> tuple[GateDecision, ModelVersion]:
        """The policy's rules on ``metrics``, then the model registered with the verdict."""
        with self._stage("gate"):
            decision = evaluate_gate(self.policy.gate.rules, metrics, not_measurable=not_measurable)
        with self._stage("register"):
            # The new version, its gate.decided entry (with the policy's hash) and its
            # model.registered entry commit together, through the governance service.
            model = Governance(self.store, self.loaded, ledger=self.ledger).register(
                name=self.model_name,
                artifact_sha256=artifact_sha,
                weights_sha256=weights_sha,
                dataset_sha256=dataset_sha,
                run_id=self.run_id,
                metrics=metrics,
                decision=decision,
                actor=self.actor,
                details=details,
            )
        return decision, model

    def _record_finished(self, model: ModelVersion, metrics: dict[str, float]) -> None:
        self._record(
            "run.finished",
            self.run_id,
            outcome=model.status,
            details={"model": model.ref, "metrics": metrics},
        )

    # -- data ----------------------------------------------------------------------------
    def _govern_data(self, accounting: DataAccounting) -> tuple[list[Record], list[str]]:
        data_policy = self.policy.data
        sources = source_files(
            self.loaded, self.store, self.run_dir, actor=self.actor, run_id=self.run_id
        )
        source_shas = []
        for path, _fmt in sources:
            if not path.is_file():
                raise StewardError("data source not found (data.sources)", where=str(path))
            artifact = self._store(path, "source_data", [], {"path": str(path)})
            source_shas.append(artifact.sha256)
        self._record("data.sources_registered", "data", artifacts=source_shas)

        pii = self.policy.pii
        governed = govern(
            sources,
            data_policy,
            self.extra_text_fields,
            pii=self.pii,
            max_text_chars=pii.max_field_chars if pii.enabled else None,
            where=str(self.loaded.path),
            engine=self.policy.engine,
        )
        kept, quarantined = governed.kept, governed.quarantined
        duplicates, clusters = governed.duplicates, governed.clusters
        accounting.rows_read = governed.rows_read
        accounting.near_duplicates = governed.near_duplicates
        if self.pii is not None:
            accounting.rows_with_pii = governed.rows_with_pii
            accounting.pii_found = governed.pii_found
            accounting.pii_remaining = governed.pii_remaining

        # Again on the rows that remain (a column may survive only in rows removed since).
        accounting.warnings = check_group_fields(
            kept, data_policy.group_fields, columns=governed.columns, where=str(self.loaded.path)
        )
        for warning in accounting.warnings:
            self.console.log(f"[yellow]warning:[/yellow] {escape(warning)}")
        accounting.kept = len(kept)
        accounting.quarantined = len(quarantined)
        accounting.duplicates = len(duplicates)
        accounting.quarantine_reasons = dict(
            Counter(
                f"{row.stage}: {row.reason.split(' (')[0]}" for row in quarantined
            ).most_common()
        )
        if not accounting.balanced:  # a bug, never bad input: refuse to go on
            raise RuntimeError(f"row accounting does not add up: {accounting.to_dict()}")

        quarantine_file = _write_jsonl(
            self.run_dir / "quarantine.jsonl",
            [row.to_dict() for row in self._mask_quarantined(quarantined)],
        )
        duplicates_file = _write_jsonl(
            self.run_dir / "duplicates.jsonl", [row.to_dict() for row in duplicates]
        )
        q = self._store(quarantine_file, "quarantine", source_shas)
        d = self._store(duplicates_file, "duplicates", source_shas)
        self._record(
            "data.governed", "data", artifacts=[q.sha256, d.sha256], details=accounting.to_dict()
        )
        if not kept:  # say why, so nobody has to open the run folder to find out
            reasons = ", ".join(
                f"{reason}: {count}"
                for reason, count in list(accounting.quarantine_reasons.items())[:3]
            )
            why = (
                f"{accounting.rows_read} rows read, {accounting.quarantined} quarantined "
                f"({reasons}), {accounting.duplicates} duplicates; each quarantined row with its "
                f"line in {quarantine_file}"
                if accounting.rows_read
                else "the sources hold no rows"
            )
            raise StewardError(
                f"no usable rows left after quarantine and de-duplication: {why}",
                where=", ".join(str(p) for p, _ in sources),
            )
        self._governance = _GovernanceTrail(
            sources={str(path): sha for (path, _), sha in zip(sources, source_shas, strict=True)},
            quarantined=quarantined,
            duplicates=duplicates,
            clusters=clusters,
        )
        return kept, source_shas

    def _mask_quarantined(self, rows: list[QuarantinedRow]) -> list[QuarantinedRow]:
        """Quarantined rows keep their raw text for repair, but never its personal data."""
        if self.pii is None:
            return rows
        masked = self.pii.apply([row.raw for row in rows], rescan=False).texts
        return [dataclasses.replace(row, raw=text) for row, text in zip(rows, masked, strict=True)]

    def _store_dataset(self, splits: Splits, source_shas: list[str]) -> ArtifactRecord:
        rows = [
            {
                **record.to_dict(),
                **{field: record.extra[field] for field in self.extra_text_fields},
                "split": name,
            }
            for name, part in (
                ("train", splits.train),
                ("validation", splits.validation),
                ("test", splits.test),
            )
            for record in part
        ]
        path = _write_jsonl(self.run_dir / "governed.jsonl", rows)
        artifact = self._store(
            path,
            "dataset",
            source_shas,
            {"splits": splits.sizes(), "stratified": splits.stratified},
        )
        self._record(
            "data.split",
            "dataset",
            artifacts=[artifact.sha256],
            details={"splits": splits.sizes(), "stratified": splits.stratified},
        )
        self._write_datasheet(splits, artifact.sha256)
        return artifact

    def _write_datasheet(self, splits: Splits, dataset_sha: str) -> None:
        trail = self._governance
        accounting = self._accounting
        answers = self.policy.data.datasheet
        project = self.policy.project
        datasheet = build_datasheet(
            name=project.name,
            records=[*splits.train, *splits.validation, *splits.test],
            sources=trail.sources,
            quarantined=trail.quarantined,
            duplicates=trail.duplicates,
            near_duplicate_clusters=trail.clusters,
            rows_in=accounting.rows_read,
            group_fields=self.policy.data.group_fields,
            pii_before=accounting.pii_found,
            pii_after=accounting.pii_remaining,
            licence=project.licence,
            purpose=answers.purpose or project.description,
            created_by=self.actor,
            collection=answers.collection,
            labeling=answers.labeling,
            intended_uses=answers.intended_uses,
            out_of_scope_uses=answers.out_of_scope_uses,
            maintainer=answers.maintainer,
            maintenance=answers.maintenance,
        )
        paths = write_datasheet(datasheet, self.run_dir)
        shas = [self._store(path, "datasheet", [dataset_sha]).sha256 for path in paths]
        self._record("data.datasheet_written", "dataset", artifacts=shas)

    # -- training ------------------------------------------------------------------------
    def _train(
        self, splits: Splits, dataset_sha: str
    ) -> tuple[IntentClassifier, TrainResult, ArtifactRecord, str]:
        train_policy = self.policy.train
        require(self.actor, Permission.TRAIN, self.policy.roles)
        base_dir = resolve_base_model(train_policy.base_model, relative_to=self.loaded.path.parent)
        base = self._store(base_dir, "base_model", [], {"name": train_policy.base_model})
        train_rows = splits.train
        if train_policy.max_train_rows and len(train_rows) > train_policy.max_train_rows:
            train_rows = random.Random(train_policy.seed).sample(
                train_rows, train_policy.max_train_rows
            )
        labels = sorted({record.label for record in splits.train})
        known = set(labels)
        validation = [r for r in splits.validation if r.label in known]
        classifier, added = IntentClassifier.from_base(
            base_dir, labels, train_policy, [record.text for record in train_rows]
        )
        with self._progress() as progress:
            task = progress.add_task("fine-tuning", total=None)

            def on_step(_phase: str, done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            def on_epoch(stats: EpochStats) -> None:
                progress.console.log(
                    f"epoch {stats.epoch}: loss {stats.train_loss:.4f}, validation macro-F1 "
                    f"{stats.val_macro_f1:.4f}, {stats.seconds:.0f} s"
                )

            result = classifier.fit(
                [r.text for r in train_rows],
                [r.label for r in train_rows],
                [r.text for r in validation],
                [r.label for r in validation],
                train_policy,
                progress=on_step,
                on_epoch=on_epoch,
                train_groups=[r.groups for r in train_rows],
            )
            if result.privacy is not None:
                progress.console.log(
                    f"DP-SGD: epsilon spent {result.privacy['epsilon_spent']:.3f} of "
                    f"{result.privacy['target_epsilon']:g} (delta {result.privacy['delta']:.2g}, "
                    f"{result.privacy['accountant']} accountant)"
                )
        result.added_tokens = added
        model_dir = self.run_dir / "model"
        weights = classifier.save(model_dir)
        weights_sha = sha256_file(weights)
        hyper = train_policy.model_dump(mode="json")
        artifact = self._store(
            model_dir,
            "model",
            [dataset_sha, base.sha256],
            {
                "weights_sha256": weights_sha,
                "base_model": train_policy.base_model,
                "hyperparameters": hyper,
                "seed": train_policy.seed,
                "training": result.to_dict(),
                "protections": result.protections,
                "privacy": result.privacy,
                "epsilon_spent": result.epsilon_spent,
            },
        )
        self._record(
            "model.trained",
            self.model_name,
            artifacts=[artifact.sha256, dataset_sha, base.sha256],
            details={
                "weights_sha256": weights_sha,
                "best_epoch": result.best_epoch,
                "seconds": round(result.seconds, 1),
                "device": result.device,
                "protections": [p["kind"] for p in result.protections],
                "epsilon_spent": result.epsilon_spent,
            },
        )
        return classifier, result, artifact, weights_sha

    def _progress(self) -> Progress:
        return Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )

    @contextmanager
    def _shard_progress(self, description: str) -> Iterator[ShardProgress | None]:
        """On the ray engine, a progress bar of an audit job's shards (as the other Ray jobs
        show theirs) and the callback that advances it; nothing on the embedded engine."""
        if self.policy.engine != "ray":
            yield None
            return
        with self._progress() as bar:
            task = bar.add_task(f"{description} on Ray", total=None)

            def advance(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            yield advance

    # -- audit and reports ---------------------------------------------------------------
    def _audit(
        self, classifier: IntentClassifier, splits: Splits, model_sha: str
    ) -> tuple[PerformanceReport, FairnessReport]:
        test = splits.test
        probabilities = classifier.predict_proba([r.text for r in test])
        predicted = [classifier.labels[i] for i in probabilities.argmax(axis=1)] if test else []
        truth = [r.label for r in test]
        labels = sorted(set(classifier.labels) | set(truth))
        perf_policy = self.policy.audit.performance
        performance = evaluate_performance(
            truth,
            predicted,
            labels,
            probabilities=probabilities if test else None,
            probability_labels=classifier.labels,
            n_boot=perf_policy.n_boot,
            confidence=perf_policy.confidence,
            seed=perf_policy.seed,
            n_bins=perf_policy.calibration_bins,
            engine=self.policy.engine,
        )
        fairness_policy = self.policy.audit.fairness
        groups = {name: [r.groups[name] for r in test] for name in self.policy.data.group_fields}
        fairness = group_fairness(
            truth,
            predicted,
            groups,
            # the columns are flagged against the gate's limit: one threshold, not two
            max_gap=self.policy.gate.strictest("max_group_accuracy_gap", "max"),
            min_group_size=fairness_policy.min_group_size,
            engine=self.policy.engine,
        )
        for reason in fairness.not_measurable.values():
            self.console.log(f"[yellow]warning:[/yellow] {escape(reason)}")
        _write_jsonl(
            self.run_dir / "predictions.jsonl",
            [
                {"id": r.record_id, "label": r.label, "predicted": p, **r.groups}
                for r, p in zip(test, predicted, strict=True)
            ],
        )
        self._record(
            "model.evaluated",
            self.model_name,
            artifacts=[model_sha],
            details={
                "accuracy": performance.accuracy,
                "macro_f1": performance.macro_f1,
                "largest_group_gap": fairness.largest_gap,
                "group_gap_not_measurable": fairness.not_measurable,
                "test_rows": len(test),
            },
        )
        return performance, fairness

    def _audit_robustness(
        self, classifier: IntentClassifier, splits: Splits, model_sha: str
    ) -> AttackResult | None:
        """Accuracy under the policy's text attack, on a seeded sample of the test split."""
        settings = self.policy.audit.robustness
        if not settings.enabled or not splits.test:
            return None
        sample = _sample(splits.test, settings.sample, settings.seed)
        with self._shard_progress(f"attack ({settings.attack})") as progress:
            result = run_attack(
                classifier,
                [r.text for r in sample],
                [r.label for r in sample],
                settings.attack,
                budget=settings.budget,
                seed=settings.seed,
                engine=self.policy.engine,
                progress=progress,
            )
        self._record(
            "model.attacked",
            self.model_name,
            artifacts=[model_sha],
            details={
                "attack": settings.attack,
                "examples": result.examples,
                "accuracy_before": result.accuracy_before,
                "accuracy_after": result.accuracy_after,
                "success_rate": result.success_rate,
            },
        )
        return result

    def _audit_privacy(
        self, classifier: IntentClassifier, splits: Splits, model_sha: str
    ) -> MembershipAudit | None:
        """Membership inference: training rows (members) against held-out test rows."""
        settings = self.policy.audit.privacy
        if not settings.enabled or not splits.test or not splits.train:
            return None
        members = _sample(splits.train, settings.sample, settings.seed)
        nonmembers = _sample(splits.test, settings.sample, settings.seed)
        known = set(classifier.labels)
        nonmembers = [r for r in nonmembers if r.label in known]
        with self._shard_progress("membership inference") as progress:
            audit = membership_inference(
                classifier,
                [r.text for r in members],
                [r.label for r in members],
                [r.text for r in nonmembers],
                [r.label for r in nonmembers],
                seed=settings.seed,
                engine=self.policy.engine,
                progress=progress,
            )
        worst = audit.worst
        self._record(
            "model.privacy_attacked",
            self.model_name,
            artifacts=[model_sha],
            details={"worst_attack": worst.attack, "auc": worst.auc,
                     "members": audit.members, "nonmembers": audit.nonmembers},
        )  # fmt: skip
        return audit

    def _audit_counterfactual(
        self, classifier: IntentClassifier, splits: Splits, model_sha: str
    ) -> CounterfactualReport | None:
        settings = self.policy.audit.counterfactual
        if not settings.enabled or not splits.test:
            return None
        with self._shard_progress("counterfactual swaps") as progress:
            report = counterfactual_audit(
                classifier,
                [r.text for r in splits.test],
                max_examples=settings.max_examples,
                engine=self.policy.engine,
                progress=progress,
            )
        self._record(
            "model.counterfactual_tested",
            self.model_name,
            artifacts=[model_sha],
            details={a.attribute: {"pairs": a.pairs, "flips": a.flips} for a in report.attributes},
        )
        return report

    def _audit_templates(
        self, classifier: IntentClassifier, model_sha: str
    ) -> dict[str, TemplateSetOutcome]:
        """EEC and CrowS-Pairs, read where they lie; skipped (with the reason) when disabled
        or absent."""
        settings = self.policy.audit.counterfactual
        outcomes: dict[str, TemplateSetOutcome] = {}
        for name, choice in (("eec", settings.eec), ("crows_pairs", settings.crows_pairs)):
            path = self.loaded.resolve(choice.path) if choice.path is not None else None
            outcome = run_template_set(
                name,
                classifier,
                enabled=choice.enabled,
                path=path,
                sample=choice.sample,
                seed=choice.seed,
            )
            outcomes[name] = outcome
            if choice.enabled:
                self._record(
                    "model.template_set_scored",
                    self.model_name,
                    outcome="ok" if outcome.ran else "skipped",
                    artifacts=[model_sha],
                    details={
                        "set": name,
                        "path": outcome.path,
                        "skipped_reason": outcome.skipped_reason,
                        "available": outcome.available,
                        "sampled": outcome.sampled,
                    },
                )
        return outcomes

    def _explain(
        self,
        classifier: IntentClassifier,
        splits: Splits,
        counterfactual: CounterfactualReport | None,
    ) -> tuple[list[Explanation], list[FlipExplanation]]:
        settings = self.policy.audit.explanations
        if not settings.enabled or not splits.test:
            return [], []
        texts = [r.text for r in splits.test]
        sample = explain_sample(
            classifier, texts, settings.sample, seed=settings.seed, n_steps=settings.n_steps
        )
        flips: list[FlipExplanation] = []
        if counterfactual is not None and settings.flips:
            flips = explain_flips(
                classifier, counterfactual, settings.n_steps, limit=settings.flips
            )
        return sample, flips

    def _write_reports(self, summary: RunSummary, parents: list[str]) -> None:
        generated_at = utc_now()
        audit = build_audit_document(
            summary,
            self.policy,
            generated_at=generated_at,
            code_version=code_version(),
            policy_sha256=self.loaded.sha256,
        )
        context = {
            "summary": summary,
            "audit": audit,
            "metric_info": {m.name: m for m in audit.metric_catalogue},
            "charts": report_charts(summary),
            "policy": self.policy,
            "policy_sha256": self.loaded.sha256,
            "code_version": code_version(),
            "actor": self.actor,
            "responsible": responsible_parties(self.policy.roles),
            "generated_at": generated_at,
        }
        (self.run_dir / "metrics.json").write_text(
            json.dumps(summary.to_dict(), indent=2, default=str, ensure_ascii=False),
            encoding="utf-8",
        )
        (self.run_dir / "audit.json").write_text(audit.to_json(), encoding="utf-8")
        (self.run_dir / "report.html").write_text(render_report(context), encoding="utf-8")
        (self.run_dir / "MODEL_CARD.md").write_text(render_model_card(context), encoding="utf-8")
        shas = [
            self._store(self.run_dir / name, kind, parents).sha256
            for name, kind in (
                ("metrics.json", "metrics"),
                ("audit.json", "audit"),
                ("report.html", "report"),
                ("MODEL_CARD.md", "model_card"),
            )
        ]
        self._record("report.written", summary.model.ref, artifacts=shas)
