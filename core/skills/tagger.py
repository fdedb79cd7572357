"""A BIO span tagger: averaged structured perceptron with first-order Viterbi decoding (pure numpy + Python).

Tags O / B / I per layer; I may only follow B or I (the forbidden transitions are fixed at -inf, the rest are
learned). Training is deterministic for a seed (sequence order is shuffled by numpy's PCG64). Inference sums
weights cached per word type, context signature and word triple (core.skills.features), so a posting costs a
handful of dictionary lookups per token plus one Viterbi pass per layer.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.skills.features import OFFSETS, FeatureSpace
from core.skills.signature import Context
from core.skills.tokens import Tokens

TAGS = ("O", "B", "I")
O, B, I = 0, 1, 2
START = 3
NEG = -1e9


def _fixed(trans: np.ndarray) -> np.ndarray:
    """Transitions with O->I and START->I forbidden."""
    t = trans.astype(np.float64).copy()
    t[O, I] = NEG
    t[START, I] = NEG
    return t


def viterbi(em: np.ndarray, starts: list[bool], trans: np.ndarray, first_prev: int = START) -> list[int]:
    """Best tag sequence for emissions `em` (n x 3); `starts[i]` resets to the start state (a new line);
    `first_prev` is the state before the first token (START, or O inside a line)."""
    n = len(em)
    if n == 0:
        return []
    t = _fixed(trans).tolist()
    rows = em.tolist()
    back: list[tuple[int, int, int]] = []
    f = t[first_prev]
    s0, s1, s2 = rows[0][0] + f[0], rows[0][1] + f[1], rows[0][2] + f[2]
    back.append((3, 3, 3))
    for i in range(1, n):
        e0, e1, e2 = rows[i]
        if starts[i]:
            best = max(s0, s1, s2)
            arg = 0 if best == s0 else (1 if best == s1 else 2)
            back.append((-1 - arg, -1 - arg, -1 - arg))  # negative: the previous line ends at `arg`
            s0, s1, s2 = best + t[3][0] + e0, best + t[3][1] + e1, best + t[3][2] + e2
            continue
        c = (s0 + t[0][0], s1 + t[1][0], s2 + t[2][0])
        a0 = 0 if c[0] >= c[1] and c[0] >= c[2] else (1 if c[1] >= c[2] else 2)
        c1 = (s0 + t[0][1], s1 + t[1][1], s2 + t[2][1])
        a1 = 0 if c1[0] >= c1[1] and c1[0] >= c1[2] else (1 if c1[1] >= c1[2] else 2)
        c2 = (s0 + t[0][2], s1 + t[1][2], s2 + t[2][2])
        a2 = 0 if c2[0] >= c2[1] and c2[0] >= c2[2] else (1 if c2[1] >= c2[2] else 2)
        back.append((a0, a1, a2))
        s0, s1, s2 = c[a0] + e0, c1[a1] + e1, c2[a2] + e2
    last = (s0, s1, s2)
    tag = 0 if last[0] >= last[1] and last[0] >= last[2] else (1 if last[1] >= last[2] else 2)
    out = [0] * n
    for i in range(n - 1, -1, -1):
        out[i] = tag
        prev = back[i][tag]
        tag = -1 - prev if prev < 0 else prev
    return out


def decode(em: np.ndarray, starts: list[bool], trans: np.ndarray, pad: int = 2) -> list[int]:
    """Viterbi restricted to windows around tokens whose best emission is not O (`pad` tokens either side);
    everything else is O. Same result as `viterbi` unless a transition alone would pull a confident O token
    into a span, which the windows make negligible, at a fraction of the cost."""
    n = len(em)
    out = [O] * n
    active = np.nonzero(em[:, 1:].max(axis=1) > em[:, 0])[0]
    if not len(active):
        return out
    mask = np.zeros(n, dtype=bool)
    for d in range(-pad, pad + 1):
        mask[np.clip(active + d, 0, n - 1)] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    for lo, hi in zip(edges[::2].tolist(), edges[1::2].tolist()):
        seg = viterbi(em[lo:hi], starts[lo:hi], trans, START if starts[lo] else O)
        out[lo:hi] = seg
    return out


def spans(tags: list[int], tokens: Tokens) -> list[tuple[int, int]]:
    """Character spans of B/I runs (an I never crosses a line)."""
    out: list[tuple[int, int]] = []
    open_at = -1
    for i, tag in enumerate(tags):
        if tag == I and open_at >= 0 and tokens.line[i] == tokens.line[open_at]:
            continue
        if open_at >= 0:
            out.append((tokens.starts[open_at], tokens.ends[i - 1]))
            open_at = -1
        if tag != O:
            open_at = i
    if open_at >= 0:
        out.append((tokens.starts[open_at], tokens.ends[len(tags) - 1]))
    return out


@dataclass
class Sequence:
    """One training sequence: flat feature ids, per-token offsets into them, gold tags."""

    flat: np.ndarray
    offsets: np.ndarray
    gold: list[int]
    starts: list[bool]


def make_sequence(ids: list[np.ndarray], gold: list[int], starts: list[bool]) -> Sequence:
    """Pack per-token feature ids for training."""
    lens = np.array([len(a) for a in ids], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
    return Sequence(np.concatenate(ids) if ids else np.zeros(0, np.int64), offsets, list(gold), list(starts))


def train_perceptron(seqs: list[Sequence], n_features: int, epochs: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Averaged structured perceptron: (weights n_features x 3, transitions 4 x 3), float32."""
    w = np.zeros((n_features, 3), dtype=np.float64)
    u = np.zeros_like(w)
    t = np.zeros((4, 3), dtype=np.float64)
    tu = np.zeros_like(t)
    rng = np.random.default_rng(seed)
    c = 1.0
    for _ in range(epochs):
        for k in rng.permutation(len(seqs)):
            s = seqs[k]
            if not s.gold:
                continue
            em = np.add.reduceat(w[s.flat], s.offsets, axis=0)
            pred = viterbi(em, s.starts, t)
            if pred != s.gold:
                _update(s, pred, w, u, t, tu, c)
            c += 1
    return (w - u / c).astype(np.float32), (t - tu / c).astype(np.float32)


