"""Records that cross boundaries: SkillMention and Extraction (see ../shared/design.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Requirement = Literal["required", "preferred", "unspecified"]
DocKind = Literal["job", "resume"]


@dataclass(frozen=True)
class SkillMention:
    """One skill found in a text; `text[start:end] == surface` always holds."""

    skill_id: str | None
    name: str
    surface: str
    start: int
    end: int
    section: str = "other"
    requirement: Requirement = "unspecified"
    confidence: float = 1.0
    years: float | None = None
    level: int | None = None  # L1..L4 when known
    layer: str = "knowledge"  # SkillSpan-style type: "knowledge" (technologies, tools, fields) | "skill" (abilities)

    def to_dict(self) -> dict:
        """Plain JSON-able dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict) -> "SkillMention":
        """Inverse of to_dict, ignoring unknown keys."""
        keys = cls.__dataclass_fields__.keys()
        return cls(**{k: v for k, v in row.items() if k in keys})


@dataclass
class Extraction:
    """Mentions plus document facts and diagnostics for one text."""

    mentions: list[SkillMention] = field(default_factory=list)
    kind: DocKind = "job"
    seniority: str | None = None  # intern | junior | mid | senior | lead | principal
    years_experience: float | None = None
    titles: list[str] = field(default_factory=list)
    role_family: str | None = None
    diagnostics: dict = field(default_factory=dict)
    # further occurrences of skills that are in `mentions`, not counted as mentions themselves (resumes: repeats
    # the resume judge did not keep as skill mentions); levels, years and evidence sentences read them too
    evidence: list[SkillMention] = field(default_factory=list)

    def skill_ids(self) -> set[str]:
        """Canonical skill ids mentioned (unmapped mentions excluded)."""
        return {m.skill_id for m in self.mentions if m.skill_id}

    def occurrences(self) -> list[SkillMention]:
        """Mentions and evidence occurrences, in text order."""
        return sorted([*self.mentions, *self.evidence], key=lambda m: (m.start, m.end))

    def to_dict(self) -> dict:
        """Plain JSON-able dict (the DocumentExtraction.result payload)."""
        data = asdict(self)
        return data

    @classmethod
    def from_dict(cls, row: dict) -> "Extraction":
        """Inverse of to_dict."""
        mentions = [SkillMention.from_dict(m) for m in row.get("mentions", [])]
        evidence = [SkillMention.from_dict(m) for m in row.get("evidence") or []]
        keys = cls.__dataclass_fields__.keys() - {"mentions", "evidence"}
        return cls(mentions=mentions, evidence=evidence, **{k: v for k, v in row.items() if k in keys})


CorrectionAction = Literal["confirm", "reject", "add", "set_level"]


@dataclass(frozen=True)
class UserCorrection:
    """A user's correction to an extraction, stored with its cache row (DocumentExtraction.user_corrections)."""

    action: CorrectionAction
    skill_id: str | None
    name: str | None = None
    level: int | None = None  # L1..L4 for set_level / add
    years: float | None = None
    note: str | None = None

    def to_dict(self) -> dict:
        """Plain JSON-able dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict) -> "UserCorrection":
        """Inverse of to_dict, ignoring unknown keys."""
        keys = cls.__dataclass_fields__.keys()
        return cls(**{k: v for k, v in row.items() if k in keys})
