"""WordprocessingML -> lines, streamed through an lxml parser target: no tree is built, so memory stays small.

Mirrors what python-docx gave us: body paragraphs and tables in document order (w:sdt, text boxes and other
wrappers skipped), a run's text from w:t, w:tab, w:ptab, w:cr, text-wrapping w:br and w:noBreakHyphen, list items
(numbering or a "List ..." style) bulleted, one line per table row with cells joined by " | " (multi-paragraph
cells one per line), horizontally merged cells once and vertically merged cells repeating the top cell.
A DOCTYPE is refused: lxml expands entities for parser targets even with resolve_entities=False.
Reading stops at a character, paragraph or element cap and says why in `stopped`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import ParseError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
DTD = ("This Word file declares a DTD, which real Word documents never do (it may try to read other files), "
       "so it was refused.")
MAX_PARAGRAPHS = 50_000  # a long resume has a few hundred
MAX_ELEMENTS = 400_000  # a long resume has a few tens of thousands; 1M characters of busy formatting ~300k
_RUN_TEXT = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}


@dataclass
class _Cell:
    lines: list[str] = field(default_factory=list)
    span: int = 1
    vmerge: str | None = None  # "restart", "continue" or None


@dataclass
class _Table:
    above: dict[int, list[str]] = field(default_factory=dict)  # grid offset -> lines of the cell last there
    lines: list[str] = field(default_factory=list)
    cells: list[_Cell] = field(default_factory=list)  # of the row being read
    grid_before: int = 0


class WordTarget:
    """lxml parser target; `lines` holds the output, `header_rid` the first section's default header."""

    def __init__(self, styles: dict[str, str], default_style: str, max_chars: int, *, header: bool = False):
        self.styles, self.default_style, self.max_chars, self.header = styles, default_style, max_chars, header
        self.lines: list[str] = []
        self.header_rid: str | None = None
        self.stopped: str | None = None  # "characters", "paragraphs" or "elements" when reading stopped early
        self._roles: list[str | None] = ["top"]
        self._blocks: list[list[str]] = [self.lines]  # innermost block container's lines (body, header, cell)
        self._tables: list[_Table] = []
        self._cells: list[_Cell] = []
        self._parts: list[str] = []
        self._is_list = False
        self._style: str | None = None
        self._chars = self._paragraphs = self._elements = 0
        self._sections = 0

    def doctype(self, name, public_id, system_url) -> None:
        """Refuse any DOCTYPE: a target parser would expand its entities (files, billion laughs)."""
        raise ParseError(DTD)

    def start(self, tag: str, attrib) -> None:
        """Push the element's role (None: ignored, with everything inside it)."""
        self._elements += 1
        role = _ROLES.get((self._roles[-1], tag))
        if role is not None:
            role = self._open(role, tag, attrib)
        self._roles.append(role)
        if self._elements > MAX_ELEMENTS:
            self.stopped = self.stopped or "elements"

    def _open(self, role: str, tag: str, attrib) -> str | None:
        if role == "p":
            self._parts, self._is_list, self._style = [], False, None
        elif role == "tbl" and self.header:
            return None
        elif role == "tbl":
            self._tables.append(_Table())
        elif role == "tr":
            self._tables[-1].cells, self._tables[-1].grid_before = [], 0
        elif role == "tc":
            self._cells.append(_Cell())
            self._blocks.append(self._cells[-1].lines)
        elif role == "sectPr":
            self._sections += 1
        else:
            self._attribute(role, tag, attrib)
        return role

    def _attribute(self, role: str, tag: str, attrib) -> None:
        if role == "text" and tag in _RUN_TEXT:
            self._parts.append(_RUN_TEXT[tag])
        elif role == "text" and tag == f"{W}br" and attrib.get(f"{W}type", "textWrapping") == "textWrapping":
            self._parts.append("\n")
        elif role == "numPr":
            self._is_list = True
        elif role == "pStyle":
            self._style = attrib.get(f"{W}val")
        elif role == "gridBefore":
            self._tables[-1].grid_before = _int(attrib.get(f"{W}val"), 0)
        elif role == "gridSpan":
            self._cells[-1].span = max(1, _int(attrib.get(f"{W}val"), 1))
        elif role == "vMerge":
            self._cells[-1].vmerge = attrib.get(f"{W}val", "continue")
        elif role == "headerRef" and self._sections == 1 and attrib.get(f"{W}type") == "default":
            self.header_rid = self.header_rid or attrib.get(R_ID)

    def data(self, text: str) -> None:
        """Text of a w:t in a counted run."""
        if self._roles[-1] == "t":
            self._parts.append(text)
            self._chars += len(text)
            if self._chars > self.max_chars:
                self.stopped = self.stopped or "characters"

    def end(self, tag: str) -> None:
        """Close paragraphs, cells, rows and tables into the enclosing container's lines."""
        role = self._roles.pop()
        if role == "p":
            self._paragraph()
        elif role == "tc":
            self._blocks.pop()
            cell = self._cells[-1]
            cell.lines[:] = [line for line in cell.lines if line.strip()]
            self._tables[-1].cells.append(self._cells.pop())
        elif role == "tr":
            self._row(self._tables[-1])
        elif role == "tbl":
            self._blocks[-1].extend(self._tables.pop().lines)

    def flush(self) -> None:
        """After an early stop: keep the text of a body paragraph left open (one huge paragraph is still read)."""
        if "p" in self._roles and len(self._blocks) == 1 and not self._tables:
            self._paragraphs = min(self._paragraphs, MAX_PARAGRAPHS - 1)
            self._paragraph()

    def close(self) -> list[str]:
        """The lines read (lxml returns this from parser.close())."""
        return self.lines

    def _paragraph(self) -> None:
        self._paragraphs += 1
        if self._paragraphs > MAX_PARAGRAPHS:
            self.stopped = self.stopped or "paragraphs"
            return
        text = "".join(self._parts)
        if self.header:
            if text.strip():
                self.lines.append(text)
            return
        style = self.styles.get(self._style or "", self.default_style)
        listed = self._is_list or style.lower().startswith("list")
        self._blocks[-1].append(("• " if listed and text.strip() else "") + text)

    def _row(self, table: _Table) -> None:
        """One line per row when every cell has at most one line, else each cell's lines then a blank line."""
        cells: list[list[str]] = []
        offset = table.grid_before
        for cell in table.cells:
            lines = table.above.get(offset, []) if cell.vmerge == "continue" else cell.lines
            table.above[offset] = lines
            cells.append(lines)
            offset += cell.span
        if all(len(c) <= 1 for c in cells):
            table.lines.append(" | ".join(c[0] for c in cells if c))
        else:
            for c in cells:
                table.lines.extend(c)
                table.lines.append("")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


