"""Anonymize text given detected entities, with a configurable operator per label.

Detection (recognizers) and transformation (operators) stay separate: an :class:`Anonymizer` is
configured once (operator per label, a default, the key) and applied to any text with its
entities.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from steward.data.pii.operators import Operator, create_operator
from steward.data.pii.recognizers import Entity, resolve_overlaps

OperatorSpec = str | Operator | Mapping[str, Any]


@dataclass(frozen=True)
class AnonymizedItem:
    """One transformed span: where it is in the *new* text, what it was, what it became."""

    start: int
    end: int
    label: str
    operator: str
    token: str
    original_start: int
    original_end: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class AnonymizedText:
    text: str
    items: tuple[AnonymizedItem, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "items": [item.to_dict() for item in self.items]}


class Anonymizer:
    """Transforms detected spans: ``operators`` maps a label to an operator (its name, a mapping
    ``{"name": "mask", "keep_last": 4}``, or an :class:`Operator`); other labels get ``default``.
    ``key`` (>= 16 bytes; the vault key in practice) is needed by ``hash``, ``pseudonymize``
    and ``encrypt``. ``params`` gives parameters per operator name, e.g. ``{"mask": {"char":
    "#"}}``."""

    def __init__(
        self,
        operators: Mapping[str, OperatorSpec] | None = None,
        default: OperatorSpec = "replace",
        *,
        key: bytes | None = None,
        params: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        self._key = key
        self._params = {name: dict(p) for name, p in (params or {}).items()}
        self._built: dict[str, Operator] = {}
        self.default = self._build(default)
        self.operators = {label: self._build(spec) for label, spec in (operators or {}).items()}

    def _build(self, spec: OperatorSpec) -> Operator:
        if isinstance(spec, Operator):
            return spec
        if isinstance(spec, str):
            name, params = spec, self._params.get(spec, {})
        else:
            params = dict(spec)
            name = str(params.pop("name", params.pop("operator", "")))
            params = {**self._params.get(name, {}), **params}
        cache_key = f"{name}:{sorted(params.items())!r}"
        if cache_key not in self._built:  # one instance per distinct configuration
            self._built[cache_key] = create_operator(name, key=self._key, **params)
        return self._built[cache_key]

    def operator_for(self, label: str) -> Operator:
        return self.operators.get(label, self.default)

    def anonymize(self, text: str, entities: Sequence[Entity]) -> AnonymizedText:
        pieces: list[str] = []
        items: list[AnonymizedItem] = []
        cursor = 0
        length = 0
        for entity in resolve_overlaps(e for e in entities if e.end > e.start):
            before = text[cursor : entity.start]
            pieces.append(before)
            length += len(before)
            operator = self.operator_for(entity.label)
            token = operator.operate(text[entity.start : entity.end], entity.label)
            pieces.append(token)
            items.append(
                AnonymizedItem(
                    start=length,
                    end=length + len(token),
                    label=entity.label,
                    operator=operator.name,
                    token=token,
                    original_start=entity.start,
                    original_end=entity.end,
                )
            )
            length += len(token)
            cursor = entity.end
        pieces.append(text[cursor:])
        return AnonymizedText("".join(pieces), tuple(items))

    def drain_sealed(self) -> list[Any]:
        """Values sealed by ``encrypt`` operators since the last call (for ``Vault.put``)."""
        sealed: list[Any] = []
        for operator in self._built.values():
            drain = getattr(operator, "drain", None)
            if drain is not None:
                sealed.extend(drain())
        for operator in {*self.operators.values(), self.default} - set(self._built.values()):
            drain = getattr(operator, "drain", None)
            if drain is not None:
                sealed.extend(drain())
        return sealed


def anonymize(text: str, entities: Sequence[Entity], operator: str = "replace") -> str:
    """Transform every span with one operator (``replace``: ``<LABEL>``; ``mask``: ``*`` of the
    same length; or any keyless operator). Kept for the pipeline; see :class:`Anonymizer`."""
    return Anonymizer(default=operator).anonymize(text, entities).text


def anonymize_texts(
    texts: Sequence[str], operator: str = "replace", *, key: bytes | None = None
) -> list[str]:
    """Detect with the default analyzer and transform every span with one operator (keyed
    operators take ``key``): for texts that leave the pipeline, such as documents indexed for
    retrieval or messages used to train a guard."""
    from steward.data.pii.engine import Analyzer

    anonymizer = Anonymizer(default=operator, key=key)
    found = Analyzer().analyze_batch(list(texts))
    return [anonymizer.anonymize(t, e).text for t, e in zip(texts, found, strict=True)]
