"""``steward gate``: re-check a registered model against the policy's gate rules, make a
candidate ``pending_review`` only on a pass (a risk owner then signs it off with ``steward
models review``), and record who ran it (and any waiver) in the ledger."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from steward.accountability.roles import Permission, require
from steward.config import LoadedPolicy
from steward.errors import StewardError
from steward.gate.rules import GateDecision, Waiver, evaluate_gate
from steward.registry.governance import Governance
from steward.registry.models import ModelVersion, Registry
from steward.store.artifacts import Store


@dataclass(frozen=True)
class GateRun:
    model: ModelVersion
    decision: GateDecision
    promoted: bool


def run_gate(
    store: Store,
    loaded: LoadedPolicy,
    ref: str,
    *,
    actor: str,
    waive: Sequence[str] = (),
    reason: str = "",
) -> GateRun:
    policy = loaded.policy
    rules = {rule.name: rule for rule in policy.gate.rules}
    waivers: dict[str, Waiver] = {}
    if waive:
        unknown = [name for name in waive if name not in rules]
        if unknown:
            raise StewardError(
                f"no gate rule named {unknown[0]!r}; rules are {', '.join(rules) or 'none'}",
                where="--waive",
            )
        if not reason.strip():
            raise StewardError("a waiver needs a written reason", where="--reason")
        require(actor, Permission.WAIVE, policy.roles, always=True)
        waivers = {name: Waiver(name, actor, reason.strip()) for name in waive}

    model = Registry(store).get(ref)
    decision = evaluate_gate(policy.gate.rules, model.metrics, waivers)
    # The waivers, the decision and a promotion commit together, with the policy's hash.
    record = Governance(store, loaded).record_gate_decision(
        model.ref, decision, actor=actor, waivers=waivers
    )
    return GateRun(record.model, decision, record.promoted)
