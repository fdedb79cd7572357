"""Domain errors, the only exceptions core raises on purpose; edges translate them for people."""

from __future__ import annotations


class SkillGapError(Exception):
    """Base of every domain error; `str(err)` is a message fit for a user."""


class ParseError(SkillGapError):
    """A document could not be turned into text (corrupt, encrypted, empty, image-only...)."""


class TooLarge(ParseError):
    """A file or text is over a configured limit."""


class UnsupportedFormat(ParseError):
    """The file type is not one we read."""


class EmptyText(ParseError):
    """There is no usable text."""


class NotAResume(SkillGapError):
    """A text was read but does not look like a resume (too short, no sections, title or skills); nothing is stored."""

    def __init__(self, message: str, verdict=None):
        super().__init__(message)
        self.verdict = verdict  # core.documents.resume_check.ResumeVerdict: what was found and what was missing


class NotFound(SkillGapError):
    """An id does not name an existing row."""


class Conflict(SkillGapError):
    """A write would break a uniqueness rule (e.g. a profile name already taken)."""


class InvalidInput(SkillGapError):
    """Arguments are well-formed but not acceptable (bad range, unknown option...)."""


class UnsafeURL(SkillGapError):
    """A URL was refused: scheme, private/loopback/metadata address, or redirect to one."""


class FetchError(SkillGapError):
    """A permitted fetch failed (timeout, HTTP error, too large, robots.txt)."""


class IngestError(SkillGapError):
    """A posting could not be ingested; it goes to the dead-letter table."""


class LLMUnavailable(SkillGapError):
    """The LLM endpoint is not configured, timed out, or failed; callers fall back."""


class LLMInvalidOutput(LLMUnavailable):
    """The LLM answered but the output failed schema or fabrication validation."""


class StorageUnavailable(SkillGapError):
    """The database could not be reached or stayed locked after retries."""
