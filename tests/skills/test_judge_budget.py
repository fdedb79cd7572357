"""The resume tagger reads a bounded prefix (issue 24.6: 1M characters cost minutes of forward passes).

Work is counted, not timed: the tagger windows (and, with the real tokenizer, the model's forward calls) stay
the same whether the resume is 100k or 1M characters; past the budget the keyword extraction stands and the
resume carries a plain warning. Within the budget (a real resume, up to a 15-page CV) the mentions are exactly
those of the unbounded judge (budget = infinity).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest

from core.config import Settings
from core.context import AppContext
from core.profiles import create_profile
from core.resumes import add_resume_text
from core.skills.contextual import ContextExtractor
from core.skills.models import Extraction, SkillMention
from core.skills.resume_judge import LONG_WARNING, TAGGER_BUDGET_CHARS, ArtifactSource, ResumeJudge, tagger_cut
from core.skills.resume_tagger import Tagged, windows
from tests.skills.conftest import stub_sections
from tests.skills.test_judge_linear import HOT, resume

DOCS = Path(__file__).resolve().parents[1] / "product" / "documents"


class CountingTagger:
    """Words are pieces, HOT words B at 0.9; counts the characters and the 128/64 windows it is given."""

    version = "rt1.stub00"
    meta = {"keep": 0.5, "add": 0.5}

    def __init__(self) -> None:
        self.chars, self.windows, self.hot = [], [], HOT

    def tag(self, text: str) -> Tagged:
        words = list(re.finditer(r"\w+|[^\w\s]", text))
        self.chars.append(len(text))
        self.windows.append(len(windows(len(words), 128, 64)))
        offsets = np.array([m.span() for m in words], np.int64).reshape(-1, 2)
        probs = np.array([[0.05, 0.9, 0.05] if m.group() in self.hot else [0.95, 0.04, 0.01] for m in words])
        return Tagged(offsets, probs.reshape(-1, 3))


class Source:
    def __init__(self, tagger) -> None:
        self.tagger = tagger

    def version(self):
        return self.tagger.version, ""

    def load(self):
        return self.tagger


def long_resume(chars: int) -> str:
    """`chars` characters of dated roles; Ansible and an open-vocabulary 'Scrum ceremonies' only at the very end."""
    tail = "\nPROJECTS\nAutomated the fleet with Ansible; ran Scrum ceremonies.\n"
    body = resume(chars // 200 + 2)
    return body[:chars - len(tail)] + tail


def mentions(extraction: Extraction) -> list[tuple]:
    return [(m.skill_id, m.surface, m.start, m.end, m.confidence, m.years, m.section, m.level)
            for m in extraction.mentions]


def test_a_million_characters_tag_only_the_budget_and_say_so(taxonomy):
    tagger = CountingTagger()
    judge = ResumeJudge(ContextExtractor(taxonomy, None, splitter=stub_sections), Source(tagger))
    small, big = long_resume(100_000), long_resume(1_000_000)
    judge.extract(small, "resume")
    got = judge.extract(big, "resume")
    assert tagger.chars[0] == tagger.chars[1] <= TAGGER_BUDGET_CHARS  # the same prefix, whatever the length
    assert tagger.windows[0] == tagger.windows[1]
    read = tagger.chars[1]
    bounded = got.diagnostics["resume_judge"]["bounded"]
    assert (bounded["chars"], bounded["read"]) == (1_000_000, read) and bounded["unjudged"] > 1000
    assert got.diagnostics["warnings"] == [
        f"This document is very long (1,000,000 characters): the first {read:,} characters were read in full "
        "depth, the rest by keyword matching."]
    # past the budget the keyword path stands: the skill named only at the end is found, every taxonomy mention kept
    assert "ansible" in {m.skill_id for m in got.mentions if m.start > read}
    assert len([m for m in got.mentions if m.end > read]) == bounded["unjudged"]


class OpenWrapped:
    """A taxonomy mention (Python) and an open-vocabulary one (Scrum ceremonies) per occurrence."""

    version, model_id = "stub-1", "stub"

    def extract(self, text, kind):
        found = [SkillMention("python", "Python", "Python", m.start(), m.end(), confidence=0.6)
                 for m in re.finditer("Python", text)]
        found += [SkillMention(None, "Scrum ceremonies", "Scrum ceremonies", m.start(), m.end(), confidence=0.6)
                  for m in re.finditer("Scrum ceremonies", text)]
        return Extraction(sorted(found, key=lambda m: m.start), kind, diagnostics={"counts": {"mentions": 0}})


@pytest.mark.parametrize("hot, budget, kept", [
    ([], math.inf, [("Python", 0), ("Python", 1)]),  # a cold tagger drops both open-vocabulary phrases
    (["Scrum", "ceremonies"], math.inf,
     [("Python", 0), ("Scrum ceremonies", 0), ("Python", 1), ("Scrum ceremonies", 1)]),
    # past the budget: the taxonomy mention stands unjudged, the open-vocabulary phrase is not shown unvetted
    (["Scrum", "ceremonies"], 60, [("Python", 0), ("Scrum ceremonies", 0), ("Python", 1)]),
])
def test_past_the_budget_taxonomy_mentions_stand(hot, budget, kept):
    text = "Built pipelines in Python; ran Scrum ceremonies.\n" * 2
    tagger = CountingTagger()
    tagger.hot = set(hot)
    got = ResumeJudge(OpenWrapped(), Source(tagger), budget=budget).extract(text, "resume")
    assert [(m.surface, m.start // 50) for m in got.mentions] == kept
    assert got.diagnostics["resume_judge"].get("bounded", {}).get("unvetted", 0) == (budget < len(text))


class EmptyWrapped:
    version, model_id = "stub-1", "stub"

    def extract(self, text, kind):
        return Extraction([], kind, diagnostics={"counts": {"mentions": 0}})


def test_the_real_tagger_runs_a_bounded_number_of_forward_passes():
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from transformers import AutoTokenizer

    from core.embeddings import default_model_path
    from core.skills.resume_tagger import ResumeTagger

    class Model:
        """Counts forward calls and windows; hidden states of zeros."""

        calls = rows = 0

        def __call__(self, input_ids, attention_mask):
            Model.calls, Model.rows = Model.calls + 1, Model.rows + len(input_ids)
            return type("Out", (), {"last_hidden_state": torch.zeros(*input_ids.shape, 8)})()

    try:
        tokenizer = AutoTokenizer.from_pretrained(str(default_model_path()))
    except Exception as exc:  # noqa: BLE001 - no packaged base model here
        pytest.skip(f"no base tokenizer: {exc}")
    tagger = ResumeTagger(tokenizer, Model(), torch.nn.Linear(8, 3), {"size": 128, "stride": 64, "version": "t",
                                                                      "keep": 0.5, "add": 0.5}, False)
    judge = ResumeJudge(EmptyWrapped(), Source(tagger))
    counts = []
    for chars in (100_000, 1_000_000):
        Model.calls = Model.rows = 0
        judge.extract(long_resume(chars), "resume")
        counts.append((Model.calls, Model.rows))
    assert counts[0] == counts[1], counts
    assert counts[1][1] <= TAGGER_BUDGET_CHARS // 64  # windows of 128 pieces every 64: < 1 per 64 characters


def realistic(chars: int) -> str:
    """The product resumes cycled up to `chars` characters."""
    docs = [p.read_text(encoding="utf8") for p in sorted(DOCS.glob("*_resume*.txt"))]
    out, i = [], 0
    while sum(map(len, out)) < chars:
        out.append(docs[i % len(docs)].rstrip() + "\n\n")
        i += 1
    return "".join(out)[:chars]


@pytest.mark.parametrize("chars", [10_000, 40_000])
def test_a_real_resume_is_judged_as_without_a_budget(taxonomy, chars):
    text = realistic(chars)
    wrapped = ContextExtractor(taxonomy, None, splitter=stub_sections)
    bounded = ResumeJudge(wrapped, Source(CountingTagger())).extract(text, "resume")
    unbounded = ResumeJudge(wrapped, Source(CountingTagger()), budget=math.inf).extract(text, "resume")
    assert mentions(bounded) == mentions(unbounded) and len(bounded.mentions) >= chars // 2000
    assert bounded.to_dict() == unbounded.to_dict()  # diagnostics too: no warning, no "bounded"
    assert "warnings" not in bounded.diagnostics and "bounded" not in bounded.diagnostics["resume_judge"]


def test_the_shipped_tagger_on_a_10k_resume_gives_the_unbounded_mentions(taxonomy):
    source = ArtifactSource()
    if source.version()[0] is None:
        pytest.skip(source.version()[1])
    text = realistic(10_000)
    wrapped = ContextExtractor(taxonomy, None, splitter=stub_sections)
    bounded = ResumeJudge(wrapped, source).extract(text, "resume")
    unbounded = ResumeJudge(wrapped, source, budget=math.inf).extract(text, "resume")
    assert bounded.diagnostics["resume_judge"]["loaded"] is True, bounded.diagnostics["resume_judge"]
    assert mentions(bounded) == mentions(unbounded)


@pytest.mark.parametrize("text, budget, cut", [
    ("short", 10, 5),  # within the budget: everything
    ("aaaa bbbb cccc\ndddd eeee", 20, 14),  # back to the last line break in the budget's second half
    ("aaaa bbbb cccc dddd eeee", 20, 19),  # else the last space
    ("a" * 30, 20, 20),  # else exactly the budget
    ("a\n" + "b" * 30, 20, 20),  # a line break in the first half is too far back
])
def test_tagger_cut(text, budget, cut):
    assert tagger_cut(text, budget) == cut


def test_the_resume_page_gets_the_warning(engine, taxonomy, tmp_path):
    judge = ResumeJudge(ContextExtractor(taxonomy, None, splitter=stub_sections), Source(CountingTagger()),
                        budget=2_000)
    ctx = AppContext(Settings(data_dir=tmp_path), engine, taxonomy, judge)
    text = realistic(10_000)
    view = add_resume_text(ctx, create_profile(engine, "Long").id, text)
    read = view.extraction.diagnostics["resume_judge"]["bounded"]["read"]
    assert LONG_WARNING.format(chars=len(text), read=read) in view.warnings
    assert read <= 2_000
