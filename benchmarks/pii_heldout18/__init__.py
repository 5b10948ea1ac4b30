"""The eighteenth independent bilingual PII set (a blind test split): see ``generator.py``."""
