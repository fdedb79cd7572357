"""Text encodings of uploaded tables: BOMs honoured, UTF-8 verified, legacy single-byte files decoded as such.

Spreadsheet exports arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM ("Unicode text" from Excel) or
Windows-1252 / Latin-1 ("CSV" from older Excel). Decoding all of them as UTF-8 with replacement characters would
store "Caf\ufffd" silently, so the encoding is decided once per file before any row is read.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from core.errors import ParseError

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHUNK = 1 << 20
NUL_MESSAGE = ("{name} is not a text file: it contains NUL bytes (binary data, or UTF-16 without a byte-order "
               "mark). Save it as 'CSV UTF-8' and try again.")


def detect_encoding(path: Path) -> str:
    """The codec to read `path` with: its BOM's, else utf-8 if every byte decodes, else cp1252, else latin-1."""
    with open(path, "rb") as handle:
        head = handle.read(4)
        for bom, codec in _BOMS:
            if head.startswith(bom):
                return codec
        handle.seek(0)
        utf8, cp1252 = codecs.getincrementaldecoder("utf-8")(), codecs.getincrementaldecoder("cp1252")()
        ok_utf8 = ok_cp1252 = True
        while chunk := handle.read(_CHUNK):
            if b"\0" in chunk:
                raise ParseError(NUL_MESSAGE.format(name=Path(path).name))
            ok_utf8 = ok_utf8 and _decodes(utf8, chunk)
            ok_cp1252 = ok_cp1252 and _decodes(cp1252, chunk)
        ok_utf8 = ok_utf8 and _decodes(utf8, b"", final=True)
    if ok_utf8:
        return "utf-8"
    return "cp1252" if ok_cp1252 else "latin-1"


def _decodes(decoder: codecs.IncrementalDecoder, chunk: bytes, final: bool = False) -> bool:
    try:
        decoder.decode(chunk, final)
    except UnicodeDecodeError:
        return False
    return True
