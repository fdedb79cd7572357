"""Training the junction model of core.skills.junction on gold Knowledge spans (deterministic: liblinear).

Examples come from the gold spans of the training postings, on core.skills.tokens tokens: every junction inside
one span is a link (1), and the junction between two spans side by side on a line is a split (0). The
regression sees the same features at inference, where it is asked about the junctions of predicted spans. Its
BiLSTM log-probabilities come from BiLSTMs trained without the posting's fold (jackknifed_log_probs), as the
shipped BiLSTM has not seen the postings it reads at inference.
"""

from __future__ import annotations

import numpy as np

from core.skills.junction import BITS, JunctionModel, Junctions
from core.skills.rerank import runs

C = 1.0


def junction_examples(ctx: Junctions, tags: list[int]) -> list[tuple[list[int], np.ndarray, int]]:
    """(ids, dense, label) for the junctions of one posting's gold spans (1 link, 0 split)."""
    line = ctx.tokens.line
    spans = runs(tags, line)
    out = [(*ctx.features(s, e, j), 1) for s, e in spans for j in range(s + 1, e)]
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if e1 == s2 and line[s2] == line[e1 - 1]:
            out.append((*ctx.features(s1, e2, s2), 0))
    return out


def jackknifed_log_probs(rows: list[tuple], words: list[str], table: np.ndarray, config, folds: int
                         ) -> list[np.ndarray]:
    """Per posting (core.skills.neural_training rows), the log-probabilities of a BiLSTM trained on the other folds
    (fold = index % folds) with the same recipe."""
    from core.skills.neural_training import train_neural

    out: list[np.ndarray] = [np.zeros((0, 6), np.float32)] * len(rows)
    for fold in range(folds):
        net = train_neural([r for i, r in enumerate(rows) if i % folds != fold], words, table, config)
        for i, (w, codes, line, *_) in enumerate(rows):
            if i % folds == fold and len(w):
                out[i] = net.log_probs(w, codes, line)
    return out


def fit_junctions(examples: list[tuple[list[int], np.ndarray, int]], threshold: float = 0.5,
                  merge_threshold: float = 0.9, c: float = C) -> JunctionModel | None:
    """An L2 logistic regression over the examples (None when they hold a single class)."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    y = np.array([label for *_, label in examples], dtype=bool)
    if not len(y) or y.all() or not y.any():
        return None
    n_dense = len(examples[0][1])
    ind, data, ptr = [], [], [0]
    for ids, dense, _ in examples:
        ind += list(ids) + [(1 << BITS) + k for k in range(n_dense)]
        data += [1.0] * len(ids) + dense.tolist()
        ptr.append(len(ind))
    x = sp.csr_matrix((data, ind, ptr), shape=(len(examples), (1 << BITS) + n_dense))
    x.sum_duplicates()
    lr = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=0).fit(x, y)
    w = lr.coef_[0].astype(np.float32)
    keep = np.nonzero(np.abs(w[:1 << BITS]) >= 1e-6)[0].astype(np.int32)
    dense = np.concatenate([w[1 << BITS:], np.array([lr.intercept_[0]], np.float32)]).astype(np.float32)
    return JunctionModel(keep, w[keep], dense, threshold, merge_threshold)
