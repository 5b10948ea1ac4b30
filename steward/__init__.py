"""Steward: responsible LLM development and deployment, one lifecycle in one tool."""

__version__ = "0.1.0"
