"""Issue 18 (4): gap kinds a person agrees with -- held skills are level gaps (never missing), L2 meets "L2-L3",
level gaps rank below missing skills of similar demand, experienced users get no beginner course, kinds are shown."""

from __future__ import annotations

import io
import random

import pytest
from pypdf import PdfReader

from components.gap_table import gap_rows_html
from components.roadmap import week_html
from core.gaps.build import market_report
from core.gaps.courses import course_note, courses_for
from core.gaps.inputs import SegmentDemand, TargetSegment
from core.gaps.market_gap import market_gaps
from core.gaps.profile import ProfileSkills
from core.gaps.render_md import render_markdown
from core.gaps.render_pdf import render_pdf

SQL = [SegmentDemand("sql", 0.8, 0.8), SegmentDemand("git", 0.5, 0.5)]


def seg(seniority):
    """A segment at one seniority."""
    return TargetSegment("data_engineer", seniority=seniority, total_postings=100)


@pytest.mark.parametrize("level, seniority, kind", [
    (3, "mid", None),  # L3 against L2.5: covered
    (2, "mid", None),  # "Have L2 · need L2-L3" is no gap
    (2, None, None),  # unspecified seniority is mid
    (1, "mid", "level"),
    (2, "senior", "level"),
    (3, "lead", "level"),
    (0, "mid", "missing"),
])
def test_sql_gap_kind(taxonomy, level, seniority, kind):
    profile = ProfileSkills.from_levels({"sql": level} if level else {})
    gaps = {g.skill_id: g for g in market_gaps(profile, seg(seniority), SQL, taxonomy).gaps}
    assert (gaps["sql"].kind if "sql" in gaps else None) == kind


def test_a_held_skill_is_never_missing(taxonomy):
    rng = random.Random(18)
    ids = sorted(taxonomy.skills)
    for _ in range(200):
        levels = {sid: rng.randint(1, 4) for sid in rng.sample(ids, rng.randint(1, len(ids)))}
        rows = [SegmentDemand(sid, rng.uniform(0.03, 1), 0.0) for sid in ids]
        seniority = rng.choice(["junior", "mid", "senior", "lead"])
        analysis = market_gaps(ProfileSkills.from_levels(levels), seg(seniority), rows, taxonomy)
        implied = {p for sid in levels for p in taxonomy.skills[sid].prerequisites}  # MySQL states SQL too
        for gap in analysis.gaps:
            assert (gap.kind == "level") is (gap.skill_id in levels or gap.skill_id in implied)
            if gap.kind == "level":
                assert gap.level_note and gap.missing_prerequisites == ()
        names = {taxonomy.skills[sid].name for sid in levels}
        assert not names & set(analysis.missing_skills)


@pytest.mark.parametrize("years, assumed_note, seniority, text", [
    (6.0, False, "lead", "about L3 from 6 years; lead postings here expect L4"),
    (None, True, "senior", "L2 assumed (no dated role or years mention it); senior postings here expect L3"),
    (1.5, False, None, "about L1 from 1.5 years; postings here expect L2-L3"),
])
def test_level_note_says_what_you_have_and_what_is_expected(taxonomy, years, assumed_note, seniority, text):
    level = {6.0: 3, None: 2, 1.5: 1}[years]
    profile = ProfileSkills(levels={"sql": level}, names={"sql": "SQL"},
                            notes={"sql": "SQL level assumed L2"} if assumed_note else {},
                            years={"sql": years} if years is not None else {})
    gap = next(g for g in market_gaps(profile, seg(seniority), SQL, taxonomy).gaps if g.skill_id == "sql")
    assert gap.level_note == text


@pytest.mark.parametrize("others, text", [
    (["linux"], "1 other resume skill assumed L2 (no dated role or years mention it)."),
    (["linux", "docker"], "2 other resume skills assumed L2 (no dated role or years mention them)."),
])
def test_assumed_skills_outside_the_segment_are_counted_in_the_resume_levels_wording(taxonomy, others, text):
    ids = ["sql", *others]
    profile = ProfileSkills(levels=dict.fromkeys(ids, 2), names={sid: sid for sid in ids},
                            notes={sid: f"{sid} level assumed L2 (no dated role mentions it)" for sid in ids})
    assumptions = market_gaps(profile, seg("mid"), SQL, taxonomy).assumptions
    assert text in assumptions and "sql level assumed L2 (no dated role mentions it)" in assumptions


