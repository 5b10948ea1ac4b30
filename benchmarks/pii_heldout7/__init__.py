"""Seventh independent bilingual PII evaluation set (written blind; measured, never tuned on)."""
