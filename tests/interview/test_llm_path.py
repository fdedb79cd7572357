"""The LLM path through the local OpenAI stub: questions, per-turn scores and feedback from the LLM, and every
failure (timeout, 429, 500, malformed JSON, wrong shape, fabricated skill, invented quote) falling back to the
template engine for that turn only, labelled, with the transcript intact."""

from __future__ import annotations

import pytest

from core.interview.llm_score import score_turn
from core.interview.models import Question
from core.interview.service import InterviewService
from core.interview.targets import InterviewTarget
from core.llm.client import make_llm
from core.llm.mock import MockLLM
from tests.interview.llm_script import interviewer
from tests.interview.test_service import FOLLOW_UP_ANSWER, good_answer
from tests.support.openai_stub import StubReply

TURN_TIMEOUT_S = 0.5
LLM_LABEL = "Scored by stub-model (local endpoint)"
TEMPLATE = "Scored by template engine — "


def service_for(ctx, stub) -> InterviewService:
    """The service with the stub's LLM and a short per-turn timeout."""
    stub.responder = interviewer
    return InterviewService(ctx, llm=make_llm(stub.settings(timeout_s=5)), timeout_s=TURN_TIMEOUT_S)


def answer_turn(service, view, text=None):
    """Answer the current question (and its follow-up, if one is asked); returns the new view."""
    position = view.current.position
    view = service.answer(view.id, text or good_answer(view.current.question))
    if view.current is not None and view.current.position == position:
        view = service.answer(view.id, FOLLOW_UP_ANSWER)
    return view


def test_questions_scores_and_feedback_come_from_the_llm(ctx, profile_id, job_id, openai_stub):
    service = service_for(ctx, openai_stub)
    view = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    assert view.plan.source == "llm" and view.plan.label == "Questions written by stub-model (local endpoint)"
    assert all(q.text.startswith("» ") for q in view.plan.questions)
    assert all(q.key_points for q in view.plan.questions), "key points stay from the template plan"
    while view.current is not None:
        view = answer_turn(service, view)
    scores = [t.score for t in view.turns]
    assert all(s.source == "llm" and s.label == LLM_LABEL and s.method == "llm" for s in scores)
    first = scores[0]
    assert first.part("structure").value == pytest.approx(0.8) and first.part("relevance").value == 1.0
    assert first.covered == view.turns[0].question.key_points[::2]
    assert first.feedback.startswith("You did not mention:")
    assert view.summary.source == "llm" and view.summary.strengths == ("Clear explanations.",)
    assert view.summary.label == "Feedback written by stub-model (local endpoint)"
    score_request = next(r for r in openai_stub.requests if "Candidate answer" in r.messages[-1]["content"])
    assert score_request.response_format == {"type": "json_object"}


FAILURES = [
    ("timeout", StubReply.hang(5), f"the LLM timed out after {TURN_TIMEOUT_S:g} s"),
    ("429", StubReply.error(429, retry_after=7), "the LLM endpoint is rate-limited (HTTP 429; retry after 7 s)"),
    ("500", StubReply.error(500), "the LLM endpoint failed (HTTP 500)"),
    ("malformed JSON", StubReply.text('{"concepts": [ {"concept": '), "the LLM did not return valid JSON"),
    ("wrong shape", StubReply.json({"score": 4}), "the LLM output did not match the expected shape"),
    ("fabricated skill", None, "the LLM output was rejected: it names \"Rust\""),
    ("invented quote", None, "is not a quote from the answer"),
]


def _bad_score(kind: str, question: Question) -> StubReply:
    """A valid-JSON score that our checks must reject."""
    marks = [{"concept": c, "covered": True, "evidence": "we deployed it on the moon in 1969"}
             for c in question.key_points]
    if kind == "fabricated skill":
        marks = [{"concept": c, "covered": False, "evidence": ""} for c in question.key_points]
    feedback = "You should learn Rust next." if kind == "fabricated skill" else "Fine."
    return StubReply.json({"concepts": marks, "structure": 3, "specificity": 3, "relevance": 3, "feedback": feedback})


