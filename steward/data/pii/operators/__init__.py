"""Operators: one small class per way of transforming a detected span, registered by name.

``mask`` ``redact`` ``replace`` ``hash`` ``pseudonymize`` ``encrypt`` — see each module. Adding
one is adding a file with a ``@register``-ed :class:`Operator` subclass and importing it here.
"""

from steward.data.pii.operators.base import OPERATORS, Operator, create_operator, register
from steward.data.pii.operators.encrypt import EncryptOperator
from steward.data.pii.operators.hashing import HashOperator
from steward.data.pii.operators.mask import MaskOperator
from steward.data.pii.operators.pseudonymize import PseudonymizeOperator
from steward.data.pii.operators.redact import RedactOperator
from steward.data.pii.operators.replace import ReplaceOperator

__all__ = [
    "OPERATORS",
    "EncryptOperator",
    "HashOperator",
    "MaskOperator",
    "Operator",
    "PseudonymizeOperator",
    "RedactOperator",
    "ReplaceOperator",
    "create_operator",
    "register",
]
