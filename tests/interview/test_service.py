"""The deterministic engine end to end: plan from a posting or a segment, answers, follow-ups, skips, the
summary, persistence, resuming an interrupted session, and the past-sessions list."""

from __future__ import annotations

import pytest

from core.errors import InvalidInput, NotFound
from core.interview.service import InterviewService
from core.interview.targets import InterviewTarget, posting_choices
from core.profiles import create_profile, delete_profile
from tests.interview.test_scoring import ANSWERS, STAR_ANSWER

THIN = "Not sure, I read about it once."
FOLLOW_UP_ANSWER = ("For example in my last project we used it for 3 services because it reduced deploy time by 40%, "
                    "but it needed careful monitoring and alerting.")


def good_answer(question) -> str:
    """A strong answer for the question's skill (STAR story for STAR questions)."""
    if question.star:
        return STAR_ANSWER
    return ANSWERS.get(question.skill_id, (FOLLOW_UP_ANSWER,))[0]


def test_a_job_target_plans_from_the_posting_gaps_and_the_resume(ctx, profile_id, job_id):
    view = InterviewService(ctx).start(profile_id, InterviewTarget.job(job_id), length=6)
    plan = view.plan
    assert view.status == "active" and len(view.turns) == 6 and view.current.position == 0
    assert plan.target_label == "Senior Backend Engineer · Nimbus" and plan.difficulty == "senior"
    gap_skills = [q.skill_id for q in plan.questions if q.kind == "gap"]
    assert gap_skills and set(gap_skills) <= {"kubernetes", "docker", "redis", "communication", "postgresql", "python"}
    assert "kubernetes" in gap_skills or "docker" in gap_skills
    assert any(q.kind == "depth" and q.skill_id in {"python", "postgresql"} for q in plan.questions)
    seniority = [q for q in plan.questions if q.kind == "mismatch" and q.skill_id is None]
    assert seniority and "5+ years" in seniority[0].text  # the resume shows two years
    assert plan.label == "Questions from the template bank" and plan.source == "template"
    assert {"python", "django", "kubernetes", "redis"} <= set(plan.allowed_skills)
    assert set(plan.roadmap_weeks) <= set(gap_skills) | {"docker", "kubernetes", "redis", "communication", "linux",
                                                          "postgresql", "python", "sql"}


def test_a_segment_target_without_market_data_uses_the_role_family(ctx, profile_id):
    view = InterviewService(ctx).start(profile_id, InterviewTarget.market("backend", "Berlin", "junior"), length=5)
    assert view.plan.target_label == "Backend Engineer · Berlin · junior" and view.plan.difficulty == "junior"
    assert any("core skills were used" in note for note in view.plan.notes)
    core = set(ctx.taxonomy.role_families["backend"].core_skills)
    assert {q.skill_id for q in view.plan.questions if q.kind == "gap"} <= core


def test_full_session_with_follow_up_skip_and_summary(ctx, profile_id, job_id):
    service = InterviewService(ctx)
    view = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    first = view.current.question
    view = service.answer(view.id, THIN)
    turn = view.turns[0]
    assert turn.status == "follow_up" and turn.answer == THIN and turn.score is None
    assert turn.follow_up and view.current.position == 0
    view = service.answer(view.id, good_answer(first))
    turn = view.turns[0]
    assert turn.status == "answered" and turn.follow_up_answer == good_answer(first)
    assert turn.score.label == "Scored by template engine" and turn.score.source == "template"
    assert view.current.position == 1
    view = service.skip(view.id)
    assert view.turns[1].status == "skipped" and view.turns[1].score is None
    while view.current is not None:
        view = service.answer(view.id, good_answer(view.current.question))
        if view.current is not None and view.current.status == "follow_up":
            view = service.answer(view.id, FOLLOW_UP_ANSWER)
    assert view.finished and view.summary is not None
    summary = view.summary
    assert summary.answered == 4 and summary.skipped == 1
    assert {c.category for c in summary.categories} <= {"Gap skills", "Role topics", "Experience & seniority",
                                                          "Behavioural"}
    assert sum(c.answered + c.skipped for c in summary.categories) == 5
    skipped = view.turns[1].question
    assert any(skipped.topic in line and "skipped" in line for line in summary.improvements)
    if skipped.skill_id:
        topic = next(t for t in summary.topics if t.skill_id == skipped.skill_id)
        assert topic.score is None and topic.free_url.startswith("http") and topic.paid_url.startswith("http")
        assert topic.roadmap_week == view.plan.roadmap_weeks.get(skipped.skill_id)
    assert summary.label == "Feedback from the template engine"


