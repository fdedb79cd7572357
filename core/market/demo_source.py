"""The demo market as an ingestion Source: deterministic PostingRecords (source "demo") for the real pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Iterator

from core.ingest.records import PostingRecord
from core.market.demo_model import DemoModel, PostingPlan
from core.market.demo_text import DemoWriter
from core.market.vocab import DemoVocab, load_vocab
from core.taxonomy.models import Taxonomy

DEMO_SOURCE = "demo"
DEMO_MONTHS = 24


def demo_external_id(seed: int, index: int) -> str:
    """The stable id of demo posting `index` for `seed` (the dedupe key with source "demo")."""
    return f"demo-{seed}-{index:06d}"


def today_utc() -> date:
    """The real current date (UTC), the default end of the demo market's 24 months."""
    return datetime.now(timezone.utc).date()


@dataclass
class DemoSource:
    """Generates `postings` demo postings for `seed`, months ending at `today` (default: the real date)."""

    taxonomy: Taxonomy
    postings: int = 4_000
    seed: int = 7
    today: date | None = None
    months: int = DEMO_MONTHS
    vocab: DemoVocab | None = None
    name: str = DEMO_SOURCE
    is_demo: bool = True
    _model: DemoModel | None = field(default=None, init=False, repr=False)
    _writer: DemoWriter | None = field(default=None, init=False, repr=False)

    @property
    def model(self) -> DemoModel:
        """The statistical model (built on first use)."""
        if self._model is None:
            vocab = self.vocab or load_vocab(self.taxonomy)
            self._model = DemoModel(vocab, self.seed, self.today or today_utc(), self.months, self.taxonomy)
            self._writer = DemoWriter(vocab, self.taxonomy, self.seed)
        return self._model

    def plan(self, index: int) -> PostingPlan:
        """The plan of posting `index`."""
        return self.model.plan(index)

    def record(self, index: int) -> PostingRecord:
        """Posting `index` as a PostingRecord."""
        plan = self.plan(index)
        text = self._writer.write(plan)
        salary = plan.salary
        return PostingRecord(
            source=self.name, external_id=demo_external_id(self.seed, index), title=text.title,
            company=plan.company, location_raw=text.location, description=text.description,
            salary_min=salary.low if salary else None, salary_max=salary.high if salary else None,
            salary_currency=salary.currency if salary else None, posted_at=plan.posted_at, url=None,
            remote=plan.remote, salary_period=salary.period if salary else None, employment_type="full-time",
            ref=f"demo #{index}",
        )

    def __len__(self) -> int:
        """How many records iter_records yields."""
        return self.postings

    def iter_records(self) -> Iterator[PostingRecord]:
        """Records 0..postings-1, lazily."""
        for index in range(self.postings):
            yield self.record(index)
