"""Resume service: store a profile's resumes, and view one parsed with its skills grouped by category."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, delete, select

from core.context import AppContext
from core.db.models import Profile, Resume
from core.db.session import session_scope
from core.documents import load_document
from core.documents.resume import ResumeParse, parse_resume
from core.documents.resume_check import ResumeVerdict, check_resume
from core.documents.text import encode_pasted
from core.errors import EmptyText, NotAResume, NotFound
from core.evidence import Evidence, evidence, evidence_for
from core.skills.cache import extract_cached
from core.skills.models import Extraction, SkillMention
from core.taxonomy.models import CATEGORIES, Taxonomy

__all__ = [
    "Evidence", "ResumeSummary", "ResumeVerdict", "ResumeView", "SkillChip", "SkillGroup", "add_resume",
    "add_resume_text", "category_label", "check_resume_owner", "delete_resume", "evidence", "evidence_for", "get_resume",
    "group_skills", "latest_resume", "list_resumes", "require_resume", "resume_by_id", "resume_verdict",
]

OTHER_CATEGORY = "other"
CATEGORY_LABELS = {
    "programming_language": "Programming languages",
    "framework": "Frameworks & libraries",
    "database": "Databases",
    "cloud": "Cloud",
    "devops": "DevOps & infrastructure",
    "data_ml": "Data & machine learning",
    "security": "Security",
    "mobile": "Mobile",
    "testing": "Testing & quality",
    "analytics_business": "Analytics & business",
    "design": "Design",
    "soft_skill": "Soft skills",
    "tool": "Tools",
    "methodology": "Methodologies",
    "healthcare": "Healthcare & clinical",
    "finance": "Finance & accounting",
    "education": "Teaching & education",
    "people_operations": "HR & people",
    "operations_trades": "Operations, trades & services",
    "certification": "Certifications & licences",
    OTHER_CATEGORY: "Other skills",
}
_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown",
    "markdown": "text/markdown",
    "html": "text/html",
}


@dataclass(frozen=True)
class SkillChip:
    """One skill found in the resume with every place it was mentioned."""

    skill_id: str | None  # None for an open-vocabulary skill not in the taxonomy
    name: str
    count: int
    mentions: tuple[SkillMention, ...]

    @property
    def key(self) -> str:
        """A stable identifier (widget keys, anchors)."""
        return self.skill_id or f"open:{self.name.lower()}"


@dataclass(frozen=True)
class SkillGroup:
    """Skills of one taxonomy category."""

    category: str
    label: str
    skills: tuple[SkillChip, ...]


@dataclass(frozen=True)
class ResumeSummary:
    """A stored resume without its analysis (history lists)."""

    id: int
    profile_id: int
    filename: str
    created_at: datetime
    chars: int
    text_sha256: str


@dataclass
class ResumeView:
    """A stored resume with its parse, its extraction and its skills grouped by category."""

    id: int
    profile_id: int
    filename: str
    created_at: datetime
    text: str
    parse: ResumeParse
    extraction: Extraction
    skill_groups: list[SkillGroup]
    verdict: ResumeVerdict  # does the text look like a resume (older rows may predate the check)
    warnings: list[str] = field(default_factory=list)  # from reading the file (only right after an upload)
    reused: bool = False  # the upload had the same text as the latest resume: nothing new was stored

    @property
    def titles(self) -> list[str]:
        """Job titles from the parse, else from the extraction."""
        return list(self.parse.titles or self.extraction.titles or [])

    @property
    def total_years(self) -> float | None:
        """Total years of experience from the parse, else from the extraction."""
        if self.parse.total_years is not None:
            return self.parse.total_years
        return self.extraction.years_experience

    @property
    def skill_count(self) -> int:
        """How many distinct skills were found."""
        return sum(len(group.skills) for group in self.skill_groups)

    def section_text(self, name: str) -> str | None:
        """The text of the first section with this name (e.g. "experience"), stripped, or None."""
        for section in self.parse.sections:
            if section.name == name:
                return self.text[section.start:section.end].strip() or None
        return None


def category_label(category: str) -> str:
    """Human label of a taxonomy category."""
    return CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize())


def group_skills(mentions: list[SkillMention], taxonomy: Taxonomy) -> list[SkillGroup]:
    """Mentions -> chips grouped by category (taxonomy order, "other" last); chips by count, then name."""
    by_key: dict[str, list[SkillMention]] = {}
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        key = mention.skill_id or f"open:{mention.name.lower()}"
        by_key.setdefault(key, []).append(mention)
    grouped: dict[str, list[SkillChip]] = {}
    for found in by_key.values():
        first = found[0]
        skill = taxonomy.get(first.skill_id) if first.skill_id else None
        category = skill.category if skill else OTHER_CATEGORY
        chip = SkillChip(first.skill_id, skill.name if skill else first.name, len(found), tuple(found))
        grouped.setdefault(category, []).append(chip)
    order = {name: i for i, name in enumerate((*CATEGORIES, OTHER_CATEGORY))}
    return [
        SkillGroup(cat, category_label(cat), tuple(sorted(chips, key=lambda c: (-c.count, c.name.lower()))))
        for cat, chips in sorted(grouped.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
    ]


def add_resume(ctx: AppContext, profile_id: int, filename: str, data: bytes) -> ResumeView:
    """Read an uploaded file, parse and extract it, then store it; ParseError or NotAResume stores nothing."""
    document = load_document(filename, data, ctx.settings.limits)
    content_type = _CONTENT_TYPES.get(str(document.kind).lower(), "text/plain")
    return _store(ctx, profile_id, _clean_filename(filename), document.text, content_type, list(document.warnings))


def add_resume_text(ctx: AppContext, profile_id: int, text: str, title: str = "Pasted resume") -> ResumeView:
    """Store pasted resume text (same limits, normalisation and NotAResume check as a .txt upload)."""
    if not (text or "").strip():
        raise EmptyText("There is no text to analyse: paste your resume first.")
    document = load_document("pasted.txt", encode_pasted(text), ctx.settings.limits)
    return _store(ctx, profile_id, (title or "").strip() or "Pasted resume", document.text, "text/plain",
                  list(document.warnings))


def latest_resume(ctx: AppContext, profile_id: int) -> ResumeView | None:
    """The profile's most recent resume, analysed, or None when it has none."""
    with Session(ctx.engine) as session:
        row = session.exec(
            select(Resume).where(Resume.profile_id == profile_id).order_by(Resume.created_at.desc(), Resume.id.desc())
        ).first()
    return _view(ctx, row) if row else None