@pytest.mark.parametrize("kind, reply, reason", FAILURES, ids=[f[0] for f in FAILURES])
def test_a_failing_turn_falls_back_with_its_label_and_the_transcript_intact(
        ctx, profile_id, job_id, openai_stub, kind, reply, reason):
    service = service_for(ctx, openai_stub)
    view = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    view = answer_turn(service, view)
    assert view.turns[0].score.label == LLM_LABEL

    second = view.current
    openai_stub.enqueue(reply or _bad_score(kind, second.question))
    view = answer_turn(service, view)
    turn = view.turns[1]
    assert turn.status == "answered" and turn.answer == good_answer(second.question)
    assert turn.score.source == "template" and turn.score.method in ("lexical", "semantic")
    assert turn.score.label.startswith(TEMPLATE) and reason in turn.score.label
    assert reason in turn.score.fallback_reason

    view = answer_turn(service, view)  # the next turn goes back to the LLM
    assert view.turns[2].score.label == LLM_LABEL
    stored = service.get(view.id, profile_id=view.profile_id)
    assert [t.answer for t in stored.turns[:3]] == [t.answer for t in view.turns[:3]]
    assert [t.score.label for t in stored.turns[:3]] == [LLM_LABEL, turn.score.label, LLM_LABEL]


@pytest.mark.parametrize("reply, reason", [
    (StubReply.error(500), "the LLM endpoint failed (HTTP 500)"),
    (StubReply.json({"questions": [{"slot": 1, "question": "What is your favourite Rust crate?"}]}),
     "it returned slots [1] instead of [1, 2, 3, 4, 5]"),
])
def test_question_writing_falls_back_to_the_template_bank(ctx, profile_id, job_id, openai_stub, reply, reason):
    service = service_for(ctx, openai_stub)
    openai_stub.enqueue(reply)
    view = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    assert view.plan.source == "template" and reason in view.plan.fallback_reason
    assert view.plan.label.startswith("Questions from the template bank — ")
    assert not any(q.text.startswith("» ") for q in view.plan.questions)


def test_llm_questions_naming_an_unrelated_skill_are_rejected(ctx, profile_id, job_id, openai_stub):
    service = service_for(ctx, openai_stub)

    def fabricating(request):
        reply = interviewer(request)
        if "Planned question slots" in request.messages[-1]["content"]:
            reply.content = reply.content.replace("in depth", "in depth (and compare it with Haskell)", 1)
        return reply

    openai_stub.responder = fabricating
    view = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    assert view.plan.source == "template" and '"Haskell"' in view.plan.fallback_reason


def test_summary_feedback_failure_keeps_the_template_lists(ctx, profile_id, job_id, openai_stub):
    service = service_for(ctx, openai_stub)
    view = service.start(profile_id, InterviewTarget.job(job_id), length=5)
    view = answer_turn(service, view)
    openai_stub.enqueue(StubReply.error(429))
    view = service.end(view.id)
    assert view.summary.source == "template" and "HTTP 429" in view.summary.label
    assert view.summary.strengths or view.summary.improvements
    assert view.turns[0].score.label == LLM_LABEL


def test_score_turn_with_a_mock_llm_uses_the_per_turn_timeout(lexicon):
    question = Question(kind="gap", text="How do you index?", skill_id="sql", skill_name="SQL",
                        key_points=("indexes", "query plans"))
    llm = MockLLM([{"concepts": [{"concept": "Indexes", "covered": True, "evidence": "a composite index"},
                                 {"concept": "query plans", "covered": False}],
                    "structure": 5, "specificity": 5, "relevance": 5, "feedback": "Good."}])
    score = score_turn(question, "I add a composite index after reading EXPLAIN.", llm=llm, encoder=None,
                       lexicon=lexicon, timeout_s=3)
    assert llm.calls[0].timeout_s == 3 and llm.calls[0].prompt.id == "interview_score"
    assert score.covered == ("indexes",) and score.missing == ("query plans",)
    assert score.total == pytest.approx(round(5 * (0.45 * 0.5 + 0.15 + 0.2 + 0.2), 1))
    assert score.label == "Scored by mock-model (mock)"
