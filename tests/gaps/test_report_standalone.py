"""Downloaded reports stand alone: who, when, what target and which data in Markdown, PDF and JSON; clickable
course links in the PDF; text from postings and resumes inert in Markdown and PDF; safe file names."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from core.gaps.build import job_report, market_report
from core.gaps.inputs import JobRequirement, JobTarget
from core.gaps.profile import ProfileSkills
from core.gaps.render_md import render_markdown
from core.gaps.render_pdf import render_pdf
from core.gaps.report import render_json
from core.gaps.report_header import make_header, report_file_name
from core.taxonomy.models import Resource

DAY = date(2026, 12, 7)
SCRIPT = "<script>alert(1)</script>"
MD_LINK = "[click me](javascript:alert(1))"


def _pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pdf_uris(data: bytes) -> list[str]:
    uris = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and action.get("/S") == "/URI":
                uris.append(str(action["/URI"]))
    return uris


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)


TEXT_OF = {
    "md": lambda report, header: render_markdown(report, header),
    "pdf": lambda report, header: " ".join(_pdf_text(render_pdf(report, header)).split()),
    "json": lambda report, header: json.dumps(json.loads(render_json(report, header))["header"], ensure_ascii=False),
}


@pytest.fixture
def market(taxonomy, demand, segment):
    """A market report for a profile with Python and MySQL."""
    return market_report(ProfileSkills.from_levels({"python": 2, "mysql": 3}), segment, demand, taxonomy)


def _job(taxonomy, title="Platform Engineer", company="Acme"):
    reqs = (JobRequirement("docker", "required"), JobRequirement("kubernetes", "preferred"))
    return job_report(ProfileSkills(), JobTarget(42, title, company, "senior", reqs), taxonomy)


@pytest.mark.parametrize("fmt", list(TEXT_OF))
@pytest.mark.parametrize("demo", [True, False])
def test_every_format_says_who_when_what_and_which_data(market, fmt, demo):
    text = TEXT_OF[fmt](market, make_header("Maya Chen", "maya", DAY, demo))
    assert "Maya Chen" in text and "2026-12-07" in text
    assert f"Market segment: {market.target.label}" in text
    assert ("Demo data" in text) is demo
    assert ("Your postings" in text) is not demo
    assert "Template plan" in text  # the engine behind the roadmap, still said


@pytest.mark.parametrize("fmt", list(TEXT_OF))
def test_a_job_target_names_the_posting_and_company(taxonomy, fmt):
    text = TEXT_OF[fmt](_job(taxonomy), make_header(None, "Nurse profile", DAY, False))
    assert "Job posting: Platform Engineer · Acme (#42)" in text
    assert "Nurse profile" in text  # no name parsed: the profile's name


def test_json_header_fields(market):
    data = json.loads(render_json(market, make_header("Maya Chen", "maya", DAY, True)))
    assert data["header"] == {"prepared_for": "Maya Chen", "generated_on": "2026-12-07",
                              "target": f"Market segment: {market.target.label}", "dataset": "demo",
                              "data_note": data["header"]["data_note"], "roadmap_by": "Template plan"}
    assert data["dataset"] == "demo" and data["assumptions"]


@pytest.mark.parametrize("person, profile, expected", [
    ("Maya Chen", "maya", "Maya Chen"),
    (None, "Maya's profile", "Maya's profile"),
    ("   ", "  Maya   Chen ", "Maya Chen"),
    (None, None, "Unnamed profile"),
])
def test_prepared_for_falls_back_to_the_profile(person, profile, expected):
    assert make_header(person, profile, DAY, False).prepared_for == expected


def test_pdf_course_titles_are_clickable_links(taxonomy):
    report = _job(taxonomy)
    expected = {r.url for pair in report.courses.values() for r in pair}
    assert expected  # docker has a free and a paid course in the fixture
    assert set(_pdf_uris(render_pdf(report, make_header("Maya Chen", None, DAY, False)))) == expected


def test_pdf_links_only_http_urls(taxonomy):
    report = _job(taxonomy)
    bad = {sid: (Resource("Evil course", "X", "javascript:alert(1)", 1, False),) for sid in report.courses}
    data = render_pdf(replace(report, courses=bad), make_header("Maya Chen", None, DAY, False))
    assert _pdf_uris(data) == [] and "Evil course" in _pdf_text(data)


def _hostile_taxonomy(taxonomy):
    docker = replace(taxonomy.skills["docker"], name=f"Docker{SCRIPT}")
    return replace(taxonomy, skills={**taxonomy.skills, "docker": docker})


def test_markdown_makes_posting_and_skill_text_inert(taxonomy):
    report = _job(_hostile_taxonomy(taxonomy), title=f"Data Engineer {SCRIPT}", company=MD_LINK)
    markdown = render_markdown(report, make_header(f"Eve {SCRIPT}", None, DAY, True))
    html = _html(markdown)
    assert "<script" not in html and "<img" not in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith("https://") for h in hrefs)  # only the course links are links
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # title, skill, name: shown as written
    assert "Docker&lt;script&gt;" in html
    assert "[click me](javascript:alert(1))" in html  # the link text shows literally, no link
    assert "<script" not in markdown


def test_pdf_does_not_interpret_markup_from_data(taxonomy):
    title = '<a href="https://evil.example/">x</a> <b>bold</b> &amp;'
    data = render_pdf(_job(taxonomy, title=title), make_header(SCRIPT, None, DAY, False))
    assert "https://evil.example/" not in _pdf_uris(data)
    text = " ".join(_pdf_text(data).split())
    assert '<a href="https://evil.example/">x</a> <b>bold</b> &amp;' in text and SCRIPT in text


@pytest.mark.parametrize("person, profile, label, ext, expected", [
    ("Maya Chen", "Maya Chen", "Data Engineer", "pdf", "skillgap-maya-chen-data-engineer-2026-12-07.pdf"),
    (None, "Maya Chen", "Data Engineer · Seattle · senior", "md",
     "skillgap-maya-chen-data-engineer-seattle-senior-2026-12-07.md"),
    ("José Núñez", None, "Enfermero/a · Clínica Sur", "json", "skillgap-jose-nunez-enfermero-a-clinica-sur-2026-12-07.json"),
    (None, "../../etc/passwd", "<script>x</script>", "pdf", "skillgap-etc-passwd-script-x-script-2026-12-07.pdf"),
    (None, None, "Data Engineer", "pdf", "skillgap-unnamed-profile-data-engineer-2026-12-07.pdf"),
])
def test_file_names_carry_profile_target_and_date(market, person, profile, label, ext, expected):
    report = replace(market, target=replace(market.target, label=label))
    assert report_file_name(make_header(person, profile, DAY, False), report, ext) == expected


def test_file_name_is_bounded_and_safe(market):
    report = replace(market, target=replace(market.target, label="x" * 500 + "/\\:*?\"<>|"))
    name = report_file_name(make_header("y" * 300, None, DAY, False), report, "pdf")
    assert len(name) <= 120 and set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-.")
