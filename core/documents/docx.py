"""DOCX -> text with python-docx: paragraphs and tables in document order, zip bombs refused first."""

from __future__ import annotations

import io
import zipfile

from core.config import Limits
from core.documents.base import RawText, Reader, human_size
from core.errors import EmptyText, ParseError, TooLarge

CORRUPT = "The file is corrupt or not a real Word document (.docx). Try saving it again as .docx or PDF."
EMPTY = "The Word document has no text."
MAX_MEMBERS = 5_000
MAX_RATIO = 100  # unpacked / packed size; real documents are far below this
UNPACKED_FACTOR = 10  # unpacked content may be at most this many times the file-size limit
_RATIO_FLOOR = 5 * 1024 * 1024  # tiny files may compress well; only apply the ratio above this size


def check_zip(data: bytes, limits: Limits) -> None:
    """Refuse broken zips and zip bombs before anything decompresses (zipfile enforces declared sizes)."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise ParseError(CORRUPT) from exc
    unpacked = sum(info.file_size for info in infos)
    cap = limits.max_file_bytes * UNPACKED_FACTOR
    ratio_bomb = unpacked > _RATIO_FLOOR and unpacked > MAX_RATIO * max(len(data), 1)
    if len(infos) > MAX_MEMBERS or unpacked > cap or ratio_bomb:
        raise TooLarge(
            f"This Word file unpacks to {human_size(unpacked)} from {human_size(len(data))}, "
            "which no real document does (it looks like a zip bomb), so it was refused."
        )
    if not any(info.filename == "word/document.xml" for info in infos):
        raise ParseError(CORRUPT)


def _cell_blocks(cell) -> list[str]:
    lines: list[str] = []
    for block in cell.iter_inner_content():
        lines.extend(_block_lines(block))
    return [line for line in lines if line.strip()]


def _table_lines(table) -> list[str]:
    """One line per row (cells joined by ' | '); rows whose cells hold several paragraphs stay multi-line."""
    lines: list[str] = []
    for row in table.rows:
        seen: set[int] = set()
        cells: list[list[str]] = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_blocks(cell))
        if all(len(c) <= 1 for c in cells):
            lines.append(" | ".join(c[0] for c in cells if c))
        else:
            for c in cells:
                lines.extend(c)
                lines.append("")
    return lines


def _block_lines(block) -> list[str]:
    from docx.table import Table

    if isinstance(block, Table):
        return _table_lines(block)
    p_pr = block._p.pPr
    is_list = p_pr is not None and p_pr.numPr is not None
    style = (block.style.name or "") if block.style is not None else ""
    bullet = "• " if (is_list or style.startswith("List")) and block.text.strip() else ""
    return [bullet + block.text]


def read_docx(data: bytes, limits: Limits) -> RawText:
    """Paragraphs (list items bulleted), tables row by row, and the first header, in document order."""
    check_zip(data, limits)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        header = document.sections[0].header if document.sections else None
        if header is not None and not header.is_linked_to_previous:
            lines.extend(p.text for p in header.paragraphs if p.text.strip())
        for block in document.iter_inner_content():
            lines.extend(_block_lines(block))
    except (TooLarge, ParseError):
        raise
    except Exception as exc:  # python-docx/lxml raise many types for broken parts
        raise ParseError(CORRUPT) from exc
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyText(EMPTY)
    return RawText(text=text)


READER = Reader("docx", (".docx",), "zip", read_docx, CORRUPT)
