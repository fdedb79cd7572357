"""Matching services: hybrid retrieval (dense top-N + BM25 top-N, union) then a Ranker; pages and CLI call these."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np
from sqlalchemy.engine import Engine

from core.context import AppContext
from core.matching.catalog import load_facts
from core.matching.index import MatchIndex
from core.matching.models import MatchFilters, MatchResult, PostingFacts, ResumeQuery
from core.matching.query import in_city, resume_query, summary_of
from core.matching.rankers.base import Candidate, Ranker
from core.matching.rankers.weighted import WeightedRanker
from core.matching.text import query_terms, query_text


@dataclass(frozen=True)
class MatchPage:
    """Ranked results plus how they were found."""

    results: list[MatchResult]
    candidates: int  # size of the union that was ranked
    indexed: int  # postings in the index
    timings_ms: dict[str, float] = field(default_factory=dict)


def retrieve(index: MatchIndex, query: ResumeQuery, filters: MatchFilters, now: datetime
             ) -> dict[int, tuple[float | None, tuple[str, ...]]]:
    """Posting id -> (dense cosine, channels) for the union of dense top-N, BM25 top-N and the newest postings
    under the filters (all of them when the filters keep only a few).

    Filters are applied with the in-memory columns (Chroma's metadata filters are ~10x slower at 100k), so the
    dense side over-fetches when a filter is active.
    """
    ms = index.settings
    mask = index.bm25.meta.mask(filters, now, ms.exclude_unknown_salary)
    qvec = index.query_vector(query_text(query))
    hits = index.vectors.query_vector(qvec, ms.dense_k * (1 if mask is None else ms.filtered_overfetch))
    if mask is not None and hits:
        rows = index.bm25.rows_of([int(h.id) for h in hits])
        hits = [h for h, row in zip(hits, rows) if row >= 0 and mask[row]]
    found: dict[int, tuple[float | None, tuple[str, ...]]] = {int(h.id): (h.score, ("dense",))
                                                              for h in hits[: ms.dense_k]}
    lexical = index.bm25.search(query_terms(query), ms.bm25_k, mask)
    extra: dict[int, tuple[str, ...]] = {}
    for pid, _ in lexical:
        if pid in found:
            found[pid] = (found[pid][0], ("dense", "bm25"))
        else:
            extra[pid] = ("bm25",)
    for pid in newest(index, mask, now):
        if pid not in found:
            extra[pid] = extra.get(pid, ()) + ("fresh",)
    for pid in every_one(index, mask):
        if pid not in found and pid not in extra:
            extra[pid] = ("filtered",)
    stored = index.vectors.embeddings([str(p) for p in extra])
    for pid, channels in extra.items():
        vec = stored.get(str(pid))
        cosine = float(np.dot(qvec, np.asarray(vec, dtype=np.float32))) if vec is not None else None
        found[pid] = (cosine, channels)
    return found


def every_one(index: MatchIndex, mask: np.ndarray | None) -> list[int]:
    """Every posting the filters keep, when they keep no more than `dense_k` (your 5 postings among a demo market
    of 10k): each is ranked, whatever its text shares with the resume."""
    if mask is None or int(mask.sum()) > index.settings.dense_k:
        return []
    return [int(i) for i in index.bm25.ids[mask]]


def newest(index: MatchIndex, mask: np.ndarray | None, now: datetime) -> list[int]:
    """Ids of the newest postings dated within `fresh_days` (under the filters): a posting just added is always
    ranked, however its text compares."""
    ms = index.settings
    posted = index.bm25.meta.posted
    if not ms.fresh_k or not len(posted):
        return []
    with np.errstate(invalid="ignore"):
        keep = posted >= now.timestamp() - ms.fresh_days * 86400.0
    if mask is not None:
        keep &= mask
    rows = np.flatnonzero(keep)
    rows = rows[np.argsort(-posted[rows], kind="stable")][: ms.fresh_k]
    return [int(i) for i in index.bm25.ids[rows]]


def match(engine: Engine, index: MatchIndex, query: ResumeQuery, filters: MatchFilters | None = None,
          top_k: int = 20, ranker: Ranker | None = None, now: datetime | None = None) -> MatchPage:
    """The top_k postings for a resume query, each with score, factors, skill delta and explanation."""
    filters = filters or MatchFilters()
    now = now or datetime.now(timezone.utc)
    if filters.city and not filters.remote_only:  # a chosen city is where the person wants to work
        query = in_city(query, filters.city)
    ranker = ranker or WeightedRanker(index.settings)
    t0 = time.perf_counter()
    with index.lock:
        found = retrieve(index, query, filters, now)
        indexed = len(index.bm25)
    t1 = time.perf_counter()
    facts = index.facts(engine, list(found), load_facts)
    t2 = time.perf_counter()
    candidates = [Candidate(facts[pid], cos, src) for pid, (cos, src) in found.items() if pid in facts]
    ranked = ranker.rank(query, candidates, now)[: max(0, top_k)]
    t3 = time.perf_counter()
    timings = {"retrieve": (t1 - t0) * 1e3, "load": (t2 - t1) * 1e3, "rank": (t3 - t2) * 1e3}
    return MatchPage(ranked, len(candidates), indexed, {k: round(v, 2) for k, v in timings.items()})


def score_one(engine: Engine, index: MatchIndex, query: ResumeQuery, posting_id: int,
              filters: MatchFilters | None = None, now: datetime | None = None) -> MatchResult | None:
    """One posting scored as match() would (None when it is gone): an opened job stays in view as results move."""
    filters = filters or MatchFilters()
    if filters.city and not filters.remote_only:
        query = in_city(query, filters.city)
    facts = index.facts(engine, [posting_id], load_facts).get(posting_id)
    if facts is None:
        return None
    with index.lock:
        qvec = index.query_vector(query_text(query))
        vec = index.vectors.embeddings([str(posting_id)]).get(str(posting_id))
    cosine = float(np.dot(qvec, np.asarray(vec, dtype=np.float32))) if vec is not None else None
    ranker = WeightedRanker(index.settings)
    return ranker.rank(query, [Candidate(facts, cosine, ())], now or datetime.now(timezone.utc))[0]


def posting_detail(engine: Engine, posting_id: int) -> PostingFacts | None:
    """One posting's facts with its description and URL (None when it is gone)."""
    return load_facts(engine, [posting_id]).get(posting_id)


def query_for_resume(ctx: AppContext, resume_id: int) -> ResumeQuery:
    """The query of a stored resume, with the user's corrections and the profile's location and remote choice."""
    from core.profiles import get_profile
    from core.clarify.ownership import resume_corrections
    from core.resumes import resume_by_id

    view = resume_by_id(ctx, resume_id)
    profile = get_profile(ctx.engine, view.profile_id)
    corrections = resume_corrections(ctx.engine, ctx.extractor, view.text, view.profile_id)
    return resume_query(view.extraction, view.parse, summary_of(view.text, view.parse), corrections=corrections,
                        location=profile.location, remote_ok=profile.remote_ok, taxonomy=ctx.taxonomy)


def query_for_text(ctx: AppContext, text: str, *, location: str | None = None, remote_ok: bool = True
                   ) -> ResumeQuery:
    """The query of a resume text (not stored): parse, extract (cached), build."""
    from core.documents.resume import parse_resume
    from core.skills.cache import extract_cached

    parse = parse_resume(text)
    extraction = extract_cached(ctx.engine, ctx.extractor, text, "resume")
    return resume_query(extraction, parse, summary_of(text, parse), location=location, remote_ok=remote_ok,
                        taxonomy=ctx.taxonomy)


@dataclass(frozen=True)
class FilterOptions:
    """Choices for the Jobs page filters: role families (id, label) and cities present in the postings."""

    role_families: tuple[tuple[str, str], ...]
    cities: tuple[str, ...]


def filter_options(ctx: AppContext, dataset: str | None = None) -> FilterOptions:
    """Role families and cities of the stored postings, of one dataset ("demo" | "yours") when given (labels from
    the taxonomy when known)."""
    from core.matching.catalog import distinct_values

    families, cities = distinct_values(ctx.engine, None if dataset is None else dataset == "demo")
    known = getattr(ctx.taxonomy, "role_families", None) or {}
    labels = tuple((f, known[f].name if f in known else f.replace("_", " ").title()) for f in families)
    return FilterOptions(tuple(sorted(labels, key=lambda p: p[1].lower())), tuple(cities))
