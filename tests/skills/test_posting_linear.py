"""Job posting extraction grows linearly with the description (issue 24: 200 KB took ~12 s, 2 MB over 300 s).

Work is counted, not timed. The old code scanned the whole line per candidate in four places - the reranker's
gazetteer-range counts (core.skills.rerank) and its surface count over the posting, the list-line check of
ambiguous candidates (core.skills.gazetteer) and the role-header check of unmapped spans (core.skills.shape) -
and the BiLSTM built a steps x lines index matrix (core.skills.neural): one long line beside many short ones was
quadratic in memory. Counted here: Python line events in core/skills plus the characters read through the text's
str methods and slices; numpy bytes allocated (tracemalloc) for the BiLSTM.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from core.skills import rerank
from core.skills.contextual import ContextExtractor
from core.skills.lines import Lines
from core.skills.model import cached_model
from core.skills.rerank_index import LineRanges, surface_counts
from tests.skills.conftest import stub_sections
from tests.skills.line_events import count_lines

SKILLS_DIR = str(Path(rerank.__file__).resolve().parent)
PARAGRAPH = ("Team {i} builds payment services in Python and Go with Docker on Kubernetes; you will use React and "
             "Redux on the frontend, Spring Boot and Java on the backend, Kafka Connect and Temporal for workflows, "
             "Chef or Ansible for servers and AWS for hosting, with {n} engineers in Lisbon. ")


def posting(paragraphs: int) -> str:
    """A description pasted without line breaks: `paragraphs` varied paragraphs on one line after a title."""
    body = "".join(PARAGRAPH.format(i=i, n=3 + i % 17) for i in range(paragraphs))
    return f"Senior Backend Engineer\n{body}\n"


class Scanned(str):
    """The posting text; counts the characters its find / rfind / count / split and slices read."""

    read = 0

    def _range(self, args) -> int:
        start = args[1] if len(args) > 1 and args[1] is not None else 0
        end = args[2] if len(args) > 2 and args[2] is not None else len(self)
        return max(0, min(end, len(self)) - max(start, 0))

    def find(self, *args):
        Scanned.read += self._range(args)
        return str.find(self, *args)

    def rfind(self, *args):
        Scanned.read += self._range(args)
        return str.rfind(self, *args)

    def count(self, *args):
        Scanned.read += self._range(args)
        return str.count(self, *args)

    def split(self, *args, **kwargs):
        Scanned.read += len(self)
        return str.split(self, *args, **kwargs)

    def __getitem__(self, key):
        got = str.__getitem__(self, key)
        Scanned.read += len(got)
        return got


@pytest.fixture(scope="module")
def extractor(taxonomy):
    """The context extractor with the real job model (reranker, BiLSTM, junctions) over the fixture taxonomy."""
    return ContextExtractor(taxonomy, cached_model(), splitter=stub_sections)


def work(extractor, text: str) -> int:
    """Line events in core/skills plus characters read through the text while extracting a job posting."""
    Scanned.read = 0
    extraction, lines = count_lines(SKILLS_DIR, lambda: extractor.extract(Scanned(text), "job"))
    assert extraction.diagnostics["model"]["loaded"] is True
    assert sum(m.skill_id == "kubernetes" for m in extraction.mentions) >= text.count("Kubernetes") - 2
    return lines + Scanned.read


def test_posting_work_grows_linearly_with_the_description(extractor):
    extractor.extract(posting(3), "job")  # first call: lazy loads outside the count
    small, large = work(extractor, posting(60)), work(extractor, posting(120))
    assert large / small <= 2.5, (small, large)


def bilstm_bytes(neural, long_line: int, short_lines: int) -> int:
    """Peak bytes numpy allocates while the BiLSTM reads one line of `long_line` words and `short_lines` lines of 5."""
    words = [f"w{i % 50}" for i in range(long_line + 5 * short_lines)]
    line = [0] * long_line + [1 + i // 5 for i in range(5 * short_lines)]
    codes = np.zeros(len(words), np.int64)
    neural.log_probs(words, codes, line)  # row caches filled outside the count
    tracemalloc.start()
    try:
        neural.log_probs(words, codes, line)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_bilstm_memory_grows_linearly_when_a_long_line_meets_many_short_ones():
    neural = cached_model().kinds["job"].neural
    small, large = bilstm_bytes(neural, 2000, 400), bilstm_bytes(neural, 4000, 800)
    assert large / small <= 2.5, (small, large)


@pytest.mark.parametrize("words", [
    "a b a b a b", "a a a a a a a", "python sql python sql sql python", "x", "a b c a b c a b c a b",
])
def test_surface_counts_equal_str_count_over_the_joined_words(words):
    lows = words.split()
    joined = f" {' '.join(lows)} "
    spans = [(lo, hi) for lo in range(len(lows)) for hi in range(lo + 1, min(len(lows), lo + 4) + 1)]
    got = surface_counts(lows, spans)
    for lo, hi in spans:
        s = " ".join(lows[lo:hi])
        assert got[s] == min(joined.count(f" {s} "), 4), s


@pytest.mark.parametrize("ranges", [
    [(0, 2), (2, 3), (5, 9), (6, 7), (12, 13)], [(3, 4)], [(0, 12)], [(1, 3), (1, 5), (2, 3)],
])
def test_line_ranges_count_like_a_scan_of_the_line(ranges):
    line = [0] * 10 + [1] * 5
    counted = LineRanges(ranges, line)
    for lo in range(15):
        for hi in range(lo + 1, 16):
            near = [(a, b) for a, b in ranges if line[a] == line[lo]]
            inside = sum(1 for a, b in near if a >= lo and b <= hi)
            cross = sum(1 for a, b in near if a < hi and b > lo and not (a >= lo and b <= hi))
            assert counted.counts(line[lo], lo, hi) == (inside, cross), (lo, hi)


@pytest.mark.parametrize("text", ["", "one line", "a\nb c\n\n d  e \n", "\n\n", "x y\tz\n2019 - 2020\nend"])
def test_lines_answer_like_find_rfind_and_split(text):
    lines = Lines(text)
    for offset in range(len(text) + 1):
        lo, hi = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
        hi = len(text) if hi < 0 else hi
        assert (lines.start(offset), lines.end(offset)) == (lo, hi)
        assert lines.words(lo, hi) == len(text[lo:hi].split())
