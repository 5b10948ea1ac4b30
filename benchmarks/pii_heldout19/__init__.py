"""The nineteenth independent PII set (written blind; a test split until its one run)."""
