"""Personal-data detection (recognizers, engine) and anonymization (operators), kept separate."""

from steward.data.pii.anonymize import anonymize
from steward.data.pii.engine import Analyzer, detect
from steward.data.pii.recognizers import LABELS, RECOGNIZERS, Entity

__all__ = ["LABELS", "RECOGNIZERS", "Analyzer", "Entity", "anonymize", "detect"]
