"""Stored gap reports: round trip, fresh vs recomputed, staleness (resume, corrections, market), 7-day refresh."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from core.config import Settings
from core.context import AppContext
from core.db.models import JobPosting, JobSkill, utcnow
from core.db.report_models import GapReportRow
from core.db.session import session_scope
from core.errors import InvalidInput, NotFound
from core.gaps.codec import report_from_json, report_to_json
from core.gaps.compute import GapServices, compute_report
from core.gaps.records import GapTarget, ReportOptions
from core.gaps.store import (latest_report, list_reports, load_report, mark_stale, refresh_reports,
                             refresh_stale_reports, report_for, save_report)
from core.market.service import MarketService
from core.profiles import create_profile, delete_profile
from core.resumes import add_resume_text
from core.skills.cache import set_user_corrections
from core.skills.models import Extraction, SkillMention, UserCorrection
from tests.gaps.market_fixture import seed_market

RESUME = ("Data engineer.\nSkills: Python (6 years), MySQL, Git.\n\n"  # 30+ words: shorter is refused as not a resume
          "Works for one mid-sized retailer in Pune, in the same small team as before; happy to own a piece of "
          "work from start to finish.\n")
MARKET = GapTarget.market("data_engineer", "Berlin")


class WordExtractor:
    """Finds fixture skill names as whole words; '<name> (N years)' sets years."""

    version, model_id = "test-1", "words"

    def __init__(self, taxonomy):
        self.names = {s.name: s.id for s in taxonomy.skills.values()}

    def extract(self, text: str, kind: str) -> Extraction:
        mentions = []
        for name, skill_id in self.names.items():
            for m in re.finditer(rf"\b{re.escape(name)}\b(?: \((\d+) years\))?", text):
                years = float(m.group(1)) if m.group(1) else None
                mentions.append(SkillMention(skill_id, name, name, m.start(), m.start() + len(name), years=years))
        return Extraction(mentions, kind=kind)


@pytest.fixture
def ctx(engine, taxonomy, tmp_path) -> AppContext:
    """Context over the in-memory engine, the fixture taxonomy and a small aggregated market."""
    seed_market(engine)
    return AppContext(Settings(data_dir=tmp_path), engine, taxonomy, WordExtractor(taxonomy))


@pytest.fixture
def services(ctx) -> GapServices:
    """Market service without embeddings or LLM (deterministic)."""
    return GapServices(MarketService(ctx.engine, ctx.taxonomy))


@pytest.fixture
def profile(ctx) -> tuple[int, int]:
    """(profile id, resume id)."""
    profile = create_profile(ctx.engine, "Asha")
    return profile.id, add_resume_text(ctx, profile.id, RESUME).id


def _row(ctx, profile_id) -> GapReportRow:
    with Session(ctx.engine) as session:
        return session.exec(select(GapReportRow).where(GapReportRow.profile_id == profile_id)).one()


def test_codec_round_trips_market_and_job_reports(ctx, services, profile):
    job_id = seed_market(ctx.engine, 1, tag="j")[0]
    for target in (MARKET, GapTarget.job(job_id)):
        report = compute_report(ctx, services, profile[1], target).report
        assert report.top_gaps, target
        assert report_from_json(report_to_json(report)) == report


def test_report_is_stored_then_reused_while_fresh(ctx, services, profile):
    profile_id, resume_id = profile
    first, computed = report_for(ctx, services, profile_id, resume_id, MARKET)
    assert computed and first.target == MARKET and first.is_demo
    assert first.next_refresh_at - first.created_at == timedelta(days=7)
    again, computed = report_for(ctx, services, profile_id, resume_id, MARKET)
    assert not computed and again.id == first.id and again.report == first.report
    assert latest_report(ctx.engine, profile_id, MARKET).report == first.report
    assert load_report(ctx.engine, first.id, profile_id=profile_id).inputs == first.inputs
    assert [r.id for r in list_reports(ctx.engine, profile_id)] == [first.id]


@pytest.mark.parametrize("change", ["options", "force"])
def test_other_options_or_force_recompute_in_place(ctx, services, profile, change):
    profile_id, resume_id = profile
    first, _ = report_for(ctx, services, profile_id, resume_id, MARKET)
    options = ReportOptions(10, 6) if change == "options" else ReportOptions()
    second, computed = report_for(ctx, services, profile_id, resume_id, MARKET, options, force=change == "force")
    assert computed and second.id == first.id  # one row per profile + target
    assert len(second.report.roadmap.weeks) == options.weeks


def test_changed_resume_marks_stale_and_refresh_reruns(ctx, services, profile):
    profile_id, resume_id = profile
    first, _ = report_for(ctx, services, profile_id, resume_id, MARKET)
    assert {g.name: g.status for g in first.report.top_gaps}["Apache Spark"] == "missing"
    assert mark_stale(ctx) == 0
    newer = add_resume_text(ctx, profile_id, RESUME + "Also Apache Spark and Docker.\n").id
    assert mark_stale(ctx) == 1
    row = _row(ctx, profile_id)
    assert row.stale and row.stale_reason == "the resume changed"
    assert refresh_stale_reports(ctx, services) == 1
    row = _row(ctx, profile_id)
    assert not row.stale and row.resume_id == newer
    gaps = {g.name: g for g in latest_report(ctx.engine, profile_id, MARKET).report.top_gaps}
    assert "Apache Spark" not in gaps  # was missing; now on the resume at an assumed L2, which meets a mid market


def test_corrections_and_market_changes_mark_stale(ctx, services, profile):
    profile_id, resume_id = profile
    report_for(ctx, services, profile_id, resume_id, MARKET)
    set_user_corrections(ctx.engine, ctx.extractor, RESUME, "resume", [UserCorrection("add", "spark", level=3)])
    assert mark_stale(ctx) == 1
    assert _row(ctx, profile_id).stale_reason == "skill corrections changed"
    assert refresh_stale_reports(ctx, services) == 1
    seed_market(ctx.engine, 10, tag="late", seed=9)
    assert mark_stale(ctx) == 1
    assert _row(ctx, profile_id).stale_reason == "the market data changed"


def test_stale_report_is_recomputed_by_the_page_call(ctx, services, profile):
    profile_id, resume_id = profile
    first, _ = report_for(ctx, services, profile_id, resume_id, MARKET)
    set_user_corrections(ctx.engine, ctx.extractor, RESUME, "resume", [UserCorrection("reject", "python")])
    second, computed = report_for(ctx, services, profile_id, resume_id, MARKET)
    assert computed and second.inputs != first.inputs
    assert "Python" in [g.name for g in second.report.top_gaps]


def test_report_older_than_seven_days_reruns_and_fresh_one_does_not(ctx, services, profile):
    profile_id, resume_id = profile
    now = utcnow()
    computed = compute_report(ctx, services, resume_id, MARKET)
    save_report(ctx.engine, profile_id, MARKET, ReportOptions(), computed, now - timedelta(days=8))
    other = GapTarget.market("data_engineer", "Pune")
    save_report(ctx.engine, profile_id, other, ReportOptions(), compute_report(ctx, services, resume_id, other),
                now - timedelta(days=6))
    outcome = refresh_reports(ctx, services, now=now)
    assert (outcome.checked, outcome.marked_stale, outcome.refreshed, outcome.failed) == (2, 0, 1, 0)
    assert latest_report(ctx.engine, profile_id, MARKET).created_at == now
    assert latest_report(ctx.engine, profile_id, other).created_at == now - timedelta(days=6)
    assert refresh_stale_reports(ctx, services, now=now) == 0


def test_refresh_of_a_removed_posting_fails_softly(ctx, services, profile):
    profile_id, resume_id = profile
    job_id = seed_market(ctx.engine, 1, tag="gone")[0]
    report_for(ctx, services, profile_id, resume_id, GapTarget.job(job_id))
    with session_scope(ctx.engine) as session:
        for skill in session.exec(select(JobSkill).where(JobSkill.posting_id == job_id)).all():
            session.delete(skill)
        session.delete(session.get(JobPosting, job_id))
    outcome = refresh_reports(ctx, services, now=utcnow() + timedelta(days=8))
    assert (outcome.refreshed, outcome.failed) == (0, 1)
    assert "does not exist" in outcome.errors[0]
    assert _row(ctx, profile_id).stale


@pytest.mark.parametrize("target, error", [
    (GapTarget.job(999_999), NotFound),
    (GapTarget.market("astronaut"), InvalidInput),
    (GapTarget.market("data_engineer", "Atlantis"), InvalidInput),
])
def test_bad_targets_are_clear_errors(ctx, services, profile, target, error):
    with pytest.raises(error):
        report_for(ctx, services, profile[0], profile[1], target)
    assert latest_report(ctx.engine, profile[0], target) is None


def test_unknown_resume_and_bad_options(ctx, services, profile):
    with pytest.raises(NotFound):
        report_for(ctx, services, profile[0], 4242, MARKET)
    with pytest.raises(InvalidInput):
        report_for(ctx, services, profile[0], profile[1], MARKET, ReportOptions(8, 13))


def test_another_profiles_report_and_resume_are_not_found(ctx, services, profile):
    profile_id, resume_id = profile
    mine, _ = report_for(ctx, services, profile_id, resume_id, MARKET)
    other = create_profile(ctx.engine, "Someone else").id
    with pytest.raises(NotFound):
        load_report(ctx.engine, mine.id, profile_id=other)
    with pytest.raises(NotFound):  # another profile's resume cannot be analysed (nor stored under this profile)
        report_for(ctx, services, other, resume_id, MARKET)
    assert latest_report(ctx.engine, other, MARKET) is None


def test_deleting_the_profile_deletes_its_reports(ctx, services, profile):
    report_for(ctx, services, profile[0], profile[1], MARKET)
    delete_profile(ctx.engine, profile[0])
    with Session(ctx.engine) as session:
        assert session.exec(select(GapReportRow)).all() == []


@pytest.mark.parametrize("target, key", [
    (GapTarget.market("data_engineer"), "market:data_engineer||"),
    (GapTarget.market(" data_engineer ", " Pune ", "Senior"), "market:data_engineer|Pune|senior"),
    (GapTarget.job(7), "job:7"),
])
def test_target_keys(target, key):
    assert target.key == key


@pytest.mark.parametrize("args", [("",), ("data_engineer", None, "wizard")])
def test_invalid_market_targets(args):
    with pytest.raises(InvalidInput):
        GapTarget.market(*args)