def get_resume(ctx: AppContext, resume_id: int, *, profile_id: int) -> ResumeView:
    """One of the profile's stored resumes, analysed; NotFound when the id names none of that profile's (another
    profile's resume is not found, never shown)."""
    with Session(ctx.engine) as session:
        row = session.get(Resume, resume_id)
    if row is None or row.profile_id != profile_id:
        raise NotFound(f"Resume {resume_id} does not exist (it may have been deleted).")
    return _view(ctx, row)


def resume_by_id(ctx: AppContext, resume_id: int) -> ResumeView:
    """A stored resume by id alone, for services whose caller already holds it through its profile (a page's
    list_resumes, report_for's owner check); edges reading an id from a user use get_resume."""
    with Session(ctx.engine) as session:
        row = session.get(Resume, resume_id)
    if row is None:
        raise NotFound(f"Resume {resume_id} does not exist (it may have been deleted).")
    return _view(ctx, row)


def check_resume_owner(engine, resume_id: int, profile_id: int) -> None:
    """NotFound unless the resume exists and belongs to the profile."""
    with Session(engine) as session:
        row = session.get(Resume, resume_id)
        if row is None or row.profile_id != profile_id:
            raise NotFound(f"Resume {resume_id} does not exist (it may have been deleted).")


def list_resumes(ctx: AppContext, profile_id: int) -> list[ResumeSummary]:
    """The profile's resumes, newest first."""
    with Session(ctx.engine) as session:
        rows = session.exec(
            select(Resume).where(Resume.profile_id == profile_id).order_by(Resume.created_at.desc(), Resume.id.desc())
        ).all()
        return [ResumeSummary(r.id, r.profile_id, r.filename, r.created_at, len(r.text), r.text_sha256) for r in rows]


