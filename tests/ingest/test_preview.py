"""preview_mapping: the Data page's column check before an ingest (issue 20), on generated files and bytes."""

from __future__ import annotations

import csv
import json

import pytest

from core.errors import InvalidInput
from core.ingest import ColumnPreview, preview_mapping

HEADER = ["Job Title", "Company Name", "Seniority Level", "Salary", "Job Description", "Internal Notes"]


def _linkedin_csv(path, n: int):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(n):
            writer.writerow([f"Data Engineer {i}", "Acme", "Mid-Senior level", "$140,000 - $175,000/yr",
                             f"Python and SQL pipelines, posting {i}.\nSecond line.", "n/a"])
    return path


def test_csv_preview_maps_columns_and_reads_the_first_rows(tmp_path):
    preview = preview_mapping(_linkedin_csv(tmp_path / "export.csv", 12), "csv")
    assert isinstance(preview, ColumnPreview)
    assert preview.mapping == {"Job Title": "title", "Company Name": "company", "Seniority Level": "seniority",
                               "Salary": "salary_mid", "Job Description": "description"}
    assert preview.unmapped == ("Internal Notes",) and preview.missing == ()
    assert len(preview.rows) == 5
    first = preview.rows[0]
    assert (first["title"], first["seniority"], first["salary_min"], first["salary_max"], first["salary_period"]) \
        == ("Data Engineer 0", "senior", 140000, 175000, "year")
    assert (preview.row_estimate, preview.row_estimate_exact) == (12, True)


def test_csv_row_estimate_for_a_large_file(tmp_path):
    preview = preview_mapping(_linkedin_csv(tmp_path / "big.csv", 3000), "csv")
    assert not preview.row_estimate_exact and 2700 <= preview.row_estimate <= 3300


def test_missing_required_column_is_reported_not_raised(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Headline,Body\nData Engineer,Python\n", encoding="utf-8")
    preview = preview_mapping(path)
    assert preview.missing == ("title",) and preview.mapping == {"Body": "description"}
    assert preview.rows == ({"description": "Python"},)
    fixed = preview_mapping(path, overrides={"title": "Headline"})
    assert fixed.missing == () and fixed.rows[0]["title"] == "Data Engineer"


def test_jsonl_bytes_preview(tmp_path):
    lines = [json.dumps({"jobtitle": f"ML Engineer {i}", "company": {"name": "Globex"}, "snippet": "Python.",
                         "salary": "£45k-£55k a year", "views": i}) for i in range(7)]
    preview = preview_mapping(("\n".join(lines) + "\n").encode(), "jsonl")
    assert preview.mapping["jobtitle"] == "title" and preview.mapping["snippet"] == "description"
    assert preview.mapping["company.name"] == "company" and preview.unmapped == ("views",)
    assert preview.rows[0]["salary_currency"] == "GBP" and preview.rows[0]["company"] == "Globex"
    assert len(preview.rows) == 5
    assert preview.row_estimate == 7


def test_parquet_preview_with_a_bad_row(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "jobs.parquet"
    pq.write_table(pa.table({"title": ["Analyst", None], "description": ["Excel.", "SQL."]}), path)
    preview = preview_mapping(path.read_bytes(), "parquet")
    assert preview.rows[1] == {"error": "row 2: empty title"}
    assert (preview.row_estimate, preview.row_estimate_exact) == (2, True)


def test_bytes_need_a_format():
    with pytest.raises(InvalidInput):
        preview_mapping(b"a,b\n1,2\n")
