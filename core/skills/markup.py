"""Markup that must not change what is extracted: HTML tags and entities blanked out, offsets kept.

"<p>Requirements: Python, <b>Docker</b></p>" must give the same skills as the plain line. Ingest turns HTML
descriptions into text (core.ingest.normalize); text that reaches an extractor with markup still in it (a
pasted resume, the extract CLI) is analysed through `mask_markup`: every tag becomes blanks of the same length
(block tags start a new line, so list items stay lines), every entity its character padded with blanks.
Offsets into the original text stay exact; `restore_surfaces` puts the original text back on the mentions.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from core.skills.models import Extraction

_BLOCK = r"p|br|li|ul|ol|div|h[1-6]|tr|td|th|table|section|article|header|footer|dd|dt|blockquote|pre"
_INLINE = r"b|strong|i|em|u|span|a|code|small|sup|sub|font|mark|abbr"
_TAG = re.compile(rf"</?(?:(?P<block>{_BLOCK})|{_INLINE})\b[^<>]{{0,500}}?/?>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def has_tags(text: str) -> bool:
    """True when the text holds HTML block or inline tags (also used by ingest to tell HTML descriptions)."""
    return "<" in text and _TAG.search(text) is not None


def has_markup(text: str) -> bool:
    """True when the text holds HTML tags or entities worth blanking."""
    return has_tags(text) or ("&" in text and _ENTITY.search(text) is not None)


def mask_markup(text: str) -> str:
    """The text with tags, comments and entities blanked to the same length (offsets do not move)."""
    if not has_markup(text):
        return text
    text = _COMMENT.sub(lambda m: " " * len(m.group()), text)
    text = _TAG.sub(_blank_tag, text)
    return _ENTITY.sub(_blank_entity, text)


def _blank_tag(m: re.Match) -> str:
    """A block tag becomes a line break plus blanks, an inline tag blanks."""
    n = len(m.group())
    return ("\n" + " " * (n - 1)) if m.group("block") else " " * n


def _blank_entity(m: re.Match) -> str:
    """An entity becomes its character (a blank for a no-break space) padded with blanks."""
    char = html.unescape(m.group())
    char = " " if char in ("\xa0", m.group()) or len(char) != 1 else char
    return char + " " * (len(m.group()) - 1)


def restore_surfaces(extraction: Extraction, original: str) -> Extraction:
    """Mentions and evidence whose `surface` is the original text at their offsets (after a masked analysis)."""
    def fix(items):
        return [m if original[m.start:m.end] == m.surface else replace(m, surface=original[m.start:m.end])
                for m in items]
    extraction.mentions = fix(extraction.mentions)
    extraction.evidence = fix(extraction.evidence)
    return extraction
