"""In a real browser: create a profile, upload a two-page PDF resume, see skill chips and highlighted evidence."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "screenshots" / "resume.png"

CONTACT = ["Priya Sharma", "priya.sharma@example.com  |  +91 98765 43210  |  Pune, India",
           "linkedin.com/in/priya-sharma-data"]
PAGE_ONE = [
    ("SUMMARY", ["Data engineer with 7 years of experience building reliable batch and streaming pipelines "
                 "for analytics teams. Comfortable from ingestion to dashboards."]),
    ("EXPERIENCE", []),
    ("Senior Data Engineer, Acme Analytics", ["Jan 2021 - Present"]),
    (None, ["• Built batch pipelines in Python and SQL on PostgreSQL, cutting nightly load time by 40%.",
            "• Orchestrated 120 daily jobs with Apache Airflow and deployed services with Docker on Kubernetes.",
            "• Migrated the warehouse to AWS (S3, Redshift) and set up CI/CD with GitHub Actions.",
            "• Mentored three engineers; presented results to stakeholders every sprint (Agile, Scrum)."]),
    ("Data Engineer, Beta Retail", ["Jun 2017 - Dec 2020"]),
    (None, ["• Wrote Spark jobs in Scala and Python to process 2 TB of clickstream data per day.",
            "• Modelled sales data in dbt and built Tableau dashboards used by 200 analysts.",
            "• Tuned PostgreSQL queries and introduced data quality tests with pytest."]),
]
PAGE_TWO = [
    ("EDUCATION", ["B.Tech, Computer Science, University of Pune, 2013 - 2017"]),
    ("PROJECTS", ["Open-source contributor to a Kafka connector for PostgreSQL change data capture."]),
    ("SKILLS", ["Python, SQL, Scala, Apache Spark, Airflow, Kafka, PostgreSQL, Docker, Kubernetes, AWS, Terraform, "
                "Git, Tableau, Communication, Leadership"]),
]


def two_page_resume_pdf() -> bytes:
    """A realistic two-page resume (page break before education), drawn with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = [Paragraph(CONTACT[0], styles["Title"])] + [Paragraph(line, styles["Normal"]) for line in CONTACT[1:]]

    def block(items):
        for heading, lines in items:
            story.append(Spacer(1, 8))
            if heading:
                style = styles["Heading2"] if heading.isupper() else styles["Heading4"]
                story.append(Paragraph(heading, style))
            story.extend(Paragraph(line, styles["Normal"]) for line in lines)

    block(PAGE_ONE)
    story.append(PageBreak())
    block(PAGE_TWO)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="Priya Sharma - Resume").build(story)
    return buf.getvalue()


def _settle(page) -> None:
    """Wait until the script run is over (no stale elements, no running indicator)."""
    page.wait_for_function("document.querySelectorAll('[data-stale=\"true\"]').length === 0")
    page.get_by_test_id("stStatusWidget").wait_for(state="hidden")


def _full_page_screenshot(page, path: Path) -> None:
    """Streamlit scrolls inside its main container, so grow the viewport to the content first."""
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": 1440, "height": int(height)})
    _settle(page)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))


def test_upload_pdf_and_see_skills_with_evidence(streamlit_server, page, tmp_path):
    from playwright.sync_api import expect

    pdf = tmp_path / "priya_sharma_resume.pdf"
    pdf.write_bytes(two_page_resume_pdf())

    page.goto(streamlit_server)
    expect(page.get_by_text("Create a profile in the sidebar to start.")).to_be_visible()

    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_label("Profile name").fill("Priya")
    sidebar.get_by_role("button", name="Create profile").click()
    expect(page.get_by_text("No resume for")).to_be_visible()

    page.locator("input[type=file]").set_input_files(str(pdf))
    expect(page.get_by_text(re.compile(r"skills found")).first).to_be_visible()
    expect(page.get_by_role("tab", name="Full text")).to_be_visible()
    _settle(page)

    chips = page.locator(".sg-chip")
    for name in ("Python", "PostgreSQL", "Docker", "Kubernetes"):
        expect(chips.filter(has_text=re.compile(rf"^{name}\s*\d*$"))).to_have_count(1)
    expect(page.locator(".sg-group-label", has_text="Programming languages").first).to_be_visible()

    metrics = page.get_by_test_id("stMetric")
    expect(metrics.filter(has_text="Most recent title")).to_contain_text("Senior Data Engineer")
    expect(metrics.filter(has_text="Total experience")).to_contain_text(re.compile(r"\d+(\.\d)? years"))
    expect(page.get_by_text("Priya Sharma", exact=True).first).to_be_visible()

    docker = page.get_by_test_id("stExpander").filter(has=page.locator("summary", has_text="Docker · "))
    docker.locator("summary").click()
    mark = docker.locator("mark.sg-mark").first
    expect(mark).to_have_text("Docker")
    expect(docker.locator(".sg-evidence-text").first).to_contain_text("deployed services with Docker on")

    page.wait_for_timeout(600)  # the expander's opening animation, for the picture only (not an assertion)
    _full_page_screenshot(page, SCREENSHOT)
    assert SCREENSHOT.stat().st_size > 10_000
