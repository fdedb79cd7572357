"""The gazetteer over the project taxonomy (data/taxonomy): the ambiguous words both ways, special tokens."""

from __future__ import annotations

import pytest

from core.config import TAXONOMY_DIR
from core.skills.gazetteer import GazetteerExtractor


@pytest.fixture(scope="module")
def real_extractor():
    """Extractor over data/taxonomy (skips when the taxonomy or its loader is missing)."""
    load = pytest.importorskip("core.taxonomy.load", reason="core.taxonomy.load not available").load_taxonomy
    if not (TAXONOMY_DIR / "skills").is_dir():
        pytest.skip("data/taxonomy/skills not built")
    return GazetteerExtractor(load(TAXONOMY_DIR))


CASES = [
    ("5 years of Go and Kubernetes", {"go", "kubernetes"}),
    ("Our go to market strategy", {"go_to_market_strategy"}),  # a skill, but never the Go language
    ("Let's go to the office and go live", set()),
    ("She kept an ember of hope", set()),
    ("He is a chef in a restaurant", set()),
    ("Applications for spring 2024 are open", set()),
    ("Join our R&D department", set()),
    ("Google and JavaScript experts", {"javascript"}),
    ("C#/.NET developer with Node.js and CI/CD", {"csharp", "dotnet", "nodejs", "ci_cd"}),
    ("Python, Java, C, C++ and R", {"python", "java", "c", "cpp", "r"}),
    ("Experience with Chef, Puppet and Ansible", {"chef", "puppet", "ansible"}),
    ("Our DevOps teams make decisions quickly", {"devops"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_real_taxonomy_cases(real_extractor, text, expected):
    mentions = real_extractor.extract(text, "job").mentions
    assert {m.skill_id for m in mentions} == expected
    assert all(text[m.start:m.end] == m.surface for m in mentions)


def test_version_names_code_and_taxonomy(real_extractor):
    assert real_extractor.version.startswith("gaz-2+")
    assert real_extractor.taxonomy.version in real_extractor.version
    assert len(real_extractor.version) <= 40
