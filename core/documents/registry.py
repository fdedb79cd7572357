"""The format registry: extension -> Reader. Adding a format = a new module plus one entry here."""

from __future__ import annotations

from core.documents import docx, html, pdf, text
from core.documents.base import Reader

READERS: tuple[Reader, ...] = (pdf.READER, docx.READER, text.TXT_READER, text.MD_READER, html.READER)

_BY_EXTENSION: dict[str, Reader] = {ext: r for r in READERS for ext in r.extensions}


def reader_for(extension: str) -> Reader | None:
    """The reader registered for a lower-case extension such as '.pdf', or None."""
    return _BY_EXTENSION.get(extension.lower())


def supported_extensions() -> list[str]:
    """Every extension we read, in registry order."""
    return [ext for r in READERS for ext in r.extensions]
