"""Interview records: the plan inputs (from the gap analysis), questions, the plan, rubric scores and summaries.

Persisted shapes (Question, Plan, AnswerScore, InterviewSummary) are frozen pydantic models so they round-trip
through the JSON columns of core.db.interview_models unchanged; the rest are plain frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Mapping

from pydantic import BaseModel, ConfigDict, Field

from core.llm.claims import ResumeFacts

QuestionKind = Literal["gap", "depth", "mismatch", "behavioural"]
Difficulty = Literal["junior", "mid", "senior"]
TurnStatus = Literal["pending", "follow_up", "answered", "skipped"]
SessionStatus = Literal["active", "finished"]
Source = Literal["llm", "template"]

KIND_LABELS: dict[str, str] = {
    "gap": "Gap skills",
    "depth": "Role topics",
    "mismatch": "Experience & seniority",
    "behavioural": "Behavioural",
}
MIN_LENGTH, MAX_LENGTH = 3, 10  # a 3-question session is a quick practice round
TEMPLATE_SCORER = "Scored by template engine"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


# ---- plan inputs (built from a gap report by core.interview.targets, or by hand in tests) ----

@dataclass(frozen=True)
class GapTopic:
    """A skill the target asks for that the person lacks (missing) or holds below the expected level (partial)."""

    skill_id: str
    name: str
    status: Literal["missing", "partial"] = "missing"
    have_level: int = 0
    expected_level: float = 2.5


@dataclass(frozen=True)
class DepthTopic:
    """A skill the target asks for that the person has: a depth question."""

    skill_id: str
    name: str
    requirement: str | None = None


@dataclass(frozen=True)
class Mismatch:
    """A difference between the resume and the target: seniority/experience, or a skill level below the ask."""

    kind: Literal["seniority", "level"]
    detail: str  # human text: "The role is senior-level; your resume shows about 2 years."
    skill_id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class PlanInputs:
    """Everything the planner needs about one person and one target."""

    target_label: str
    role: str  # "Backend Engineer" or a posting title
    seniority: str | None = None  # the target's: intern | junior | mid | senior | lead | principal
    gaps: tuple[GapTopic, ...] = ()  # highest priority first
    depth: tuple[DepthTopic, ...] = ()  # most important first
    mismatches: tuple[Mismatch, ...] = ()
    profile_skills: tuple[str, ...] = ()  # skill ids on the resume
    target_skills: tuple[str, ...] = ()  # skill ids the target asks for
    roadmap_weeks: Mapping[str, int] = field(default_factory=dict)  # gap skill id -> first roadmap week
    notes: tuple[str, ...] = ()  # assumptions to show (no resume, no market data...)


# ---- plan and questions (persisted) ----

class Question(_Frozen):
    """One interview question with the key points a good answer covers."""

    kind: QuestionKind
    text: str
    skill_id: str | None = None
    skill_name: str | None = None
    key_points: tuple[str, ...] = ()
    difficulty: Difficulty = "mid"
    star: bool = False  # structure is judged as STAR (behavioural-style questions)
    reason: str = ""  # why it was asked ("Your #1 gap for Backend Engineer")
    theme: str = ""  # behavioural bank theme id

    @property
    def category(self) -> str:
        """The summary category label."""
        return KIND_LABELS[self.kind]

    @property
    def topic(self) -> str:
        """The skill name, else the category."""
        return self.skill_name or self.category


class Plan(_Frozen):
    """The questions of one session and how they were written."""

    target_label: str
    role: str
    difficulty: Difficulty
    questions: tuple[Question, ...]
    allowed_skills: tuple[str, ...] = ()  # fabrication check: resume + target + plan skills
    held_skills: tuple[str, ...] | None = None  # claims check: skills on the resume (None: plans saved before it)
    gap_skills: tuple[str, ...] = ()  # claims check: the target's gaps (partial ones are held too)
    roadmap_weeks: dict[str, int] = Field(default_factory=dict)
    notes: tuple[str, ...] = ()
    source: Source = "template"
    label: str = "Questions from the template bank"
    fallback_reason: str | None = None

    def resume_facts(self) -> ResumeFacts | None:
        """What the resume holds and lacks, for the claims check (None for plans saved without it)."""
        return None if self.held_skills is None else ResumeFacts.of(self.held_skills, self.gap_skills)


# ---- scoring (persisted) ----

class RubricPart(_Frozen):
    """One rubric part: a 0..1 value, its weight in the total, and what it was based on."""

    key: Literal["coverage", "structure", "specificity", "relevance"]
    label: str
    value: float = Field(ge=0.0, le=1.0)
    weight: float
    detail: str = ""


class AnswerScore(_Frozen):
    """A 0-5 score with its rubric parts, the key points covered / missed, feedback and who scored it."""

    total: float = Field(ge=0.0, le=5.0)
    parts: tuple[RubricPart, ...]
    covered: tuple[str, ...] = ()
    partly: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    feedback: str = ""
    source: Source = "template"
    label: str = TEMPLATE_SCORER
    fallback_reason: str | None = None
    method: str = "lexical"  # coverage measured by "semantic" similarity or "lexical" match; "llm"

    def part(self, key: str) -> RubricPart | None:
        """The part with this key, if any."""
        return next((p for p in self.parts if p.key == key), None)


# ---- views (read from the store) ----

class Turn(_Frozen):
    """One question of a session with its answer(s) and score."""

    position: int
    question: Question
    status: TurnStatus = "pending"
    answer: str | None = None
    follow_up: str | None = None
    follow_up_answer: str | None = None
    score: AnswerScore | None = None
    answered_at: datetime | None = None

    @property
    def full_answer(self) -> str:
        """The answer and the follow-up answer together."""
        return "\n".join(a for a in (self.answer, self.follow_up_answer) if a)

    @property
    def open(self) -> bool:
        """True while the question still waits for an answer."""
        return self.status in ("pending", "follow_up")


class CategoryScore(_Frozen):
    """Average score of one question category."""

    category: str
    average: float | None  # None when every question of the category was skipped
    answered: int
    skipped: int


class TopicAdvice(_Frozen):
    """A weak topic with what was missed, catalog resources and its place in the roadmap."""

    skill_id: str
    name: str
    score: float | None  # None when skipped
    missing: tuple[str, ...] = ()
    free_title: str = ""
    free_url: str = ""
    paid_title: str = ""
    paid_url: str = ""
    roadmap_week: int | None = None


class InterviewSummary(_Frozen):
    """The end-of-session summary."""

    overall: float | None
    answered: int
    skipped: int
    not_reached: int = 0  # questions left open when the interview was ended early
    categories: tuple[CategoryScore, ...]
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]
    topics: tuple[TopicAdvice, ...]
    source: Source = "template"
    label: str = "Feedback from the template engine"
    fallback_reason: str | None = None


@dataclass(frozen=True)
class SessionView:
    """A stored session: its plan, turns and (when finished) summary."""

    id: int
    profile_id: int
    status: SessionStatus
    target_label: str
    created_at: datetime
    updated_at: datetime
    plan: Plan
    turns: tuple[Turn, ...]
    summary: InterviewSummary | None = None

    @property
    def current(self) -> Turn | None:
        """The first open turn (None when every question is answered or skipped)."""
        return next((t for t in self.turns if t.open), None)

    @property
    def finished(self) -> bool:
        """True once the session has ended."""
        return self.status == "finished"


@dataclass(frozen=True)
class SessionSummary:
    """A row of the past-sessions list."""

    id: int
    target_label: str
    status: SessionStatus
    created_at: datetime
    length: int
    answered: int
    skipped: int
    average: float | None
