"""Isolation: one profile's resumes, clarification answers, gap reports (and their exports) and interviews never
show up in another profile's views, including when both profiles hold the very same resume text, and deleting
a profile leaves the other's data whole. Service level, two profiles in one database.
"""

from __future__ import annotations

import json

import pytest

from core.errors import NotFound
from sqlmodel import select

from core.clarify.models import Reply
from core.clarify.neighbours import LexicalNeighbours
from core.clarify.service import (
    answer_corrections, answer_question, clarification_round, clarified_mentions, make_clarifier,
)
from core.clarify.store import active_answers, answer_history, profile_aliases
from core.config import Settings
from core.context import AppContext
from core.db.models import JobPosting, JobSkill
from core.db.session import memory_engine, session_scope
from core.gaps.compute import GapServices
from core.gaps.records import GapTarget
from core.gaps.render_md import render_markdown
from core.gaps.report import render_json
from core.gaps.service import resume_profile
from core.gaps.store import list_reports, mark_stale, report_for
from core.interview.service import InterviewService
from core.interview.targets import InterviewTarget, resolve
from core.matching.service import query_for_resume
from core.market.service import MarketService
from core.profiles import create_profile, delete_profile
from core.resumes import add_resume, add_resume_text, get_resume, latest_resume, list_resumes
from core.taxonomy.models import Taxonomy
from tests.clarify.conftest import RESUME as ASHA_RESUME
from tests.clarify.conftest import SKILLS, OpenVocabularyExtractor
from tests.gaps.market_fixture import seed_market

MARKET = GapTarget.market("data_engineer", "Berlin")
BELA_RESUME = """Bela Marker-Kovacs
bela@example.com | Budapest, Hungary
EXPERIENCE
Analytics Engineer, Quartz Data
Jan 2019 - Present
Wrote SQL models and Apache Airflow DAGs; Apache Spark jobs on Linux.
SKILLS
SQL, Apache Airflow, Apache Spark, Linux, Git
"""


@pytest.fixture
def world(tmp_path):
    """(ctx, clarifier, services): the clarification fixture world over a small aggregated market."""
    taxonomy = Taxonomy(skills={s.id: s for s in SKILLS}, version="isolation-test")
    ctx = AppContext(Settings(data_dir=tmp_path), memory_engine(), taxonomy, OpenVocabularyExtractor(taxonomy))
    seed_market(ctx.engine)
    yield ctx, make_clarifier(ctx, neighbours=LexicalNeighbours(taxonomy)), GapServices(
        MarketService(ctx.engine, taxonomy))
    ctx.engine.dispose()


def _profile(ctx, name: str, text: str, filename: str) -> tuple[int, int]:
    profile = create_profile(ctx.engine, name)
    return profile.id, add_resume(ctx, profile.id, filename, text.encode()).id


def _answer_kubernetes_in_depth(ctx, clarifier, profile_id: int, resume_id: int, services) -> str:
    report_for(ctx, services, profile_id, resume_id, MARKET)  # the probe ranks against the stored report
    round_ = clarification_round(ctx, clarifier, profile_id, get_resume(ctx, resume_id, profile_id=profile_id))
    probe = next(q for q in round_.questions if q.kind == "probe" and q.subject == "kubernetes")
    answer_question(ctx, clarifier, profile_id, probe, Reply("deep"))
    return probe.key


def _gap_ids(stored) -> set[str]:
    return {g.skill_id for g in stored.report.analysis.gaps}


def _a_job_requiring(ctx, skill_id: str) -> int:
    with session_scope(ctx.engine) as session:
        return session.exec(select(JobSkill.posting_id).where(JobSkill.skill_id == skill_id)).first()


def test_resumes_are_seen_only_by_their_profile(world):
    ctx, _clarifier, _services = world
    asha, asha_resume = _profile(ctx, "Asha", ASHA_RESUME, "asha-private-cv.txt")
    bela, bela_resume = _profile(ctx, "Bela", BELA_RESUME, "bela-private-cv.txt")
    assert [r.id for r in list_resumes(ctx, asha)] == [asha_resume]
    assert [r.id for r in list_resumes(ctx, bela)] == [bela_resume]
    assert latest_resume(ctx, bela).filename == "bela-private-cv.txt"
    assert "Asha" not in latest_resume(ctx, bela).text


