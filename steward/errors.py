"""One exception type for bad input, carrying *where* (file, line, field) and *what*."""

from __future__ import annotations


class StewardError(Exception):
    """Bad input or a refused action. ``str()`` gives one line: ``where: what``."""

    def __init__(self, what: str, *, where: str | None = None) -> None:
        self.what = what
        self.where = where
        super().__init__(f"{where}: {what}" if where else what)


class PolicyError(StewardError):
    """The policy file (steward.yaml) is missing, unreadable or invalid."""


class LedgerIntegrityError(StewardError):
    """The ledger's hash chain does not verify."""


class RegistryError(StewardError):
    """A model is missing, in the wrong status, or its files do not match their hash."""
