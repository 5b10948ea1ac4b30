"""Guards from a policy: the input and output chains, and the prompt-injection model.

``train_injection_model`` fits the classifier on the policy's labelled prompt set plus the
deployment's benign messages (their personal data swapped for fakes first) and generated
counting/list texts (:func:`~steward.serve.guards.injection.enumeration_texts`) and generated
attack families (:func:`~steward.serve.guards.attack_data.family_training_texts`), reports its F1
on the set's validation split (when present),
stores the model content-addressed (kind ``guard_model``) and records it in the ledger.
``load_injection_model`` takes the policy's ``model`` file or the newest stored one, checking
its sha256 before unpickling.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path
from typing import Any

from steward.config import GuardsPolicy, LoadedPolicy
from steward.data.stream import CsvProblem, CsvReader
from steward.errors import StewardError
from steward.serve.guards.attack_banking import banking_training_texts
from steward.serve.guards.attack_compose import composed_texts
from steward.serve.guards.attack_data import family_training_texts
from steward.serve.guards.attack_data_kinds import kind_training_texts
from steward.serve.guards.attack_lookalikes import (
    assistant_question_texts,
    injection_question_texts,
    lookalike_texts,
    pasted_attack_texts,
    reported_ask_texts,
)
from steward.serve.guards.attack_persuasion import persuasion_texts
from steward.serve.guards.base import Guard
from steward.serve.guards.chain import GuardChain
from steward.serve.guards.harmful import HarmfulRequestGuard
from steward.serve.guards.injection import (
    InjectionClassifier,
    PromptInjectionGuard,
    enumeration_texts,
)
from steward.serve.guards.length import MaxLengthGuard
from steward.serve.guards.pii import PiiGuard
from steward.serve.guards.secrets import SecretsGuard
from steward.serve.guards.topic import TopicGuard
from steward.serve.guards.toxicity import ToxicityGuard
from steward.store.artifacts import Store, sha256_file

MODEL_KIND = "guard_model"


def read_labelled_csv(path: Path) -> tuple[list[str], list[int]]:
    """``text`` and ``label`` (0/1) columns of a CSV; a bad row names its line."""
    if not path.is_file():
        raise StewardError("labelled prompt file not found", where=str(path))
    texts: list[str] = []
    labels: list[int] = []
    with path.open("rb") as handle:
        # The streaming CSV reader: a byte-order mark is dropped, and a quote that never closes
        # or a byte that is not UTF-8 stops here naming its line instead of merging rows.
        rows = CsvReader(handle, str(path))
        missing = {"text", "label"} - set(rows.header)
        if missing:
            raise StewardError(f"missing column(s) {sorted(missing)}", where=f"{path}:1")
        text_at, label_at = rows.header.index("text"), rows.header.index("label")
        width = len(rows.header)
        for row in rows:
            if isinstance(row, CsvProblem):
                raise StewardError(row.error, where=f"{path}:{row.first_line}")
            where = f"{path}:{row.first_line}"
            if not row.values:
                continue  # a blank line
            if row.undecodable:
                raise StewardError("invalid UTF-8", where=where)
            if len(row.values) != width:
                raise StewardError(f"expected {width} fields, got {len(row.values)}", where=where)
            label = row.values[label_at].strip()
            if label not in ("0", "1"):
                raise StewardError(f"label must be 0 or 1, got {label!r}", where=where)
            texts.append(row.values[text_at])
            labels.append(int(label))
    if not texts:
        raise StewardError("no rows", where=str(path))
    return texts, labels


def read_benign(paths: list[Path], field: str, sample: int, seed: int = 13) -> list[str]:
    """Texts of JSONL records (unreadable lines are skipped: these are extra negatives)."""
    texts: list[str] = []
    for path in paths:
        if not path.is_file():
            raise StewardError("benign message file not found", where=str(path))
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    value = json.loads(line).get(field)
                except (ValueError, AttributeError):
                    continue
                if isinstance(value, str) and value.strip():
                    texts.append(value)
    if paths and not texts:
        raise StewardError(
            f"no {field!r} texts in the benign message files", where=", ".join(map(str, paths))
        )
    random.Random(seed).shuffle(texts)
    return texts[:sample]


def _anonymized(texts: list[str]) -> list[str]:
    """Personal data swapped for consistent fakes of the same shape, so the stored model's
    vocabulary holds none of it. Type tags instead of fakes made tagless real messages look
    foreign to the model: it flagged 72% of them.

    The key is a digest of all the messages together: whoever holds the model but not every
    message cannot recompute it (so cannot test a guessed phone number against a fake), and
    the same messages give the same model (a random key made `steward guard train` differ by
    a prompt or two between runs)."""
    import hashlib

    from steward.data.pii.anonymize import anonymize_texts

    digest = hashlib.sha256(b"steward guard train: pseudonym key\0")
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\0")
    return anonymize_texts(texts, "pseudonymize", key=digest.digest())


def generated_training_texts() -> tuple[list[str], list[int]]:
    """The generated training texts (1 = attack): the four families' templates
    (:mod:`.attack_data`), the attacks and benign look-alikes composed from independent
    parts (:mod:`.attack_compose`), English and Chinese, and persuasion, refusal suppression
    and quoted-text look-alikes (:mod:`.attack_persuasion`), English only, and customers' and
    developers' look-alikes with a few Chinese contrast attacks (:mod:`.attack_lookalikes`)."""
    family_texts, family_labels = family_training_texts()
    composed, composed_labels = composed_texts()
    # English only: its Chinese half moved the Chinese model's common characters towards
    # "attack" (Chinese reviews, a dev probe, scored higher); it stays a Chinese dev-test set
    persuasion, persuasion_labels = persuasion_texts(2400, languages=("en",))
    # customers' and developers' messages in the attacks' words (API questions, staff-training
    # role-plays, yes/no-only questions, corrections), both languages (:mod:`.attack_lookalikes`)
    lookalikes, lookalike_labels = lookalike_texts()
    # the kinds of suffix, template, role-play and refusal the v5-v8 sets showed missed, and
    # customers' corrections and harmless versions of those frames (:mod:`.attack_data_kinds`)
    kinds, kind_labels = kind_training_texts()
    # developers asking how the assistant resists injection, quoting an attack phrase
    questions = injection_question_texts()
    # customers asking about the assistant's rules, for a bank notice to be translated, or
    # whether their card is safe (round 4)
    questions += assistant_question_texts()
    # ... and what it does when someone else tells it to drop its rules, against the same
    # phrase as the asker's own order
    reported, reported_labels = reported_ask_texts()
    # ... and translation requests whose pasted text tells the assistant to do harm (attacks)
    pasted = pasted_attack_texts()
    reported += pasted
    reported_labels += [1] * len(pasted)
    # round 6: attacks dressed as banking traffic (a document or a staff / regulator message
    # that turns into an order, a format wrapper, a goal buried or split in a long message)
    # and their benign twins, with lab-supply, lesson and press look-alikes (.attack_banking)
    banking, banking_labels = banking_training_texts()
    # (harm_roles' merchants, staff and victims are the harmful-request model's negatives only:
    # as injection negatives too they cost the AI-policy questions' generalisation, 22 of 120
    # held-back questions blocked against at most 14, tests/serve/test_guards_round4.py)
    return (
        family_texts + composed + persuasion + lookalikes + kinds + questions + reported + banking,
        family_labels
        + composed_labels
        + persuasion_labels
        + lookalike_labels
        + kind_labels
        + [0] * len(questions)
        + reported_labels
        + banking_labels,
    )


