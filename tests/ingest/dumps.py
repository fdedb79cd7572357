"""Writers for files shaped like well-known public job dumps (LinkedIn CSV, Indeed JSONL, a Parquet export)."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

LINKEDIN_HEADER = [
    "job_id", "company_name", "title", "description", "max_salary", "pay_period", "location", "company_id",
    "views", "med_salary", "min_salary", "formatted_work_type", "applies", "original_listed_time",
    "remote_allowed", "job_posting_url", "application_url", "application_type", "expiry", "closed_time",
    "formatted_experience_level", "skills_desc", "listed_time", "posting_domain", "sponsored", "work_type",
    "currency", "compensation_type", "normalized_salary", "zip_code", "fips",
]
LISTED_MS = 1713397508000  # 2024-04-17T23:45:08Z


def linkedin_row(job_id, title, description, location, **kw) -> dict:
    """One LinkedIn-dump row; unspecified cells are empty like in the real export."""
    row = dict.fromkeys(LINKEDIN_HEADER, "")
    row.update(job_id=job_id, title=title, description=description, location=location,
               company_name=kw.pop("company_name", "Acme Corp"), listed_time=f"{LISTED_MS}.0",
               original_listed_time=f"{LISTED_MS - 86_400_000}.0", formatted_work_type="Full-time",
               work_type="FULL_TIME", job_posting_url=f"https://www.linkedin.com/jobs/view/{job_id}/",
               application_type="OffsiteApply", views="12.0")
    row.update({k: str(v) for k, v in kw.items()})
    return row


LINKEDIN_ROWS = [
    linkedin_row("3884428798", "Senior Data Engineer", 'Build "lakehouse" pipelines.\nPython, SQL, Spark, Airflow.',
                 "New York, NY", min_salary="100000.0", max_salary="140000.0", pay_period="YEARLY",
                 currency="USD", compensation_type="BASE_SALARY", normalized_salary="120000.0"),
    linkedin_row("3884428799", "Backend Developer", "APIs in Python on AWS, some Kubernetes.", "Austin, TX",
                 min_salary="40.0", max_salary="60.0", pay_period="HOURLY", currency="USD", remote_allowed="1.0"),
    linkedin_row("3884428800", "Data Analyst", "Excel and SQL dashboards, nice to have: Python.", "United States",
                 med_salary="5000.0", pay_period="MONTHLY", currency="USD"),
    linkedin_row("3884428801", "Frontend Engineer", "React, TypeScript; we ship weekly.",
                 "Bengaluru, Karnataka, India"),
    linkedin_row("3884428802", "Mystery Role", "", "Chicago, IL"),  # bad row: no description
    linkedin_row("3884428798", "Senior Data Engineer", "Repeated row of the first job.", "New York, NY"),
]


def write_linkedin_csv(path: Path, rows: list[dict] = LINKEDIN_ROWS, header: list[str] = LINKEDIN_HEADER) -> Path:
    """A postings.csv like the LinkedIn Job Postings Kaggle dump."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


INDEED_ROWS = [
    {"jobkey": "a1b2c3", "jobtitle": "Machine Learning Engineer", "company": "Globex", "city": "Hyderabad",
     "state": "TS", "country": "IN", "formattedLocation": "Hyderabad, Telangana",
     "snippet": "Train models in Python...", "description": "Train and ship models in Python and Spark on AWS.",
     "date": "Mon, 15 Apr 2024 10:00:00 GMT", "formattedRelativeTime": "3 days ago",
     "url": "https://in.indeed.com/viewjob?jk=a1b2c3", "sponsored": False, "expired": False,
     "salary": {"min": 1800000, "max": 2400000, "currency": "INR", "period": "year"}},
    {"jobkey": "d4e5f6", "jobtitle": "Remote DevOps Engineer", "company": "Initech", "formattedLocation": "Remote",
     "snippet": "Kubernetes and AWS automation for a remote team.", "date": "2024-04-12T08:30:00Z",
     "url": "https://www.indeed.com/viewjob?jk=d4e5f6"},
]


def write_indeed_jsonl(path: Path, rows: list[dict] = INDEED_ROWS, extra_lines: list[str] = ()) -> Path:
    """A scrape of Indeed search results as JSON Lines (some rows with snippet only)."""
    lines = [json.dumps(r) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_parquet(path: Path) -> Path:
    """A Parquet export with its own column names (two need --map) and real timestamp/bool types."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "uniq_id": ["p-1", "p-2", "p-3"],
        "headline": ["Cloud Architect", "Data Scientist", "QA Engineer"],
        "employer": ["Umbrella", "Hooli", "Vandelay"],
        "job_location": ["London, UK", "Gurgaon, Haryana", "Remote - US"],
        "body_html": ["AWS and Kubernetes at scale.", "Python, SQL and Spark experiments.", "Test React apps."],
        "salary_from": [90000.0, 2500000.0, None],
        "salary_to": [110000.0, 3500000.0, None],
        "currency": ["GBP", "INR", None],
        "date_posted": pa.array([datetime(2024, 2, 1), datetime(2024, 2, 2), None], type=pa.timestamp("ms")),
        "is_remote": [False, False, True],
    })
    pq.write_table(table, path)
    return path
