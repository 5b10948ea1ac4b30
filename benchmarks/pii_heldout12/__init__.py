"""Twelfth independent bilingual PII set (written blind): measured only, never tuned on."""
