"""Hostile DOCX builders shared by tests/documents and bench/bench_docx.py: everything is generated in memory."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from typing import Iterable, Iterator

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEAD = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>')
_TAIL = '<w:sectPr/></w:body></w:document>'
_WORDS = ("python", "sql", "docker", "led", "team", "built", "pipelines", "data", "engineer", "kafka", "spark")


def _base_parts() -> dict[str, bytes]:
    """Every part of a blank python-docx document except word/document.xml."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist() if i.filename != "word/document.xml"}


def docx_from_chunks(body_chunks: Iterable[bytes], extra: dict[str, bytes] | None = None, head: str = _HEAD) -> bytes:
    """A .docx whose word/document.xml is _HEAD + the chunks + _TAIL, streamed into the zip (never held whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**_base_parts(), **(extra or {})}.items():
            archive.writestr(name, data)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head.encode())
            for chunk in body_chunks:
                member.write(chunk)
            member.write(_TAIL.encode())
    return out.getvalue()


def many_paragraphs_docx(count: int = 34_000, style: str = "ListBullet") -> bytes:
    """A small DOCX with `count` short styled paragraphs (the 78 KB / 34k-paragraph case of issue 24)."""
    para = f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'.encode()
    return docx_from_chunks(para * 1000 for _ in range(count // 1000))


def big_text_docx(unpacked_mb: int = 96, seed: int = 7) -> bytes:
    """~`unpacked_mb` MB of document.xml: paragraphs of pseudo-random words (packs about 60:1, under every cap)."""
    rng = random.Random(seed)
    vocabulary = [w + str(i) for w in _WORDS for i in range(40)]

    def chunks() -> Iterator[bytes]:
        written = 0
        while written < unpacked_mb * 1024 * 1024:
            block = "".join(f'<w:p><w:r><w:t>{" ".join(rng.choices(vocabulary, k=12))}</w:t></w:r></w:p>'
                            for _ in range(10)).encode() * 20  # repeats inside deflate's window: ~60:1
            written += len(block)
            yield block
    return docx_from_chunks(chunks())


def markup_only_docx(unpacked_mb: int = 96, seed: int = 7) -> bytes:
    """~`unpacked_mb` MB of paragraphs with formatting and no text (random rsids so it packs only ~15:1)."""
    rng = random.Random(seed)

    def chunks() -> Iterator[bytes]:
        written = 0
        while written < unpacked_mb * 1024 * 1024:
            block = b"".join(f'<w:p w:rsidR="{rng.getrandbits(20):08X}"><w:r><w:rPr><w:b/></w:rPr></w:r></w:p>'
                             .encode() for _ in range(500))
            written += len(block)
            yield block
    return docx_from_chunks(chunks())


def empty_runs_docx(unpacked_mb: int = 96, seed: int = 7) -> bytes:
    """One paragraph holding ~`unpacked_mb` MB of empty runs: no paragraph count or text cap stops it."""
    rng = random.Random(seed)

    def chunks() -> Iterator[bytes]:
        yield b"<w:p>"
        written = 0
        while written < unpacked_mb * 1024 * 1024:
            block = b"".join(f'<w:r w:rsidR="{rng.getrandbits(16):08X}"><w:rPr><w:i/></w:rPr></w:r>'.encode()
                             for _ in range(500))
            written += len(block)
            yield block
        yield b"</w:p>"
    return docx_from_chunks(chunks())


def zeros_docx(unpacked_mb: int = 200) -> bytes:
    """document.xml = a valid start, then `unpacked_mb` MB of zeros (packs to ~1/1000)."""
    return docx_from_chunks(b"\0" * (1024 * 1024) for _ in range(unpacked_mb))


def lie_about_size(data: bytes, member: str = "word/document.xml", declared: int = 50_000) -> bytes:
    """Patch the central directory so `member` declares `declared` bytes unpacked (and packed size too if zip64)."""
    name = member.encode()
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_len, extra_len = struct.unpack_from("<HH", out, at + 28)
        if bytes(out[at + 46:at + 46 + name_len]) == name:
            break
        at = out.find(b"PK\x01\x02", at + 46 + name_len + extra_len)
    else:
        raise ValueError(f"{member} not in the central directory")
    if struct.unpack_from("<I", out, at + 24)[0] == 0xFFFFFFFF:  # zip64: sizes live in the extra field
        extra = at + 46 + name_len
        assert struct.unpack_from("<H", out, extra)[0] == 1
        struct.pack_into("<Q", out, extra + 4, declared)  # uncompressed size comes first
    else:
        struct.pack_into("<I", out, at + 24, declared)
    return bytes(out)


def many_members_docx(members: int = 5_001) -> bytes:
    """A tiny real DOCX plus `members` one-byte parts."""
    return docx_from_chunks([b'<w:p><w:r><w:t>Hello</w:t></w:r></w:p>'],
                            extra={f"word/media/p{i}.bin": b"x" for i in range(members)})
