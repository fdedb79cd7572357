"""PDF -> text with pypdf: password, page-cap, image-only and corrupt files get clear messages."""

from __future__ import annotations

import io

from core.config import Limits
from core.documents.base import RawText, Reader
from core.errors import EmptyText, ParseError, TooLarge

CORRUPT = "The file is corrupt or not a real PDF. Try exporting or saving it as PDF again."
PASSWORD = (
    "This PDF is password-protected. Remove the password (for example, open it and print it to a new PDF) "
    "and upload it again."
)
SCANNED = (
    "This PDF has no extractable text (it looks like a scanned image). Upload the original document or a "
    "text-based PDF, or paste the text instead."
)
BLANK = "This PDF has no text: its pages are empty."


def _open(data: bytes):
    """A decrypted PdfReader, or a ParseError naming the problem."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:  # pypdf raises many types for broken files
        raise ParseError(CORRUPT) from exc
    if reader.is_encrypted:
        try:
            opened = bool(reader.decrypt(""))  # owner-password-only PDFs open with an empty user password
        except Exception:  # wrong password, or a cipher we cannot run
            opened = False
        if not opened:
            raise ParseError(PASSWORD)
    return reader


def _has_content(page) -> bool:
    """True when a page draws anything at all (shapes, images)."""
    try:
        contents = page.get_contents()
        return contents is not None and len(contents.get_data().strip()) > 0
    except Exception:
        return True


def read_pdf(data: bytes, limits: Limits) -> RawText:
    """Extract the text of every page; refuse encrypted, over-long, corrupt and image-only PDFs."""
    reader = _open(data)
    try:
        pages = list(reader.pages)
    except Exception as exc:
        raise ParseError(CORRUPT) from exc
    if len(pages) > limits.max_pages:
        raise TooLarge(f"The PDF has {len(pages)} pages; the limit is {limits.max_pages}.")
    texts: list[str] = []
    failed: list[int] = []
    drawn_without_text: list[int] = []
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:
            failed.append(number)
            continue
        if not text.strip() and _has_content(page):
            drawn_without_text.append(number)
        texts.append(text)
    if not any(t.strip() for t in texts):
        if not pages or len(failed) == len(pages):
            raise ParseError(CORRUPT) if pages else EmptyText(BLANK)
        raise EmptyText(SCANNED if drawn_without_text else BLANK)
    warnings = []
    if failed:
        warnings.append(f"{_pages(failed)} could not be read and were skipped.")
    if drawn_without_text:
        warnings.append(f"{_pages(drawn_without_text)} had no text (scanned images?) and were skipped.")
    return RawText(text="\n\n".join(texts), pages=len(pages), warnings=warnings, dehyphenate=True)


def _pages(numbers: list[int]) -> str:
    label = "Page" if len(numbers) == 1 else "Pages"
    return f"{label} {', '.join(str(n) for n in numbers)}"


READER = Reader("pdf", (".pdf",), "pdf", read_pdf, CORRUPT)
