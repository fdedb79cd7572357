"""Table-driven extraction cases: boundaries, longest match, special tokens, case and ambiguity rules."""

from __future__ import annotations

import pytest

from core.skills.extract import EXTRACTOR_VERSION, Extractor, make_extractor

CASES = [
    # (text, kind, [(skill_id, surface), ...] in text order)
    ("5 years of Go and Kubernetes", "job", [("go", "Go"), ("kubernetes", "Kubernetes")]),
    ("We need a go to market strategy", "job", []),
    ("Go to market strategy with Salesforce", "job", [("salesforce", "Salesforce")]),
    ("Go-to-market plans and Salesforce", "job", [("salesforce", "Salesforce")]),
    ("Let's go live next week with Docker", "job", [("docker", "Docker")]),
    ("She kept an ember of hope", "job", []),
    ("Ember of hope is our motto", "job", []),
    ("He is a chef in a restaurant", "job", []),
    ("Our head chef loves Python", "job", [("python", "Python")]),
    ("Applications for spring 2024 are open", "job", []),
    ("Spring 2024 intake, apply now", "job", []),
    ("Join our R&D department", "job", []),
    ("Google and JavaScript experts", "job", [("javascript", "JavaScript")]),
    ("Java-EE and Java", "job", [("java", "Java-EE"), ("java", "Java")]),
    ("C++, C# and .NET", "job", [("cpp", "C++"), ("csharp", "C#"), ("dotnet", ".NET")]),
    ("C#/.NET developer", "job", [("csharp", "C#"), ("dotnet", ".NET")]),
    ("Node.js and CI/CD pipelines", "job", [("nodejs", "Node.js"), ("ci_cd", "CI/CD")]),
    ("ASP.NET but not Node", "job", [("dotnet", "ASP.NET")]),
    ("Python, Java, C, C++ and R", "job",
     [("python", "Python"), ("java", "Java"), ("c", "C"), ("cpp", "C++"), ("r", "R")]),
    ("java, c, c++", "job", [("java", "java"), ("c", "c"), ("cpp", "c++")]),
    ("Experience with Chef, Puppet and Ansible", "job",
     [("chef", "Chef"), ("puppet", "Puppet"), ("ansible", "Ansible")]),
    ("React and Redux on the web", "job", [("react", "React"), ("redux", "Redux")]),
    ("We react quickly to incidents", "job", []),
    ("Swift developer for iOS apps", "job", [("swift", "Swift")]),
    ("a swift response", "job", []),
    ("Spring Boot and Spring", "job", [("spring_boot", "Spring Boot"), ("spring", "Spring")]),
    ("John R. Smith is a Python developer", "job", [("python", "Python")]),
    ("Grade C students welcome", "job", []),
    ("Rust programming with tokio", "job", [("rust", "Rust")]),
    ("Removing rust from old cars", "job", []),
    ("express your ideas clearly", "job", []),
    ("Express your ideas clearly to the Salesforce team", "job", [("salesforce", "Salesforce")]),
    ("Node.js with Express middleware", "job", [("nodejs", "Node.js"), ("express", "Express")]),
    ("it is important to work in IT support", "job", [("information_technology", "IT")]),
    ("Machine Learning (ML) engineer", "job", [("machine_learning", "Machine Learning"), ("machine_learning", "ML")]),
    ("machine\nlearning", "job", [("machine_learning", "machine\nlearning")]),
    ("machine, learning", "job", []),
    ("javascriptframework and gopher", "job", []),
    ("Python3 and py scripts", "job", [("python", "Python3"), ("python", "py")]),
    ("#python and k8s.", "job", [("python", "python"), ("kubernetes", "k8s")]),
    ("Skills\ngo, r, java", "resume", [("go", "go"), ("r", "r"), ("java", "java")]),
    ("Summary\nI like to go hiking and r&d", "resume", []),
    ("Knowledge of R and statistics", "job", [("r", "R")]),
    ("Plan A, Plan B, Plan C", "job", []),
    ("A) Python B) SQL C) Docker", "job", [("python", "Python"), ("sql", "SQL"), ("docker", "Docker")]),
    ("Kubernetes teams work closely", "job", [("kubernetes", "Kubernetes")]),
    ("Docker, Teams and Slack bots", "job", [("docker", "Docker"), ("microsoft_teams", "Teams")]),
    ("Technologies\njava spring docker\nJob description", "job",
     [("java", "java"), ("spring", "spring"), ("docker", "docker")]),
    ("See https://github.com/go/python-r or mail go@r.com", "job", []),
    ("B2B sales with a CRM", "job", [("sales", "B2B sales")]),
    ("Experience in sales and CRM pipeline work", "job", [("sales", "sales")]),
    ("The sales of the product grew", "job", []),
    ("We write unit tests for the frontend", "job", [("unit_testing", "unit tests"), ("front_end", "frontend")]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_extraction_cases(extractor, text, kind, expected):
    mentions = extractor.extract(text, kind).mentions
    assert [(m.skill_id, m.surface) for m in mentions] == expected
    for m in mentions:
        assert text[m.start:m.end] == m.surface


def test_rejected_ambiguous_candidates_are_explained(extractor):
    extraction = extractor.extract("our go to market plan and a chef", "job")
    reasons = {r["skill_id"]: r["reason"] for r in extraction.diagnostics["rejected"]}
    assert set(reasons) == {"go", "chef"}
    assert all(reasons.values())
    assert extraction.diagnostics["counts"]["rejected"] == 2


def test_extractor_satisfies_protocol_and_versions(extractor, taxonomy):
    assert isinstance(extractor, Extractor)
    assert extractor.version == f"{EXTRACTOR_VERSION}+{taxonomy.version}+{extractor.index.fingerprint}"
    assert len(extractor.index.fingerprint) == 6
    assert extractor.model_id == "gazetteer"
    default = make_extractor(taxonomy)  # the resume judge over the context model over the gazetteer
    assert (type(default).__name__, type(default.wrapped).__name__) == ("ResumeJudge", "ContextExtractor")


def test_unknown_kind_is_refused(extractor):
    with pytest.raises(ValueError):
        extractor.extract("Python", "email")


@pytest.mark.parametrize(
    ("text", "confidence_order"),
    [("Python and Go and Kubernetes", ("python", "go"))],
)
def test_ambiguous_mentions_get_lower_confidence(extractor, text, confidence_order):
    by_id = {m.skill_id: m.confidence for m in extractor.extract(text, "job").mentions}
    strong, weak = confidence_order
    assert by_id[strong] > by_id[weak]


def test_version_changes_when_the_taxonomy_content_changes(taxonomy):
    from dataclasses import replace

    from core.skills.gazetteer import GazetteerExtractor
    from core.taxonomy.models import Taxonomy

    same = GazetteerExtractor(Taxonomy(skills=dict(taxonomy.skills), version=taxonomy.version))
    edited_skills = dict(taxonomy.skills)
    edited_skills["python"] = replace(edited_skills["python"], aliases=("py", "python3", "cpython"))
    edited = GazetteerExtractor(Taxonomy(skills=edited_skills, version=taxonomy.version))
    assert same.version == GazetteerExtractor(taxonomy).version
    assert edited.version != same.version
