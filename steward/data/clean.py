"""Text cleaning: HTML to text, encoding repair (mojibake), Unicode NFKC, whitespace, and an
optional typo map. Pure functions plus one small configured class; no module-level state
beyond compiled patterns.

The pipeline calls :func:`clean_text` once per message, so the common cases stay cheap: a
message that is plain ASCII, or ASCII plus CJK and full-width forms, cannot be mojibake of the
kind ftfy repairs and skips it (one regex search); only text holding Latin-1 supplement, Latin
extended, general punctuation and similar code points (U+0080 to U+2FFF) is handed to ftfy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from html.parser import HTMLParser

import ftfy

_LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_WHITESPACE = re.compile(r"\s+")
# Tags after which a reader sees a break; without a space "line one<br>line two" would fuse.
_BREAKING_TAGS = frozenset({"br", "p", "div", "li", "tr", "td", "h1", "h2", "h3", "h4", "hr"})
_INVISIBLE_TAGS = frozenset({"script", "style"})
# UTF-8 read as Latin-1 / Windows-1252 / MacRoman / cp437 produces code points in this range;
# text without any (ASCII, CJK, full-width forms) is left to NFKC alone.
_MAY_BE_MOJIBAKE = re.compile("[\u0080-\u2fff]")
# HTML is handled by strip_html; curly quotes are legitimate text (the repair of "donâ€™t" is
# "don’t", not "don't"); NFKC is applied afterwards by normalize_text.
_FTFY_CONFIG = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, normalization=None)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE_TAGS:
            self._skip_depth += 1
        elif tag in _BREAKING_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKING_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BREAKING_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """Return the visible text of an HTML fragment; plain text (e.g. 'a < b') is left alone."""
    if not _LOOKS_LIKE_HTML.search(text):
        return text
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


def repair_encoding(text: str) -> str:
    """Undo mojibake with ftfy ("donâ€™t" → "don’t", "æˆ‘çš„å¡" → "我的卡").

    Text that cannot be mojibake (no code point in U+0080..U+2FFF) is returned unchanged without
    calling ftfy, which keeps the per-message cost of ASCII and Chinese messages near zero.
    """
    if text.isascii() or not _MAY_BE_MOJIBAKE.search(text):
        return text
    return ftfy.fix_text(text, _FTFY_CONFIG)


def normalize_text(text: str) -> str:
    """NFKC (full-width → ASCII, compatibility forms) and collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text)
    return _WHITESPACE.sub(" ", text).strip()


class TypoNormalizer:
    """Replace known misspellings from an explicit correction map; nothing is guessed.

    ``TypoNormalizer({"recieve": "receive", "acount": "account"})`` matches whole words,
    case-insensitively, and keeps the case shape of what it replaces ("Recieve" → "Receive",
    "ACOUNT" → "ACCOUNT"). Keys containing non-ASCII characters (e.g. Chinese, which has no
    spaces between words) match anywhere; ASCII keys only at word boundaries. Longer keys win.
    """

    def __init__(self, corrections: Mapping[str, str]) -> None:
        cleaned = {
            normalize_text(wrong).casefold(): right
            for wrong, right in corrections.items()
            if wrong.strip()
        }
        if not cleaned:
            raise ValueError("TypoNormalizer needs at least one correction")
        self.corrections: dict[str, str] = cleaned
        alternatives = []
        for wrong in sorted(cleaned, key=len, reverse=True):
            escaped = re.escape(wrong)
            alternatives.append(rf"\b{escaped}\b" if wrong.isascii() else escaped)
        self._pattern = re.compile("|".join(alternatives), re.IGNORECASE)

    def _replace(self, match: re.Match[str]) -> str:
        found = match.group(0)
        right = self.corrections[found.casefold()]
        if found.isupper() and len(found) > 1:
            return right.upper()
        if found[:1].isupper():
            return right[:1].upper() + right[1:]
        return right

    def __call__(self, text: str) -> str:
        return self._pattern.sub(self._replace, text)


def clean_text(
    text: str, *, repair: bool = True, typo_normalizer: TypoNormalizer | None = None
) -> str:
    """HTML to text, encoding repair (ftfy), NFKC and whitespace; then the typo map if given."""
    text = strip_html(text)
    if repair:
        text = repair_encoding(text)
    text = normalize_text(text)
    if typo_normalizer is not None:
        text = typo_normalizer(text)
    return text
