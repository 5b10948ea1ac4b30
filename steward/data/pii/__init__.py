"""Personal-data detection (recognizers) and anonymization (operators), kept separate."""

from steward.data.pii.anonymize import anonymize
from steward.data.pii.recognizers import RECOGNIZERS, Entity, detect

__all__ = ["RECOGNIZERS", "Entity", "anonymize", "detect"]
