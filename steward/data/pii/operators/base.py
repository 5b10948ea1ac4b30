"""The operator interface and its registry: one small class per way of transforming a span."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, ClassVar, TypeVar

from steward.errors import StewardError

MIN_KEY_BYTES = 16


class Operator:
    """Transforms the text of one detected span. Subclasses set ``name`` and ``operate``.

    Operators are configured in ``__init__`` and are otherwise stateless (``encrypt`` also
    collects the sealed originals for the vault), so one instance serves a whole data set.
    """

    name: ClassVar[str]
    needs_key: ClassVar[bool] = False

    def operate(self, value: str, label: str) -> str:
        raise NotImplementedError


OPERATORS: dict[str, type[Operator]] = {}

OperatorClass = TypeVar("OperatorClass", bound=type[Operator])


def register(cls: OperatorClass) -> OperatorClass:
    """Class decorator: make an operator selectable by its ``name``."""
    if cls.name in OPERATORS and OPERATORS[cls.name] is not cls:
        raise ValueError(f"operator {cls.name!r} is registered twice")
    OPERATORS[cls.name] = cls
    return cls


def create_operator(name: str, *, key: bytes | None = None, **params: Any) -> Operator:
    """Build the operator registered as ``name``; keyed operators get ``key``."""
    try:
        cls = OPERATORS[name]
    except KeyError:
        raise StewardError(
            f"unknown operator {name!r}; operators are {', '.join(sorted(OPERATORS))}",
            where="pii.operators",
        ) from None
    try:
        return cls(key=key, **params) if cls.needs_key else cls(**params)  # type: ignore[call-arg]
    except TypeError as exc:
        raise StewardError(
            f"bad parameters for operator {name!r}: {exc}", where="pii.operators"
        ) from None


def check_key(key: bytes | None, operator: str) -> bytes:
    if not key:
        raise StewardError(
            f"operator {operator!r} needs a secret key (a plain hash of personal data can be "
            "reversed by guessing); set STEWARD_VAULT_KEY or use the store's key file",
            where="pii.operators",
        )
    if len(key) < MIN_KEY_BYTES:
        raise StewardError(
            f"operator {operator!r}: key must be at least {MIN_KEY_BYTES} bytes, got {len(key)}",
            where="pii.operators",
        )
    return key


def derive_key(key: bytes, purpose: str) -> bytes:
    """A separate 256-bit sub-key per purpose, so a hash never reveals a pseudonym's seed."""
    return hmac.new(key, b"steward/pii/" + purpose.encode(), hashlib.sha256).digest()


def keyed_digest(key: bytes, label: str, value: str) -> bytes:
    """HMAC-SHA256 of ``label`` and ``value`` (the label keeps equal strings of different kinds
    apart)."""
    return hmac.new(key, label.encode() + b"\x1f" + value.encode(), hashlib.sha256).digest()
