"""Fourteenth independent bilingual PII set (issue 18), written blind: measured, never tuned on."""
