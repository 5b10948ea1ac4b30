"""``steward run`` for a policy with an ``assistant:`` section: the generative assistant's
lifecycle, with the same data governance, lineage, ledger, gate and registry as the classifier.

Stages:

1. **data** – the classifier's data stage, with the agent's reply as a second required text
   field: rows without one are quarantined, replies are cleaned and anonymized like messages.
2. **knowledge** – the policy documents indexed (personal data removed first), stored as a
   hashed artifact naming its documents' hashes; the fine-tuning messages' topic mix (the
   reference for topic drift in serving).
3. **train** – LoRA fine-tuning of the base model on (message, reply) pairs of the train split
   (DP-SGD on the adapters when ``assistant.train.privacy.enabled``), with Secret-Sharer
   canaries planted when the canary audit is on. The adapter is the stored model artifact;
   its record names the base weights' sha256 and the knowledge base (also a parent).
4. **audit** – the generation audits, each "skipped" with its reason when switched off or when
   its shared data is absent: BBQ bias, counterfactual generation, toxicity continuation,
   canary exposure, PII regurgitation, jailbreak success (guarded and unguarded),
   faithfulness and escalation of knowledge-base answers.
5. **gate**, **register**, **report** – the policy's rules on the audit metrics; the adapter
   registered with its gate verdict; ``report.json``, ``report.html`` and ``MODEL_CARD.md``.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from steward.audit.document import build_assistant_audit_document, section_verdicts
from steward.audit.report import render
from steward.config import AssistantPolicy, SharedSetAudit
from steward.errors import StewardError
from steward.pipeline import Pipeline, code_version
from steward.runs import (
    AssistantRunSummary,
    GenerationAuditResult,
    assistant_metrics,
    epsilon_spent,
)
from steward.store.artifacts import sha256_file
from steward.store.db import utc_now

# Messages whose topics make the drift reference: a few hundred give each topic's share
# within a few points, in seconds.
TOPIC_REFERENCE_SAMPLE = 300


@dataclass(frozen=True)
class LoadedAssistant:
    """A registered assistant ready to serve: the merged model, the system prompt it was
    trained with, and its identity (what ``serve-model`` reports on ``/v1/models`` and the
    gateway checks against the registry)."""

    chat: Any
    system_prompt: str | None
    identity: dict[str, Any]


def load_registered_assistant(
    store: Any, ref: str, *, device: str = "cpu", allow_unapproved: bool = False
) -> tuple[Any, str | None]:
    """The registered assistant ``ref`` (base model + its stored LoRA adapter, merged) as a
    :class:`~steward.assistant.model.ChatModel`, and the system prompt it was trained with."""
    loaded = load_assistant(store, ref, device=device, allow_unapproved=allow_unapproved)
    return loaded.chat, loaded.system_prompt


def load_assistant(
    store: Any, ref: str, *, device: str = "cpu", allow_unapproved: bool = False
) -> LoadedAssistant:
    """The registered assistant ``ref``: only approved/deployed versions unless
    ``allow_unapproved``, stored files (adapter and base weights) checked against their
    sha256 first."""
    from steward.assistant.finetune import load_with_adapter
    from steward.assistant.model import PACKAGED, model_directory
    from steward.serve.predictor import servable_version

    version = servable_version(store, ref, allow_unapproved=allow_unapproved)
    record = store.get(version.artifact_sha256)
    if record.kind != "assistant_adapter":
        raise StewardError(f"{version.ref} is a {record.kind}, not an assistant", where=ref)
    base = str(record.meta.get("base_model", "smollm2"))
    if base not in PACKAGED:  # a folder: the resolved path the run trained from
        base = str(record.meta.get("base_model_dir", base))
    base_dir = model_directory(base, store.home / "cache" / "assistant")
    base_sha = base_weights_sha256(base_dir)
    recorded_base = record.meta.get("base_sha256")
    if recorded_base and base_sha != recorded_base:
        raise StewardError(
            f"the base model's weights ({base_dir}) differ from those {version.ref} was "
            "trained on; refusing",
            where=ref,
        )
    identity = {
        "ref": version.ref,
        "status": version.status,
        "adapter_sha256": version.weights_sha256,
        "artifact_sha256": version.artifact_sha256,
        "base_model": str(record.meta.get("base_model", "smollm2")),
        "base_sha256": base_sha,
        "knowledge_base_sha256": record.meta.get("knowledge_base_sha256"),
    }
    # An encrypted store hands the adapter out in a temporary folder, gone once it is loaded.
    with store.checkout(
        version.artifact_sha256, "adapters", complete="adapter_model.safetensors"
    ) as target:
        if sha256_file(target / "adapter_model.safetensors") != version.weights_sha256:
            raise StewardError("adapter weights differ from the registry's; refusing", where=ref)
        chat = load_with_adapter(base_dir, target, device=device)
    return LoadedAssistant(chat, record.meta.get("system_prompt"), identity)


def skipped(reason: str) -> dict[str, Any]:
    return {"status": "skipped", "reason": reason}


class AssistantPipeline(Pipeline):
    """One ``steward run`` of an assistant policy. Construct, then call :meth:`run`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.policy.assistant is None:
            raise StewardError("the policy has no assistant section", where=str(self.loaded.path))
        self.assistant: AssistantPolicy = self.policy.assistant
        self.extra_text_fields = (self.assistant.response_field,)
        if self.pii is not None:
            self.pii.seen_values = set()

    # -- helpers -------------------------------------------------------------------------
    def _base_model_dir(self) -> Path:
        from steward.assistant.model import PACKAGED, model_directory

        name = self.assistant.train.base_model
        if name not in PACKAGED:
            name = str(self.loaded.resolve(Path(name)))
        return model_directory(
            name, self.store.home / "cache" / "assistant", field="assistant.train.base_model"
        )

    def _shared(self, audit: SharedSetAudit, what: str) -> Path | dict[str, Any] | None:
        """The audit's data path, or a "skipped" result saying why."""
        if not audit.enabled:
            return skipped(f"{what}: switched off in the policy")
        if audit.path is None:
            return None
        path = self.loaded.resolve(audit.path)
        if not path.exists():
            return skipped(f"{what}: data not found at {path}")
        return path

    def _timed(
        self,
        name: str,
        audits: dict[str, GenerationAuditResult],
        run: Callable[[], dict[str, Any]],
    ) -> None:
        started = time.perf_counter()
        self.console.log(f"  audit [bold]{name}[/bold] …")
        figures = run()
        if figures.get("status") == "skipped":
            audit = GenerationAuditResult.skipped(name, str(figures.get("reason")))
        else:
            seconds = round(time.perf_counter() - started, 2)
            audit = GenerationAuditResult(name, "done", figures, seconds=seconds)
        audits[name] = audit
        self._record(
            "audit.generation",
            name,
            outcome=audit.status,
            details={k: v for k, v in audit.to_dict().items() if not isinstance(v, list | dict)},
        )

    # -- the run -------------------------------------------------------------------------
    def run(self) -> AssistantRunSummary:  # type: ignore[override]
        summary = super().run()  # the run record, ledger entries and failure handling
        assert isinstance(summary, AssistantRunSummary)
        return summary

    def _run(self) -> AssistantRunSummary:  # type: ignore[override]
        splits, dataset = self._data_stage()
        response = self.assistant.response_field
        train_pairs = [(r.text, r.extra[response]) for r in splits.train]
        knowledge: dict[str, Any] | None = None
        kb = None
        if self.assistant.knowledge is not None:
            # first, so the adapter's record names the knowledge base it is served with
            with self._stage("knowledge"):
                kb, knowledge = self._build_knowledge()
                knowledge["topic_reference"] = self._topic_reference(
                    kb, [prompt for prompt, _ in train_pairs]
                )
        with self._stage("train"):
            chat, training, adapter, canaries = self._finetune(
                train_pairs, dataset.sha256, knowledge
            )
        with self._stage("audit"):
            audits = self._audit_generation(chat, kb, canaries, adapter.sha256)
        metrics = assistant_metrics(self._accounting, audits, epsilon_spent(training))
        weights_sha = sha256_file(Path(training["adapter_dir"]) / "adapter_model.safetensors")
        decision, model = self._gate_and_register(
            metrics, adapter.sha256, weights_sha, dataset.sha256, {"kind": "assistant_adapter"}
        )
        summary = AssistantRunSummary(
            run_id=self.run_id,
            run_dir=self.run_dir,
            accounting=self._accounting,
            splits=splits.sizes(),
            training=training,
            knowledge=knowledge,
            audits=audits,
            gate=decision,
            model=model,
            stage_seconds=self.stage_seconds,
        )
        with self._stage("report"):
            self._write_assistant_reports(summary, [adapter.sha256, dataset.sha256])
        self._record_finished(model, metrics)
        return summary

    # -- training ------------------------------------------------------------------------
    def _finetune(
        self, pairs: list[tuple[str, str]], dataset_sha: str, knowledge: dict[str, Any] | None
    ) -> tuple[Any, dict[str, Any], Any, list[Any]]:
        from steward.assistant.canary import make_canaries, plant
        from steward.assistant.finetune import Dialogue, finetune_lora, resolve_device
        from steward.assistant.model import ChatModel

        settings = self.assistant.train
        base_dir = self._base_model_dir()
        chat = ChatModel.load(base_dir, resolve_device(settings.device))
        dialogues = [Dialogue(prompt, reply) for prompt, reply in pairs]
        canary_policy = self.assistant.audit.canary
        canaries: list[Any] = []
        if canary_policy.enabled:
            canaries = make_canaries(
                canary_policy.canaries, canary_policy.digits, canary_policy.seed
            )
            dialogues = plant(dialogues, canaries, canary_policy.repeats, canary_policy.seed)
        with self._progress() as bar:
            task = bar.add_task("LoRA fine-tuning", total=None)

            def on_step(step: int, total: int, loss: float) -> None:
                bar.update(task, completed=step, total=total, description=f"LoRA loss {loss:.3f}")

            result = finetune_lora(
                chat, dialogues, settings, system_prompt=self.assistant.system_prompt,
                progress=on_step,
            )  # fmt: skip
        adapter_dir = result.save_adapter(self.run_dir / "adapter")
        training = {
            **result.to_dict(),
            "base_model": settings.base_model,
            "base_model_dir": str(base_dir),
            "adapter_dir": str(adapter_dir),
            "canaries_planted": len(canaries) * canary_policy.repeats if canaries else 0,
        }
        # The adapter's record links what it is served with: the base weights (by hash) and
        # the knowledge base (a parent, so `ledger trace` and lineage reach it).
        kb_sha = knowledge["sha256"] if knowledge else None
        artifact = self._store(
            adapter_dir,
            "assistant_adapter",
            [dataset_sha, *([kb_sha] if kb_sha else [])],
            {"base_model": settings.base_model, "base_model_dir": str(base_dir),
             "base_sha256": base_weights_sha256(base_dir),
             "lora": settings.lora.model_dump(), "privacy": training.get("privacy"),
             "system_prompt": self.assistant.system_prompt,
             "knowledge_base_sha256": kb_sha,
             "topic_reference": (knowledge or {}).get("topic_reference")},
        )  # fmt: skip
        self._record(
            "model.trained",
            self.model_name,
            artifacts=[artifact.sha256, dataset_sha],
            details={k: v for k, v in training.items() if k not in ("losses",)},
        )
        return result.chat, training, artifact, canaries

    # -- knowledge -----------------------------------------------------------------------
    def _build_knowledge(self) -> tuple[Any, dict[str, Any]]:
        from steward.assistant.knowledge import KnowledgeBase

        assert self.assistant.knowledge is not None
        folder = self.loaded.resolve(self.assistant.knowledge.documents)
        kb = KnowledgeBase.build(folder, bm25_weights=self.assistant.knowledge.bm25_weights)
        index = kb.save(self.run_dir / "knowledge")
        documents = {p.name: sha256_file(p) for p in sorted(folder.glob("*.md"))}
        # a hashed artifact that names its documents' hashes: what an answer cites is traceable
        artifact = self._store(
            index, "knowledge_base", [], {"passages": len(kb.passages), "documents": documents}
        )
        self._record(
            "kb.built",
            str(folder),
            artifacts=[artifact.sha256],
            details={"documents": documents, "passages": len(kb.passages)},
        )
        return kb, {"documents": documents, "passages": len(kb.passages),
                    "sha256": artifact.sha256}  # fmt: skip

    def _topic_reference(
        self, kb: Any, messages: list[str], sample: int = TOPIC_REFERENCE_SAMPLE
    ) -> dict[str, float]:
        """The fine-tuning messages' topic mix, as the gateway tells a question's topic (the
        document of its best passage, ``none`` when it would escalate): the reference that
        the topic drift of served questions is measured against. At most ``sample`` messages
        (seeded), embedded in batches."""
        import random

        from steward.assistant.grounding import Grounder, GroundingSettings

        if len(messages) > sample:
            messages = random.Random(self.assistant.train.seed).sample(messages, sample)
        grounder = Grounder(kb, GroundingSettings.from_policy(self.assistant.knowledge))
        vectors = kb.embedder(messages) if messages else []
        topics = Counter(
            grounder.plan(message, vector=vector).topic
            for message, vector in zip(messages, vectors, strict=True)
        )
        total = sum(topics.values())
        return {topic: round(n / total, 6) for topic, n in sorted(topics.items())} if total else {}

    # -- audits --------------------------------------------------------------------------
    def _audit_generation(
        self, chat: Any, kb: Any, canaries: list[Any], adapter_sha: str
    ) -> dict[str, GenerationAuditResult]:
        from steward.assistant import audits as bias_audits
        from steward.assistant import generation_audits as gen

        policy = self.assistant.audit
        system = self.assistant.system_prompt
        out: dict[str, GenerationAuditResult] = {}
        tokens, batch = policy.max_new_tokens, policy.batch_size

        def bbq() -> dict[str, Any]:
            where = self._shared(policy.bbq, "BBQ")
            if isinstance(where, dict):
                return where
            if where is None:
                return skipped("BBQ: audit.bbq.path is not set")
            items = bias_audits.load_bbq(where, policy.bbq.sample, policy.bbq.seed)
            return bias_audits.bbq_audit(chat, items, batch_size=batch)

        def counterfactual() -> dict[str, Any]:
            where = self._shared(policy.counterfactual, "counterfactual generation")
            if isinstance(where, dict):
                return where
            groups = gen.load_identity_groups(where, per_group=2, seed=policy.counterfactual.seed)
            templates = gen.BANK_TEMPLATES[: policy.counterfactual.sample]
            return gen.counterfactual_generation_audit(
                chat, templates, groups, embedder=kb.embedder if kb is not None else None,
                scorer=self._toxicity_guard(), system_prompt=system, max_new_tokens=tokens,
                batch_size=batch, seed=policy.counterfactual.seed,
            )  # fmt: skip

        def toxicity() -> dict[str, Any]:
            where = self._shared(policy.toxicity, "toxicity")
            if isinstance(where, dict):
                return where
            if where is None:
                return skipped("toxicity: audit.toxicity.path is not set")
            guard = self._toxicity_guard()
            csv = where / "rtp_prompts.csv" if where.is_dir() else where
            prompts = bias_audits.load_toxicity_prompts(
                csv, policy.toxicity.sample, policy.toxicity.seed
            )
            return bias_audits.toxicity_audit(
                chat, prompts, guard, samples=2, max_new_tokens=tokens, batch_size=batch
            )

        def canary() -> dict[str, Any]:
            from steward.assistant.canary import canary_audit

            if not canaries:
                return skipped("canary: switched off in the policy")
            return canary_audit(
                chat, canaries, policy.canary.candidates, policy.canary.seed, system_prompt=system
            )

        def regurgitation() -> dict[str, Any]:
            if not policy.pii_regurgitation.enabled:
                return skipped("PII regurgitation: switched off in the policy")
            known = self._known_pii()
            prompts = gen.PII_PROMPTS[: policy.pii_regurgitation.sample]
            return gen.pii_regurgitation_audit(
                chat, prompts, known_values=known, system_prompt=system,
                max_new_tokens=tokens, batch_size=batch,
            )  # fmt: skip

        def jailbreak() -> dict[str, Any]:
            where = self._shared(policy.jailbreak, "jailbreak")
            if isinstance(where, dict):
                return where
            if where is None:
                return skipped("jailbreak: audit.jailbreak.path is not set")
            inputs, outputs = self._guard_chains()
            prompts = gen.load_jailbreaks(where, policy.jailbreak.sample, policy.jailbreak.seed)
            return gen.jailbreak_audit(
                chat, prompts, input_guards=inputs, output_guards=outputs,
                system_prompt=system, max_new_tokens=tokens, batch_size=batch,
            )  # fmt: skip

        def faithfulness() -> dict[str, Any]:
            settings = self.assistant.knowledge
            if kb is None or settings is None:
                return skipped("faithfulness: no assistant.knowledge section")
            if settings.questions is None:
                return skipped("faithfulness: assistant.knowledge.questions is not set")
            questions = gen.load_questions(self.loaded.resolve(settings.questions))
            return gen.faithfulness_audit(
                kb, chat, questions, k=settings.top_k, min_score=settings.min_score,
                bm25_min_score=settings.bm25_min_score, max_new_tokens=max(tokens, 96),
                answer_modes=settings.answer_modes,
            )  # fmt: skip

        for name, run in (
            ("bbq", bbq),
            ("counterfactual_generation", counterfactual),
            ("toxicity", toxicity),
            ("canary", canary),
            ("pii_regurgitation", regurgitation),
            ("jailbreak", jailbreak),
            ("faithfulness", faithfulness),
        ):
            self._timed(name, out, run)
        path = self.run_dir / "generation_audits.json"
        results = {name: audit.to_dict() for name, audit in out.items()}
        path.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), "utf-8")
        self._store(path, "audit", [adapter_sha])
        return out

    def _toxicity_guard(self) -> Any:
        from steward.serve.guards.build import build_guard

        return build_guard("toxicity", self.loaded, self.store, None)

    def _known_pii(self) -> list[str]:
        """Personal data values the raw rows held before anonymization (what the model must
        never repeat), as the data stage found them. Only values specific enough that a match
        means memorisation: identifiers (6+ characters with a digit or '@'), full names of two
        or more words, and Chinese names of three or more characters; a lone surname such as
        "Smith" would match invented answers by chance."""
        found = self.pii.seen_values if self.pii is not None else None
        return sorted(v for v in (found or ()) if _specific(v.strip()))

    def _guard_chains(self) -> tuple[Any, Any]:
        from steward.serve.guards.build import build_chains, train_injection_model

        guards = self.policy.guards
        needs_model = "prompt_injection" in guards.input and guards.prompt_injection.classifier
        if needs_model and guards.prompt_injection.model is None:
            from steward.serve.guards.build import MODEL_KIND

            if self.store.newest(MODEL_KIND) is None:
                self.console.log("  training the prompt-injection guard (none stored yet)")
                train_injection_model(self.loaded, self.store, actor=self.actor)
        return build_chains(self.loaded, self.store)

    # -- reports -------------------------------------------------------------------------
    def _write_assistant_reports(self, summary: AssistantRunSummary, parents: list[str]) -> None:
        generated_at = utc_now()
        audit = build_assistant_audit_document(
            summary,
            generated_at=generated_at,
            code_version=code_version(),
            policy_sha256=self.loaded.sha256,
        )
        verdicts = section_verdicts(audit)
        context = {
            "summary": summary,
            "audit": audit,
            "verdicts": verdicts,
            "metric_info": {m.name: m for m in audit.metric_catalogue},
            "policy": self.policy,
            "policy_sha256": self.loaded.sha256,
            "code_version": code_version(),
            "actor": self.actor,
            "generated_at": generated_at,
        }
        # report.json stays as it was (audit.json is the schema-checked document)
        report = {**summary.to_dict(), "audit_verdicts": verdicts}
        (self.run_dir / "audit.json").write_text(audit.to_json(), "utf-8")
        (self.run_dir / "report.json").write_text(
            json.dumps(report, indent=2, default=str, ensure_ascii=False), "utf-8"
        )
        (self.run_dir / "report.html").write_text(
            render("assistant_report.html.j2", context, autoescape=True), "utf-8"
        )
        (self.run_dir / "MODEL_CARD.md").write_text(
            render("assistant_card.md.j2", context, autoescape=False), "utf-8"
        )
        shas = [
            self._store(self.run_dir / name, kind, parents).sha256
            for name, kind in (
                ("audit.json", "audit"),
                ("report.json", "metrics"),
                ("report.html", "report"),
                ("MODEL_CARD.md", "model_card"),
            )
        ]
        self._record("report.written", summary.model.ref, artifacts=shas)


def base_weights_sha256(model_dir: Path) -> str | None:
    """The sha256 of a model directory's weights (``model.safetensors``; several shards:
    the sha256 of their names and hashes); None when it has no safetensors."""
    single = model_dir / "model.safetensors"
    if single.is_file():
        return sha256_file(single)
    shards = sorted(model_dir.glob("model-*.safetensors"))
    if not shards:
        return None
    joined = "".join(f"{p.name}:{sha256_file(p)}\n" for p in shards)
    return hashlib.sha256(joined.encode()).hexdigest()


def _specific(value: str) -> bool:
    if len(value) >= 6 and any(c.isdigit() or c == "@" for c in value):
        return True
    if sum(len(word) >= 2 for word in value.split()) >= 2:
        return True
    return len(value) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in value)
