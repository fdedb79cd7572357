"""An answer is an input change for stored gap reports: the Gaps page's `report_for` recomputes at once, and the
round ranks against the profile's newest stored report when the page passes none."""

from __future__ import annotations

import pytest

from core.clarify.models import Reply
from core.clarify.service import answer_question, clarification_round, undo
from core.gaps.compute import GapServices
from core.gaps.records import GapTarget
from core.gaps.store import report_for
from core.market.service import MarketService
from core.resumes import get_resume
from tests.gaps.market_fixture import seed_market

MARKET = GapTarget.market("data_engineer", "Berlin")


@pytest.fixture
def services(ctx) -> GapServices:
    """A small aggregated market; no embeddings, no LLM."""
    seed_market(ctx.engine)
    return GapServices(MarketService(ctx.engine, ctx.taxonomy))


def test_an_answer_makes_the_stored_report_recompute(ctx, clarifier, asha, services):
    profile_id, resume_id = asha
    stored, recomputed = report_for(ctx, services, profile_id, resume_id, MARKET)
    assert recomputed and any(g.skill_id == "kubernetes" for g in stored.report.analysis.gaps)
    assert report_for(ctx, services, profile_id, resume_id, MARKET)[1] is False  # fresh: served from the store

    round_ = clarification_round(ctx, clarifier, profile_id, get_resume(ctx, resume_id, profile_id=profile_id))  # newest stored report
    probe = next(q for q in round_.questions if q.kind == "probe" and q.subject == "kubernetes")
    assert probe.text.startswith("Data Engineer · Berlin postings often ask for Kubernetes.")
    answer_question(ctx, clarifier, profile_id, probe, Reply("deep"))

    after, recomputed = report_for(ctx, services, profile_id, resume_id, MARKET)
    assert recomputed
    assert not any(g.skill_id == "kubernetes" for g in after.report.analysis.gaps)
    assert after.report.overall_match > stored.report.overall_match
    assert after.inputs.corrections_sha256 != stored.inputs.corrections_sha256

    undo(ctx, profile_id, probe.key)
    reverted, recomputed = report_for(ctx, services, profile_id, resume_id, MARKET)
    assert recomputed and reverted.report.analysis == stored.report.analysis


def test_the_report_lists_the_assumptions_still_standing(ctx, clarifier, asha, services):
    profile_id, resume_id = asha
    stored, _ = report_for(ctx, services, profile_id, resume_id, MARKET)
    standing = [a for a in stored.report.assumptions if "AWS level assumed L2" in a]
    assert standing
    round_ = clarification_round(ctx, clarifier, profile_id, get_resume(ctx, resume_id, profile_id=profile_id), stored.report)
    assert round_.assumptions == stored.report.assumptions
    level = next(q for q in round_.questions if q.kind == "level" and q.subject == "aws")
    answer_question(ctx, clarifier, profile_id, level, Reply("3"))
    after, _ = report_for(ctx, services, profile_id, resume_id, MARKET)
    assert not any("AWS level assumed" in a for a in after.report.assumptions)
