"""Ninth independent bilingual PII evaluation set (measured, never tuned on)."""
