"""Training the second stage of job postings (core.skills.rerank) on jackknifed first-stage output.

A tagger trained on the other folds (fold = index % rerank_folds) proposes the candidates of each fold; two L2
logistic regressions (liblinear, fixed random_state: deterministic) learn P(exactly a gold span) and P(overlaps
one). `trainer` is a core.skills.training.Trainer (its gazetteer, feature space, config and fit).
"""

from __future__ import annotations

import numpy as np

from core.evaluation.datasets import GoldDoc
from core.evaluation.metrics import Tokens as MetricTokens, shares_token
from core.skills.contextual import analyse, line_starts
from core.skills.model import KindModel
from core.skills.rerank import BITS as RERANK_BITS, N_DENSE, Reranker, candidates
from core.skills.tagger import Scorer

JOB_LAYERS = ("knowledge", "skill")  # the layers of a job model; Knowledge is the one re-scored


def rerank_rows(trainer, km: KindModel, docs: list[GoldDoc], picks: tuple[float, float], unit: float | None):
    """Candidates of `docs` under a job model, with (exact, overlap) labels against Knowledge gold; `unit`
    None: the median |emission margin| on these docs (as in tune)."""
    scorer = Scorer(km.dense(), trainer.space)
    prepared = [(doc, *analyse(trainer.gazetteer, doc.text, "job", km.lexicon)) for doc in docs]
    ems = [scorer.emissions(tokens, ctx) for _, _, tokens, ctx in prepared]
    if unit is None:
        unit = score_unit(ems)
    categories = {k: s.category for k, s in trainer.gazetteer.taxonomy.skills.items()}
    out = []
    for (doc, lex, tokens, ctx), em in zip(prepared, ems):
        gold = set(doc.layers["knowledge"])
        words = MetricTokens(doc.text)
        ranges = [words.range(g) for g in gold]
        for c in candidates(tokens, ctx, lex, km.lexicon, categories, em, km.trans, line_starts(tokens),
                            unit or 1.0, picks, trainer.space.clusters):
            a = words.range((c.start, c.end))
            out.append((c, (c.start, c.end) in gold, shares_token(a, ranges)))
    return out


def fit_reranker(trainer, docs: list[GoldDoc], picks: tuple[float, float]) -> Reranker | None:
    """The second stage on jackknifed first-stage output: a tagger trained on the other folds (fold = index
    % rerank_folds) proposes the candidates of each fold; two L2 logistic regressions (liblinear, fixed
    random_state: deterministic) learn exact and overlap labels. None when a label has a single class."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    k = trainer.config.rerank_folds
    rows = []
    for fold in range(k):
        probe = trainer.fit([d for i, d in enumerate(docs) if i % k != fold], "job", JOB_LAYERS)
        rows += rerank_rows(trainer, probe, [d for i, d in enumerate(docs) if i % k == fold], picks, None)
    ind, data, ptr = [], [], [0]
    for c, _, _ in rows:
        ind += c.ids + [(1 << RERANK_BITS) + j for j in range(N_DENSE)]
        data += [1.0] * len(c.ids) + (np.clip(c.dense, -10, 10) / 5).tolist()
        ptr.append(len(ind))
    x = sp.csr_matrix((data, ind, ptr), shape=(len(rows), (1 << RERANK_BITS) + N_DENSE))
    coefs, intercepts = [], []
    for label in (1, 2):
        y = np.array([r[label] for r in rows], dtype=bool)
        if y.all() or not y.any():
            return None
        lr = LogisticRegression(C=trainer.config.rerank_c, solver="liblinear", max_iter=2000, random_state=0)
        lr.fit(x, y)
        coefs.append(lr.coef_[0])
        intercepts.append(lr.intercept_[0])
    w = np.stack(coefs, axis=1).astype(np.float32)
    keep = np.nonzero(np.abs(w[:1 << RERANK_BITS]).max(axis=1) >= 1e-6)[0].astype(np.int32)
    dense = np.vstack([w[1 << RERANK_BITS:], np.array(intercepts, np.float32)[None]]).astype(np.float32)
    return Reranker(keep, w[keep], dense, trainer.config.rerank_mix, trainer.config.rerank_threshold)


def score_unit(ems: list[np.ndarray]) -> float:
    """The median |emission margin| (best tag vs O) over documents' emissions: the unit of O-biases (1 if none)."""
    margins = [np.abs(e[:, 1:].max(axis=1) - e[:, 0]) for e in ems if len(e)]
    unit = float(np.median(np.concatenate(margins))) if margins else 1.0
    return unit or 1.0
