"""HTML -> text without executing anything: scripts/styles dropped, block structure kept as line breaks."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from core.skills.markup import has_tags

_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head"}
_CHROME = {"nav", "header", "footer", "aside", "form", "menu", "dialog"}  # dropped in main-text mode
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr", "header", "footer", "figure", "summary",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}


@dataclass
class Page:
    """What we read from one HTML page."""

    title: str | None
    h1: str | None
    text: str  # main text (main/article when present, else body without nav/header/footer)
    jsonld: list[str] = field(default_factory=list)  # raw JSON-LD script bodies


class _Parser(HTMLParser):
    def __init__(self, main_only: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.main_only = main_only
        self.stack: list[str] = []
        self.all_parts: list[str] = []
        self.main_parts: list[str] = []
        self.jsonld: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self._script_is_jsonld = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            kind = (dict(attrs).get("type") or "").lower()
            self._script_is_jsonld = "ld+json" in kind
        if tag == "body" and "head" in self.stack:
            self.stack = self.stack[: self.stack.index("head")]  # a page that never closed <head>
        if tag in _BLOCK:
            self._emit("\n")
        if tag == "li":
            self._emit("- ")
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in _BLOCK and tag != "li":
            self._emit("\n")
        if tag == "script":
            self._script_is_jsonld = False

    def handle_data(self, data):
        if "script" in self.stack:
            if self._script_is_jsonld:
                self.jsonld.append(data)
            return
        if "title" in self.stack:
            self.title.append(data)
            return
        if "h1" in self.stack:
            self.h1.append(data)
        self._emit(data)

    def _emit(self, text: str) -> None:
        if _DROP.intersection(self.stack):
            return
        if self.main_only and _CHROME.intersection(self.stack):
            return
        self.all_parts.append(text)
        if "main" in self.stack or "article" in self.stack:
            self.main_parts.append(text)


def parse_page(markup: str) -> Page:
    """Title, first h1, main text and JSON-LD blocks of an HTML page."""
    parser = _Parser(main_only=True)
    parser.feed(markup)
    parser.close()
    main = tidy("".join(parser.main_parts))
    text = main or tidy("".join(parser.all_parts))
    return Page(
        title=tidy(" ".join(parser.title)) or None,
        h1=tidy(" ".join(parser.h1)) or None,
        text=text,
        jsonld=parser.jsonld,
    )


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup: block or inline tags, or entity-escaped tags (the tag list is
    core.skills.markup's, which blanks the same tags when markup reaches an extractor)."""
    if "<" in text:
        return has_tags(text)
    return "&lt;" in text and has_tags(html.unescape(text))


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment (e.g. a JSON-LD description): all blocks kept, scripts and styles dropped."""
    if "<" not in markup and "&lt;" in markup:
        markup = html.unescape(markup)  # entity-escaped HTML (Greenhouse content, some JSON-LD)
    if "<" not in markup:
        return tidy(html.unescape(markup))
    parser = _Parser(main_only=False)
    parser.feed(markup)
    parser.close()
    return tidy("".join(parser.all_parts))


def tidy(text: str) -> str:
    """Collapse runs of spaces, strip each line, keep at most one blank line between blocks."""
    text = text.replace("\xa0", " ").replace("\r", "\n")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    out = re.sub(r"^- *$", "", out, flags=re.M)
    return out.strip()
