"""Records shared by the document readers: the result, the raw reader output, and the reader contract."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Literal

from core.config import Limits

DocumentKind = Literal["pdf", "docx", "txt", "md", "html"]
Container = Literal["pdf", "zip", "text"]


@dataclass
class Document:
    """Normalised text of an uploaded file, never empty."""

    text: str
    kind: DocumentKind
    filename: str
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class RawText:
    """What a reader returns before normalisation and the shared limit checks."""

    text: str
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    dehyphenate: bool = False


@dataclass(frozen=True)
class Reader:
    """The one contract per format: a new format is a new module exposing a `READER` listed in registry.py."""

    kind: DocumentKind
    extensions: tuple[str, ...]
    container: Container
    read: Callable[[bytes, Limits], RawText]
    wrong_content: str
    """Message when the bytes are not this format at all (e.g. 'The file is corrupt or not a real PDF...')."""


def human_size(size: int) -> str:
    """'14.2 MB', '10 MB', '512 KB', '900 bytes'."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"
