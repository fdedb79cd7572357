"""FVS fabrication checks: which taxonomy skills a text names, and which of them are outside the allowed set."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pydantic import BaseModel

from core.llm.fvs import SkillLexicon, mentioned_skills, skill_guard, strings_in, unknown_skill_mentions
from core.taxonomy.models import Skill, Taxonomy


def _built(skill_id: str, name: str, *, aliases=(), ambiguous_forms=()) -> SimpleNamespace:
    """A skill as the taxonomy build writes it (with `ambiguous_forms`)."""
    return SimpleNamespace(id=skill_id, name=name, aliases=aliases, ambiguous=True, ambiguous_forms=ambiguous_forms)


def _taxonomy() -> Taxonomy:
    skills = [
        Skill("python", "Python", "programming_language"),
        _built("go", "Go", aliases=("golang",), ambiguous_forms=("Go",)),
        _built("r", "R", ambiguous_forms=("R",)),
        Skill("rust", "Rust", "programming_language"),
        Skill("cpp", "C++", "programming_language"),
        Skill("kubernetes", "Kubernetes", "devops", aliases=("k8s",)),
        Skill("ci_cd", "CI/CD", "devops"),
        Skill("nodejs", "Node.js", "framework"),
        Skill("machine_learning", "Machine Learning", "data_ml", aliases=("ML",)),
        Skill("ml_ops", "Machine Learning Ops", "data_ml", aliases=("MLOps",)),
        Skill("docker", "Docker", "devops"),
        _built("spring", "Spring Boot", aliases=("spring",), ambiguous_forms=("spring",)),
        Skill("it_support", "IT", "tool"),
    ]
    return Taxonomy(skills={s.id: s for s in skills})


LEX = SkillLexicon.from_taxonomy(_taxonomy())

CASES = [
    ("Learn Python and Kubernetes", ["python", "kubernetes"]),
    ("Deploy to k8s, then Node.js.", ["kubernetes", "nodejs"]),
    ("Use C++ and CI/CD pipelines", ["cpp", "ci_cd"]),
    ("set up ci-cd and CI CD", ["ci_cd"]),
    ("Machine Learning Ops first, then machine learning", ["ml_ops", "machine_learning"]),
    ("Python's typing module", ["python"]),
    ("pythonic code, rustic charm", []),
    ("Practise Go concurrency", ["go"]),
    ("write golang services", ["go"]),
    ("Go through the basics first.", []),
    ("Then go over the notes.", []),
    ("- Go deeper into testing", []),
    ("Statistics in R and Python", ["r", "python"]),
    ("Plan B, plan r", []),
    ("Build a Spring service with Spring Boot", ["spring"]),
    ("this spring semester", []),
    ("Ask the IT helpdesk, but it is fine", ["it_support"]),
    ("", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] or "empty" for c in CASES])
def test_mentioned_skills(text, expected):
    assert mentioned_skills(text, LEX) == expected


@pytest.mark.parametrize("text", [c[0] for c in CASES if c[1]])
def test_hits_index_the_original_text(text):
    for hit in LEX.find(text):
        assert text[hit.start:hit.end] == hit.surface


def test_unknown_mentions_are_the_skills_outside_the_allowed_set():
    text = "Start with Python, then Rust, Docker and Go services."
    assert unknown_skill_mentions(text, {"python", "docker"}, LEX) == ["rust", "go"]
    assert unknown_skill_mentions(text, {"python", "docker", "rust", "go"}, LEX) == []


def test_plain_surface_form_mapping_works_too():
    forms = _taxonomy().surface_forms()
    assert unknown_skill_mentions("Kubernetes and K8S and Rust", {"kubernetes"}, forms) == ["rust"]


class Week(BaseModel):
    title: str
    tasks: list[str]


class Plan(BaseModel):
    weeks: list[Week]
    summary: str


def test_skill_guard_reads_every_string_in_a_model():
    plan = Plan(weeks=[Week(title="Docker basics", tasks=["Containerise a Python app", "Try Rust"])], summary="ok")
    guard = skill_guard({"docker", "python"}, LEX, scope="your gaps")
    assert guard(plan) == ['it names "Rust" (Rust), which is not among your gaps']
    assert guard("Docker, then Python") == []


def test_strings_in_walks_nested_containers():
    assert strings_in({"a": ["x", {"b": ("y", 3)}], "c": None}) == ["x", "y"]


@pytest.mark.parametrize("text, expected", [
    ("use Golang and Go", ["go"]),
    ("go golang", []),
    ("use GOLANG", ["go"]),
])
def test_without_declared_forms_every_one_word_form_of_an_ambiguous_skill_needs_capitals(text, expected):
    skill = Skill("go", "Go", "programming_language", aliases=("golang",), ambiguous=True)
    assert mentioned_skills(text, SkillLexicon.from_taxonomy(Taxonomy(skills={"go": skill}))) == expected
