"""The twenty-second independent PII set (written blind; a test split, never tuned on)."""
