"""ResumeJudge: jobs untouched, resume mentions kept / dropped / added by the tagger, degrade paths; tagger helpers."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from core.skills.contextual import ContextExtractor
from core.skills.extract import MAX_VERSION_LEN, Extractor
from core.skills.resume_judge import ArtifactSource, ResumeJudge, judged_version
from core.skills.resume_tagger import (DEFAULT_TAGGER_PATH, Tagged, TaggerUnavailable, decode_spans, read_meta,
                                       span_scores, windows)
from tests.skills.conftest import stub_sections

RESUME = ("SKILLS\nPython, Docker, Kubernetes\n\n"
          "EXPERIENCE\nDeployed services with Docker and ran Scrum ceremonies for the team.\n")
JOB = "Requirements:\nPython and Docker, Kubernetes a plus.\n"


class StubTagger:
    """Words are the pieces; a piece inside one of `hot` (character ranges) is B/I with probability 0.9."""

    version = "rt1.stub00"

    def __init__(self, hot: list[tuple[int, int]], keep: float = 0.5, add: float = 0.5) -> None:
        self.hot, self.meta, self.calls = hot, {"keep": keep, "add": add}, 0

    def tag(self, text: str) -> Tagged:
        self.calls += 1
        offsets = np.array([m.span() for m in re.finditer(r"\w+|[^\w\s]", text)], np.int64).reshape(-1, 2)
        probs = np.tile([0.95, 0.04, 0.01], (len(offsets), 1))
        for i, (a, b) in enumerate(offsets):
            if any(a < e and s < b for s, e in self.hot):
                inside_before = i > 0 and any(s < offsets[i - 1][1] <= e and offsets[i - 1][0] >= s
                                              for s, e in self.hot)
                probs[i] = [0.1, 0.1, 0.8] if inside_before else [0.1, 0.8, 0.1]
        return Tagged(offsets, probs)


class StubSource:
    """A source serving a stub tagger (or failing to load)."""

    def __init__(self, tagger=None, error: str | None = None) -> None:
        self.tagger, self.error, self.loads = tagger, error, 0

    def version(self):
        return ("rt1.stub00", "") if self.tagger or self.error else (None, "no tagger")

    def load(self):
        self.loads += 1
        if self.error:
            raise TaggerUnavailable(self.error)
        return self.tagger


def span_of(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    """Character range of the nth occurrence of `word`."""
    starts = [m.start() for m in re.finditer(re.escape(word), text)]
    return starts[nth], starts[nth] + len(word)


@pytest.fixture()
def wrapped(taxonomy):
    """The context extractor without a model (gazetteer mentions, literal gate) over the fixture taxonomy."""
    return ContextExtractor(taxonomy, None, splitter=stub_sections)


def test_jobs_pass_through_untouched_and_nothing_loads(wrapped):
    source = StubSource(StubTagger([]))
    judge = ResumeJudge(wrapped, source)
    assert isinstance(judge, Extractor)
    got, plain = judge.extract(JOB, "job").to_dict(), wrapped.extract(JOB, "job").to_dict()
    assert got["diagnostics"].pop("extractor") == judge.version  # the version the cache stores it under
    plain["diagnostics"].pop("extractor")
    assert got == plain
    assert source.loads == 0


def test_resume_mentions_are_kept_and_added_by_the_tagger(wrapped):
    hot = [span_of(RESUME, "Python"), span_of(RESUME, "Docker", 0), span_of(RESUME, "Scrum ceremonies")]
    tagger = StubTagger(hot)
    judge = ResumeJudge(wrapped, StubSource(tagger))
    before = wrapped.extract(RESUME, "resume")
    assert {m.surface for m in before.mentions} >= {"Python", "Docker", "Kubernetes"}
    got = judge.extract(RESUME, "resume")
    # taxonomy mentions are never dropped (the listed-skill floor): Kubernetes stays although the tagger is cold
    assert [(m.surface, m.skill_id, m.start) for m in got.mentions] == [
        ("Python", "python", hot[0][0]), ("Docker", "docker", hot[1][0]),
        ("Kubernetes", "kubernetes", span_of(RESUME, "Kubernetes")[0]),
        ("Docker", "docker", span_of(RESUME, "Docker", 1)[0]), ("Scrum ceremonies", None, hot[2][0])]
    by_surface = {m.surface: m.confidence for m in got.mentions}
    assert by_surface["Python"] == pytest.approx(0.95)  # the tagger's probability backs it
    added = got.mentions[-1]
    assert added.section == "experience" and RESUME[added.start:added.end] == added.surface
    assert added.confidence == pytest.approx(0.9)  # the span's mean probability (no gate confidence to cap it)
    assert [(r["surface"], r["decision"]) for r in got.diagnostics["mapping"]][-1:] == [("Scrum ceremonies",
                                                                                      "emerging")]
    d = got.diagnostics["resume_judge"]
    assert (d["loaded"], d["version"], d["kept"], d["dropped"], d["added"]) == (True, "rt1.stub00", 4, 0, 1)
    assert not [r for r in got.diagnostics.get("rejected", []) if r["reason"].startswith("resume judge")]
    assert got.diagnostics["counts"]["mentions"] == 5
    judge.extract(RESUME, "resume")
    assert tagger.calls == 2  # loaded once, tagged per resume


class EmergingWrapped:
    """A wrapped extractor whose resume extraction holds one taxonomy mention and one open-vocabulary span."""

    version, model_id = "stub-1", "stub"

    def extract(self, text, kind):
        from core.skills.models import Extraction, SkillMention

        a, b = span_of(text, "Python")
        c, d = span_of(text, "Scrum ceremonies")
        return Extraction([SkillMention("python", "Python", "Python", a, b, confidence=0.6),
                           SkillMention(None, "Scrum ceremonies", "Scrum ceremonies", c, d, confidence=0.6)],
                          kind, diagnostics={"counts": {"mentions": 2}})


@pytest.mark.parametrize("hot_words, kept", [
    (["Python", "Scrum ceremonies"], ["Python", "Scrum ceremonies"]),
    (["Python"], ["Python"]),  # an open-vocabulary span the tagger does not back is dropped ...
    ([], ["Python"]),  # ... a taxonomy skill never is
])
def test_only_open_vocabulary_mentions_are_dropped(hot_words, kept):
    tagger = StubTagger([span_of(RESUME, w) for w in hot_words], keep=0.5, add=1.0)
    got = ResumeJudge(EmergingWrapped(), StubSource(tagger)).extract(RESUME, "resume")
    assert [m.surface for m in got.mentions] == kept
    judged = [r["surface"] for r in got.diagnostics.get("rejected", []) if r["reason"].startswith("resume judge")]
    assert judged == [s for s in ["Scrum ceremonies"] if s not in kept]


@pytest.mark.parametrize("keep, add, surfaces", [
    (0.0, 1.0, ["Python", "Docker", "Kubernetes", "Docker"]),  # keep everything, add nothing: the wrapped mentions
    (0.5, 1.0, ["Python", "Docker", "Kubernetes", "Docker"]),  # taxonomy mentions stay whatever the threshold
    (0.95, 0.5, ["Python", "Docker", "Kubernetes", "Docker", "Scrum ceremonies"]),  # plus the tagger's own span
])
def test_thresholds_come_from_the_tagger(wrapped, keep, add, surfaces):
    tagger = StubTagger([span_of(RESUME, "Python"), span_of(RESUME, "Scrum ceremonies")], keep, add)
    got = ResumeJudge(wrapped, StubSource(tagger)).extract(RESUME, "resume")
    assert [m.surface for m in got.mentions] == surfaces


def test_missing_artifact_degrades_to_the_wrapped_extractor(wrapped, tmp_path):
    judge = ResumeJudge(wrapped, ArtifactSource(tmp_path / "none.safetensors"))
    assert judge.version == wrapped.version and judge.model_id == wrapped.model_id
    got = judge.extract(RESUME, "resume")
    assert [m.surface for m in got.mentions] == [m.surface for m in wrapped.extract(RESUME, "resume").mentions]
    d = got.diagnostics["resume_judge"]
    assert d["loaded"] is False and d["fallback"] == "wrapped" and "no resume tagger" in d["reason"]


def test_a_failing_load_degrades_and_says_why(wrapped):
    source = StubSource(error="torch import failed")
    judge = ResumeJudge(wrapped, source)
    for _ in range(2):
        d = judge.extract(RESUME, "resume").diagnostics["resume_judge"]
        assert d == {"loaded": False, "reason": "torch import failed", "fallback": "wrapped"}
    assert source.loads == 1  # not retried per resume


def test_version_names_the_tagger_and_the_wrapped_extractor():
    wrapped = "ctx-3.m2.1e363f+tax-2026.11.1+e2f406"
    v = judged_version("rt1.abcdef", wrapped)
    assert v.startswith("rt1.abcdef.") and v.endswith("+tax-2026.11.1+e2f406") and len(v) <= MAX_VERSION_LEN
    assert v != judged_version("rt1.abcdef", wrapped.replace("1e363f", "000000"))
    assert v != judged_version("rt1.000000", wrapped)


@pytest.mark.parametrize("n, size, stride, expected", [
    (0, 4, 2, [(0, 0)]), (3, 4, 2, [(0, 3)]), (4, 4, 2, [(0, 4)]),
    (7, 4, 3, [(0, 4), (3, 7)]), (9, 4, 3, [(0, 4), (3, 7), (5, 9)]),
])
def test_windows_cover_every_piece(n, size, stride, expected):
    assert windows(n, size, stride) == expected


O, B, I = [0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]


@pytest.mark.parametrize("offsets, probs, spans", [
    ([(0, 4), (5, 9), (10, 14)], [B, I, O], [(0, 9)]),
    ([(0, 4), (5, 9), (10, 14)], [B, B, O], [(0, 4), (5, 9)]),  # a B-leaning word opens a new span
    ([(0, 4), (4, 7), (8, 12)], [B, B, O], [(0, 7)]),  # pieces of one word never split
    ([(0, 4), (5, 9), (10, 14)], [I, O, I], [(0, 4), (10, 14)]),
    ([(0, 4)], [O], []),
])
def test_decode_spans(offsets, probs, spans):
    assert decode_spans(np.array(offsets), np.array(probs), 0.5) == spans


def test_span_scores_average_the_pieces_of_a_span():
    offsets, probs = np.array([(0, 4), (5, 9)]), np.array([[0.2, 0.8, 0.0], [0.6, 0.0, 0.4]])
    assert span_scores(offsets, probs, [(0, 9), (5, 9), (20, 30)]) == pytest.approx([0.6, 0.4, 0.0])


def test_read_meta_checks_the_format(tmp_path):
    from safetensors.numpy import save_file

    good, bad = tmp_path / "good.safetensors", tmp_path / "bad.safetensors"
    save_file({"head.bias": np.zeros(3, np.float16)}, str(good),
              metadata={"format": json.dumps("rt1"), "version": json.dumps("rt1.abc123"), "keep": "0.1"})
    save_file({"head.bias": np.zeros(3, np.float16)}, str(bad), metadata={"format": json.dumps("rt0")})
    assert read_meta(good) == {"format": "rt1", "version": "rt1.abc123", "keep": 0.1}
    assert ArtifactSource(good).version() == ("rt1.abc123", "")
    with pytest.raises(TaggerUnavailable, match="format"):
        read_meta(bad)
    version, reason = ArtifactSource(bad).version()
    assert version is None and "format" in reason


@pytest.mark.skipif(not DEFAULT_TAGGER_PATH.is_file(), reason="no shipped resume tagger (python -m core "
                    "train-resume-tagger)")
def test_shipped_tagger_loads_and_tags_with_exact_offsets():
    from core.skills.resume_tagger import load_tagger

    tagger = load_tagger()
    assert DEFAULT_TAGGER_PATH.stat().st_size <= 15_000_000
    assert 0.0 <= tagger.meta["keep"] <= 1.0 and 0.0 <= tagger.meta["add"] <= 1.0
    text = "SKILLS\nPython (3 years), SQL, Docker\nManaged a team of five."
    tagged = tagger.tag(text)
    assert tagged.probs.shape == (len(tagged.offsets), 3)
    assert np.allclose(tagged.probs.sum(axis=1), 1.0, atol=1e-3)
    assert all(0 <= a < b <= len(text) and text[a:b].strip() == text[a:b] for a, b in tagged.offsets)
    assert {text[a:b].lower() for a, b in tagged.offsets} >= {"python", "sql"}  # "Docker" is two wordpieces
    spans = decode_spans(tagged.offsets, tagged.probs, float(tagger.meta["add"]))
    assert any(text[a:b] == "SQL" for a, b in spans)
    # "Python" sits on the 0.5 "add" edge (0.505 under bf16, 0.496 in fp32, by CPU); well above "keep" either way
    (score,) = span_scores(tagged.offsets, tagged.probs, [(text.index("Python"), text.index("Python") + 6)])
    assert score >= float(tagger.meta["keep"])


def test_artifact_bytes_are_deterministic_and_readable(tmp_path):
    from safetensors.numpy import load_file

    from core.skills.resume_tagger_training import safetensors_bytes

    arrays = {"head.weight": np.arange(6, dtype=np.float32).reshape(3, 2), "head.bias": np.ones(3, np.float32)}
    meta = {"version": json.dumps("rt1.abc123"), "format": json.dumps("rt1"), "keep": "0.2"}
    payload = safetensors_bytes(arrays, meta)
    assert payload == safetensors_bytes(dict(reversed(arrays.items())), dict(reversed(meta.items())))
    path = tmp_path / "t.safetensors"
    path.write_bytes(payload)
    loaded = load_file(str(path))
    assert loaded["head.weight"].dtype == np.float16 and np.array_equal(loaded["head.weight"], arrays["head.weight"])
    assert read_meta(path)["keep"] == 0.2


class SameObject:
    """A wrapped extractor that hands out one memoised Extraction object (as a cache might)."""

    def __init__(self, inner) -> None:
        self.inner, self.version, self.model_id, self.memo = inner, inner.version, inner.model_id, {}
        self.gate, self.gazetteer = inner.gate, inner.gazetteer

    def extract(self, text, kind):
        return self.memo.setdefault((text, kind), self.inner.extract(text, kind))


@pytest.mark.parametrize("source", [StubSource(StubTagger([(7, 13)])), StubSource(error="broken")])
def test_the_wrapped_extraction_is_never_modified(wrapped, source):
    same = SameObject(wrapped)
    before = same.extract(RESUME, "resume").to_dict()
    ResumeJudge(same, source).extract(RESUME, "resume")
    assert same.extract(RESUME, "resume").to_dict() == before