def delete_resume(ctx: AppContext, resume_id: int, *, profile_id: int) -> None:
    """Delete one of the profile's resumes; NotFound when the id names none of that profile's."""
    with session_scope(ctx.engine) as session:
        row = session.get(Resume, resume_id)
        if row is None or row.profile_id != profile_id:
            raise NotFound(f"Resume {resume_id} does not exist (it may have been deleted).")
        session.exec(delete(Resume).where(Resume.id == resume_id))


def _store(ctx: AppContext, profile_id: int, filename: str, text: str, content_type: str,
           warnings: list[str]) -> ResumeView:
    """Analyse and check first (errors store nothing), then insert unless the text equals the latest resume's."""
    with Session(ctx.engine) as session:
        if session.get(Profile, profile_id) is None:
            raise NotFound(f"Profile {profile_id} does not exist (it may have been deleted).")
        latest = session.exec(
            select(Resume).where(Resume.profile_id == profile_id).order_by(Resume.created_at.desc(), Resume.id.desc())
        ).first()
    sha = hashlib.sha256(text.encode("utf8")).hexdigest()
    parse = parse_resume(text)
    extraction = extract_cached(ctx.engine, ctx.extractor, text, "resume")
    verdict = require_resume(ctx, text, parse, extraction)
    warnings = [*warnings, *verdict.warnings,  # e.g. a resume in a language we cannot read yet
                *extraction.diagnostics.get("warnings", ())]  # e.g. too long to read all of it in full depth
    if latest is not None and latest.text_sha256 == sha:
        view = _view(ctx, latest, parse, extraction)
        view.warnings, view.reused = warnings, True
        return view
    try:
        with session_scope(ctx.engine) as session:
            row = Resume(profile_id=profile_id, filename=filename, content_type=content_type, text=text,
                         text_sha256=sha)
            session.add(row)
            session.flush()
    except IntegrityError as exc:  # the profile was deleted while we were reading the file
        raise NotFound(f"Profile {profile_id} does not exist (it may have been deleted).") from exc
    view = _view(ctx, row, parse, extraction)
    view.warnings = warnings
    return view


def _view(ctx: AppContext, row: Resume, parse: ResumeParse | None = None,
          extraction: Extraction | None = None) -> ResumeView:
    parse = parse if parse is not None else parse_resume(row.text)
    extraction = extraction if extraction is not None else extract_cached(ctx.engine, ctx.extractor, row.text, "resume")
    groups = group_skills(extraction.occurrences(), ctx.taxonomy)
    return ResumeView(
        id=row.id, profile_id=row.profile_id, filename=row.filename, created_at=row.created_at, text=row.text,
        parse=parse, extraction=extraction, skill_groups=groups, verdict=resume_verdict(row.text, parse, groups),
    )


def require_resume(ctx: AppContext, text: str, parse: ResumeParse | None = None,
                   extraction: Extraction | None = None) -> ResumeVerdict:
    """The verdict on a text read as a resume; NotAResume ("hello", a shopping list, a news item) when unusable."""
    parse = parse if parse is not None else parse_resume(text)
    extraction = extraction if extraction is not None else extract_cached(ctx.engine, ctx.extractor, text, "resume")
    verdict = resume_verdict(text, parse, group_skills(extraction.occurrences(), ctx.taxonomy))
    if not verdict.usable:
        raise NotAResume(verdict.message, verdict)
    return verdict


def resume_verdict(text: str, parse: ResumeParse, groups: list[SkillGroup]) -> ResumeVerdict:
    """Does this text look like a resume, judged from its parse and its grouped skills."""
    return check_resume(text, parse, [chip.name for group in groups for chip in group.skills])


def _clean_filename(filename: str) -> str:
    """The base name only (no client path), at most 255 chars."""
    name = PurePath((filename or "").replace("\\", "/")).name.strip()
    return (name or "resume")[:255]
