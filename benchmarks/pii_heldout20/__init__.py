"""Twentieth independent PII set (written blind; a test split: measured only, never tuned on)."""
