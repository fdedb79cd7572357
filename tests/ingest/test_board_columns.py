"""LinkedIn / Indeed export columns and salary wordings (issue 20, Data page): table-driven."""

from __future__ import annotations

import csv

import pytest
from sqlmodel import Session, select

from core.db.models import JobPosting
from core.ingest.columns import detect_columns, row_to_record
from core.ingest.csv_source import CsvSource
from core.ingest.pipeline import ingest
from core.ingest.salary_text import SalaryText, parse_salary_text
from core.ingest.seniority_values import parse_seniority


@pytest.mark.parametrize("text, expected", [
    ("$140,000 - $175,000/yr", SalaryText(140000, 175000, "year", "USD")),
    ("$60–75K", SalaryText(60000, 75000, None, "USD")),
    ("£45k-£55k a year", SalaryText(45000, 55000, "year", "GBP")),
    ("$35 - $45 an hour", SalaryText(35, 45, "hour", "USD")),
    ("140000-175000", SalaryText(140000, 175000, None, None)),
    ("$120K – $150K per annum", SalaryText(120000, 150000, "year", "USD")),
    ("€50.000 - €60.000 per year", SalaryText(50000, 60000, "year", "EUR")),
    ("USD 90,000 to 110,000 annually", SalaryText(90000, 110000, "year", "USD")),
    ("$25/hr", SalaryText(25, 25, "hour", "USD")),
    ("$5,000 a month", SalaryText(5000, 5000, "month", "USD")),
    ("Up to $80,000 a year", SalaryText(None, 80000, "year", "USD")),
    ("From £30,000", SalaryText(30000, None, None, "GBP")),
    ("$100k+", SalaryText(100000, None, None, "USD")),
    ("₹12 LPA - ₹18 LPA", SalaryText(1_200_000, 1_800_000, "year", "INR")),
    ("C$80,000 - C$95,000 per year", SalaryText(80000, 95000, "year", "CAD")),
    ("US$45.50 per hour", SalaryText(45.5, 45.5, "hour", "USD")),
    (120000, SalaryText(120000, 120000, None, None)),
])
def test_salary_text(text, expected):
    assert parse_salary_text(text) == expected


@pytest.mark.parametrize("text", ["", "Competitive", "DOE", None, ["$1"]])
def test_salary_text_without_an_amount(text):
    assert parse_salary_text(text) is None


@pytest.mark.parametrize("cell, level", [
    ("Mid-Senior level", "senior"), ("Entry level", "junior"), ("Associate", "junior"), ("Internship", "intern"),
    ("Director", "lead"), ("Executive", "principal"), ("Not Applicable", None), ("ENTRY_LEVEL", "junior"),
    ("SENIOR_LEVEL", "senior"), ("Mid level", "mid"), ("Staff", "principal"), ("banana", None), ("", None),
])
def test_seniority_cells(cell, level):
    assert parse_seniority(cell) == level


LINKEDIN_EXPORT = ["Job Title", "Company Name", "Location", "Seniority Level", "Employment Type", "Listed At",
                   "Job Description", "Salary", "Job URL"]
INDEED_EXPORT = ["Job Title", "Company", "Location", "Job Type", "Posted Date", "Description", "Salary", "Apply URL"]


@pytest.mark.parametrize("headers, expected", [
    (LINKEDIN_EXPORT, {"title": "Job Title", "company": "Company Name", "location": "Location",
                       "seniority": "Seniority Level", "employment_type": "Employment Type",
                       "posted_at": "Listed At", "description": "Job Description", "salary_mid": "Salary",
                       "url": "Job URL"}),
    (INDEED_EXPORT, {"title": "Job Title", "company": "Company", "location": "Location",
                     "employment_type": "Job Type", "posted_at": "Posted Date", "description": "Description",
                     "salary_mid": "Salary", "url": "Apply URL"}),
])
def test_board_export_headers_map_to_fields(headers, expected):
    mapping = detect_columns(headers)
    assert {field: mapping.get(field) for field in expected} == expected
    assert set(dict(mapping.columns)) == set(expected)


def test_linkedin_export_row_reads_seniority_and_salary_range():
    mapping = detect_columns(LINKEDIN_EXPORT)
    row = dict(zip(LINKEDIN_EXPORT, ["Senior Data Engineer", "Acme", "Seattle, WA", "Mid-Senior level", "Full-time",
                                     "2024-04-17", "Python and SQL.", "$140,000 - $175,000/yr",
                                     "https://www.linkedin.com/jobs/view/1/"]))
    record = row_to_record(row, mapping, "csv:x", "row 2")
    assert (record.seniority, record.salary_min, record.salary_max, record.salary_period, record.salary_currency) \
        == ("senior", 140000, 175000, "year", "USD")
    assert (record.employment_type, record.url) == ("Full-time", "https://www.linkedin.com/jobs/view/1/")


def test_seniority_column_is_stored_over_the_extractors_guess(tmp_path, engine, settings, extractor):
    path = tmp_path / "linkedin.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(LINKEDIN_EXPORT)
        writer.writerow(["Data Engineer", "Acme", "Seattle, WA", "Entry level", "Full-time", "2024-04-17",
                         "Senior people mentor you. Python and SQL.", "$35 - $45 an hour", ""])
        writer.writerow(["Data Analyst", "Acme", "Seattle, WA", "", "Full-time", "2024-04-17",
                         "Senior analyst role: Excel and SQL.", "£45k-£55k a year", ""])
    ingest(engine, CsvSource(path), settings, extractor)
    with Session(engine) as s:
        rows = {p.title: p for p in s.exec(select(JobPosting)).all()}
    engineer, analyst = rows["Data Engineer"], rows["Data Analyst"]
    assert engineer.seniority == "junior"  # the column, not the extractor's "senior"
    assert (engineer.salary_min, engineer.salary_max, engineer.salary_currency) == (35 * 2080, 45 * 2080, "USD")
    assert analyst.seniority == "senior"  # no column value: the extractor's
    assert (analyst.salary_min, analyst.salary_max, analyst.salary_currency) == (45000, 55000, "GBP")
