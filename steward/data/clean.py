"""Text cleaning: HTML to text, Unicode NFKC, whitespace. Pure functions, no state."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

_LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_WHITESPACE = re.compile(r"\s+")
# Tags after which a reader sees a break; without a space "line one<br>line two" would fuse.
_BREAKING_TAGS = frozenset({"br", "p", "div", "li", "tr", "td", "h1", "h2", "h3", "h4", "hr"})
_INVISIBLE_TAGS = frozenset({"script", "style"})


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


def normalize_text(text: str) -> str:
    """NFKC (full-width → ASCII, compatibility forms) and collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text)
    return _WHITESPACE.sub(" ", text).strip()


def clean_text(text: str) -> str:
    return normalize_text(strip_html(text))
