"""Ingest from the Data page: an uploaded file, a pasted posting or a URL -> the ingest pipeline -> fresh aggregates.

Thin wrappers over core.ingest (sources, the pipeline, dead-letter retries) so the page calls one function per
action and gets one typed result. Errors are domain errors (InvalidInput, TooLarge, UnsafeURL, FetchError...).
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from core.context import AppContext
from core.errors import InvalidInput, TooLarge
from core.ingest.fetch import Fetcher, FetchPolicy
from core.ingest.paste_source import PasteSource
from core.ingest.pipeline import ingest, retry_dead_letters
from core.ingest.records import IngestSummary, RetrySummary, Source
from core.ingest.registry import SourceOptions, build_source
from core.market.bootstrap import start_background_index
from core.market.build import role_family_fn
from core.market.pasted import PostingSkills, pasted_posting
from core.market.refresh import RefreshSummary, refresh_market

UPLOAD_FORMATS = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
                  ".parquet": "parquet", ".pq": "parquet"}


@dataclass(frozen=True)
class IntakeResult:
    """One ingest action: which source, what the pipeline did, what the aggregates refresh did."""

    source: str
    summary: IngestSummary
    refresh: RefreshSummary
    indexing: bool = False  # new postings are being embedded into the Jobs index in the background
    posting: PostingSkills | None = None  # a pasted posting as stored, with what was extracted from it


@dataclass(frozen=True)
class RetryResult:
    """A dead-letter retry pass and the refresh after it."""

    summary: RetrySummary
    refresh: RefreshSummary
    indexing: bool = False


def _run(ctx: AppContext, source: Source, on_progress=None) -> IntakeResult:
    summary = ingest(ctx.engine, source, ctx.settings, extractor=ctx.extractor, role_family=role_family_fn(ctx),
                     on_progress=on_progress)
    return IntakeResult(source.name, summary, refresh_market(ctx.engine), _index_new(ctx, summary.added))


def _index_new(ctx: AppContext, added: int) -> bool:
    """Start embedding new postings into the Jobs index (background: a big upload takes a while)."""
    if added:
        start_background_index(ctx)
    return bool(added)


def source_name(filename: str) -> str:
    """"LinkedIn Jobs (2024).csv" -> "upload:linkedin-jobs-2024"."""
    stem = re.sub(r"[^a-z0-9]+", "-", Path(filename).stem.lower()).strip("-") or "file"
    return f"upload:{stem[:60]}"


def preview_upload(ctx: AppContext, filename: str, data: bytes, mapping: dict[str, str] | None = None):
    """What ingesting this upload would read (column -> field, unused columns, first rows); nothing is stored."""
    from core.ingest import preview_mapping

    fmt = UPLOAD_FORMATS.get(Path(filename).suffix.lower())
    if fmt is None:
        raise InvalidInput(f"{filename}: upload a .csv, .tsv, .jsonl or .parquet file.")
    if len(data) > ctx.settings.limits.max_file_bytes:
        raise TooLarge(f"{filename} is {len(data) / 1e6:.1f} MB; the limit is "
                       f"{ctx.settings.limits.max_file_bytes / 1e6:.0f} MB.")
    return preview_mapping(data, fmt, overrides=mapping or None)


def ingest_upload(ctx: AppContext, filename: str, data: bytes, mapping: dict[str, str] | None = None,
                  on_progress=None) -> IntakeResult:
    """Ingest an uploaded CSV/TSV/JSONL/Parquet file (columns auto-mapped; `mapping` overrides field -> column)."""
    suffix = Path(filename).suffix.lower()
    fmt = UPLOAD_FORMATS.get(suffix)
    if fmt is None:
        raise InvalidInput(f"{filename}: upload a .csv, .tsv, .jsonl or .parquet file.")
    if len(data) > ctx.settings.limits.max_file_bytes:
        raise TooLarge(f"{filename} is {len(data) / 1e6:.1f} MB; the limit is "
                       f"{ctx.settings.limits.max_file_bytes / 1e6:.0f} MB.")
    with tempfile.TemporaryDirectory(prefix="skillgap-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        source = build_source(fmt, SourceOptions(target=str(path), name=source_name(filename),
                                                 overrides=dict(mapping or {})))
        return _run(ctx, source, on_progress)


def ingest_paste(ctx: AppContext, text: str, title: str | None = None, company: str | None = None,
                 location: str | None = None) -> IntakeResult:
    """Ingest one pasted posting (deduplicated by its text); the result carries the stored posting and its skills."""
    source = PasteSource(text, title=title or None, company=company or None, location=location or None)
    result = _run(ctx, source)
    return replace(result, posting=pasted_posting(ctx.engine, source, ctx.settings.limits))


def ingest_url(ctx: AppContext, url: str, fetcher: Fetcher | None = None) -> IntakeResult:
    """Ingest a posting page (JSON-LD JobPosting, else the main text) through the SSRF-safe fetcher."""
    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InvalidInput("Give a full http(s) address, e.g. https://example.com/jobs/123.")
    fetcher = fetcher or Fetcher(FetchPolicy.from_limits(ctx.settings.limits))
    return _run(ctx, build_source("url", SourceOptions(target=url, fetcher=fetcher)))


def retry_failed(ctx: AppContext) -> RetryResult:
    """Retry every open dead letter now (due or not), then refresh the aggregates."""
    summary = retry_dead_letters(ctx.engine, ctx.settings, ctx.extractor, include_not_due=True,
                                 role_family=role_family_fn(ctx))
    return RetryResult(summary, refresh_market(ctx.engine), _index_new(ctx, summary.resolved))
