"""The twenty-first independent PII set (written blind; a test split until its one run)."""
