"""GapReport: the CLI contract dict, JSON, Markdown sections and a real PDF."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from core.errors import InvalidInput
from core.gaps.build import job_report, market_report
from core.gaps.inputs import JobRequirement, JobTarget
from core.gaps.profile import ProfileSkills
from core.gaps.render_md import render_markdown
from core.gaps.render_pdf import render_pdf
from core.gaps.report import render_json

CONTRACT_KEYS = {"overall_match", "top_gaps", "missing_skills", "roadmap", "assumptions"}
GAP_KEYS = {"skill", "importance_pct", "roi_rank", "est_hours", "courses"}


@pytest.fixture
def report(taxonomy, demand, segment):
    """A market report for a profile with Python and MySQL."""
    return market_report(ProfileSkills.from_levels({"python": 2, "mysql": 3}), segment, demand, taxonomy)


@pytest.fixture
def job(taxonomy):
    """A posting as a gap target."""
    reqs = (JobRequirement("docker", "required"), JobRequirement("kubernetes", "preferred"),
            JobRequirement("python", "required", 4))
    return JobTarget(42, "Platform Engineer", "Acme", "senior", reqs)


def test_contract_shape(report):
    data = report.to_contract_dict()
    assert CONTRACT_KEYS <= data.keys()
    assert 0 <= data["overall_match"] <= 1
    assert 1 <= len(data["top_gaps"]) <= 10
    for gap in data["top_gaps"]:
        assert GAP_KEYS <= gap.keys()
        assert isinstance(gap["skill"], str) and isinstance(gap["est_hours"], int)
        assert len(gap["courses"]) == 2 and {c["paid"] for c in gap["courses"]} == {False, True}
        assert {"title", "provider", "url", "hours"} <= gap["courses"][0].keys()
        assert set(gap["factors"]["contributions"]) == {"demand", "salary", "trend", "effort"}
    assert [g["roi_rank"] for g in data["top_gaps"]] == list(range(1, len(data["top_gaps"]) + 1))
    assert list(data["roadmap"]) == ["week1", "week2", "week3", "week4"]
    for week in data["roadmap"].values():
        assert {"skills", "hours", "resources", "milestone"} <= week.keys() and week["hours"] <= 8
    assert data["generated_by"] == "Template plan"
    assert isinstance(data["missing_skills"], list) and isinstance(data["assumptions"], list)


def test_json_round_trips(report):
    assert json.loads(render_json(report)) == json.loads(json.dumps(report.to_contract_dict()))


@pytest.mark.parametrize("weeks", [2, 6, 12])
def test_roadmap_keys_follow_weeks(taxonomy, demand, segment, weeks):
    report = market_report(ProfileSkills(), segment, demand, taxonomy, weeks=weeks, hours_per_week=10)
    assert list(report.to_contract_dict()["roadmap"]) == [f"week{n}" for n in range(1, weeks + 1)]


@pytest.mark.parametrize("weeks", [1, 13])
def test_report_rejects_bad_weeks(taxonomy, demand, segment, weeks):
    with pytest.raises(InvalidInput):
        market_report(ProfileSkills(), segment, demand, taxonomy, weeks=weeks)


def test_summary_shows_top_three(report):
    assert [g.name for g in report.summary_gaps] == [g.name for g in report.top_gaps[:3]]
    assert report.to_contract_dict()["summary"]["top_gaps"] == [g.name for g in report.top_gaps[:3]]
    top = {g.skill_id for g in report.top_gaps}
    prereqs = {pid: h for g in report.top_gaps for pid, h in zip(g.missing_prerequisites, g.prerequisite_hours)
               if pid not in top}
    assert report.hours_to_close == sum(g.est_hours for g in report.top_gaps) + sum(prereqs.values())


def test_market_match_is_weighted_coverage(taxonomy, demand, segment):
    none = market_report(ProfileSkills(), segment, demand, taxonomy).overall_match
    some = market_report(ProfileSkills.from_levels({"python": 3}), segment, demand, taxonomy).overall_match
    more = market_report(ProfileSkills.from_levels({"python": 3, "sql": 3}), segment, demand, taxonomy).overall_match
    assert none == 0.0 < some < more < 1.0


def test_job_report_contract(taxonomy, job):
    data = job_report(ProfileSkills.from_levels({"python": 2}), job, taxonomy).to_contract_dict()
    assert CONTRACT_KEYS <= data.keys()
    assert data["target"]["kind"] == "job" and data["target"]["job_id"] == 42
    assert data["missing_skills"] == ["Docker", "Kubernetes"]
    assert data["top_gaps"][0]["skill"] == "Docker"


def test_markdown_sections(report):
    text = render_markdown(report)
    for heading in ("# Skill gap report", "## Summary", "## Top gaps", "## Missing skills", "## Roadmap",
                    "### Week 1", "### Week 4", "## Assumptions", "## How the ROI score works"):
        assert heading in text
    assert report.top_gaps[0].name in text
    assert "Template plan" in text and "Milestone:" in text
    assert "you know MySQL" in text


def test_pdf_is_real_and_names_the_top_gap(report):
    data = render_pdf(report)
    assert data.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert report.top_gaps[0].name in text
    for section in ("Summary", "Top gaps", "Missing skills", "Roadmap", "Week 1", "Assumptions"):
        assert section in text


def test_pdf_survives_markup_characters(taxonomy, job):
    job = JobTarget(1, "R&D <Engineer> | C++ & more", None, None, job.requirements)
    data = render_pdf(job_report(ProfileSkills(), job, taxonomy))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "R&D <Engineer>" in text


def test_empty_job_report(taxonomy):
    report = job_report(ProfileSkills.from_levels({"python": 3}), JobTarget(3, "Empty"), taxonomy)
    data = report.to_contract_dict()
    assert data["overall_match"] == 0.0 and data["top_gaps"] == [] and data["missing_skills"] == []
    assert render_pdf(report).startswith(b"%PDF")
    assert "No gaps" in render_markdown(report)
