"""Zip containers (DOCX) read under a hard budget of real unpacked bytes: declared sizes are never trusted.

`open_zip` refuses broken archives, too many members and declared zip bombs before anything decompresses;
`ZipBudget.stream` then decompresses one member in small chunks, counting the bytes it really produces, and
refuses as soon as the budget is spent. A member whose data does not match its declared size or checksum (a zip
bomb that under-declares its sizes) is refused when the stream ends, after at most one chunk past the lie.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from typing import Iterator

from core.config import Limits
from core.documents.base import human_size
from core.errors import ParseError, TooLarge

MAX_MEMBERS = 5_000
MAX_RATIO = 100  # unpacked / packed size; real documents are far below this
UNPACKED_FACTOR = 10  # unpacked content may be at most this many times the file-size limit
RATIO_FLOOR = 5 * 1024 * 1024  # tiny files may compress well; only apply the ratio above this size
CHUNK = 64 * 1024  # bytes asked of the decompressor per read: its output is bounded by this too
MISMATCH = ("This Word file's contents do not match the sizes and checksums it declares (it is damaged, or a zip "
            "bomb in disguise), so it was refused.")


def _bomb(unpacked: str, packed: int) -> TooLarge:
    return TooLarge(f"This Word file unpacks to {unpacked} from {human_size(packed)}, "
                    "which no real document does (it looks like a zip bomb), so it was refused.")


@dataclass
class ZipBudget:
    """An open archive plus the real bytes it may still unpack (shared by every member read)."""

    archive: zipfile.ZipFile
    packed: int
    left: int
    corrupt: str  # the reader's message for a broken archive

    def stream(self, name: str, cap: int | None = None) -> Iterator[bytes]:
        """Decompress one member chunk by chunk; TooLarge once the budget (or `cap` for this member) is spent."""
        limit = self.left if cap is None else min(cap, self.left)
        produced = 0
        try:
            with self.archive.open(name) as member:
                while chunk := member.read(CHUNK):
                    produced += len(chunk)
                    if produced > limit:
                        raise _bomb(f"more than {human_size(limit)}", self.packed)
                    self.left -= len(chunk)
                    yield chunk
        except zipfile.BadZipFile as exc:  # CRC or size mismatch found at the end of the stream
            raise ParseError(MISMATCH) from exc
        except (zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
            raise ParseError(self.corrupt) from exc

    def read(self, name: str, cap: int) -> bytes:
        """A whole (small) member, at most `cap` real bytes."""
        return b"".join(self.stream(name, cap))

    def has(self, name: str) -> bool:
        """Whether the archive holds a member of this name."""
        return name in self.archive.NameToInfo


def open_zip(data: bytes, limits: Limits, corrupt: str, required: str) -> ZipBudget:
    """Refuse broken zips, too many members and declared bombs; the budget is what may really unpack."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ParseError(corrupt) from exc
    if len(infos) > MAX_MEMBERS:
        raise TooLarge(f"This Word file holds {len(infos):,} files inside it; real documents hold a few dozen "
                       f"(the limit is {MAX_MEMBERS:,}), so it was refused.")
    allowed = min(limits.max_file_bytes * UNPACKED_FACTOR, max(RATIO_FLOOR, MAX_RATIO * len(data)))
    declared = sum(info.file_size for info in infos)
    if declared > allowed:
        raise _bomb(human_size(declared), len(data))
    if required not in archive.NameToInfo:
        raise ParseError(corrupt)
    return ZipBudget(archive, len(data), allowed, corrupt)
