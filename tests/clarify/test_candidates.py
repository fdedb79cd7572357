"""rejected_candidates and weak_mentions: which extractor decisions become clarification questions."""

from __future__ import annotations

import pytest

from core.clarify.alias import CATEGORY_NOUNS
from core.clarify.candidates import rejected_candidates, weak_mentions
from core.config import Settings
from core.llm.fvs import SkillLexicon
from core.skills.models import Extraction, SkillMention
from core.skills.resume_judge import JUDGE_REJECTED
from core.taxonomy.load import load_taxonomy


def _rejected(reason: str) -> Extraction:
    row = {"skill_id": "github_actions", "surface": "GitHub Actions", "start": 10, "end": 24, "reason": reason}
    return Extraction([], kind="resume", diagnostics={"rejected": [row]})


@pytest.mark.parametrize("reason, asked", [
    (JUDGE_REJECTED, True),  # the resume judge dropped a taxonomy skill: ask, it may be the person's
    ("no supporting context", True),
    ("all-caps context", True),
    ("followed by 'to'", False),  # a confident veto is never asked about
    ("context model: not a skill here", False),
])
def test_which_rejections_are_asked(reason, asked):
    got = rejected_candidates(_rejected(reason))
    assert [(u.surface, u.skill_ids, u.accepted) for u in got] == \
        ([("GitHub Actions", ("github_actions",), False)] if asked else [])


def _m(skill_id: str, surface: str, confidence: float, start: int = 0) -> SkillMention:
    return SkillMention(skill_id, surface, surface, start, start + len(surface), confidence=confidence)


@pytest.mark.parametrize("mentions, evidence, asked", [
    ([_m("go", "Go", 0.55)], [], ["go"]),  # an ambiguous word on weak context: ask
    ([_m("python", "Python", 0.55)], [], []),  # weak context, but "Python" means nothing else here
    ([_m("sql", "SQL", 0.5)], [], []),
    ([_m("go", "Go", 0.55), _m("go", "golang", 0.5, 40)], [], []),  # also written unambiguously
    ([_m("go", "Go", 0.55)], [_m("go", "Go", 0.9, 40)], []),  # a confident repeat the judge kept as evidence
    ([_m("spark", "Spark", 0.6)], [], []),  # an alias this taxonomy does not call ambiguous
    ([_m("docker", "containers", 0.6)], [], ["docker"]),  # a phrase the gate mapped: not one of its names
])
def test_which_weak_mentions_are_asked(taxonomy, mentions, evidence, asked):
    got = weak_mentions(Extraction(mentions, kind="resume", evidence=evidence), taxonomy)
    assert [u.skill_ids[0] for u in got] == asked
    assert all(u.accepted and u.reason == "weak context" for u in got)


@pytest.mark.parametrize("category, noun_text", sorted(CATEGORY_NOUNS.items()))
def test_category_nouns_name_no_skill(category, noun_text):
    taxonomy = load_taxonomy(Settings().taxonomy_dir)  # the shipped taxonomy: a noun naming a skill gets the
    assert SkillLexicon.from_taxonomy(taxonomy).find(noun_text) == []  # question dropped as fabricated
