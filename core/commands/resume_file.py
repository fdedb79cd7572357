"""What the resume-reading commands (gaps, moves) share: a resume file read, checked and extracted, not stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.config import Settings
from core.errors import NotFound


@dataclass(frozen=True)
class ResumeInput:
    """The context, the extraction and the untagged corrections of one resume file."""

    ctx: object  # core.context.AppContext
    extraction: object  # core.skills.models.Extraction
    corrections: list  # core.skills.models.UserCorrection (no profile: untagged ones only)
    text: str = ""  # the document's text


def read_resume_file(path: Path, settings: Settings) -> ResumeInput:
    """Load and extract the file (cached); NotFound when missing, NotAResume when it is not a resume."""
    from core.clarify.ownership import resume_corrections
    from core.context import build_context
    from core.documents import load_document
    from core.resumes import require_resume
    from core.skills.cache import extract_cached

    if not path.is_file():
        raise NotFound(f"Resume file not found: {path}")
    ctx = build_context(settings)
    document = load_document(path.name, path.read_bytes(), settings.limits)
    extraction = extract_cached(ctx.engine, ctx.extractor, document.text, "resume")
    require_resume(ctx, document.text, extraction=extraction)
    corrections = resume_corrections(ctx.engine, ctx.extractor, document.text, None)
    return ResumeInput(ctx, extraction, corrections, document.text)
