"""The resume judge's work grows linearly with the resume (issue 24: 1M characters took 200 s, quadratic).

Work is counted, not timed: Python line events in core/skills (the judge, span scores, levels and role years run
there) plus the elements numpy compares on the tagger's piece offsets. Doubling the resume from 2x to 4x blocks
must at most ~double the work; the old code compared every tagger span with every kept mention and every role
with every occurrence (ratio ~3.5-4).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from core.skills import resume_tagger
from core.skills.contextual import ContextExtractor
from core.skills.intervals import Intervals
from core.skills.resume_judge import ResumeJudge
from core.skills.resume_tagger import Tagged, span_scores
from tests.skills.conftest import stub_sections
from tests.skills.line_events import count_lines

SKILLS_DIR = str(Path(resume_tagger.__file__).resolve().parent)
HOT = {"Python", "Docker", "Kubernetes", "Terraform", "Snowflake", "Airflow", "Looker", "dbt"}
BLOCK = """Data Engineer {i}, Acme {i} Ltd
Jan {y} - Dec {y2}
- Built Snowflake and Airflow pipelines in Python; deployed them with Docker on Kubernetes.
- Wrote Terraform modules and Looker dashboards; dbt models for {n} analysts.

"""


def resume(blocks: int) -> str:
    """A resume with `blocks` dated roles (years and numbers varied per block)."""
    roles = "".join(BLOCK.format(i=i, y=1990 + i % 30, y2=1991 + i % 30, n=5 + i) for i in range(blocks))
    return f"Ana Lima\nData Engineer\n\nSKILLS\nPython, Docker, Kubernetes, Terraform\n\nEXPERIENCE\n{roles}"


class Counted(np.ndarray):
    """Piece offsets that count the elements every numpy ufunc on them touches."""

    touched = 0

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        Counted.touched += sum(x.size for x in inputs if isinstance(x, np.ndarray))
        plain = [np.asarray(x) if isinstance(x, Counted) else x for x in inputs]
        return getattr(ufunc, method)(*plain, **kwargs)


class WordTagger:
    """Words are pieces (built in linear time); HOT words are B with probability 0.9."""

    version = "rt1.stub00"
    meta = {"keep": 0.5, "add": 0.5}

    def tag(self, text: str) -> Tagged:
        words = list(re.finditer(r"\w+|[^\w\s]", text))
        offsets = np.array([m.span() for m in words], np.int64).reshape(-1, 2).view(Counted)
        probs = np.array([[0.05, 0.9, 0.05] if m.group() in HOT else [0.95, 0.04, 0.01] for m in words])
        return Tagged(offsets, probs)


class Source:
    def __init__(self) -> None:
        self.tagger = WordTagger()

    def version(self):
        return "rt1.stub00", ""

    def load(self):
        return self.tagger


def work(judge: ResumeJudge, text: str) -> int:
    """Line events in core/skills plus offset elements compared while judging `text`."""
    Counted.touched = 0
    extraction, lines = count_lines(SKILLS_DIR, lambda: judge.extract(text, "resume"))
    assert extraction.diagnostics["resume_judge"]["loaded"] is True
    assert extraction.diagnostics["resume_judge"]["kept"] >= 4 * text.count("Data Engineer") - 8
    return lines + Counted.touched


def test_judge_work_grows_linearly_with_the_resume(taxonomy):
    judge = ResumeJudge(ContextExtractor(taxonomy, None, splitter=stub_sections), Source())
    judge.extract(resume(2), "resume")  # first call: lazy loads outside the count
    small, large = work(judge, resume(40)), work(judge, resume(80))
    assert large / small <= 2.5, (small, large)


@pytest.mark.parametrize("spans", [
    [(0, 3), (2, 9), (10, 10), (40, 60), (100, 200), (0, 1000)],
    [(5, 6)], [],
])
def test_intervals_answer_like_a_scan(spans):
    taken = Intervals(spans)
    for a in range(-2, 210, 3):
        for b in (a, a + 1, a + 7, a + 50):
            assert taken.overlaps(a, b) == any(s < b and a < e for s, e in spans), (a, b)


@pytest.mark.parametrize("ordered", [True, False])
def test_span_scores_equal_the_scan_of_every_piece(ordered):
    rng = np.random.default_rng(7)
    starts = np.sort(rng.integers(0, 500, 120)) if ordered else rng.integers(0, 500, 120)
    ends = starts + rng.integers(0, 6, 120)
    offsets = np.stack([starts, np.maximum.accumulate(ends) if ordered else ends], 1)
    probs = rng.dirichlet([1, 1, 1], 120)
    spans = [(int(a), int(a + w)) for a, w in zip(rng.integers(0, 520, 60), rng.integers(0, 30, 60))]
    inside = 1.0 - probs[:, 0]
    expected = []
    for start, end in spans:
        idx = np.nonzero((offsets[:, 1] > start) & (offsets[:, 0] < end))[0]
        expected.append(float(inside[idx].mean()) if len(idx) else 0.0)
    assert span_scores(offsets, probs, spans) == expected