_CONTAINERS = ("body", "hdr", "tc")
_ROLES: dict[tuple[str | None, str], str] = {
    ("top", f"{W}document"): "document", ("document", f"{W}body"): "body", ("top", f"{W}hdr"): "hdr",
    **{(c, f"{W}p"): "p" for c in _CONTAINERS}, **{(c, f"{W}tbl"): "tbl" for c in _CONTAINERS},
    ("body", f"{W}sectPr"): "sectPr", ("pPr", f"{W}sectPr"): "sectPr", ("sectPr", f"{W}headerReference"): "headerRef",
    ("p", f"{W}pPr"): "pPr", ("pPr", f"{W}numPr"): "numPr", ("pPr", f"{W}pStyle"): "pStyle",
    ("p", f"{W}r"): "r", ("p", f"{W}hyperlink"): "hyperlink", ("hyperlink", f"{W}r"): "r",
    ("r", f"{W}t"): "t", **{("r", f"{W}{name}"): "text" for name in ("tab", "ptab", "cr", "br", "noBreakHyphen")},
    ("tbl", f"{W}tr"): "tr", ("tr", f"{W}trPr"): "trPr", ("trPr", f"{W}gridBefore"): "gridBefore",
    ("tr", f"{W}tc"): "tc", ("tc", f"{W}tcPr"): "tcPr", ("tcPr", f"{W}gridSpan"): "gridSpan",
    ("tcPr", f"{W}vMerge"): "vMerge",
}