def _update(s: Sequence, pred: list[int], w, u, t, tu, c: float) -> None:
    """Perceptron update for one mispredicted sequence (lazy averaging: u accumulates c * delta)."""
    ends = list(s.offsets[1:]) + [len(s.flat)]
    for i, (g, p) in enumerate(zip(s.gold, pred)):
        if g != p:
            ids = s.flat[s.offsets[i]:ends[i]]
            np.add.at(w[:, g], ids, 1.0)
            np.add.at(w[:, p], ids, -1.0)
            np.add.at(u[:, g], ids, c)
            np.add.at(u[:, p], ids, -c)
        gp = START if i == 0 or s.starts[i] else s.gold[i - 1]
        pp = START if i == 0 or s.starts[i] else pred[i - 1]
        if (gp, g) != (pp, p):
            t[gp, g] += 1.0
            tu[gp, g] += c
            t[pp, p] -= 1.0
            tu[pp, p] -= c


class RowCache:
    """A growing float32 matrix with one row per cached key."""

    def __init__(self, shape: tuple[int, ...], limit: int) -> None:
        """Rows of `shape`; cleared when `limit` keys are cached (bounded memory on unbounded input)."""
        self.shape, self.limit = shape, limit
        self.index: dict = {}
        self.mat = np.zeros((256, *shape), dtype=np.float32)

    def rows(self, keys: list, compute) -> np.ndarray:
        """Row numbers of `keys`, computing missing rows with `compute(key) -> array of shape`."""
        get = self.index.get
        rows = [get(k, -1) for k in keys]
        if -1 in rows:
            missing = list(dict.fromkeys(k for k, r in zip(keys, rows) if r < 0))
            if len(self.index) + len(missing) > self.limit:
                self.index.clear()
                missing = list(dict.fromkeys(keys))
            need = len(self.index) + len(missing)
            if need > len(self.mat):
                grown = np.zeros((max(need, 2 * len(self.mat)), *self.shape), dtype=np.float32)
                grown[:len(self.mat)] = self.mat
                self.mat = grown
            for key in missing:
                row = len(self.index)
                self.mat[row] = compute(key)
                self.index[key] = row
            rows = [self.index[k] for k in keys]
        return np.fromiter(rows, dtype=np.int64, count=len(rows))


class Scorer:
    """Emission scores for K stacked tag columns, with weight sums cached per key."""

    def __init__(self, weights: np.ndarray, space: FeatureSpace) -> None:
        """`weights`: dense (2**HASH_BITS x K) float32."""
        self.w, self.space, self.k = weights, space, weights.shape[1]
        self._words = RowCache((len(OFFSETS), self.k), 300_000)
        self._ctx = RowCache((self.k,), 200_000)
        self._pairs = RowCache((self.k,), 300_000)

    def _word_vec(self, word: str) -> np.ndarray:
        """Per-offset weight sums of a word type."""
        ids = self.space.word_ids(word)
        return np.stack([self.w[ids[o]].sum(axis=0) for o in OFFSETS])

    def emissions(self, tokens: Tokens, ctx: Context) -> np.ndarray:
        """(n x K) emission scores of every token."""
        n = len(tokens)
        if n == 0:
            return np.zeros((0, self.k), dtype=np.float32)
        words, line = tokens.words, np.asarray(tokens.line)
        rows = self._words.rows(words, self._word_vec)
        mat = self._words.mat
        em = mat[rows, OFFSETS.index(0)].copy()
        for j, o in enumerate(OFFSETS):
            if o == 0 or n <= abs(o):
                continue
            lo, hi = max(0, -o), n - max(0, o)
            same = (line[lo:hi] == line[lo + o:hi + o])[:, None]
            em[lo:hi] += mat[rows[lo + o:hi + o], j] * same
        codes, inverse = np.unique(ctx.codes, return_inverse=True)
        crow = self._ctx.rows(codes.tolist(), lambda c: self.w[self.space.context_ids(c)].sum(axis=0))
        em += self._ctx.mat[crow][inverse]
        lows = [w.lower() for w in words]
        same = line[1:] == line[:-1]
        prev = ["<s>"] + [lows[i] if same[i] else "<s>" for i in range(n - 1)]
        nxt = [lows[i + 1] if same[i] else "</s>" for i in range(n - 1)] + ["</s>"]
        keys = list(zip(prev, lows, nxt))
        prow = self._pairs.rows(keys, lambda k: self.w[self.space.pair_ids(*k)].sum(axis=0))
        em += self._pairs.mat[prow]
        return em