def train_injection_model(
    loaded: LoadedPolicy, store: Store, *, actor: str = "steward"
) -> tuple[InjectionClassifier, dict[str, Any]]:
    from sklearn.metrics import f1_score, precision_score, recall_score

    from steward.accountability.ledger import Ledger

    settings = loaded.policy.guards.prompt_injection
    if settings.train_data is None:
        raise StewardError(
            "no labelled prompts to train on: set guards.prompt_injection.train_data",
            where=str(loaded.path),
        )
    folder = loaded.resolve(settings.train_data)
    texts, labels = read_labelled_csv(folder / "train.csv")
    benign = read_benign(
        [loaded.resolve(p) for p in settings.benign],
        settings.benign_text_field,
        settings.benign_sample,
    )
    benign = _anonymized(benign)
    # counting and list texts the deployment's messages lack (see enumeration_texts)
    structural = enumeration_texts()
    negatives = benign + structural
    # generated attack families (suffix, role-play, refusal suppression, templates; EN + ZH)
    # and benign look-alikes: the public set has few of them and no Chinese
    family_texts, family_labels = generated_training_texts()
    model = InjectionClassifier().fit(
        texts + negatives + family_texts, labels + [0] * len(negatives) + family_labels
    )
    metrics: dict[str, Any] = {
        "train_rows": len(texts),
        "benign_rows": len(benign),
        "enumeration_rows": len(structural),
        "family_rows": len(family_texts),
        "chinese_model": model.chinese_model is not None,
    }
    validation = folder / "validation.csv"
    if validation.is_file():
        val_texts, val_labels = read_labelled_csv(validation)
        scores = model.predict_proba(val_texts)
        predicted = [int(p >= settings.threshold) for p in scores]
        metrics["validation"] = {
            "rows": len(val_texts),
            "f1": round(float(f1_score(val_labels, predicted)), 4),
            "precision": round(float(precision_score(val_labels, predicted)), 4),
            "recall": round(float(recall_score(val_labels, predicted)), 4),
        }
    with tempfile.TemporaryDirectory() as tmp:
        path = model.save(Path(tmp) / "prompt_injection.joblib")
        record = store.put(
            path,
            kind=MODEL_KIND,
            policy_sha256=loaded.sha256,
            meta={"guard": "prompt_injection", "metrics": metrics},
        )
    metrics["sha256"] = record.sha256
    Ledger(store).append(
        actor=actor,
        action="guard.train",
        subject="prompt_injection",
        artifacts=[record.sha256],
        details={k: v for k, v in metrics.items() if k != "sha256"},
    )
    return model, metrics


