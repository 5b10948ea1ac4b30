"""Eleventh independent bilingual PII set (blind; measured only, never tuned on)."""
