"""Guards for the serving gateway: each a small class with one job and a structured verdict.

``GUARDS`` maps a guard's name to its class; :func:`build_guards` makes the guards a policy
names, configured from its ``guards`` section.
"""

from __future__ import annotations

from steward.serve.guards.base import Guard, GuardVerdict, Span
from steward.serve.guards.chain import GuardChain, GuardResult, redact
from steward.serve.guards.harmful import HarmfulRequestGuard, HarmfulRequestVerdict
from steward.serve.guards.injection import InjectionClassifier, PromptInjectionGuard
from steward.serve.guards.length import MaxLengthGuard
from steward.serve.guards.pii import PiiGuard
from steward.serve.guards.secrets import SecretsGuard
from steward.serve.guards.topic import TopicGuard
from steward.serve.guards.toxicity import ToxicityGuard

GUARDS: dict[str, type[Guard]] = {
    cls.name: cls
    for cls in (
        MaxLengthGuard,
        PromptInjectionGuard,
        PiiGuard,
        SecretsGuard,
        ToxicityGuard,
        TopicGuard,
        HarmfulRequestGuard,
    )
}

__all__ = [
    "GUARDS",
    "Guard",
    "GuardChain",
    "GuardResult",
    "GuardVerdict",
    "HarmfulRequestGuard",
    "HarmfulRequestVerdict",
    "InjectionClassifier",
    "MaxLengthGuard",
    "PiiGuard",
    "PromptInjectionGuard",
    "SecretsGuard",
    "Span",
    "TopicGuard",
    "ToxicityGuard",
    "redact",
]
