"""Development diagnostic for the prompt-injection guard (issue 18, round 2): which component
blocks each family and each benign set. Dev data only: the family sets v1-v5 (all seen), the
composed generator's held-back dev-test split, bank messages of the held-out benchmark's seed,
CLINC150 train and banking77 train (their test splits are the held-out source's: not read
here). Per set: share blocked by the guard, and the share each component fires on: phrase
rules (``rule``), family rules (``fam``), context-needing rules held back for want of context
(``pend``), the token-oddity suffix score (``suf``), the character-surprisal signal (``ppl``)
and the classifiers at 0.5 (``clf``).

Usage: PYTHONPATH=. python benchmarks/guard_injection_components.py   (~1 min; trains once)
"""

from __future__ import annotations

import csv
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import guard_families_v5 as v5
import guard_injection_heldout as heldout

from steward.serve.guards.attack_compose import DEVTEST_SEED, composed_texts
from steward.serve.guards.attack_signals import (
    family_rule_hits_split,
    has_adversarial_suffix,
)
from steward.serve.guards.build import generated_training_texts
from steward.serve.guards.injection import (
    InjectionClassifier,
    PromptInjectionGuard,
    enumeration_texts,
    rule_hits_split,
)
from steward.serve.guards.zh_text import is_mixed_script


def components(
    guard: PromptInjectionGuard, model: InjectionClassifier, texts: Sequence[str]
) -> dict[str, float]:
    p_main = model.predict_proba(texts)
    p_zh = model.chinese_proba(texts)
    verdicts = guard.check_batch(texts)
    counts = dict.fromkeys(("block", "rule", "fam", "pend", "suf", "ppl", "clf"), 0)
    for i, text in enumerate(texts):
        rules, rules_pending = rule_hits_split(text)
        family, family_pending = family_rule_hits_split(text)
        surprisal = model.surprisal
        zh = p_zh[i]
        counts["block"] += verdicts[i].action == "block"
        counts["rule"] += bool(rules)
        counts["fam"] += any("suffix" not in reason for reason in family)
        counts["pend"] += bool(rules_pending or family_pending)
        counts["suf"] += has_adversarial_suffix(text)
        counts["ppl"] += surprisal is not None and surprisal.score(text) >= surprisal.threshold
        counts["clf"] += (zh or 0.0) >= 0.5 or (
            (zh is None or is_mixed_script(text)) and p_main[i] >= 0.5
        )
    return {key: value / max(1, len(texts)) for key, value in counts.items()}


def main() -> None:
    started = time.perf_counter()
    train_texts, train_labels = heldout.read_labelled_csv(heldout.INJECTION / "train.csv")
    negatives = heldout.bank_messages(1000, 3000) + enumeration_texts()
    generated, generated_labels = generated_training_texts()
    model = InjectionClassifier().fit(
        train_texts + negatives + generated,
        train_labels + [0] * len(negatives) + generated_labels,
    )
    print(f"trained in {time.perf_counter() - started:.0f} s")
    guard = PromptInjectionGuard(model)
    sets: dict[str, list[str]] = {}
    family_sets = {
        "v1": heldout.family_prompts(150),
        "v2": heldout.blind_family_prompts(150),
        "v3": heldout.blind3_family_prompts(150),
        "v4": heldout.blind4_family_prompts(150),
        "v5": v5.family_prompts_v5(200, 5),
    }
    for name, by_language in family_sets.items():
        for language, families in by_language.items():
            for family, texts in families.items():
                sets[f"{name} {language} {family}"] = texts
    for language, texts in v5.benign_v5(500, 5).items():
        sets[f"v5 benign {language}"] = texts
    bank = heldout.bank_messages(2000, 4000)
    sets["bank en"] = [t for t in bank if not heldout._CJK.search(t)]
    sets["bank zh"] = [t for t in bank if heldout._CJK.search(t)]
    clinc = json.loads((heldout.SHARED / "clinc150" / "data_full.json").read_text("utf-8"))
    general = [text for text, _ in clinc["train"] + clinc["oos_train"]]
    random.Random(1).shuffle(general)
    sets["clinc150 train (3000)"] = general[:3000]
    with (heldout.SHARED / "banking77" / "train.csv").open(encoding="utf-8") as handle:
        banking = [row["text"] for row in csv.DictReader(handle)]
    random.Random(1).shuffle(banking)
    sets["banking77 train (3000)"] = banking[:3000]
    dev_texts, dev_labels = composed_texts(2000, DEVTEST_SEED, devtest=True)
    for language, parity in (("en", 0), ("zh", 1)):
        for label, kind in ((1, "attack"), (0, "benign")):
            sets[f"composed dev-test {language} {kind}"] = [
                t
                for i, (t, y) in enumerate(zip(dev_texts, dev_labels, strict=True))
                if y == label and i % 2 == parity
            ]
    for name, texts in sets.items():
        share = components(guard, model, texts)
        detail = " ".join(f"{k} {v:5.1%}" for k, v in share.items() if k != "block")
        print(f"{name:42s} n={len(texts):5d} BLOCKED {share['block']:6.1%} | {detail}")


if __name__ == "__main__":
    main()
