"""Records of clarifications: questions (with options and, for probes, the structured probe), replies, effects."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Literal

from core.skills.models import UserCorrection

QuestionKind = Literal["alias", "emerging", "level", "probe"]
ProbeCategory = Literal["technical_skills", "experience_depth", "transferable_skills", "recent_developments"]
Rating = Literal["HIGH", "MEDIUM", "LOW"]

SKIP = "skip"  # a reply that only hides the question
NOT_A_SKILL = "not_a_skill"
SOMETHING_ELSE = "other"
KEEP_OWN = "keep"
MAX_MENTION_CHARS = 60  # longest surface a question quotes


def question_key(kind: str, subject: str) -> str:
    """Stable key of a question: sha256 of kind + normalised subject, 24 hex chars."""
    norm = " ".join(subject.lower().split())
    return hashlib.sha256(f"{kind}\x1f{norm}".encode("utf8")).hexdigest()[:24]


@dataclass(frozen=True)
class Option:
    """One answer choice: `value` is stored, `label` and `hint` are shown."""

    value: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class GapProbe:
    """A gap probe structured like a gap-analysis API returns it."""

    question_text: str
    category: ProbeCategory
    impact: Rating
    probability: Rating
    reasoning: str


@dataclass(frozen=True)
class Question:
    """One clarification question; `skills` are the ids it asks about, `candidates` the ids it offers."""

    key: str
    kind: QuestionKind
    subject: str  # skill id (level, probe) or the words as written (alias, emerging)
    text: str
    options: tuple[Option, ...]
    skills: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    surface: str | None = None  # the resume's words the question quotes
    evidence: str | None = None  # the resume sentence around `surface`
    default: str | None = None  # pre-selected option value
    assumption: str | None = None  # what the report assumes until answered
    reason: str = ""  # why we ask (shown in small print)
    effect: float = 0.0  # expected change of the report's match (0..1) the answer could make
    allows_text: bool = False  # "something else" takes a typed skill name
    probe: GapProbe | None = None
    produced_by: str = "template"  # "template" or an LLM label

    def option(self, value: str) -> Option | None:
        """The option with this value, or None."""
        return next((o for o in self.options if o.value == value), None)

    def to_dict(self) -> dict:
        """Plain JSON (the snapshot stored with an answer)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict) -> "Question":
        """Inverse of to_dict, ignoring unknown keys."""
        data = {k: v for k, v in row.items() if k in cls.__dataclass_fields__}
        data["options"] = tuple(Option(**o) for o in data.get("options", ()))
        for name in ("skills", "candidates"):
            data[name] = tuple(data.get(name) or ())
        if data.get("probe"):
            data["probe"] = GapProbe(**data["probe"])
        return cls(**data)


@dataclass(frozen=True)
class Reply:
    """What the user chose: an option value (or SKIP), plus typed text for "something else"."""

    choice: str
    text: str | None = None


@dataclass(frozen=True)
class AnswerEffect:
    """What an answer changes: corrections over the extraction and, for a confirmed mapping, a profile alias."""

    corrections: tuple[UserCorrection, ...] = ()
    alias: tuple[str, str] | None = None  # (surface, skill_id)
    summary: str = ""  # human text: "Kubernetes added at L2"


@dataclass(frozen=True)
class AnswerRecord:
    """A stored answer of a profile."""

    id: int
    profile_id: int
    key: str
    kind: str
    question: Question
    reply: Reply
    effect: AnswerEffect
    created_at: datetime
    undone_at: datetime | None = None

    @property
    def skipped(self) -> bool:
        """True when the user skipped the question."""
        return self.reply.choice == SKIP


@dataclass(frozen=True)
class ClarifyDiagnostics:
    """How a round was built: candidates per kind, fabrication drops, answered ones hidden, probe provenance."""

    generated: dict[str, int] = field(default_factory=dict)
    fabricated: int = 0
    fabrication_reasons: tuple[str, ...] = ()
    answered_hidden: int = 0
    duplicates: int = 0
    over_limit: int = 0
    probes_by: str = ""  # the with_fallback label of the probes
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """Plain JSON."""
        return asdict(self)


@dataclass(frozen=True)
class ClarifyRound:
    """At most `limit` questions, highest expected effect first, and the assumptions still standing."""

    questions: tuple[Question, ...]
    assumptions: tuple[str, ...] = ()
    pending: int = 0  # open questions beyond this round
    diagnostics: ClarifyDiagnostics = field(default_factory=ClarifyDiagnostics)