def test_end_early_keeps_the_transcript_and_refuses_more_answers(ctx, profile_id, job_id):
    service = InterviewService(ctx)
    view = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    view = service.answer(view.id, good_answer(view.current.question))
    view = service.end(view.id)
    assert view.finished and view.summary.answered == 1 and view.summary.skipped == 0
    assert view.summary.not_reached == 4
    assert [t.status for t in view.turns][1:] == ["pending"] * 4
    with pytest.raises(InvalidInput, match="has ended"):
        service.answer(view.id, "more")
    assert service.end(view.id).summary == view.summary


def test_an_interrupted_session_resumes_where_it_stopped(ctx, profile_id, job_id):
    first = InterviewService(ctx)
    view = first.start(profile_id, InterviewTarget.job(job_id), length=5)
    view = first.answer(view.id, good_answer(view.current.question))
    view = first.answer(view.id, THIN)  # a follow-up is pending when the browser closes
    assert view.current.status == "follow_up"

    again = InterviewService(ctx)  # a new process / session
    resumable = again.resumable(profile_id)
    assert resumable is not None and resumable.id == view.id and resumable.answered == 1
    resumed = again.get(resumable.id, profile_id=profile_id)
    assert resumed.turns[0].answer == view.turns[0].answer and resumed.turns[0].score == view.turns[0].score
    assert resumed.current.position == 1 and resumed.current.follow_up == view.current.follow_up
    resumed = again.answer(resumed.id, FOLLOW_UP_ANSWER)
    assert resumed.turns[1].status == "answered" and resumed.turns[1].answer == THIN
    assert resumed.current.position == 2


def test_past_sessions_are_listed_newest_first(ctx, profile_id, job_id):
    service = InterviewService(ctx)
    one = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    service.answer(one.id, good_answer(one.current.question))
    service.end(one.id)
    two = service.start(profile_id, InterviewTarget.market("backend"), length=5)
    sessions = service.sessions(profile_id)
    assert [s.id for s in sessions] == [two.id, one.id]
    assert (sessions[1].status, sessions[1].answered, sessions[1].length) == ("finished", 1, 5)
    assert sessions[1].average is not None and sessions[0].average is None
    assert service.resumable(profile_id).id == two.id
    assert service.sessions(create_profile(ctx.engine, "Someone else").id) == []


def test_deleting_a_profile_or_a_session_removes_its_interviews(ctx, profile_id, job_id):
    service = InterviewService(ctx)
    view = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    service.delete(view.id)
    with pytest.raises(NotFound):
        service.get(view.id, profile_id=profile_id)
    again = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    delete_profile(ctx.engine, profile_id)
    with pytest.raises(NotFound):
        service.get(again.id, profile_id=profile_id)


@pytest.mark.parametrize("target, message", [
    (InterviewTarget.market("no_such_family"), "role family"),
    (InterviewTarget("job"), "job posting"),
])
def test_bad_targets_and_answers_are_refused(ctx, profile_id, target, message):
    with pytest.raises(InvalidInput, match=message):
        InterviewService(ctx).start(profile_id, target)


def test_empty_answers_unknown_postings_and_no_resume(ctx, job_id):
    service = InterviewService(ctx)
    profile = create_profile(ctx.engine, "No resume yet")
    view = service.start(profile.id, InterviewTarget.job(job_id), length=5)
    assert any("No resume yet" in note for note in view.plan.notes)
    assert not [q for q in view.plan.questions if q.kind == "depth"]
    with pytest.raises(InvalidInput, match="Type an answer"):
        service.answer(view.id, "   ")
    with pytest.raises(NotFound):
        service.start(profile.id, InterviewTarget.job(999_999))
    assert [c.label for c in posting_choices(ctx)] == ["Senior Backend Engineer · Nimbus · Berlin"]
