from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """One analyzer for the whole session: spaCy and jieba load once."""
    return Analyzer()


@pytest.fixture(scope="session")
def patterns() -> Analyzer:
    """Pattern recognizers only (no models): fast and deterministic."""
    return Analyzer(exclude=["spacy_ner", "jieba_person"])
