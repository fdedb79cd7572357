"""LLM polish of the roadmap wording: used when valid, the labelled template otherwise."""

from __future__ import annotations

import pytest

from core.errors import LLMUnavailable
from core.gaps.build import market_report
from core.gaps.inputs import SegmentDemand
from core.gaps.market_gap import market_gaps
from core.gaps.polish import polish_roadmap
from core.gaps.profile import ProfileSkills
from core.gaps.roadmap import TEMPLATE_LABEL, build_roadmap
from core.llm.mock import MockLLM


@pytest.fixture
def roadmap(taxonomy, segment):
    """A 2-week plan for Docker and Git."""
    rows = [SegmentDemand("docker", 0.9, 0.9), SegmentDemand("git", 0.5, 0.5)]
    profile = ProfileSkills.from_levels({"linux": 2})
    return build_roadmap(market_gaps(profile, segment, rows, taxonomy).gaps, taxonomy, profile, 20, 2)


def answer(roadmap, text="Nice week.", milestone="Ship a Docker image of your app.", overall="You can do it."):
    """A well-formed polish answer for every week."""
    return {"weeks": [{"week": w.number, "summary": text, "milestone": milestone} for w in roadmap.weeks],
            "overall": overall}


def test_valid_answer_is_used_and_labelled(taxonomy, roadmap):
    llm = MockLLM([answer(roadmap)])
    polished = polish_roadmap(roadmap, llm, taxonomy, timeout_s=3.0, role="Platform Engineer")
    assert polished.generated_by == "Written by mock-model (mock)"
    assert [w.summary for w in polished.weeks] == ["Nice week."] * 2
    assert polished.intro == "You can do it."
    assert [w.items for w in polished.weeks] == [w.items for w in roadmap.weeks]  # facts unchanged
    assert llm.calls[0].timeout_s == 3.0 and "Platform Engineer" in llm.calls[0].prompt.user


@pytest.mark.parametrize("response, reason_part", [
    (LLMUnavailable("the LLM timed out after 3 s"), "timed out"),
    ("not json at all", ""),
    ("FABRICATED", "Kubernetes"),
    ("WRONG_WEEKS", "weeks do not match"),
])
def test_bad_answers_fall_back_to_template(taxonomy, roadmap, response, reason_part):
    if response == "FABRICATED":
        response = answer(roadmap, text="Also learn Kubernetes this week.")
    elif response == "WRONG_WEEKS":
        response = {"weeks": [{"week": 1, "summary": "x", "milestone": "y"}]}
    polished = polish_roadmap(roadmap, MockLLM([response]), taxonomy)
    assert polished.generated_by == TEMPLATE_LABEL
    assert polished.weeks == roadmap.weeks
    assert polished.fallback_reason and reason_part in polished.fallback_reason


def test_no_llm_is_template(taxonomy, demand, segment):
    report = market_report(ProfileSkills(), segment, demand, taxonomy)
    assert report.roadmap.generated_by == TEMPLATE_LABEL
    assert report.roadmap.fallback_reason == "no LLM configured"


def test_report_with_llm(taxonomy, demand, segment):
    llm = MockLLM(default={"weeks": [{"week": n, "summary": "Go for it.", "milestone": "Build it."} for n in (1, 2, 3, 4)]})
    report = market_report(ProfileSkills(), segment, demand, taxonomy, llm=llm, llm_timeout_s=2.0)
    assert report.to_contract_dict()["generated_by"].startswith("Written by")


@pytest.mark.parametrize("text, used", [
    ("Your resume already shows Docker in depth, so this week is a refresher.", False),
    ("You don't have Docker on your resume yet; this week starts it.", True),
])
def test_claims_about_the_resume_must_agree_with_the_plan(taxonomy, roadmap, text, used):
    polished = polish_roadmap(roadmap, MockLLM([answer(roadmap, text=text)]), taxonomy, allowed_skill_ids=["linux"])
    assert (polished.generated_by != TEMPLATE_LABEL) == used
    if not used:
        assert polished.weeks == roadmap.weeks
        assert 'the resume shows "Docker" (Docker), but it is one of the gaps' in polished.fallback_reason
