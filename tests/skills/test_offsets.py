"""Offsets are exact for every mention, whatever the text: unicode, tabs, CRLF, NBSP, zero-width characters."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from core.evaluation.datasets import load_dotin, load_skillspan
from core.skills.normalize import normalize, normalize_form

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
SURFACES = [
    "Python", "python", "Go", "golang", "C++", "C#", ".NET", "ASP.NET", "Node.js", "CI/CD", "ci-cd", "R", "C",
    "Kubernetes", "k8s", "AWS", "Amazon Web Services", "machine learning", "Machine\tLearning", "Spring Boot",
    "React", "react.js", "JavaScript", "Java", "SQL", "Ｐｙｔｈｏｎ", "İT", "ML",
]
FILLER = [
    "and", "or", "with", "the", "go", "to", "market", "years", "of", "5+", "experience", "Google", "javascripts",
    "naïve", "café", "ﬁle", "straße", "🙂", "—", "R&D", "e.g.", "etc.", "(", ")", ",", ";", ":", "/", "-",
]
SEPARATORS = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u200b", ", ", " / ", "\u2003", ". "]


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 40)):
        parts.append(rng.choice(SURFACES if rng.random() < 0.4 else FILLER))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def _check(extractor, text: str, kind: str) -> int:
    extraction = extractor.extract(text, kind)
    forms = {f.key: f.skill_id for f in extractor.index.forms}
    for m in extraction.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert forms[normalize_form(m.surface)] == m.skill_id
    return len(extraction.mentions)


def test_offsets_exact_on_generated_texts(extractor):
    rng = random.Random(20261121)
    found = sum(_check(extractor, _random_text(rng), rng.choice(["job", "resume"])) for _ in range(600))
    assert found > 500  # the generator really exercises matching


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Python,\r\n\tGo\u00a0and  Ｃ++ ﬁne Java", ["Python", "Go", "Ｃ++", "Java"]),
        ("İstanbul team: Python\u200b and Kubernetes", ["Python", "Kubernetes"]),
        ("🙂🙂 Machine\r\nLearning — k8s", ["Machine\r\nLearning", "k8s"]),
        ("Straße, café; C#/.NET.", ["C#", ".NET"]),
    ],
)
def test_offsets_exact_with_unicode_and_whitespace(extractor, text, surfaces):
    mentions = extractor.extract(text, "job").mentions
    assert [m.surface for m in mentions] == surfaces
    assert all(text[m.start:m.end] == m.surface for m in mentions)


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("C#/.NET and Node.js.", "c# .net and node.js "),
        ("Python,\r\nGo\tand  R&D", "python  go and r&d"),
        ("CI/CD ci-cd", "ci cd ci cd"),
        ("#python e.g. etc.)", " python e.g  etc  "),
        ("Ｃ++ ﬁle", "c++ file"),
    ],
)
def test_normalize_table(text, norm):
    assert normalize(text).norm == norm


def test_normalize_span_maps_back():
    text = "ﬁ  İx\u200bPython"
    nt = normalize(text)
    ns = nt.norm.index("python")
    assert nt.span(ns, ns + 6) == (text.index("Python"), len(text))
    assert text[slice(*nt.span(0, 2))] == "ﬁ"


def _shared_docs():
    docs = []
    if (SHARED / "skillspan" / "dev.jsonl").is_file():
        docs += load_skillspan(SHARED / "skillspan" / "dev.jsonl")
    if (SHARED / "dotin_resumes" / "train.jsonl").is_file():
        docs += load_dotin(SHARED / "dotin_resumes" / "train.jsonl", limit=80)
    return docs


def test_offsets_exact_on_shared_documents(extractor):
    docs = _shared_docs()
    if not docs:
        pytest.skip("../shared/data (SkillSpan dev, dotin resumes) not present")
    assert sum(_check(extractor, d.text, d.kind) for d in docs) > 100