@pytest.mark.parametrize("share", [0.3, 0.5, 0.8])
def test_level_gap_ranks_below_missing_skill_of_similar_demand(taxonomy, share):
    rows = [SegmentDemand("sql", share, share, 130_000, 100_000, 2.0),  # level gap, better salary and trend
            SegmentDemand("docker", share * 0.9, share * 0.9, None, None, 0.7)]
    profile = ProfileSkills.from_levels({"sql": 1, "linux": 2})
    order = [g.skill_id for g in market_gaps(profile, seg("senior"), rows, taxonomy).gaps]
    assert order == ["docker", "sql"]


@pytest.mark.parametrize("skill_id, level, years, titles, note", [
    ("sql", 3, 6.0, ["Use The Index, Luke! (SQL indexing and tuning)"], "No beginner course"),
    ("docker", 2, 3.0, [], "No course: you have used Docker for 3 years"),  # no advanced material known: none
    ("docker", 3, None, [], "No course: you have used Docker at L3"),
    ("docker", 1, 1.0, ["Docker Get Started", "Docker Mastery"], ""),  # under 2 years: the curated pair
])
def test_experienced_level_gap_gets_no_beginner_course(taxonomy, skill_id, level, years, titles, note):
    profile = ProfileSkills.from_levels({skill_id: level, "linux": 2}, years={skill_id: years} if years else None)
    report = market_report(profile, seg("lead"), [SegmentDemand(skill_id, 0.8, 0.8)], taxonomy, weeks=2)
    gap = report.top_gaps[0]
    assert [c.title for c in report.courses[gap.skill_id]] == [c.title for c in courses_for(gap, taxonomy)] == titles
    assert course_note(gap).startswith(note) if note else course_note(gap) == ""
    item = report.roadmap.weeks[0].items[0]
    assert [r.title for r in (item.free, item.paid) if r is not None] == titles
    assert item.note == course_note(gap)


@pytest.fixture
def mixed(taxonomy):
    """A lead-level report with a level gap (SQL, 6 years) and a missing skill (Docker)."""
    profile = ProfileSkills.from_levels({"sql": 3, "linux": 2}, years={"sql": 6})
    rows = [SegmentDemand("sql", 0.8, 0.8), SegmentDemand("docker", 0.6, 0.6)]
    return market_report(profile, seg("lead"), rows, taxonomy, weeks=6)


def test_kind_is_shown_in_every_rendering(mixed):
    data = mixed.to_contract_dict()
    kinds = {g["skill"]: (g["kind"], g["level_note"]) for g in data["top_gaps"]}
    assert kinds == {"Docker": ("missing", ""), "SQL": ("level", "about L3 from 6 years; lead postings here expect L4")}
    text = render_markdown(mixed)
    assert "| Kind |" in text and "| level |" in text and "| missing |" in text
    assert "about L3 from 6 years; lead postings here expect L4" in text and "No beginner course" in text
    pdf = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(mixed))).pages)
    assert "Missing" in pdf and "Level: about L3 from 6 years" in " ".join(pdf.split())
    html = gap_rows_html(mixed)
    assert "Level gap · have L3, need L4" in html and ">Missing<" in html and "about L3 from 6 years" in html
    sql_week = next(w for w in mixed.roadmap.weeks if any(i.skill_id == "sql" for i in w.items))
    assert "No beginner course" in week_html(sql_week, 8, {})


@pytest.mark.parametrize("held, implied, note", [
    ({"mysql": 1}, "sql", "through MySQL"),  # MySQL (L1) states SQL at L1: a level gap at most, never missing
    ({"mysql": 3}, "sql", "through MySQL"),  # the data engineer who lists MySQL is not told to learn SQL
])
def test_a_skill_a_held_skill_requires_is_never_missing(taxonomy, held, implied, note):
    rows = [SegmentDemand(implied, 0.9, 0.0), *(SegmentDemand(s, 0.5, 0.0) for s in held)]
    analysis = market_gaps(ProfileSkills.from_levels(held), seg("senior"), rows, taxonomy)
    gaps = {g.skill_id: g for g in analysis.gaps}
    assert taxonomy.skills[implied].name not in analysis.missing_skills
    assert implied not in gaps or (gaps[implied].kind == "level" and note in gaps[implied].level_note)
