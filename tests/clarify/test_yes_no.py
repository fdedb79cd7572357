"""A "Yes" to "did you mean Data Modeling?" confirms Data Modeling (never a skill called "Yes"); "No" rejects the
candidate; typed "yes" / "no" in "something else" mean the same. Reproduced through the service the pages use."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.clarify.models import NOT_A_SKILL, SOMETHING_ELSE, Reply
from core.clarify.neighbours import LexicalNeighbours
from core.clarify.service import answer_corrections, answer_question, clarification_round, make_clarifier
from core.clarify.store import profile_aliases
from core.config import Settings
from core.context import AppContext
from core.gaps.inputs import JobRequirement, JobTarget
from core.gaps.service import resume_profile
from core.profiles import create_profile
from core.resumes import add_resume_text, get_resume
from core.taxonomy.models import Skill, Taxonomy
from tests.clarify.conftest import RESUME, SKILLS, OpenVocabularyExtractor, report_for

SURFACE = "dimensional modelling"
TEXT = RESUME.replace("Tuned PostgreSQL", f"Led {SURFACE} for the finance marts.\nTuned PostgreSQL")
DATA_MODELING = Skill("data_modeling", "Data Modeling", "database", aliases=("data modelling",), hours=40)
JOB = JobTarget(8, "Data Engineer", "Orbit", "mid", (
    JobRequirement("python", "required"), JobRequirement("data_modeling", "required"),
    JobRequirement("sql", "required")))


class UncertainMappingExtractor(OpenVocabularyExtractor):
    """The open-vocabulary extractor whose CRAG gate was unsure that “dimensional modelling” is Data Modeling."""

    def extract(self, text, kind):
        extraction = super().extract(text, kind)
        start = text.find(SURFACE)
        if start < 0:
            return extraction
        row = {"surface": SURFACE, "start": start, "end": start + len(SURFACE), "decision": "uncertain",
               "skill_id": "data_modeling", "candidates": [], "confidence": 0.55}
        return replace(extraction, diagnostics={**extraction.diagnostics, "mapping": [row]})


@pytest.fixture
def dm_ctx(engine, tmp_path) -> AppContext:
    taxonomy = Taxonomy(skills={s.id: s for s in (*SKILLS, DATA_MODELING)}, version="clarify-yes-no")
    return AppContext(Settings(data_dir=tmp_path), engine, taxonomy, UncertainMappingExtractor(taxonomy))


@pytest.fixture
def setup(dm_ctx):
    profile_id = create_profile(dm_ctx.engine, "Asha").id
    resume_id = add_resume_text(dm_ctx, profile_id, TEXT).id
    return dm_ctx, make_clarifier(dm_ctx, neighbours=LexicalNeighbours(dm_ctx.taxonomy)), profile_id, resume_id


def _question(setup):
    ctx, clarifier, profile_id, resume_id = setup
    view = get_resume(ctx, resume_id, profile_id=profile_id)
    round_ = clarification_round(ctx, clarifier, profile_id, view, report_for(ctx, resume_id, JOB))
    found = [q for q in round_.questions if q.surface == SURFACE]
    assert found, [q.text for q in round_.questions]
    return found[0]


def _names_in_report(ctx, resume_id) -> str:
    report = report_for(ctx, resume_id, JOB)
    return " | ".join([*report.assumptions, *(m.name for m in report.analysis.matches)])


@pytest.mark.parametrize("reply", [Reply("data_modeling"), Reply(SOMETHING_ELSE, "Yes")])
def test_yes_confirms_the_candidate_skill(setup, reply):
    ctx, clarifier, profile_id, resume_id = setup
    question = _question(setup)
    assert question.text == f"You wrote “{SURFACE}” — did you mean Data Modeling?"
    assert question.option("data_modeling").label == "Yes"
    record = answer_question(ctx, clarifier, profile_id, question, reply)
    assert record.effect.summary == f"“{SURFACE}” counted as Data Modeling"
    profile = resume_profile(ctx, resume_id)
    assert profile.has("data_modeling") and profile.names["data_modeling"] == "Data Modeling"
    assert set(profile.names.values()).isdisjoint({"Yes", "yes", "No", "no"})
    assert "Yes" not in _names_in_report(ctx, resume_id)
    assert "Data Modeling level assumed L2" in _names_in_report(ctx, resume_id)
    assert profile_aliases(ctx.engine, profile_id) == {SURFACE: "data_modeling"}  # the evidence on the chip
    [fix] = [c for c in answer_corrections(ctx, profile_id) if c.action != "reject"]
    assert (fix.action, fix.skill_id, fix.name) == ("add", "data_modeling", "Data Modeling")
    assert SURFACE in fix.note


@pytest.mark.parametrize("reply", [Reply(NOT_A_SKILL), Reply(SOMETHING_ELSE, "no")])
def test_no_rejects_the_candidate_skill(setup, reply):
    ctx, clarifier, profile_id, resume_id = setup
    question = _question(setup)
    record = answer_question(ctx, clarifier, profile_id, question, reply)
    assert record.effect.summary == f"“{SURFACE}” is not counted as a skill"
    profile = resume_profile(ctx, resume_id)
    assert not profile.has("data_modeling") and "no" not in {n.lower() for n in profile.names.values()}
    assert profile_aliases(ctx.engine, profile_id) == {}
    assert all(c.action == "reject" for c in answer_corrections(ctx, profile_id))


def test_an_answer_stored_by_the_old_code_is_repaired(setup):
    """Answers saved before the fix carry the option label ("Yes") as the skill name: the profile uses the
    taxonomy name instead."""
    from core.clarify.models import AnswerEffect
    from core.clarify.service import sync_profile
    from core.clarify.store import save_answer
    from core.skills.models import UserCorrection

    ctx, clarifier, profile_id, resume_id = setup
    question = _question(setup)
    old = AnswerEffect((UserCorrection("add", "data_modeling", "Yes", note=f"alias: {SURFACE}"),),
                       (SURFACE, "data_modeling"), f"“{SURFACE}” counted as Yes")
    save_answer(ctx.engine, profile_id, question, Reply("data_modeling"), old)
    sync_profile(ctx, profile_id)
    assert resume_profile(ctx, resume_id).names["data_modeling"] == "Data Modeling"
    assert "Yes" not in _names_in_report(ctx, resume_id)