def load_injection_model(loaded: LoadedPolicy, store: Store | None) -> InjectionClassifier:
    settings = loaded.policy.guards.prompt_injection
    if settings.model is not None:
        return InjectionClassifier.load(loaded.resolve(settings.model))
    record = store.newest(MODEL_KIND) if store is not None else None
    if record is None:
        raise StewardError(
            "no prompt-injection model: train one with `steward guard train POLICY`, or set "
            "guards.prompt_injection.model",
            where="guards.prompt_injection",
        )
    assert store is not None  # record came from it
    with store.checkout(record.sha256, "guards") as path:
        if sha256_file(path) != record.sha256:
            raise StewardError(
                "stored model does not match its sha256; refusing to load", where=str(path)
            )
        return InjectionClassifier.load(path)


def build_guard(
    name: str, loaded: LoadedPolicy, store: Store | None, injection: InjectionClassifier | None
) -> Guard:
    policy: GuardsPolicy = loaded.policy.guards
    if name == "max_length":
        return MaxLengthGuard(policy.max_length.max_chars)
    if name == "prompt_injection":
        settings = policy.prompt_injection
        return PromptInjectionGuard(
            injection, settings.threshold, settings.rules, chinese=settings.chinese_classifier
        )
    if name == "pii":
        pii = loaded.policy.pii
        return PiiGuard(
            pii.entities,
            pii.thresholds,
            pii.allowlist,
            policy.pii.action,
            business_numbers=pii.business_numbers,
            role_mailboxes=pii.role_mailboxes,
        )
    if name == "secrets":
        return SecretsGuard(policy.secrets.action)
    if name == "toxicity":
        return ToxicityGuard(policy.toxicity.threshold, policy.toxicity.extra_words)
    if name == "topic":
        return TopicGuard(policy.topic.extra_keywords, policy.topic.min_words)
    if name == "harmful_request":
        harmful = policy.harmful_request
        return HarmfulRequestGuard(
            harmful.threshold, harmful.categories, harmful.default_action, harmful.extra_terms
        )
    raise StewardError(f"unknown guard {name!r}", where="guards")


def build_chains(
    loaded: LoadedPolicy, store: Store | None, only: list[str] | None = None
) -> tuple[GuardChain, GuardChain]:
    """The input and output chains the policy names (or just ``only``, in the input chain)."""
    policy = loaded.policy.guards
    wanted_in = only if only is not None else list(policy.input)
    wanted_out = [] if only is not None else list(policy.output)
    needs_model = "prompt_injection" in wanted_in and policy.prompt_injection.classifier
    injection = load_injection_model(loaded, store) if needs_model else None
    built: dict[str, Guard] = {}
    for name in dict.fromkeys(wanted_in + wanted_out):
        built[name] = build_guard(name, loaded, store, injection)
    return (
        GuardChain([built[n] for n in wanted_in], "input"),
        GuardChain([built[n] for n in wanted_out], "output"),
    )
