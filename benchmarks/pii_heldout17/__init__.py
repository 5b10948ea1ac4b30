"""Seventeenth independent bilingual PII set (a test split: measured once, never tuned on)."""
