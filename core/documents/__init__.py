"""Documents: uploaded bytes -> normalised text (`load_document`), plus section splitting and resume parsing."""

from core.documents.base import Document, RawText, Reader
from core.documents.loader import load_document

__all__ = ["Document", "RawText", "Reader", "load_document"]
