"""Thirteenth independent bilingual PII set (issue 18): evidence documents and account servicing,
written blind. Measured only, never tuned on."""
