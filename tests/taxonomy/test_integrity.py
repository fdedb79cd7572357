"""Integrity of the shipped taxonomy: counts, ids, surface forms, references, cycles, ambiguity."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from core.taxonomy.models import CATEGORIES

SLUG = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


def test_counts(taxonomy):
    skills = taxonomy.skills.values()
    assert len(taxonomy.skills) >= 1500
    assert sum(len(s.aliases) for s in skills) >= 3000
    assert sum(1 for s in skills if 3 <= len(s.key_concepts) <= 6) >= 150
    assert len(taxonomy.resources) >= 300
    assert 35 <= len(taxonomy.role_families) <= 40  # 16 tech + 19 labour-market families (+ up to 3 more)
    assert re.fullmatch(r"tax-\d{4}\.\d{1,2}\.\d+", taxonomy.version)


def test_ids_names_categories_and_hours(taxonomy):
    used = Counter()
    for sid, skill in taxonomy.skills.items():
        assert sid == skill.id and SLUG.match(sid), sid
        assert skill.name.strip() == skill.name and skill.name, sid
        assert skill.category in CATEGORIES, sid
        assert 1 <= skill.hours <= 500, sid
        assert all(a.strip() == a and a for a in skill.aliases), sid
        used[skill.category] += 1
    assert set(used) == set(CATEGORIES)
    assert min(used.values()) >= 40


def test_no_surface_form_shared_by_two_skills(taxonomy):
    owner: dict[str, str] = {}
    clashes = []
    for skill in taxonomy.skills.values():
        forms = [f.lower() for f in (skill.name, *skill.aliases)]
        assert len(forms) == len(set(forms)), f"duplicate form inside {skill.id}"
        for form in forms:
            if form in owner:
                clashes.append((form, owner[form], skill.id))
            owner[form] = skill.id
    assert clashes == []


def test_key_concepts_sizes(taxonomy):
    bad = [s.id for s in taxonomy.skills.values() if s.key_concepts and not 3 <= len(s.key_concepts) <= 6]
    assert bad == []


@pytest.mark.parametrize("sid", [
    "python", "javascript", "java", "sql", "react", "kubernetes", "docker", "aws", "machine_learning",
    "postgresql", "git", "terraform", "pandas", "communication", "agile", "system_design", "figma",
])
def test_top_skills_have_key_concepts(taxonomy, sid):
    assert 3 <= len(taxonomy.skills[sid].key_concepts) <= 6


def test_references_exist(taxonomy):
    known = set(taxonomy.skills)
    for skill in taxonomy.skills.values():
        assert set(skill.prerequisites) <= known, skill.id
        assert set(skill.related) <= known, skill.id
        assert skill.id not in skill.prerequisites and skill.id not in skill.related
    for family in taxonomy.role_families.values():
        assert set(family.core_skills) <= known, family.id
        assert set(family.optional_skills) <= known, family.id


def test_related_is_symmetric(taxonomy):
    for skill in taxonomy.skills.values():
        for other in skill.related:
            assert skill.id in taxonomy.skills[other].related, (skill.id, other)


def test_no_prerequisite_cycles(taxonomy):
    state: dict[str, int] = {}

    def visit(node: str) -> None:
        assert state.get(node) != 1, f"prerequisite cycle through {node}"
        if state.get(node) == 2:
            return
        state[node] = 1
        for nxt in taxonomy.skills[node].prerequisites:
            visit(nxt)
        state[node] = 2

    for sid in taxonomy.skills:
        visit(sid)


@pytest.mark.parametrize("sid, prereq", [
    ("kubernetes", "docker"), ("pandas", "python"), ("react", "javascript"), ("typescript", "javascript"),
    ("spring_boot", "java"), ("django", "python"), ("pyspark", "apache_spark"),
])
def test_expected_prerequisites(taxonomy, sid, prereq):
    assert prereq in taxonomy.skills[sid].prerequisites


@pytest.mark.parametrize("a, b", [
    ("mysql", "postgresql"), ("aws", "google_cloud"), ("aws", "azure"), ("pytorch", "tensorflow"),
])
def test_expected_related(taxonomy, a, b):
    assert b in taxonomy.skills[a].related


@pytest.mark.parametrize("surface, sid", [
    ("k8s", "kubernetes"), ("js", "javascript"), ("ts", "typescript"), ("pg", "postgresql"),
    ("postgres", "postgresql"), ("tf", "terraform"), ("gcp", "google_cloud"), ("ml", "machine_learning"),
    ("nlp", "natural_language_processing"), ("aws", "aws"), ("react.js", "react"), ("reactjs", "react"),
    ("node", "nodejs"), ("nodejs", "nodejs"), ("sklearn", "scikit_learn"), ("golang", "go"),
    ("c#", "csharp"), ("c++", "cpp"), ("ci/cd", "ci_cd"), ("rest api", "rest_api"),
    ("machine learning", "machine_learning"), ("natural language processing", "natural_language_processing"),
    ("unit testing", "unit_testing"), ("data visualization", "data_visualization"),
    ("stakeholder management", "stakeholder_management"), ("problem solving", "problem_solving"),
    ("power bi", "power_bi"), ("ms excel", "excel"), ("gen ai", "generative_ai"),
])
def test_surface_forms(taxonomy, surface, sid):
    assert taxonomy.surface_forms()[surface] == sid


@pytest.mark.parametrize("form", [
    "go", "r", "c", "swift", "react", "spring", "rust", "express", "chef", "puppet", "ember", "flask", "dart",
    "julia", "ruby", "rails", "elixir", "spark", "hive", "pig", "salt", "excel", "access", "word",
    "jest", "mocha", "chai", "shell", "bash", "angular", "lambda", "snowflake", "oracle", "english",
])
def test_common_word_forms_are_flagged(taxonomy, form):
    sid = taxonomy.surface_forms()[form]
    skill = taxonomy.skills[sid]
    assert skill.ambiguous and form in skill.ambiguous_forms and skill.context


@pytest.mark.parametrize("form", [
    "make", "teams", "aurora", "redundancy", "analytics", "ui", "aes", "reporting", "epic", "sage", "pals", "bls",
    "vat", "ca", "aca", "send", "sen", "picking", "wiring", "framing", "reception", "marking", "inclusion", "pos",
])
def test_common_words_never_plain_aliases(taxonomy, form):
    """A form that is also an everyday word ("make sure", "analytics teams", "Aurora, CO", "redundancy
    consultation", "SEND" the verb) is either no surface at all or flagged ambiguous with a context list."""
    sid = taxonomy.surface_forms().get(form)
    if sid is not None:
        skill = taxonomy.skills[sid]
        assert form in skill.ambiguous_forms and skill.context, (form, sid)


@pytest.mark.parametrize("surface, sid", [
    ("month-end close", "month_end_close"), ("balance sheet reconciliations", "balance_sheet_reconciliation"),
    ("frs 102", "frs_102"), ("acca", "acca"), ("triage", "triage"), ("acls", "acls"), ("wound care", "wound_care"),
    ("lesson planning", "lesson_planning"), ("google classroom", "google_classroom"), ("fmla", "fmla"),
    ("bamboohr", "bamboohr"), ("cycle counting", "cycle_counting"), ("reach truck", "reach_truck"),
    ("nebosh", "nebosh"), ("meddpicc", "sales_methodologies"), ("ahrefs", "ahrefs"), ("cash handling", "cash_handling"),
])
def test_occupation_surface_forms(taxonomy, surface, sid):
    assert taxonomy.surface_forms()[surface] == sid


def test_every_category_has_a_label():
    from core.resumes import CATEGORY_LABELS

    assert set(CATEGORIES) <= set(CATEGORY_LABELS)


@pytest.mark.parametrize("form", ["java", "python", "ansible", "vue", "matlab", "kubernetes", "golang", "pyspark"])
def test_unambiguous_forms_are_not_flagged(taxonomy, form):
    skill = taxonomy.skills[taxonomy.surface_forms()[form]]
    assert form not in skill.ambiguous_forms


def test_ambiguity_fields_consistent(taxonomy):
    for skill in taxonomy.skills.values():
        forms = {f.lower() for f in (skill.name, *skill.aliases)}
        assert skill.ambiguous == bool(skill.ambiguous_forms), skill.id
        assert set(skill.ambiguous_forms) <= forms, skill.id
        if skill.ambiguous:
            assert skill.context, skill.id


def test_no_bare_common_words_as_unflagged_aliases(taxonomy):
    risky = {"the", "and", "work", "team", "data", "was", "it", "dr", "ha", "san",
             "ad", "ids", "rn", "pr", "cv", "mean", "next", "nest", "operators", "tax", "pricing", "research"}
    unflagged = {f.lower(): s.id for s in taxonomy.skills.values() for f in (s.name, *s.aliases)
                 if f.lower() not in s.ambiguous_forms}
    assert risky & set(unflagged) == set()


def test_resources_complete_and_well_formed(taxonomy):
    for sid, (free, paid) in taxonomy.resources.items():
        assert sid in taxonomy.skills
        assert free.paid is False and paid.paid is True, sid
        for res in (free, paid):
            assert res.url.startswith("https://") and res.title and res.provider, sid
            assert 1 <= res.hours <= 400, sid


def test_role_family_skills_have_curated_resources(taxonomy):
    # The 16 tech families (listed first); the labour-market families' skills use the fallback (search) resources
    # until curated ones are written.
    tech = list(taxonomy.role_families.values())[:16]
    needed = {s for f in tech for s in (*f.core_skills, *f.optional_skills)}
    assert needed - set(taxonomy.resources) == set()


def test_role_families_shape(taxonomy):
    for family in taxonomy.role_families.values():
        assert SLUG.match(family.id)
        assert re.fullmatch(r"\d{2}-\d{4}\.\d{2}", family.onet_soc), family.id
        assert 12 <= len(family.core_skills) <= 20, family.id
        assert 10 <= len(family.optional_skills) <= 20, family.id
        assert not set(family.core_skills) & set(family.optional_skills), family.id
        keywords = (*family.title_keywords, *family.generic_keywords)
        assert keywords and all(k == k.lower().strip() for k in keywords), family.id
