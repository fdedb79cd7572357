"""load_document: extension + magic-byte dispatch through the registry, shared limits, normalisation."""

from __future__ import annotations

from pathlib import PurePath

from core.config import Limits
from core.documents.base import Document, Reader, human_size
from core.documents.normalize import normalize_text
from core.documents.registry import reader_for
from core.documents.sniff import DESCRIPTIONS, sniff
from core.documents.text import BINARY_MESSAGE
from core.errors import EmptyText, ParseError, TooLarge, UnsupportedFormat

SUPPORTED = "Upload a PDF, Word (.docx), text (.txt/.md) or HTML file."
_HINTS = {
    ".doc": "This is an old Word (.doc) file. Save it as .docx or PDF and upload it again.",
    ".rtf": "RTF files are not supported. Save it as .docx or PDF and upload it again.",
    ".odt": "OpenDocument (.odt) files are not supported. Save it as .docx or PDF and upload it again.",
    ".pages": "Apple Pages files are not supported. Export it as PDF or .docx and upload it again.",
}


def _reader(filename: str) -> Reader:
    extension = PurePath(filename).suffix.lower()
    reader = reader_for(extension)
    if reader is not None:
        return reader
    if extension in _HINTS:
        raise UnsupportedFormat(_HINTS[extension])
    if not extension:
        raise UnsupportedFormat(f"The file '{filename}' has no extension, so its type is unknown. {SUPPORTED}")
    raise UnsupportedFormat(f"Files of type '{extension}' are not supported. {SUPPORTED}")


def _check_content(reader: Reader, filename: str, data: bytes) -> None:
    """The bytes must be what the extension claims (a PDF named .txt or binary named .txt is refused)."""
    found = sniff(data)
    if found == reader.container:
        return
    if found in DESCRIPTIONS:
        raise UnsupportedFormat(
            f"The file is named '{filename}' but it is actually {DESCRIPTIONS[found]}. "
            f"Save or rename it with the right extension and upload it again."
        )
    if reader.container == "text":
        raise UnsupportedFormat(BINARY_MESSAGE)
    raise ParseError(reader.wrong_content)


def load_document(filename: str, data: bytes, limits: Limits) -> Document:
    """Bytes of an uploaded file -> normalised, non-empty text; raises ParseError subclasses with user messages."""
    reader = _reader(filename)
    if len(data) > limits.max_file_bytes:
        raise TooLarge(f"The file is {human_size(len(data))}; the limit is {human_size(limits.max_file_bytes)}.")
    if not data.strip():
        raise EmptyText("The file is empty.")
    _check_content(reader, filename, data)
    raw = reader.read(data, limits)
    text = normalize_text(raw.text, dehyphenate=raw.dehyphenate)
    if not text:
        raise EmptyText("The file has no text.")
    if len(text) > limits.max_chars:
        raise TooLarge(f"The text is {len(text):,} characters; the limit is {limits.max_chars:,}.")
    return Document(text=text, kind=reader.kind, filename=filename, pages=raw.pages, warnings=list(raw.warnings))
