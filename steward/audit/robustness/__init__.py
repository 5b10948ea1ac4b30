"""Robustness audits: text attacks (one class per file, registered by name), a greedy
black-box harness, and gradient attacks on the input embeddings.

>>> result = run_attack(classifier, texts, labels, "char_noise", budget=3, seed=0)
>>> get_attack("pgd", epsilon=0.05).run(classifier, texts, labels).accuracy_after
"""

from steward.audit.robustness import chinese, embedding, synonym, typos
from steward.audit.robustness.base import ATTACKS, ProbabilisticClassifier, TextAttack, register
from steward.audit.robustness.builtin import available_attacks, get_attack
from steward.audit.robustness.chinese import ChineseSimilarChars
from steward.audit.robustness.embedding import EmbeddingAttackResult, EmbeddingFGSM, EmbeddingPGD
from steward.audit.robustness.harness import AttackExample, AttackResult, run_attack
from steward.audit.robustness.synonym import EmbeddingSynonyms
from steward.audit.robustness.typos import CharNoise

__all__ = [
    "ATTACKS",
    "AttackExample",
    "AttackResult",
    "CharNoise",
    "ChineseSimilarChars",
    "EmbeddingAttackResult",
    "EmbeddingFGSM",
    "EmbeddingPGD",
    "EmbeddingSynonyms",
    "ProbabilisticClassifier",
    "TextAttack",
    "available_attacks",
    "chinese",
    "embedding",
    "get_attack",
    "register",
    "run_attack",
    "synonym",
    "typos",
]
