"""Each answer kind changes the report the way it should; answered questions never return; undo; persistence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.clarify.models import KEEP_OWN, NOT_A_SKILL, SOMETHING_ELSE, Reply
from core.clarify.neighbours import LexicalNeighbours
from core.clarify.service import (answer_question, clarification_round, make_clarifier, skip_question,
                                  sync_corrections, undo)
from core.clarify.store import active_answers, answer_history, profile_aliases
from core.config import Settings
from core.context import AppContext
from core.db.session import make_engine
from core.errors import InvalidInput, NotFound
from core.gaps.service import resume_profile
from core.profiles import delete_profile
from core.resumes import add_resume_text, get_resume
from core.skills.cache import get_user_corrections
from tests.clarify.conftest import JOB, RESUME, OpenVocabularyExtractor, report_for

SENIOR_JOB = replace(JOB, seniority="senior")  # expects L3: an assumed L2 is a level gap (a mid L2-L3 is met)


def _round(ctx, clarifier, asha, report=None):
    profile_id, resume_id = asha
    view = get_resume(ctx, resume_id, profile_id=profile_id)
    return clarification_round(ctx, clarifier, profile_id, view, report or report_for(ctx, resume_id))


def _question(round_, kind, subject):
    found = [q for q in round_.questions if q.kind == kind and q.subject == subject]
    assert found, f"no {kind} question about {subject}: {[(q.kind, q.subject) for q in round_.questions]}"
    return found[0]


def _gap(report, skill_id):
    return next((g for g in report.analysis.gaps if g.skill_id == skill_id), None)


def _match(report, skill_id):
    return next(m for m in report.analysis.matches if m.skill_id == skill_id)


def test_confirming_a_missing_skill_removes_its_gap(ctx, clarifier, asha):
    before = report_for(ctx, asha[1])
    assert _gap(before, "kubernetes").status == "missing"
    probe = _question(_round(ctx, clarifier, asha, before), "probe", "kubernetes")
    record = answer_question(ctx, clarifier, asha[0], probe, Reply("deep"))
    after = report_for(ctx, asha[1])
    assert _gap(after, "kubernetes") is None and _match(after, "kubernetes").status == "matched"
    assert after.overall_match > before.overall_match
    assert "Kubernetes" not in after.missing_skills
    assert record.effect.summary == "Kubernetes added at L3"


def test_answering_no_to_a_probe_keeps_the_gap(ctx, clarifier, asha):
    before = report_for(ctx, asha[1])
    probe = _question(_round(ctx, clarifier, asha, before), "probe", "kubernetes")
    answer_question(ctx, clarifier, asha[0], probe, Reply("no"))
    after = report_for(ctx, asha[1])
    assert _gap(after, "kubernetes") == _gap(before, "kubernetes")
    assert probe.key not in {q.key for q in _round(ctx, clarifier, asha, after).questions}


@pytest.mark.parametrize("level, hours_change", [("1", "up"), ("4", "gone")])
def test_a_level_answer_moves_the_gap_hours(ctx, clarifier, asha, level, hours_change):
    before = report_for(ctx, asha[1], SENIOR_JOB)
    assert _gap(before, "aws").have_level == 2 and any("AWS level assumed L2" in a for a in before.assumptions)
    question = _question(_round(ctx, clarifier, asha, before), "level", "aws")
    assert question.default == "2" and "Assumed L2" in question.assumption
    answer_question(ctx, clarifier, asha[0], question, Reply(level))
    after = report_for(ctx, asha[1], SENIOR_JOB)
    if hours_change == "up":
        assert _gap(after, "aws").est_hours > _gap(before, "aws").est_hours
        assert _gap(after, "aws").have_level == 1
    else:
        assert _gap(after, "aws") is None
    assert not any("AWS level assumed" in a for a in after.assumptions)  # the assumption no longer stands


def test_not_a_skill_removes_a_weak_mention(ctx, clarifier, asha):
    before = report_for(ctx, asha[1])
    assert resume_profile(ctx, asha[1]).has("swift") and _match(before, "swift").status == "matched"  # L2 meets mid
    question = _question(_round(ctx, clarifier, asha, before), "alias", "Swift")
    assert question.default == "swift" and "Swift releases weekly" in question.evidence
    answer_question(ctx, clarifier, asha[0], question, Reply(NOT_A_SKILL))
    after = report_for(ctx, asha[1])
    assert not resume_profile(ctx, asha[1]).has("swift")
    assert _match(after, "swift").status == "missing" and "Swift" in after.missing_skills


def test_confirming_a_rejected_candidate_counts_it_and_stores_an_alias(ctx, clarifier, asha):
    before = report_for(ctx, asha[1])
    question = _question(_round(ctx, clarifier, asha, before), "alias", "Go")
    assert question.text == "You wrote “Go” — is that the programming language?"
    assert [o.value for o in question.options] == ["go", SOMETHING_ELSE, NOT_A_SKILL]
    answer_question(ctx, clarifier, asha[0], question, Reply("go"))
    after = report_for(ctx, asha[1])
    assert _gap(before, "go").status == "missing"
    assert _gap(after, "go") is None and _match(after, "go").status == "matched"  # assumed L2 meets the mid L2-L3
    assert after.overall_match > before.overall_match and "Go" not in after.missing_skills
    assert profile_aliases(ctx.engine, asha[0]) == {"Go": "go"}


def test_something_else_resolves_the_typed_skill(ctx, clarifier, asha):
    question = _question(_round(ctx, clarifier, asha), "alias", "Go")
    with pytest.raises(InvalidInput):
        answer_question(ctx, clarifier, asha[0], question, Reply(SOMETHING_ELSE, "  "))
    record = answer_question(ctx, clarifier, asha[0], question, Reply(SOMETHING_ELSE, "golang"))
    assert record.effect.alias == ("Go", "go") and resume_profile(ctx, asha[1]).has("go")


def test_emerging_skill_mapped_to_a_close_candidate(ctx, asha):
    class Near:
        def nearest(self, name, k=3):
            return [("workflow_orchestration", 0.71), ("airflow", 0.55)] if name == "Temporal" else []

    clarifier = make_clarifier(ctx, neighbours=Near())
    before = report_for(ctx, asha[1])
    rounds = _round(ctx, clarifier, asha, before)
    question = next(q for q in clarifier.source("emerging").questions(_inputs(ctx, asha, before)))
    assert question.subject == "Temporal" and question.candidates == ("workflow_orchestration", "airflow")
    assert question.default == KEEP_OWN and rounds.diagnostics.generated["emerging"] == 1
    answer_question(ctx, clarifier, asha[0], question, Reply("workflow_orchestration"))
    after = report_for(ctx, asha[1])
    assert _gap(before, "workflow_orchestration").status == "missing"
    assert _gap(after, "workflow_orchestration") is None  # held at the assumed L2, which meets the mid L2-L3
    assert _match(after, "workflow_orchestration").status == "matched"
    assert after.overall_match > before.overall_match
    assert profile_aliases(ctx.engine, asha[0]) == {"Temporal": "workflow_orchestration"}


def test_keep_as_own_skill_changes_nothing_in_the_report(ctx, asha):
    clarifier = make_clarifier(ctx, neighbours=LexicalNeighbours(ctx.taxonomy))
    before = report_for(ctx, asha[1])
    question = clarifier.source("emerging").questions(_inputs(ctx, asha, before))[0]
    answer_question(ctx, clarifier, asha[0], question, Reply(KEEP_OWN))
    assert report_for(ctx, asha[1]).analysis == before.analysis
    assert question.key in {r.key for r in active_answers(ctx.engine, asha[0])}


def test_answered_questions_never_return_and_undo_brings_them_back(ctx, clarifier, asha):
    question = _question(_round(ctx, clarifier, asha), "probe", "kubernetes")
    answer_question(ctx, clarifier, asha[0], question, Reply("no"))  # still a gap, so still a candidate
    for _ in range(2):  # later rounds
        again = _round(ctx, clarifier, asha)
        assert question.key not in {q.key for q in again.questions}
        assert again.diagnostics.answered_hidden == 1
    undo(ctx, asha[0], question.key)
    assert question.key in {q.key for q in _round(ctx, clarifier, asha).questions}
    assert not [c for c in get_user_corrections(ctx.engine, ctx.extractor, RESUME, "resume")]
    assert [r.undone_at is not None for r in answer_history(ctx.engine, asha[0])] == [True]
    with pytest.raises(NotFound):
        undo(ctx, asha[0], question.key)


def test_undo_reverts_the_report(ctx, clarifier, asha):
    before = report_for(ctx, asha[1])
    question = _question(_round(ctx, clarifier, asha, before), "level", "python")
    answer_question(ctx, clarifier, asha[0], question, Reply("4"))
    assert [c.action for c in get_user_corrections(ctx.engine, ctx.extractor, RESUME, "resume")] == ["set_level"]
    assert report_for(ctx, asha[1]).analysis != before.analysis
    undo(ctx, asha[0], question.key)
    assert get_user_corrections(ctx.engine, ctx.extractor, RESUME, "resume") == []
    assert report_for(ctx, asha[1]).analysis == before.analysis
    assert question.key in {q.key for q in _round(ctx, clarifier, asha).questions}


def test_skip_hides_without_changing_the_report(ctx, clarifier, asha):
    before = report_for(ctx, asha[1])
    question = _round(ctx, clarifier, asha, before).questions[0]
    record = skip_question(ctx, clarifier, asha[0], question)
    assert record.skipped and report_for(ctx, asha[1]).analysis == before.analysis
    assert question.key not in {q.key for q in _round(ctx, clarifier, asha).questions}


@pytest.mark.parametrize("reply", [Reply("5"), Reply("x")])
def test_a_choice_the_question_does_not_offer_is_refused(ctx, clarifier, asha, reply):
    question = _question(_round(ctx, clarifier, asha), "level", "python")
    with pytest.raises(InvalidInput):
        answer_question(ctx, clarifier, asha[0], question, reply)
    assert active_answers(ctx.engine, asha[0]) == []


def test_answers_carry_over_to_a_new_resume_version(ctx, clarifier, asha):
    question = _question(_round(ctx, clarifier, asha), "level", "python")
    answer_question(ctx, clarifier, asha[0], question, Reply("4"))
    newer = add_resume_text(ctx, asha[0], RESUME + "\nAWARDS\nHackathon winner 2024\n")
    assert resume_profile(ctx, newer.id).level("python") == 2  # not synced yet
    clarification_round(ctx, clarifier, asha[0], newer, report_for(ctx, newer.id))
    assert resume_profile(ctx, newer.id).level("python") == 4
    assert not sync_corrections(ctx, asha[0], newer.text)  # idempotent


def test_answers_persist_across_engines_on_the_same_sqlite_file(taxonomy, tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    extractor = OpenVocabularyExtractor(taxonomy)

    def open_ctx():
        return AppContext(settings, make_engine(settings), taxonomy, extractor)

    from core.profiles import create_profile

    first = open_ctx()
    profile_id = create_profile(first.engine, "Asha").id
    resume_id = add_resume_text(first, profile_id, RESUME).id
    clarifier = make_clarifier(first, neighbours=LexicalNeighbours(taxonomy))
    question = _question(_round(first, clarifier, (profile_id, resume_id)), "alias", "Go")
    answer_question(first, clarifier, profile_id, question, Reply("go"))
    first.engine.dispose()

    second = open_ctx()  # a restart: new engine, new clarifier
    clarifier = make_clarifier(second, neighbours=LexicalNeighbours(taxonomy))
    assert question.key not in {q.key for q in _round(second, clarifier, (profile_id, resume_id)).questions}
    assert resume_profile(second, resume_id).has("go")
    assert profile_aliases(second.engine, profile_id) == {"Go": "go"}
    [record] = active_answers(second.engine, profile_id)
    assert record.question == question and record.reply == Reply("go")
    second.engine.dispose()


def test_deleting_the_profile_deletes_its_answers(ctx, clarifier, asha):
    question = _question(_round(ctx, clarifier, asha), "alias", "Go")
    answer_question(ctx, clarifier, asha[0], question, Reply("go"))
    delete_profile(ctx.engine, asha[0])
    assert answer_history(ctx.engine, asha[0]) == [] and profile_aliases(ctx.engine, asha[0]) == {}
    with pytest.raises(NotFound):
        answer_question(ctx, clarifier, asha[0], question, Reply("go"))


def _inputs(ctx, asha, report):
    from core.clarify.inputs import build_inputs, roles_of

    view = get_resume(ctx, asha[1], profile_id=asha[0])
    corrections = get_user_corrections(ctx.engine, ctx.extractor, view.text, "resume")
    return build_inputs(view.text, view.extraction, ctx.taxonomy, corrections=corrections,
                        roles=roles_of(view.parse), report=report)


def test_a_confirmed_skill_then_gets_a_level_question(ctx, clarifier, asha):
    question = _question(_round(ctx, clarifier, asha), "alias", "Go")
    answer_question(ctx, clarifier, asha[0], question, Reply("go"))
    after = report_for(ctx, asha[1])
    level = next(q for q in clarifier.source("level").questions(_inputs(ctx, asha, after)) if q.subject == "go")
    assert level.default == "2" and "Assumed L2" in level.assumption
    answer_question(ctx, clarifier, asha[0], level, Reply("3"))
    assert resume_profile(ctx, asha[1]).level("go") == 3
    assert not [q for q in clarifier.source("level").questions(_inputs(ctx, asha, report_for(ctx, asha[1])))
                if q.subject == "go"]
