"""Every source satisfies the Source contract; formats are detected from paths and URLs."""

from __future__ import annotations

import pytest

from core.errors import InvalidInput
from core.ingest.records import Source
from core.ingest.registry import BUILDERS, SourceOptions, build_source, detect_format


@pytest.mark.parametrize(
    "target, expected",
    [("jobs.csv", "csv"), ("x/jobs.TSV", "csv"), ("dump.jsonl", "jsonl"), ("dump.ndjson", "jsonl"),
     ("export.parquet", "parquet"), ("https://example.com/jobs/1", "url"), ("HTTP://example.com", "url"),
     ("posting.txt", "paste")],
)
def test_detect_format(target, expected):
    assert detect_format(target) == expected


def test_detect_format_errors():
    with pytest.raises(InvalidInput, match="cannot tell the format of 'a.xlsx'"):
        detect_format("a.xlsx")
    with pytest.raises(InvalidInput, match="--board needs --format greenhouse or --format lever"):
        detect_format(None, board="acme")


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_every_builder_gives_a_source(fmt, tmp_path):
    path = tmp_path / "in.dat"
    path.write_text("title,description\nA,B\n", encoding="utf-8")
    target = "https://example.com/j/1" if fmt == "url" else str(path)
    source = build_source(fmt, SourceOptions(target=target, board="acme", name=f"my-{fmt}"))
    assert isinstance(source, Source)
    assert source.name == f"my-{fmt}"


def test_unknown_format():
    with pytest.raises(InvalidInput, match="unknown format 'xml'"):
        build_source("xml", SourceOptions(target="a.xml"))
