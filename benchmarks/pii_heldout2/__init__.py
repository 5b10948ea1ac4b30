"""Second independent bilingual PII evaluation set (held-out v2): measured, never tuned on."""
