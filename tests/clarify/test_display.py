"""Skill chips after clarifications: "not a skill" removes the mention, a confirmed word appears with its span."""

from __future__ import annotations

from core.clarify.display import corrected_mentions
from core.clarify.models import NOT_A_SKILL, Reply
from core.clarify.service import answer_question, clarification_round, clarified_mentions
from core.resumes import get_resume
from core.skills.models import SkillMention, UserCorrection
from tests.clarify.conftest import RESUME, report_for

TEXT = "Ran Temporal and Go jobs; Go again."


def _m(skill_id, name, surface, start):
    return SkillMention(skill_id, name, surface, start, start + len(surface))


def test_rejected_skills_go_and_aliases_come_in_with_their_spans(taxonomy):
    mentions = [_m(None, "Temporal", "Temporal", 4), _m("python", "Python", "Python", 0)]
    fixes = [UserCorrection("reject", "python"), UserCorrection("add", "go", "Go")]
    out = corrected_mentions(mentions, fixes, {"Go": "go", "Temporal": "workflow_orchestration"}, TEXT, taxonomy)
    assert [(m.skill_id, m.surface, TEXT[m.start:m.end]) for m in out] == [
        ("workflow_orchestration", "Temporal", "Temporal"), ("go", "Go", "Go"), ("go", "Go", "Go")]


def test_a_later_add_revives_a_rejected_skill_and_unmapped_names_can_be_rejected(taxonomy):
    mentions = [_m("python", "Python", "Python", 0), _m(None, "Temporal", "Temporal", 4)]
    fixes = [UserCorrection("reject", "python"), UserCorrection("confirm", "python"),
             UserCorrection("reject", None, "temporal")]
    assert [m.skill_id for m in corrected_mentions(mentions, fixes, {}, TEXT, taxonomy)] == ["python"]


def test_the_service_applies_the_profiles_answers(ctx, clarifier, asha):
    view = get_resume(ctx, asha[1], profile_id=asha[0])
    round_ = clarification_round(ctx, clarifier, asha[0], view, report_for(ctx, asha[1]))
    swift = next(q for q in round_.questions if q.subject == "Swift")
    go = next(q for q in round_.questions if q.subject == "Go")
    answer_question(ctx, clarifier, asha[0], swift, Reply(NOT_A_SKILL))
    answer_question(ctx, clarifier, asha[0], go, Reply("go"))
    ids = [m.skill_id for m in clarified_mentions(ctx, asha[0], view)]
    assert "swift" not in ids and "go" in ids
    go_mention = next(m for m in clarified_mentions(ctx, asha[0], view) if m.skill_id == "go")
    assert RESUME[go_mention.start:go_mention.end] == "Go"
