"""Sixteenth independent bilingual PII set (blind test split; see ``generator.py``)."""
