"""A posting without a stated date is dated by when it was first seen (created_at), as the market does: recency,
the Posted filter, tie-breaks and the card label all use PostingFacts.dated_at."""

from __future__ import annotations

from datetime import timedelta

import pytest

from components.job_card import date_label
from core.db.models import JobPosting, JobSkill
from core.db.session import memory_engine, session_scope
from core.matching.catalog import load_facts
from core.matching.config import MatchSettings
from core.matching.features import recency
from core.matching.index import ensure_index
from core.matching.meta import MetaColumns
from core.matching.models import MatchFilters, PostingFacts
from core.matching.service import match
from tests.matching.conftest import HashEmbedder, make_index
from tests.matching.market import FAMILIES, NOW, family_resume

DAY = timedelta(days=1)
# name: (posted_at, created_at)
POSTINGS = {
    "stated_recent": (NOW - 3 * DAY, NOW - 2 * DAY),
    "pasted_today": (None, NOW - timedelta(hours=1)),
    "added_long_ago": (None, NOW - 40 * DAY),
    "stated_old_added_today": (NOW - 40 * DAY, NOW - timedelta(hours=1)),  # the stated date wins
}


@pytest.fixture(scope="module")
def dated():
    """An engine with the four postings and their index: (engine, index, name -> id)."""
    engine = memory_engine()
    ids: dict[str, int] = {}
    with session_scope(engine) as session:
        for name, (posted, created) in POSTINGS.items():
            row = JobPosting(source="t", external_id=name, text_hash=name, title="Data Engineer", city="Berlin",
                             country="Germany", role_family="data_engineer", seniority="mid", posted_at=posted,
                             created_at=created, description="Data Engineer: Python, SQL and Apache Spark.")
            session.add(row)
            session.flush()
            ids[name] = row.id
            session.add(JobSkill(posting_id=row.id, skill_id="python", name="Python", requirement="required"))
    index = make_index(HashEmbedder())
    ensure_index(engine, index)
    yield engine, index, ids
    engine.dispose()


@pytest.mark.parametrize("within, expected", [
    (None, {"stated_recent", "pasted_today", "added_long_ago", "stated_old_added_today"}),
    (7, {"stated_recent", "pasted_today"}),
    (60, {"stated_recent", "pasted_today", "added_long_ago", "stated_old_added_today"}),
])
def test_posted_filter_falls_back_to_first_seen(dated, within, expected):
    engine, index, ids = dated
    page = match(engine, index, family_resume(FAMILIES[0]), MatchFilters(posted_within_days=within), top_k=10,
                 now=NOW)
    names = {name for name, pid in ids.items() if pid in {r.posting.id for r in page.results}}
    assert names == expected


def test_mask_uses_the_same_date(dated):
    engine, _, ids = dated
    facts = load_facts(engine, list(ids.values()))
    meta = MetaColumns.of([facts[ids[n]] for n in POSTINGS])
    keep = meta.mask(MatchFilters(posted_within_days=7), NOW)
    assert dict(zip(POSTINGS, keep.tolist())) == {"stated_recent": True, "pasted_today": True,
                                                  "added_long_ago": False, "stated_old_added_today": False}


@pytest.mark.parametrize("name, phrase, label", [
    ("stated_recent", "posted 3 days ago", "Posted 18 Nov 2026"),
    ("pasted_today", "added today (posting date not stated)", "Added 21 Nov 2026 (posting date not stated)"),
    ("added_long_ago", "added 5 weeks ago (posting date not stated)", "Added 12 Oct 2026 (posting date not stated)"),
    ("stated_old_added_today", "posted 5 weeks ago", "Posted 12 Oct 2026"),
])
def test_recency_and_card_say_which_date_it_is(dated, name, phrase, label):
    engine, _, ids = dated
    facts = load_facts(engine, [ids[name]])[ids[name]]
    assert facts.posted_at == POSTINGS[name][0]  # posted_at stays what the posting stated (None: not stated)
    assert recency(facts, NOW, MatchSettings()).phrase == phrase
    assert date_label(facts) == label


def test_a_first_seen_posting_counts_as_fresh_in_the_ranking():
    ms = MatchSettings()
    today = PostingFacts(id=1, title="x", first_seen_at=NOW)
    unknown = PostingFacts(id=2, title="x")
    assert recency(today, NOW, ms).value == pytest.approx(1.0)
    assert (recency(unknown, NOW, ms).value, recency(unknown, NOW, ms).phrase) == (ms.unknown, "posting date unknown")
    assert date_label(unknown) is None
