"""Magic-byte sniffing: what the bytes really are, whatever the file is called."""

from __future__ import annotations

from typing import Literal

Sniffed = Literal["pdf", "zip", "ole", "image", "binary", "text"]

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Control bytes that never appear in real text (tab, LF, FF, CR and ESC are allowed).
_BAD_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_SAMPLE = 8192

DESCRIPTIONS: dict[str, str] = {
    "pdf": "a PDF",
    "zip": "a ZIP archive (for example a Word .docx file)",
    "ole": "an old Microsoft Office file (.doc/.xls/.ppt)",
    "image": "an image",
}


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of data, if any."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when data looks like BOM-less UTF-16 text (NULs in every other byte)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / max(len(odd), 1)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def sniff(data: bytes) -> Sniffed:
    """Classify bytes by content: pdf, zip, ole, image, binary or text."""
    head = data[:_SAMPLE]
    if bom_encoding(head):
        return "text"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(_OLE):
        return "ole"
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if utf16_without_bom(head):
        return "text"
    if b"\x00" in head:
        return "binary"
    bad = len(head) - len(head.translate(None, _BAD_CONTROL))
    return "binary" if bad > 0.05 * len(head) else "text"
