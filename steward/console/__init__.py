"""The responsibility console: ``steward console POLICY`` (see :mod:`steward.console.app`)."""
