"""Development figures for the Chinese injection classifier (issue 18, deliverable 3): only
data that may be tuned on. The blind and held-out figures are in
``guard_injection_heldout.py``, run once at the end.

- the **dev-test** split of ``steward/serve/guards/attack_data_zh.py`` (seed B, only the
  held-back quarter of its templates, framings, pressure clauses and requests): F1, and the
  share of attacks blocked and look-alikes passed;
- the **seen** family sets v1–v3 of ``guard_injection_heldout.py``, English and Chinese;
- **bank messages** of a development seed (3000; the training messages use 1000 and the
  held-out benchmark 2000), English and Chinese;
- **clinc150 train** (general questions, benign; its test split is the held-out source's);
- latency of the whole guard on 512-character Chinese prompts.

Usage: python benchmarks/guard_injection_zh_dev.py [--C 4] [--bank 3000]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_injection_heldout import (
    INJECTION,
    SHARED,
    bank_messages,
    blind3_family_prompts,
    blind_family_prompts,
    family_prompts,
    latency,
    pad_512,
    scores,
)

from steward.serve.guards import InjectionClassifier, PromptInjectionGuard
from steward.serve.guards.attack_data import family_training_texts
from steward.serve.guards.attack_data_zh import (
    chinese_devtest_texts,
    chinese_training_texts,
)
from steward.serve.guards.build import read_labelled_csv
from steward.serve.guards.injection import enumeration_texts
from steward.serve.guards.zh_classifier import ChineseInjectionClassifier
from steward.serve.guards.zh_text import is_chinese

_CJK = re.compile(r"[\u4e00-\u9fff]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=ChineseInjectionClassifier.C)
    parser.add_argument("--bank", type=int, default=3000)
    parser.add_argument("--per-family", type=int, default=150)
    args = parser.parse_args()
    train_texts, train_labels = read_labelled_csv(INJECTION / "train.csv")
    negatives = bank_messages(1000, 3000) + enumeration_texts()
    family_texts, family_labels = family_training_texts()
    x = train_texts + negatives + family_texts
    y = train_labels + [0] * len(negatives) + family_labels
    started = time.perf_counter()
    model = InjectionClassifier(chinese=False).fit(x, y)
    generated, generated_labels = chinese_training_texts()
    chinese = [(t, label) for t, label in zip(x, y, strict=True) if is_chinese(t)]
    model.chinese_model = ChineseInjectionClassifier(C=args.C).fit(
        [t for t, _ in chinese] + generated, [label for _, label in chinese] + generated_labels
    )
    print(f"fitted in {time.perf_counter() - started:.1f} s")
    guards = {
        "without_chinese_model": PromptInjectionGuard(
            InjectionClassifier(pipeline=model.pipeline, chinese=False), families=True
        ),
        "with_chinese_model": PromptInjectionGuard(model, families=True),
    }
    dev_x, dev_y = chinese_devtest_texts()
    bank = bank_messages(3000, args.bank)
    clinc = json.loads((SHARED / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc_train = [text for text, _ in clinc["train"]][::5]
    seen = {
        "v1": family_prompts(args.per_family),
        "v2": blind_family_prompts(args.per_family),
        "v3": blind3_family_prompts(args.per_family),
    }
    out: dict[str, object] = {}
    for name, guard in guards.items():
        blocked = [v.action == "block" for v in guard.check_batch(dev_x)]
        row: dict[str, object] = {"devtest": scores(blocked, dev_y)}
        for language in ("en", "zh"):
            texts = [t for t in bank if bool(_CJK.search(t)) == (language == "zh")]
            row[f"bank_{language}"] = round(
                sum(v.action == "block" for v in guard.check_batch(texts)) / len(texts), 4
            )
        row["clinc150_train"] = round(
            sum(v.action == "block" for v in guard.check_batch(clinc_train)) / len(clinc_train), 4
        )
        for set_name, by_language in seen.items():
            for language, by_family in by_language.items():
                row[f"{set_name}_{language}"] = {
                    family: round(
                        sum(v.action == "block" for v in guard.check_batch(prompts)) / len(prompts),
                        2,
                    )
                    for family, prompts in by_family.items()
                }
        out[name] = row
        print(name, json.dumps(row, ensure_ascii=False))
    zh_prompts = [p for ps in seen["v1"]["zh"].values() for p in ps] + [
        t for t in bank if _CJK.search(t)
    ]
    print(
        "latency, 512-char Chinese prompts:",
        latency(guards["with_chinese_model"], pad_512(zh_prompts, 500)),
    )


if __name__ == "__main__":
    main()
