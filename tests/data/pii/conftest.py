from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The default analyzer, one for the whole session: jieba loads once."""
    return Analyzer()


@pytest.fixture(scope="session")
def spacy_analyzer() -> Analyzer:
    """English names with spaCy's NER added (``ner="spacy"``)."""
    return Analyzer(ner="spacy")


@pytest.fixture(scope="session")
def patterns() -> Analyzer:
    """Pattern recognizers only (no models): fast and deterministic."""
    return Analyzer(exclude=["jieba_person"])
