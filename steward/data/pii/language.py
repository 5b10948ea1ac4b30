"""Per-text language choice for PII detection: Chinese or English, by the share of CJK letters."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
SUPPORTED = ("en", "zh")


def detect_language(text: str, cjk_share: float = 0.5) -> str:
    """``"zh"`` when CJK characters are at least ``cjk_share`` of CJK characters plus Latin
    words, else ``"en"``.

    Latin letters are counted per word, so a Chinese sentence with an e-mail address or a
    card brand in it stays Chinese, and an English one ending in "谢谢" stays English.
    """
    cjk = len(_CJK.findall(text))
    if not cjk:
        return "en"
    latin_words = len(re.findall(r"[A-Za-z]+", text)) if _LATIN.search(text) else 0
    return "zh" if cjk / (cjk + latin_words) >= cjk_share else "en"
