"""An independent bilingual PII evaluation set: its own generator and wording (see generator.py)."""
