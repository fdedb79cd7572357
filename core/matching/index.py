"""The match index: posting vectors in Chroma (our embeddings) plus BM25, built incrementally from the DB.

Hook for writers (ingest, demo): after storing postings call `refresh_match_index(settings, engine)`; it
indexes whatever the database holds that the index lacks (and drops what the database no longer has).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from sqlalchemy.engine import Engine

from core.config import Settings
from core.embeddings import Embedder, make_embedder
from core.matching.bm25 import BM25Index
from core.matching.catalog import Watermark, iter_facts, posting_ids, watermark
from core.matching.config import MatchSettings
from core.matching.meta import chroma_metadata
from core.matching.models import PostingFacts
from core.matching.text import embed_text
from core.vectors import VectorIndex, make_chroma_client

ProgressFn = Callable[[int, int], None]
EMBED_BATCH = 512
QUERY_CACHE = 64
FACTS_CACHE = 20_000  # posting facts kept in memory (about 2 KB each)


@dataclass(frozen=True)
class IndexReport:
    """What an indexing call did."""

    vectors_added: int = 0
    bm25_added: int = 0
    removed: int = 0
    total: int = 0
    seconds: float = 0.0
    busy: bool = False  # another thread was already indexing (nothing was done here)

    @property
    def changed(self) -> bool:
        """True when anything was added or removed."""
        return bool(self.vectors_added or self.bm25_added or self.removed)


@dataclass
class MatchIndex:
    """Vector + BM25 indexes over the same postings; safe to share between threads."""

    vectors: VectorIndex
    bm25: BM25Index
    embedder: Embedder
    settings: MatchSettings = field(default_factory=MatchSettings)
    path: Path | None = None  # where BM25 is persisted (None: memory only)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)  # guards reads vs. mutations
    build_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # one indexing run at a time
    progress: tuple[int, int] = (0, 0)  # (done, total) of the running indexing, (0, 0) when idle
    _queries: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _facts: OrderedDict = field(default_factory=OrderedDict, repr=False)

    @property
    def indexing(self) -> bool:
        """True while an indexing run is in progress (in any thread)."""
        return self.build_lock.locked()

    def query_vector(self, text: str) -> np.ndarray:
        """The embedding of a query text (memoised: a resume re-queried with other filters is not re-encoded)."""
        with self.lock:
            if text in self._queries:
                self._queries.move_to_end(text)
                return self._queries[text]
        vec = self.embedder.encode([text])[0]
        with self.lock:
            self._queries[text] = vec
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        return vec

    def facts(self, engine: Engine, ids: Sequence[int], loader: Callable) -> dict[int, PostingFacts]:
        """Facts of these ids, from the in-memory LRU when there (postings do not change once stored)."""
        with self.lock:
            found = {i: self._facts[i] for i in ids if i in self._facts}
        missing = [i for i in ids if i not in found]
        if missing:
            loaded = loader(engine, missing, description=False)
            found.update(loaded)
            with self.lock:
                self._facts.update(loaded)
                while len(self._facts) > FACTS_CACHE:
                    self._facts.popitem(last=False)
        return found

    def forget(self, ids: Sequence[int]) -> None:
        """Drop cached facts of removed postings."""
        with self.lock:
            for i in ids:
                self._facts.pop(int(i), None)

    def save(self) -> None:
        """Persist BM25 (Chroma persists itself)."""
        if self.path is not None:
            self.bm25.save(self.path)


def bm25_path(settings: Settings, match_settings: MatchSettings) -> Path:
    """Where the BM25 index of this collection is persisted."""
    return settings.data_dir / "matching" / f"{match_settings.collection}.bm25.npz"


def open_index(settings: Settings, *, client=None, embedder: Embedder | None = None,
               match_settings: MatchSettings | None = None, persist: bool = True) -> MatchIndex:
    """The match index for these settings: Chroma under the data dir (or `client`), BM25 loaded from disk."""
    ms = match_settings or MatchSettings()
    embedder = embedder or make_embedder(settings)
    client = client if client is not None else make_chroma_client(settings)
    path = bm25_path(settings, ms) if persist else None
    bm25 = (BM25Index.load(path) if path else None) or BM25Index()
    return MatchIndex(VectorIndex(client, ms.collection, embedder), bm25, embedder, ms, path)


_SHARED: dict[tuple[str, str], MatchIndex] = {}
_SHARED_LOCK = threading.Lock()


def shared_index(settings: Settings, match_settings: MatchSettings | None = None) -> MatchIndex:
    """The one persisted index per data dir and collection in this process (pages and hooks share it)."""
    ms = match_settings or MatchSettings()
    key = (str(settings.data_dir.resolve()), ms.collection)
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = open_index(settings, match_settings=ms)
        return _SHARED[key]


def index_postings(engine: Engine, index: MatchIndex, ids: Sequence[int],
                   on_progress: ProgressFn | None = None) -> IndexReport:
    """Index these posting ids where missing: embeds only ids the vector index lacks, BM25 only new rows.

    Readers are blocked per batch only, so queries keep working (on a partial index) while this runs.
    """
    start = time.perf_counter()
    ids = list(dict.fromkeys(int(i) for i in ids))
    with index.lock:
        in_bm25 = set(index.bm25.ids.tolist())
    todo_vec: set[int] = set()
    for chunk in _chunks(ids, 5000):
        have = index.vectors.existing_ids([str(i) for i in chunk])
        todo_vec |= {i for i in chunk if str(i) not in have}
    todo = [i for i in ids if i in todo_vec or i not in in_bm25]
    vec_added = bm_added = done = 0
    index.progress = (0, len(todo))
    try:
        for batch in iter_facts(engine, todo, EMBED_BATCH):
            vec_added += _embed(index, [f for f in batch if f.id in todo_vec])
            with index.lock:
                bm_added += index.bm25.add([f for f in batch if f.id not in in_bm25])
            done += len(batch)
            index.progress = (done, len(todo))
            if on_progress:
                on_progress(done, len(todo))
        if bm_added:
            with index.lock:
                index.save()
    finally:
        index.progress = (0, 0)
    return IndexReport(vec_added, bm_added, 0, len(index.bm25), time.perf_counter() - start)


def ensure_index(engine: Engine, index: MatchIndex, on_progress: ProgressFn | None = None,
                 wait: bool = True) -> IndexReport:
    """Bring the index in line with the database (cheap when fresh: one count query and a Chroma count).

    With wait=False, returns at once (busy=True) when another thread is already indexing.
    """
    start = time.perf_counter()
    mark = watermark(engine)
    if _fresh(index, mark):
        return IndexReport(total=mark.count, seconds=time.perf_counter() - start)
    if not index.build_lock.acquire(blocking=wait):
        return IndexReport(total=len(index.bm25), busy=True, seconds=time.perf_counter() - start)
    try:
        db_ids = posting_ids(engine)
        wanted = set(db_ids)
        with index.lock:
            replaced = _drop_other_database(index, mark.anchor)
            gone = [i for i in index.bm25.ids.tolist() if i not in wanted]
            removed = index.bm25.remove(gone)
            index.forget(gone)
            if index.vectors.count() != len(wanted):
                stale = [i for i in index.vectors.all_ids() if not i.isdigit() or int(i) not in wanted]
                index.vectors.delete(stale)
                removed = max(removed, len(stale))
            if removed:
                index.save()
        report = index_postings(engine, index, db_ids, on_progress)
        _adopt(index, mark.anchor)
    finally:
        index.build_lock.release()
    return IndexReport(report.vectors_added, report.bm25_added, removed + replaced, report.total,
                       time.perf_counter() - start)


def _fresh(index: MatchIndex, mark: Watermark) -> bool:
    """Same count, highest id and database as the watermark (an index of unknown origin adopts the database)."""
    with index.lock:
        same = (len(index.bm25) == mark.count and index.bm25.max_id == mark.max_id
                and index.vectors.count() == mark.count and index.bm25.anchor in ("", mark.anchor))
    if same:
        _adopt(index, mark.anchor)
    return same


def _adopt(index: MatchIndex, anchor: str) -> None:
    """Record which database the index mirrors (persisted with BM25)."""
    with index.lock:
        if anchor and index.bm25.anchor != anchor:
            index.bm25.anchor = anchor
            index.save()


def _drop_other_database(index: MatchIndex, anchor: str) -> int:
    """Empty an index built from another database (its anchor differs); returns how many postings it held."""
    if not index.bm25.anchor or not anchor or index.bm25.anchor == anchor:
        return 0
    held = len(index.bm25)
    index.forget(index.bm25.ids.tolist())
    index.bm25 = BM25Index(index.bm25.k1, index.bm25.b)
    index.vectors.delete(index.vectors.all_ids())
    index.save()
    return held


def refresh_match_index(settings: Settings, engine: Engine, *, embedder: Embedder | None = None,
                        client=None, on_progress: ProgressFn | None = None) -> IndexReport:
    """The hook for ingest and the demo bootstrap: index every stored posting the persisted index lacks.

    Uses the process-wide shared index (the one the Jobs page reads) unless a client or embedder is given.
    """
    if client is None and embedder is None:
        index = shared_index(settings)
    else:
        index = open_index(settings, client=client, embedder=embedder)
    return ensure_index(engine, index, on_progress)


def embed_texts(index: MatchIndex, facts: Sequence[PostingFacts]) -> list[str]:
    """The documents the vector index embeds for these postings (the collection's recipe)."""
    return [embed_text(f, index.settings) for f in facts]


def encode_documents(embedder, texts: Sequence[str]) -> np.ndarray:
    """Embed index documents: identical texts once, the embedder's bulk mode when it has one."""
    unique = list(dict.fromkeys(texts))
    encode = getattr(embedder, "encode_bulk", None) or embedder.encode
    vecs = encode(unique)
    row = {t: i for i, t in enumerate(unique)}
    return vecs[[row[t] for t in texts]]


def add_encoded(index: MatchIndex, facts: Sequence[PostingFacts], vectors: np.ndarray) -> int:
    """Add postings embedded elsewhere (e.g. build workers, same model and recipe): vectors, then BM25 rows."""
    if not facts:
        return 0
    index.vectors.upsert_vectors([str(f.id) for f in facts], vectors, [chroma_metadata(f) for f in facts])
    with index.lock:
        index.bm25.add(list(facts))
    return len(facts)


def _embed(index: MatchIndex, facts: list) -> int:
    """Embed and upsert; identical texts are encoded once."""
    if not facts:
        return 0
    matrix = encode_documents(index.embedder, embed_texts(index, facts))
    index.vectors.upsert_vectors([str(f.id) for f in facts], matrix, [chroma_metadata(f) for f in facts])
    return len(facts)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]
