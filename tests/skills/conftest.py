"""A small hand-built taxonomy for extraction tests (independent of data/taxonomy)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from core.skills.gazetteer import GazetteerExtractor
from core.taxonomy.models import Skill, Taxonomy

# id | Name | aliases | ambiguous | context
_ROWS = """
python | Python | py, python3 | 0 |
javascript | JavaScript | js, ecmascript | 0 |
typescript | TypeScript | ts | 0 |
java | Java | core java, java ee, java-ee | 0 |
go | Go | golang, go lang | 1 | golang, goroutine, goroutines, programming, language, concurrency
kubernetes | Kubernetes | k8s | 0 |
docker | Docker | | 0 |
aws | AWS | amazon web services, amazon-web-services | 0 |
gcp | GCP | google cloud platform, google cloud | 0 |
c | C | c language, ansi c | 1 | embedded, firmware, pointers, programming, microcontroller
cpp | C++ | cpp | 0 |
csharp | C# | c sharp | 0 |
dotnet | .NET | dotnet, asp.net | 0 |
nodejs | Node.js | nodejs, node js | 0 |
ci_cd | CI/CD | continuous integration, ci-cd | 0 |
r | R | r language, rlang | 1 | rstudio, tidyverse, ggplot2, cran, statistics, statistical
swift | Swift | swift language | 1 | ios, xcode, swiftui, iphone, macos
spring | Spring | spring framework | 1 | java, hibernate, jpa, maven, microservices
spring_boot | Spring Boot | | 0 |
react | React | react.js, reactjs | 1 | javascript, redux, jsx, frontend, hooks
redux | Redux | | 0 |
rust | Rust | rustlang | 1 | cargo, tokio, borrow checker, wasm
express | Express | express.js, expressjs | 1 | node, nodejs, node.js, middleware
chef | Chef | chef infra | 1 | ansible, puppet, cookbooks, configuration management
puppet | Puppet | | 1 | ansible, chef, configuration management
ansible | Ansible | | 0 |
ember | Ember | ember.js, emberjs | 1 | javascript, handlebars, frontend
sql | SQL | | 0 |
machine_learning | Machine Learning | ml | 0 |
terraform | Terraform | | 0 |
linux | Linux | | 0 |
information_technology | Information Technology | IT | 0 |
salesforce | Salesforce | | 0 |
sales | Sales | b2b sales | 1 | b2b, quota, crm, prospecting, pipeline
microsoft_teams | Microsoft Teams | ms teams, teams | 1 | microsoft, meetings, chat, office 365
unit_testing | Unit Testing | unit test | 0 |
front_end | Front End | | 0 |
"""
_CATEGORIES = {"sales": "analytics_business"}
_AMBIGUOUS_FORMS = {"microsoft_teams": ("teams",)}


@dataclass(frozen=True)
class StubSection:
    """Same shape as core.documents.sections.Section."""

    name: str
    start: int
    end: int
    heading: str | None = None


_HEADINGS = {
    "requirements": "requirements", "what you bring": "requirements", "nice to have": "nice_to_have",
    "bonus": "nice_to_have", "responsibilities": "responsibilities", "benefits": "benefits", "skills": "skills",
    "technical skills": "skills", "experience": "experience", "education": "education", "summary": "summary",
}
_HEADING_LINE = re.compile(r"^[ \t]*([A-Za-z ]+?)[ \t]*:?[ \t]*$", re.M)


def stub_sections(text: str, kind: str) -> list[StubSection]:
    """A heading-line splitter standing in for core.documents.sections in unit tests."""
    marks = [(m.start(), _HEADINGS[m.group(1).lower()], m.group(1)) for m in _HEADING_LINE.finditer(text)
             if m.group(1).lower() in _HEADINGS]
    first = "intro" if kind == "job" else "contact"
    out, prev, prev_name, prev_heading = [], 0, first, None
    for start, name, heading in marks:
        if start > prev:
            out.append(StubSection(prev_name, prev, start, prev_heading))
        prev, prev_name, prev_heading = start, name, heading
    out.append(StubSection(prev_name, prev, len(text), prev_heading))
    return out


def build_taxonomy() -> Taxonomy:
    """The fixture taxonomy (version 'test-1')."""
    skills = {}
    for line in _ROWS.strip().splitlines():
        sid, name, aliases, amb, context = [p.strip() for p in line.split("|")]
        skills[sid] = Skill(
            id=sid, name=name, category=_CATEGORIES.get(sid, "tool"),
            aliases=tuple(a.strip() for a in aliases.split(",") if a.strip()),
            ambiguous=amb == "1",
            ambiguous_forms=_AMBIGUOUS_FORMS.get(sid, (name.lower(),)) if amb == "1" else (),
            context=tuple(c.strip() for c in context.split(",") if c.strip()),
        )
    return Taxonomy(skills=skills, version="test-1")


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    """The fixture taxonomy."""
    return build_taxonomy()


@pytest.fixture(scope="session")
def extractor(taxonomy) -> GazetteerExtractor:
    """Gazetteer over the fixture taxonomy with a deterministic heading-based section splitter."""
    return GazetteerExtractor(taxonomy, splitter=stub_sections)
