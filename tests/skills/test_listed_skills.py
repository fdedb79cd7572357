"""The shipped extractor finds skills a text plainly lists, whatever harmless text or markup surrounds them
(issue 18: the context model used to drop "BI: Looker, Tableau" and every skill after "Posting #4.")."""

from __future__ import annotations

import pytest

from core.config import TAXONOMY_DIR
from core.skills.extract import make_extractor
from core.skills.markup import mask_markup

REQUIREMENTS = {"python", "apache_spark", "excel", "linux", "apache_airflow"}


@pytest.fixture(scope="module")
def shipped():
    """The default extractor (context model, resume judge) over data/taxonomy."""
    load = pytest.importorskip("core.taxonomy.load").load_taxonomy
    if not (TAXONOMY_DIR / "skills").is_dir():
        pytest.skip("data/taxonomy/skills not built")
    return make_extractor(load(TAXONOMY_DIR))


JOB_CASES = [
    ("Requirements: Python, Apache Spark, Excel, Linux, Airflow.", REQUIREMENTS),
    ("Posting #4. Requirements: Python, Apache Spark, Excel, Linux, Airflow.", REQUIREMENTS),
    ("<p>Requirements: Python, Apache Spark, Excel, Linux, Airflow.</p>", REQUIREMENTS),
    ("<ul><li>Python</li><li>Apache Spark</li><li>Excel</li><li>Linux</li><li>Airflow</li></ul>", REQUIREMENTS),
    ("Requirements: Python, Apache Spark, Excel, Linux, Airflow and <b>Docker</b>.", REQUIREMENTS | {"docker"}),
    ("Requirements: Python, Apache Spark, Excel, Linux, Airflow &amp; Docker.", REQUIREMENTS | {"docker"}),
    ("We run everything on Kubernetes (k8s) and ship charts with Helm.", {"kubernetes", "helm"}),
    ("Maintained SQL Server stored procedures.", {"sql_server", "stored_procedures"}),
    ("Design pipelines that land data in our Snowflake warehouse.", {"snowflake"}),
    ("Own our go to market plan; start date Spring 2025.", set()),
]


@pytest.mark.parametrize(("text", "expected"), JOB_CASES, ids=[c[0][:40] for c in JOB_CASES])
def test_listed_skills_in_postings(shipped, text, expected):
    mentions = shipped.extract(text, "job").mentions
    found = {m.skill_id for m in mentions if m.skill_id}
    assert expected <= found
    assert "go" not in found and "spring" not in found
    assert all(text[m.start:m.end] == m.surface for m in mentions)  # offsets index the text as given


RESUME = """Dana Whitfield
Senior Data Engineer

SKILLS
Languages: Python, SQL
BI: Looker, Tableau
Infrastructure: Kubernetes (k8s), Helm

EXPERIENCE
Data Engineer, Acme — Jan 2019 – Present
- Deployed pipelines with Helm; built streaming jobs in Flink writing to ClickHouse.
- Rewrote the event collector in Go, cutting latency by 80%.
- Wrote ETL in pandas and Excel reports for finance; led code reviews and mentoring.
"""


def test_listed_skills_in_a_resume(shipped):
    found = {m.skill_id for m in shipped.extract(RESUME, "resume").mentions if m.skill_id}
    assert {"python", "sql", "looker", "tableau", "kubernetes", "helm", "apache_flink", "clickhouse", "go",
            "pandas", "excel", "etl", "code_review", "mentoring"} <= found


@pytest.mark.parametrize(("text", "masked"), [
    ("<p>Python</p>", "\n  Python\n   "),
    ("<b>Docker</b> &amp; Go", "   Docker     &     Go"),
    ("no markup: a < b & c > d", "no markup: a < b & c > d"),
    ("<!-- x --><li>SQL", "          \n   SQL"),
])
def test_markup_is_blanked_without_moving_offsets(text, masked):
    assert mask_markup(text) == masked and len(mask_markup(text)) == len(text)


@pytest.mark.parametrize(("line", "header"), [
    ("Data Engineer, Acme Analytics — Jan 2019 – Present", True),
    ("Senior Nurse | St Mary's Hospital | 2016-2021", True),
    ("Data Engineer, Acme Analytics", False),
    ("Data Engineer, Acme Analytics\nJan 2020 - Dec 2023", True),  # dates on the line below
    ("- Cut warehouse costs by 30% between 2019 and 2021 by rewriting the nightly jobs in Spark and dbt models", False),
])
def test_role_header_lines(line, header):
    from core.skills.shape import on_role_header

    assert on_role_header(f"EXPERIENCE\n{line}\nmore", len("EXPERIENCE\n") + 3) is header


def test_an_employer_on_a_role_line_is_not_a_skill(shipped):
    text = RESUME.replace("Data Engineer, Acme — Jan 2019 – Present", "Data Engineer, Acme Analytics — Jan 2019 – Present")
    names = {m.name for m in shipped.extract(text, "resume").mentions}
    assert "Acme Analytics" not in names and "Python" in names


def test_a_posting_title_and_its_benefits_are_not_requirements(shipped):
    text = ("We are hiring a Backend Engineer to join our payments team.\n"
            "Requirements:\n- Python and PostgreSQL\n- Solid backend development experience\n"
            "What we offer:\n- Relocation support and visa sponsorship\n")
    mentions = shipped.extract(text, "job").mentions
    titled = [m.surface for m in mentions if m.skill_id == "backend_development"]
    assert titled == ["backend development"]  # the requirement, not the "Backend Engineer" title
    assert {"python", "postgresql"} <= {m.skill_id for m in mentions}
    assert "immigration_compliance" not in {m.skill_id for m in mentions}
