"""DOCX -> text: the zip read under a real-bytes budget, the XML streamed through lxml (no python-docx).

Paragraphs and tables in document order (list items bulleted) and the first section's header; styles are
looked up once per document. Reading stops at the resume character limit, 50,000 paragraphs or 400,000 XML
elements, with a warning, so one upload costs seconds whatever it holds (docs/reliability.md).
"""

from __future__ import annotations

import posixpath
from typing import Iterable

from lxml import etree

from core.config import Limits
from core.documents.base import RawText, Reader
from core.documents.docx_xml import MAX_ELEMENTS, MAX_PARAGRAPHS, W, WordTarget
from core.documents.zipguard import ZipBudget, open_zip
from core.errors import EmptyText, ParseError

CORRUPT = "The file is corrupt or not a real Word document (.docx). Try saving it again as .docx or PDF."
EMPTY = "The Word document has no text."
DOCUMENT = "word/document.xml"
AUX_MAX = 8 * 1024 * 1024  # styles, relationships and header parts are tens of KB in real documents
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _stopped(reason: str, limits: Limits) -> str:
    what = {
        "characters": f"more than {limits.max_chars:,} characters of text",
        "paragraphs": f"more than {MAX_PARAGRAPHS:,} paragraphs",
        "elements": f"more than {MAX_ELEMENTS:,} pieces of formatting",
    }[reason]
    return f"The Word document has {what}; only the first part was read (the rest was ignored)."


def _parser(target=None) -> etree.XMLParser:
    return etree.XMLParser(target=target, resolve_entities=False, no_network=True, load_dtd=False)


def _xml(budget: ZipBudget, name: str):
    """A small member as an element tree, or None when absent or not XML."""
    if not budget.has(name):
        return None
    try:
        return etree.fromstring(budget.read(name, AUX_MAX), _parser())
    except etree.XMLSyntaxError:
        return None


def _styles(budget: ZipBudget) -> tuple[dict[str, str], str]:
    """Paragraph style id -> name, read once, and the default paragraph style's name."""
    root = _xml(budget, "word/styles.xml")
    names: dict[str, str] = {}
    default = ""
    for style in root.iterfind(f"{W}style") if root is not None else ():
        if style.get(f"{W}type") != "paragraph":
            continue
        name_el = style.find(f"{W}name")
        name = name_el.get(f"{W}val", "") if name_el is not None else ""
        names[style.get(f"{W}styleId", "")] = name
        if style.get(f"{W}default") in ("1", "true", "on"):
            default = name
    return names, default


def _stream(chunks: Iterable[bytes], target: WordTarget) -> None:
    """Feed the XML to the target until it ends or the target stops; broken XML is a corrupt file."""
    parser = _parser(target)
    try:
        for chunk in chunks:
            parser.feed(chunk)
            if target.stopped:
                target.flush()
                return
        parser.close()
    except etree.XMLSyntaxError as exc:
        raise ParseError(CORRUPT) from exc


def _header_lines(budget: ZipBudget, rid: str | None, limits: Limits) -> list[str]:
    """The non-blank paragraphs of the first section's own default header."""
    rels = _xml(budget, "word/_rels/document.xml.rels") if rid else None
    target = next((rel.get("Target") for rel in (rels.iterfind(_REL) if rels is not None else ())
                   if rel.get("Id") == rid and rel.get("TargetMode") != "External"), None)
    if not target:
        return []
    name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
    if not budget.has(name):
        return []
    header = WordTarget({}, "", limits.max_chars, header=True)
    _stream([budget.read(name, AUX_MAX)], header)
    return header.lines


def read_docx(data: bytes, limits: Limits) -> RawText:
    """Paragraphs (list items bulleted), tables row by row, and the first header, in document order."""
    budget = open_zip(data, limits, CORRUPT, DOCUMENT)
    styles, default = _styles(budget)
    body = WordTarget(styles, default, limits.max_chars)
    _stream(budget.stream(DOCUMENT), body)
    text = "\n".join(_header_lines(budget, body.header_rid, limits) + body.lines)
    warnings = [_stopped(body.stopped, limits)] if body.stopped else []
    if len(text) > limits.max_chars:
        text = text[: limits.max_chars]
        warnings = warnings or [_stopped("characters", limits)]
    if not text.strip():
        raise EmptyText(EMPTY)
    return RawText(text=text, warnings=warnings)


READER = Reader("docx", (".docx",), "zip", read_docx, CORRUPT)
