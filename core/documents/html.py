"""HTML -> text with the stdlib parser: drops script/style/noscript/iframe/template/svg, keeps blocks as lines."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from core.config import Limits
from core.documents.base import RawText, Reader
from core.documents.text import BINARY_MESSAGE, decode_bytes

# Elements whose content is not visible text. Void elements (<embed>, <img>...) have no content and no end tag:
# listing one here would skip the rest of the document.
SKIPPED = frozenset({"script", "style", "noscript", "iframe", "template", "svg", "object", "title"})
BLOCKS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section summary table tbody thead tfoot tr ul".split()
)
CELLS = frozenset({"td", "th"})
_WHITESPACE = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


class _TextExtractor(HTMLParser):
    """Collects visible text; block elements become newlines, list items get a bullet."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        """Open a tag: enter skipped content, or start a block/cell."""
        if tag in SKIPPED:
            self.skip_depth += 1
        elif tag == "pre":
            self.pre_depth += 1
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in BLOCKS:
            self.parts.append("\n")
        elif tag in CELLS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        """Self-closing tags never open skipped content."""
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Close a tag: leave skipped content, or end a block."""
        if tag in SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
            self.parts.append("\n")
        elif tag in BLOCKS:  # </li> adds nothing: the next <li> or </ul> ends the line
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Keep visible text; collapse whitespace outside <pre>."""
        if self.skip_depth:
            return
        self.parts.append(data if self.pre_depth else _WHITESPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML string, one line per block element."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def _declared_charset(data: bytes) -> str:
    match = _META_CHARSET.search(data[:4096])
    if match:
        name = match.group(1).decode("ascii").lower()
        if name not in ("utf-8", "utf8"):
            try:
                "".encode(name)
                return name
            except LookupError:
                pass
    return "cp1252"


def read_html(data: bytes, limits: Limits) -> RawText:
    """Decode (BOM, UTF-8, else the meta charset or cp1252) and strip markup."""
    markup, warnings = decode_bytes(data, fallback=_declared_charset(data))
    return RawText(text=html_to_text(markup), warnings=warnings)


READER = Reader("html", (".html", ".htm", ".xhtml"), "text", read_html, BINARY_MESSAGE)
