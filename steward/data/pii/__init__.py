"""Personal-data detection (recognizers, engine) and anonymization (operators), kept separate.

The names below load on first use (PEP 562): importing a submodule such as
``steward.data.pii.cli`` (every ``steward`` command does, to list its subcommands) does not
compile every recognizer's patterns; ``from steward.data.pii import Analyzer`` still works.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from steward.data.pii.anonymize import anonymize
    from steward.data.pii.engine import Analyzer, detect
    from steward.data.pii.recognizers import LABELS, RECOGNIZERS, Entity

__all__ = ["LABELS", "RECOGNIZERS", "Analyzer", "Entity", "anonymize", "detect"]

_HOMES = {
    "Analyzer": "steward.data.pii.engine",
    "detect": "steward.data.pii.engine",
    "LABELS": "steward.data.pii.recognizers",
    "RECOGNIZERS": "steward.data.pii.recognizers",
    "Entity": "steward.data.pii.recognizers",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


class _Package(ModuleType):
    """``anonymize`` is both a submodule and the function it defines. Importing the submodule
    binds its name on the package, which would hide the function; as with the former eager
    ``from .anonymize import anonymize``, the package's ``anonymize`` is the function."""

    @property
    def anonymize(self) -> Any:
        return import_module("steward.data.pii.anonymize").anonymize

    @anonymize.setter
    def anonymize(self, _submodule: Any) -> None:
        pass  # the import system binding the submodule: sys.modules keeps it


sys.modules[__name__].__class__ = _Package
