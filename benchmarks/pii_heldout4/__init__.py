"""Fourth independent bilingual PII evaluation set (issue 18): measured only, never tuned on."""
