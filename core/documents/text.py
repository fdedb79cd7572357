"""Plain text and Markdown: encoding detection (BOMs, UTF-8, BOM-less UTF-16, cp1252 fallback)."""

from __future__ import annotations

from core.config import Limits
from core.documents.base import RawText, Reader
from core.documents.sniff import bom_encoding, utf16_without_bom

BINARY_MESSAGE = "This looks like binary data, not text. Upload a PDF, Word (.docx), text or HTML file."
_REPLACEMENT = "\ufffd"


def decode_bytes(data: bytes, fallback: str = "cp1252") -> tuple[str, list[str]]:
    """Decode text bytes: BOM first, then strict UTF-8, BOM-less UTF-16, then `fallback` (cp1252)."""
    warnings: list[str] = []
    encoding = bom_encoding(data) or utf16_without_bom(data)
    if encoding:
        text = data.decode(encoding, errors="replace")
    else:
        try:
            return data.decode("utf-8"), warnings
        except UnicodeDecodeError:
            text = _utf8_with_surrogates(data)
        if text is None:
            text = data.decode(fallback, errors="replace")
            warnings.append(f"The file is not UTF-8; it was read as {fallback}, so some characters may be wrong.")
    if _REPLACEMENT in text:
        warnings.append("Some characters could not be decoded and were replaced with '\ufffd'.")
    return text, warnings


def _utf8_with_surrogates(data: bytes) -> str | None:
    """UTF-8 holding encoded surrogates (CESU-8, or a lone one from a broken paste): pairs joined, lone ones U+FFFD."""
    try:
        text = data.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        return None
    return text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")


def encode_pasted(text: str) -> bytes:
    """Pasted text as UTF-8 bytes for the loader; a lone surrogate (a broken emoji) is kept for it to replace."""
    return text.encode("utf-8", errors="surrogatepass")


def read_text(data: bytes, limits: Limits) -> RawText:
    """Decode a .txt/.md file as-is (normalisation happens in the loader)."""
    text, warnings = decode_bytes(data)
    return RawText(text=text, warnings=warnings)


TXT_READER = Reader("txt", (".txt", ".text"), "text", read_text, BINARY_MESSAGE)
MD_READER = Reader("md", (".md", ".markdown"), "text", read_text, BINARY_MESSAGE)
