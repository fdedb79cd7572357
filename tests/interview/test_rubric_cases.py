"""Rubric cases from a coach's walk-through (issue 20): a vague answer that only names the skill is not "Relevance
100 %", an example is recognised however it is introduced, a company name is not a tool, "I was the lead
engineer" is the Task of STAR, and a strong STAR answer still scores high."""

from __future__ import annotations

import pytest

from core.interview.models import Question
from core.interview.rubric import star_signal, technical_structure
from core.interview.scoring import needs_follow_up, score_answer
from tests.interview.test_scoring import STAR_ANSWER, STAR_QUESTION, question_for

SPARK_VAGUE = "I used Spark a bit. It was fine."
SPARK_STRONG = (
    "I use Spark DataFrames to join a 2 TB clickstream table with orders, partitioning by date so each executor "
    "reads only its slice. Broadcast joins keep the small dimension tables off the shuffle, because a shuffle of "
    "the big table cost us 40 minutes. For example, in one project I cached the cleaned events once and reused "
    "them in three jobs, which cut the nightly run from 3 hours to 50 minutes; but caching needs memory headroom."
)


@pytest.fixture(params=["semantic", "lexical"])
def coverage_encoder(request):
    """The real embedder, or None (the lexical fallback)."""
    return request.getfixturevalue("encoder") if request.param == "semantic" else None


def test_a_vague_answer_that_names_the_skill_scores_low(taxonomy, lexicon, coverage_encoder):
    question = question_for("apache_spark", taxonomy)
    vague = score_answer(question, SPARK_VAGUE, encoder=coverage_encoder, lexicon=lexicon)
    strong = score_answer(question, SPARK_STRONG, encoder=coverage_encoder, lexicon=lexicon)
    assert vague.part("relevance").value <= 0.25, vague.part("relevance")
    assert "substance" in vague.part("relevance").detail
    assert vague.part("structure").value == 0.0, vague.part("structure").detail  # "I used" is not an example
    assert vague.total <= 1.0 and needs_follow_up(question, vague, SPARK_VAGUE)
    assert strong.part("relevance").value >= vague.part("relevance").value + 0.4 and strong.total >= 3.0, strong


@pytest.mark.parametrize("answer", [
    "For example, at Acme we moved the nightly batch to Spark because the old job took six hours.",
    "At Acme we moved the nightly batch to Spark because the old job took six hours.",
    "In one project I rewrote the nightly batch in Spark because the old job took six hours.",
    "Once, when the nightly batch took six hours, I moved it to Spark because it scales out.",
    "At my last job the nightly batch took six hours, so I moved it to Spark.",
])
def test_an_example_is_recognised(answer):
    signal = technical_structure(answer)
    assert "gives an example" not in signal.missing, signal.detail
    assert "gives an example" in signal.detail


@pytest.mark.parametrize("answer", [
    "I used Spark a bit. It was fine.",
    "Spark is a distributed engine. Once the job finishes, the cluster scales down.",
])
def test_naming_a_tool_is_not_an_example(answer):
    assert "gives an example" in technical_structure(answer).missing


TOOL_QUESTION = Question(kind="gap", text="How do you ship container images safely?", skill_id="docker",
                         skill_name="Docker", key_points=("image registry", "tagging"))


@pytest.mark.parametrize("answer, tools", [
    ("At my last job at Blue Harbor we shipped a release every week, which cut incidents by 30%.", []),
    ("I spent two years at Blue Harbor Logistics and we shipped every week, which cut incidents by 30%.", []),
    ("We pushed tagged images to Harbor and deployed them with Kubernetes, which cut incidents by 30%.",
     ["Harbor", "Kubernetes"]),
    ("Our team built Docker images for the Acme Corp portal, which cut incidents by 30%.", []),  # asked skill
])
def test_only_taxonomy_skills_outside_names_count_as_tools(lexicon, answer, tools):
    part = score_answer(TOOL_QUESTION, answer, lexicon=lexicon).part("specificity")
    if tools:
        assert f"tools ({' and '.join(tools)})" in part.detail, part.detail
    else:
        assert "tools" not in part.detail and "Harbor" not in part.detail and "Acme" not in part.detail, part.detail
        assert part.value == pytest.approx(2 / 3, abs=0.001)  # numbers and an outcome, no tool


@pytest.mark.parametrize("task", [
    "I was the lead engineer on the migration.",
    "I was the tech lead for the payments team.",
    "My role was to keep the release on track.",
    "I was responsible for the payments backend.",
    "I owned the on-call rotation and the release checklist.",
])
def test_a_stated_role_is_the_task_of_star(task):
    answer = (f"Last year our team was moving 40 services to a new cluster. {task} I split the work into waves "
              "and paired with each service owner. As a result we finished two weeks early with no outage.")
    signal = star_signal(answer)
    assert "Task ✓" in signal.detail and signal.value == 1.0, signal.detail


def test_no_stated_role_is_still_a_missing_task():
    answer = "We had a release due on Friday and the team was worried about it, it was a stressful week for everyone."
    assert "Task ✗" in star_signal(answer).detail


def test_a_strong_star_answer_scores_high(lexicon, coverage_encoder):
    score = score_answer(STAR_QUESTION, STAR_ANSWER, encoder=coverage_encoder, lexicon=lexicon)
    assert score.total >= 4.0, score
    assert score.part("structure").value == 1.0 and "substance" not in score.part("relevance").detail
    assert not needs_follow_up(STAR_QUESTION, score, STAR_ANSWER)
