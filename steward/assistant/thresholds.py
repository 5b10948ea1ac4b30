"""The knowledge base's escalation thresholds, on their own so that the ``steward kb``
command line can show them as defaults without importing the knowledge base (and numpy).

Calibrated on the dev split of the assistant example's questions.jsonl (English and Chinese) by
benchmarks/assistant_retrieval.py: of the threshold pairs that handle the most dev questions
right, the one in the middle (widest margin); the test split is only measured.
"""

DEFAULT_MIN_SCORE = 0.48
DEFAULT_BM25_MIN_SCORE = 1.6
