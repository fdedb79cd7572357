"""Clarifications over the DB: build a round for a profile's resume, answer / skip / undo, and keep the user
corrections of every resume of the profile in step with the answers in force.

Answers are per profile; their corrections are written over each of the profile's cached resume extractions
(DocumentExtraction.user_corrections), tagged `clarify:p<profile>:<key>|...` so a sync replaces exactly its own.
The gap report store fingerprints the corrections, so an answer makes the stored report stale and the Gaps page,
the match and the roadmap recompute on their next read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from sqlmodel import Session, select

from core.clarify.alias import AliasSource
from core.clarify.emerging import EmergingSource
from core.clarify.inputs import build_inputs, roles_of
from core.clarify.levels import LevelSource
from core.clarify.models import SKIP, AnswerEffect, AnswerRecord, ClarifyRound, Question, Reply
from core.clarify.neighbours import Neighbours, make_neighbours
from core.clarify.probes import ProbeSource
from core.clarify.round import ROUND_LIMIT, Clarifier
from core.clarify.display import corrected_mentions
from core.clarify.store import active_answers, profile_aliases, save_answer, undo_answer
from core.context import AppContext
from core.db.models import Resume
from core.gaps.report import GapReport
from core.llm.client import LLMClient
from core.resumes import ResumeView, latest_resume
from core.clarify.ownership import profile_tag, resume_corrections
from core.skills.cache import extract_cached, get_user_corrections, set_user_corrections
from core.skills.models import SkillMention, UserCorrection


def make_clarifier(ctx: AppContext, *, llm: LLMClient | None = None, neighbours: Neighbours | None = None,
                   limit: int = ROUND_LIMIT) -> Clarifier:
    """The four question sources (alias, emerging, level, probe); probes are LLM-written when `llm` is given."""
    neighbours = neighbours if neighbours is not None else make_neighbours(ctx.settings, ctx.taxonomy)
    sources = (AliasSource(), EmergingSource(neighbours), LevelSource(),
               ProbeSource(llm, ctx.settings.llm.timeout_s))
    return Clarifier(ctx.taxonomy, sources, limit=limit)


def clarification_round(ctx: AppContext, clarifier: Clarifier, profile_id: int, view: ResumeView | None = None,
                        report: GapReport | None = None, *, stored_report: bool = True,
                        current: Sequence[str] = ()) -> ClarifyRound:
    """The next questions for a resume of the profile (its latest when `view` is None) against `report`'s target
    (else, with `stored_report`, the profile's newest stored report); answered questions never return, and the
    open questions of the `current` round (keys the page showed) stay until all are answered or skipped."""
    view = view or latest_resume(ctx, profile_id)
    if view is None:
        return ClarifyRound(())
    sync_corrections(ctx, profile_id, view.text)
    if report is None and stored_report:
        report = _newest_report(ctx, profile_id)
    corrections = resume_corrections(ctx.engine, ctx.extractor, view.text, profile_id)
    inputs = build_inputs(view.text, view.extraction, ctx.taxonomy, corrections=corrections,
                          roles=roles_of(view.parse), report=report)
    hidden = {record.key for record in active_answers(ctx.engine, profile_id)}
    return clarifier.round(inputs, hidden, report.assumptions if report is not None else None, current)


def answer_question(ctx: AppContext, clarifier: Clarifier, profile_id: int, question: Question,
                    reply: Reply) -> AnswerRecord:
    """Store the answer (InvalidInput for a choice the question does not offer) and apply it to every resume."""
    if reply.choice == SKIP:
        effect = AnswerEffect((), None, "Skipped")
    else:
        effect = clarifier.source(question.kind).effect(question, reply, ctx.taxonomy)
    record = save_answer(ctx.engine, profile_id, question, reply, effect)
    sync_profile(ctx, profile_id)
    return record


def skip_question(ctx: AppContext, clarifier: Clarifier, profile_id: int, question: Question) -> AnswerRecord:
    """Hide a question without changing anything (undo brings it back)."""
    return answer_question(ctx, clarifier, profile_id, question, Reply(SKIP))


def undo(ctx: AppContext, profile_id: int, key: str) -> AnswerRecord:
    """Undo the answer of a question (NotFound when none is in force); its corrections go, the question returns."""
    record = undo_answer(ctx.engine, profile_id, key)
    sync_profile(ctx, profile_id)
    return record


def answer_corrections(ctx: AppContext, profile_id: int) -> list[UserCorrection]:
    """The corrections the profile's answers in force produce, tagged with their question keys."""
    tag = _tag(profile_id)
    return [replace(c, name=_skill_name(ctx, c), note=f"{tag}{record.key}|{c.note or ''}")
            for record in active_answers(ctx.engine, profile_id) for c in record.effect.corrections]


def _skill_name(ctx: AppContext, correction: UserCorrection) -> str | None:
    """A taxonomy skill goes by its taxonomy name (answers stored before the fix named it "Yes", the option label)."""
    skill = ctx.taxonomy.get(correction.skill_id) if correction.skill_id else None
    return skill.name if skill is not None and correction.action != "reject" else correction.name


def sync_corrections(ctx: AppContext, profile_id: int, text: str) -> bool:
    """Make this resume text's stored corrections carry the profile's answers; True when they changed."""
    extract_cached(ctx.engine, ctx.extractor, text, "resume")  # the cache row the corrections live on
    current = get_user_corrections(ctx.engine, ctx.extractor, text, "resume")
    tag = _tag(profile_id)
    wanted = [c for c in current if not (c.note or "").startswith(tag)] + answer_corrections(ctx, profile_id)
    if wanted == current:
        return False
    set_user_corrections(ctx.engine, ctx.extractor, text, "resume", wanted)
    return True


def sync_profile(ctx: AppContext, profile_id: int) -> int:
    """Sync every resume of the profile; returns how many changed."""
    with Session(ctx.engine) as session:
        texts = session.exec(select(Resume.text).where(Resume.profile_id == profile_id)).all()
    return sum(sync_corrections(ctx, profile_id, text) for text in dict.fromkeys(texts))


def clarified_mentions(ctx: AppContext, profile_id: int, view: ResumeView) -> list[SkillMention]:
    """The resume's mentions and evidence occurrences with the profile's clarifications applied (for skill chips)."""
    corrections = resume_corrections(ctx.engine, ctx.extractor, view.text, profile_id)
    return corrected_mentions(view.extraction.occurrences(), corrections, profile_aliases(ctx.engine, profile_id),
                              view.text, ctx.taxonomy)


def _tag(profile_id: int) -> str:
    return profile_tag(profile_id)


def _newest_report(ctx: AppContext, profile_id: int) -> GapReport | None:
    from core.gaps.store import list_reports

    reports = list_reports(ctx.engine, profile_id)
    return reports[0].report if reports else None