@pytest.mark.parametrize("same_text", [False, True], ids=["different-resumes", "same-resume-text"])
def test_answers_and_reports_stay_with_their_profile(world, same_text):
    ctx, clarifier, services = world
    asha, asha_resume = _profile(ctx, "Asha", ASHA_RESUME, "asha-private-cv.txt")
    bela, bela_resume = _profile(ctx, "Bela", ASHA_RESUME if same_text else BELA_RESUME, "bela-private-cv.txt")
    bela_before, _ = report_for(ctx, services, bela, bela_resume, MARKET)
    assert "kubernetes" in _gap_ids(bela_before)

    key = _answer_kubernetes_in_depth(ctx, clarifier, asha, asha_resume, services)
    asha_after, _ = report_for(ctx, services, asha, asha_resume, MARKET)
    assert "kubernetes" not in _gap_ids(asha_after)  # Asha's answer counts for Asha

    assert [a.key for a in active_answers(ctx.engine, asha)] == [key]
    assert active_answers(ctx.engine, bela) == [] and answer_history(ctx.engine, bela) == []
    assert answer_corrections(ctx, bela) == [] and profile_aliases(ctx.engine, bela) == {}
    assert resume_profile(ctx, bela_resume).level("kubernetes") == 0
    bela_after, _ = report_for(ctx, services, bela, bela_resume, MARKET)
    assert "kubernetes" in _gap_ids(bela_after)  # ...and never for Bela
    assert bela_after.report.analysis == bela_before.report.analysis
    assert query_for_resume(ctx, asha_resume).levels.get("kubernetes", 0) > 0  # Jobs ranks Asha as she answered
    assert query_for_resume(ctx, bela_resume).levels.get("kubernetes", 0) == 0  # ...and Bela as her resume says
    practice = InterviewTarget.job(_a_job_requiring(ctx, "kubernetes"))
    asha_plan, bela_plan = resolve(ctx, asha, practice).inputs, resolve(ctx, bela, practice).inputs
    assert "kubernetes" in asha_plan.profile_skills and "kubernetes" not in {g.skill_id for g in asha_plan.gaps}
    assert "kubernetes" not in bela_plan.profile_skills and "kubernetes" in {g.skill_id for g in bela_plan.gaps}
    if same_text:
        bela_round = clarification_round(ctx, clarifier, bela, get_resume(ctx, bela_resume, profile_id=bela))
        assert any(q.key == key for q in bela_round.questions)  # Bela is still asked the question Asha answered
    bela_view = get_resume(ctx, bela_resume, profile_id=bela)
    assert clarified_mentions(ctx, bela, bela_view) == list(bela_view.extraction.mentions)

    assert {r.id for r in list_reports(ctx.engine, asha)}.isdisjoint({r.id for r in list_reports(ctx.engine, bela)})
    exports = render_markdown(bela_after.report) + render_json(bela_after.report)
    assert "asha-private-cv" not in exports
    assert json.loads(render_json(bela_after.report))["top_gaps"]


def test_marking_one_profiles_reports_stale_leaves_the_other(world):
    ctx, _clarifier, services = world
    asha, asha_resume = _profile(ctx, "Asha", ASHA_RESUME, "a.txt")
    bela, bela_resume = _profile(ctx, "Bela", BELA_RESUME, "b.txt")
    report_for(ctx, services, asha, asha_resume, MARKET)
    report_for(ctx, services, bela, bela_resume, MARKET)
    add_resume_text(ctx, asha, ASHA_RESUME + "\nAlso Kubernetes.")  # Asha's inputs change
    assert mark_stale(ctx, asha) == 1
    assert not any(r.stale_reason for r in list_reports(ctx.engine, bela))


def test_deleting_a_profile_leaves_the_other_whole_and_a_new_profile_inherits_nothing(world):
    ctx, clarifier, services = world
    bela, bela_resume = _profile(ctx, "Bela", BELA_RESUME, "b.txt")
    asha, asha_resume = _profile(ctx, "Asha", ASHA_RESUME, "a.txt")  # the highest id: SQLite may hand it out again
    _answer_kubernetes_in_depth(ctx, clarifier, asha, asha_resume, services)
    report_for(ctx, services, bela, bela_resume, MARKET)
    bela_state = (list_resumes(ctx, bela), [r.id for r in list_reports(ctx.engine, bela)])
    delete_profile(ctx.engine, asha)
    assert (list_resumes(ctx, bela), [r.id for r in list_reports(ctx.engine, bela)]) == bela_state
    newcomer = create_profile(ctx.engine, "Newcomer").id
    assert list_resumes(ctx, newcomer) == [] and list_reports(ctx.engine, newcomer) == []
    assert active_answers(ctx.engine, newcomer) == [] and answer_corrections(ctx, newcomer) == []
    view = add_resume_text(ctx, newcomer, ASHA_RESUME)  # even the same text: none of Asha's answers apply
    assert resume_profile(ctx, view.id).level("kubernetes") == 0


def test_interviews_are_seen_only_by_their_profile(ctx):
    """The real taxonomy (the interview bank needs its key concepts) over the module's tmp database."""
    with session_scope(ctx.engine) as db:
        posting = JobPosting(source="iso", external_id="iso-1", text_hash="iso-h1", title="Backend Engineer",
                             company="Nimbus", city="Berlin", role_family="backend", seniority="mid",
                             description="Python, PostgreSQL, Docker and Kubernetes.")
        db.add(posting)
        db.flush()
        for skill in ("python", "postgresql", "docker", "kubernetes"):
            db.add(JobSkill(posting_id=posting.id, skill_id=skill, name=skill, requirement="required"))
        job_id = int(posting.id)
    asha = create_profile(ctx.engine, "Interview Asha").id
    bela = create_profile(ctx.engine, "Interview Bela").id
    filler = " Happy to own a piece of work from start to finish, in the same small team as before."  # 30+ words
    add_resume_text(ctx, asha, "Backend developer. Python, Django and PostgreSQL for 3 years." + filler * 2)
    add_resume_text(ctx, bela, "Frontend developer. React, TypeScript and CSS for 4 years." + filler * 2)
    service = InterviewService(ctx)
    mine = service.start(asha, InterviewTarget.job(job_id), length=5)
    theirs = service.start(bela, InterviewTarget.job(job_id), length=5)
    assert [s.id for s in service.sessions(asha)] == [mine.id]
    assert [s.id for s in service.sessions(bela)] == [theirs.id]
    assert service.resumable(bela).id == theirs.id and service.get(theirs.id, profile_id=bela).profile_id == bela
    service.answer(mine.id, "I built REST APIs in Django on PostgreSQL with indexes and migrations.")
    assert service.get(theirs.id, profile_id=bela).turns == theirs.turns  # Asha's answer is not in Bela's transcript
    with pytest.raises(NotFound):  # Bela's interview is not found for Asha: never shown
        service.get(theirs.id, profile_id=asha)
    delete_profile(ctx.engine, asha)
    assert service.sessions(asha) == [] and [s.id for s in service.sessions(bela)] == [theirs.id]
