"""Source registry: format name -> builder, and format detection from a path or URL."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from core.errors import InvalidInput
from core.ingest.csv_source import CsvSource
from core.ingest.fetch import Fetcher
from core.ingest.greenhouse_source import GREENHOUSE_API, GreenhouseSource
from core.ingest.jsonl_source import JsonlSource
from core.ingest.lever_source import LEVER_API, LeverSource
from core.ingest.parquet_source import ParquetSource
from core.ingest.paste_source import PasteSource
from core.ingest.records import Source
from core.ingest.url_source import UrlSource

_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
             ".parquet": "parquet", ".pq": "parquet", ".txt": "paste", ".md": "paste"}


@dataclass
class SourceOptions:
    """Everything a builder may need; unused fields are ignored."""

    target: str | None
    name: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)
    board: str | None = None
    fetcher: Fetcher | None = None
    base_url: str | None = None
    title: str | None = None


def _file(opts: SourceOptions) -> Path:
    if not opts.target:
        raise InvalidInput("give a file path")
    path = Path(opts.target).expanduser()
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}")
    return path


def _board(opts: SourceOptions) -> str:
    board = opts.board or opts.target
    if not board:
        raise InvalidInput("give the board name with --board NAME")
    return board


BUILDERS: dict[str, Callable[[SourceOptions], Source]] = {
    "csv": lambda o: CsvSource(_file(o), o.overrides, o.name or ""),
    "jsonl": lambda o: JsonlSource(_file(o), o.overrides, o.name or ""),
    "parquet": lambda o: ParquetSource(_file(o), o.overrides, o.name or ""),
    "url": lambda o: UrlSource(o.target or "", o.fetcher or Fetcher(), o.name or ""),
    "greenhouse": lambda o: GreenhouseSource(_board(o), o.fetcher or Fetcher(), o.base_url or GREENHOUSE_API,
                                             o.name or ""),
    "lever": lambda o: LeverSource(_board(o), o.fetcher or Fetcher(), o.base_url or LEVER_API, o.name or ""),
    "paste": lambda o: PasteSource(_file(o).read_text(encoding="utf-8", errors="replace"), o.title,
                                   name=o.name or "paste"),
}
FORMATS = tuple(BUILDERS)


def detect_format(target: str | None, board: str | None = None) -> str:
    """csv/jsonl/parquet by suffix, url for http(s) addresses; a board without a format is an error."""
    if target and target.lower().startswith(("http://", "https://")):
        return "url"
    if target:
        fmt = _SUFFIXES.get(Path(target).suffix.lower())
        if fmt:
            return fmt
        raise InvalidInput(f"cannot tell the format of {target!r}; use --format {{{','.join(FORMATS)}}}")
    if board:
        raise InvalidInput("--board needs --format greenhouse or --format lever")
    raise InvalidInput("give a PATH or URL to ingest (or --retry-dead)")


def build_source(fmt: str, opts: SourceOptions) -> Source:
    """The Source for a format name."""
    builder = BUILDERS.get(fmt)
    if builder is None:
        raise InvalidInput(f"unknown format {fmt!r}; formats are: {', '.join(FORMATS)}")
    return builder(opts)
