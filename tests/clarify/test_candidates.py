"""rejected_candidates: which rejected extractor decisions become clarification questions."""

from __future__ import annotations

import pytest

from core.clarify.candidates import rejected_candidates
from core.skills.models import Extraction
from core.skills.resume_judge import JUDGE_REJECTED


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
