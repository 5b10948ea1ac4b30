"""Load a registered model for serving: only approved or deployed models without an open
erasure flag, hash-verified."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from steward.errors import RegistryError
from steward.registry.models import PENDING_REVIEW, SERVABLE, ModelVersion, Registry
from steward.store.artifacts import Store, sha256_file
from steward.train.trainer import IntentClassifier


@dataclass(frozen=True)
class Prediction:
    text: str
    label: str
    confidence: float


def servable_version(store: Store, ref: str, *, allow_unapproved: bool = False) -> ModelVersion:
    """The registry version ``ref`` names, if it may be served and its stored files are intact.
    A bare name serves its newest approved/deployed version (after a rollback, an older one);
    ``name:version`` is exactly that version."""
    registry = Registry(store)
    version = registry.get(ref)
    if ":" not in ref and not allow_unapproved and version.status not in SERVABLE:
        with suppress(RegistryError):  # none: refused below, naming the newest's status
            version = registry.servable(ref)
    if version.status not in SERVABLE and not allow_unapproved:
        # A model that passed the gate still waits for a person's sign-off: say who and how.
        waiting = (
            f" (passed the gate; a risk owner signs it off with `steward models review "
            f"{version.ref} --approve`)"
            if version.status == PENDING_REVIEW
            else ""
        )
        raise RegistryError(
            f"model is {version.status}; only {' or '.join(SERVABLE)} models can be served"
            + waiting,
            where=version.ref,
        )
    if version.flagged:
        # Erasure is enforced where every server loads a model (gateway, serve-model, predict):
        # even allow_unapproved does not serve a model trained on data since erased.
        raise RegistryError(version.refusal("served"), where=version.ref)
    if not store.verify(version.artifact_sha256):
        raise RegistryError(
            "stored files do not match their sha256; refusing to load", where=version.ref
        )
    return version


class ServedModel:
    def __init__(self, version: ModelVersion, classifier: IntentClassifier) -> None:
        self.version = version
        self.classifier = classifier

    @classmethod
    def load(cls, store: Store, ref: str, *, allow_unapproved: bool = False) -> ServedModel:
        version = servable_version(store, ref, allow_unapproved=allow_unapproved)
        with store.checkout(
            version.artifact_sha256, "models", complete="model.safetensors"
        ) as target:
            weights = target / "model.safetensors"
            if sha256_file(weights) != version.weights_sha256:
                raise RegistryError(
                    f"weights sha256 differs from the registry's {version.weights_sha256[:12]}; "
                    "refusing to load",
                    where=str(weights),
                )
            classifier = IntentClassifier.load(Path(target))
        return cls(version, classifier)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        probabilities = self.classifier.predict_proba(texts)
        best = probabilities.argmax(axis=1)
        return [
            Prediction(text, self.classifier.labels[i], round(float(probabilities[k, i]), 4))
            for k, (text, i) in enumerate(zip(texts, best, strict=True))
        ]
