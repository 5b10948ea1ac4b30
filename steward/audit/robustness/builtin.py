"""Attacks by name: the built-in attack modules, each registered (in
:data:`~steward.audit.robustness.base.ATTACKS`) when imported here."""

from __future__ import annotations

from typing import Any

from steward.audit.robustness import chinese, embedding, synonym, typos
from steward.audit.robustness.base import ATTACKS
from steward.errors import StewardError

BUILTIN_MODULES = (chinese, embedding, synonym, typos)  # imported for their registrations


def get_attack(name: str, **options: Any) -> Any:
    """An attack instance by registered name, configured with keyword options."""
    if name not in ATTACKS:
        raise StewardError(
            f"unknown attack {name!r}; choose one of {', '.join(sorted(ATTACKS))}",
            where="audit.robustness.attack",
        )
    try:
        return ATTACKS[name](**options)
    except TypeError as error:
        raise StewardError(str(error), where=f"audit.robustness.{name}") from None


def available_attacks() -> list[str]:
    return sorted(ATTACKS)
