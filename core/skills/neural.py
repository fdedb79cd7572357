"""A small contextual tagger for job postings: a one-layer BiLSTM per line, run in numpy (no torch at inference).

Inputs per token: a frozen word-type vector (all-MiniLM-L6-v2 embedding of the lower-cased word alone, reduced by
PCA to DIM dimensions at training time and stored as a table; a word outside the table gets a learned "unknown"
vector), hashed prefix / suffix / shape embeddings, and embeddings of the fields of the token's context signature
(core.skills.signature: gazetteer and learned-lexicon tags, line / list / section position). Output: per-token
log-probabilities of O / B / I for the Knowledge and the Skill layer. The context extractor adds `mix` times the
Knowledge and `skill_mix` times the Skill log-probabilities (in units of the perceptron's score scale) to the
perceptron's emissions before Viterbi and the second stage (core.skills.contextual). Trained by
core.skills.neural_training (torch, train time only). The LSTM's input projection is linear, so it is cached per
word type and per signature code: a posting costs two row gathers plus the recurrence, batched over its lines and
both directions.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np

from core.skills.features import shape
from core.skills.signature import RADIX
from core.skills.tagger import RowCache

DIM = 64  # word-vector dimensions kept after PCA
AFFIX_BUCKETS = 1 << 14
FIELD_BASE = np.concatenate([[0], np.cumsum(RADIX)[:-1]]).astype(np.int64)
N_FIELD_IDS = int(sum(RADIX))
N_AFFIX = 6
ARRAYS = ("vectors", "affix", "fields", "w_ih", "w_hh", "b", "w_out", "b_out")


def affix_ids(word: str) -> list[int]:
    """Hashed ids of a word's 2/3-letter prefixes, 2/3/4-letter suffixes (lower-cased) and shape."""
    lw = word.lower()
    feats = (f"p2={lw[:2]}", f"p3={lw[:3]}", f"x2={lw[-2:]}", f"x3={lw[-3:]}", f"x4={lw[-4:]}", f"s={shape(word)}")
    return [zlib.crc32(f.encode("utf-8")) % AFFIX_BUCKETS for f in feats]


def field_ids(codes: np.ndarray) -> np.ndarray:
    """(n x fields) embedding rows of the context-signature fields of each code (mixed radix, offset per field)."""
    c = np.asarray(codes, dtype=np.int64).copy()
    out = np.zeros((len(c), len(RADIX)), np.int64)
    for j in range(len(RADIX) - 1, -1, -1):
        out[:, j] = c % RADIX[j]
        c //= RADIX[j]
    return out + FIELD_BASE[None, :]


def line_spans(line: list[int] | np.ndarray) -> list[tuple[int, int]]:
    """Token ranges [a, b) of the lines of a document (tokens are in line order)."""
    line = np.asarray(line)
    if not len(line):
        return []
    bounds = np.flatnonzero(np.diff(np.concatenate([[-1], line, [line[-1] + 1]])))
    return list(zip(bounds[:-1].tolist(), bounds[1:].tolist()))


@dataclass
class NeuralTagger:
    """BiLSTM weights (gates i, f, o, g; forward and backward stacked on axis 0) and the word-vector table."""

    words: list[str]  # table words (lower-cased), row i of `vectors`
    vectors: np.ndarray  # (words, DIM) float16
    affix: np.ndarray  # (AFFIX_BUCKETS, A)
    fields: np.ndarray  # (N_FIELD_IDS, F)
    w_ih: np.ndarray  # (2, DIM + A + F + 1, 4H): input weights (last row: the unknown-word flag)
    w_hh: np.ndarray  # (2, H, 4H)
    b: np.ndarray  # (2, 4H)
    w_out: np.ndarray  # (2H, 6)
    b_out: np.ndarray  # (6,)
    mix: float = 0.5  # weight of the Knowledge log-probabilities, in units of the perceptron's score scale
    skill_mix: float = 0.0  # the same for the Skill layer
    _index: dict = field(default_factory=dict, init=False, repr=False)
    _cache: tuple | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        """Word -> table row."""
        self._index = {w: i for i, w in enumerate(self.words)}

    @property
    def hidden(self) -> int:
        """LSTM units per direction."""
        return int(self.w_hh.shape[1])

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """npz arrays under `prefix` (float32; the word table and affix embeddings float16)."""
        out = {f"{prefix}.words": np.array("\n".join(self.words))}
        for name in ARRAYS:
            arr = getattr(self, name)
            out[f"{prefix}.{name}"] = arr.astype(np.float16 if name in ("vectors", "affix") else np.float32)
        return out

    @classmethod
    def from_arrays(cls, data, prefix: str, mix: float, skill_mix: float = 0.0) -> "NeuralTagger":
        """Inverse of to_arrays (`data`: an open npz)."""
        words = str(data[f"{prefix}.words"])
        return cls(words.split("\n") if words else [], *(data[f"{prefix}.{n}"] for n in ARRAYS), mix=float(mix),
                   skill_mix=float(skill_mix))

    def _word_row(self, word: str) -> np.ndarray:
        """(2, 4H) input projection of a word type (vector or unknown flag, affixes) plus the bias."""
        d = self.vectors.shape[1]
        a = self.affix.shape[1]
        i = self._index.get(word.lower())
        aff = self.affix[affix_ids(word)].astype(np.float32).sum(axis=0)
        out = aff @ self.w_ih[:, d:d + a] + self.b
        if i is None:
            return out + self.w_ih[:, -1]
        return out + self.vectors[i].astype(np.float32) @ self.w_ih[:, :d]

    def _code_row(self, code: int) -> np.ndarray:
        """(2, 4H) input projection of a context-signature code."""
        lo = self.vectors.shape[1] + self.affix.shape[1]
        f = self.fields[field_ids(np.array([code]))[0]].astype(np.float32).sum(axis=0)
        return f @ self.w_ih[:, lo:lo + self.fields.shape[1]]

    def log_probs(self, words: list[str], codes: np.ndarray, line: list[int]) -> np.ndarray:
        """(n x 6) log-probabilities: O / B / I of the Knowledge layer, then of the Skill layer."""
        n, h = len(words), self.hidden
        if n == 0:
            return np.zeros((0, 6), np.float32)
        if self._cache is None:
            self._cache = (RowCache((2, 4 * h), 30_000), RowCache((2, 4 * h), 10_000))  # 8H floats a row: <= ~80 MB
        wr, cr = self._cache
        w_rows = wr.rows(list(words), self._word_row)
        c_rows = cr.rows(np.asarray(codes).tolist(), self._code_row)
        x = wr.mat[w_rows] + cr.mat[c_rows]
        pad = np.zeros((1, 4 * h), np.float32)
        xf, xb = np.concatenate([x[:, 0], pad]), np.concatenate([x[:, 1], pad])
        spans = line_spans(line)
        lens = np.array([b - a for a, b in spans])
        order = np.argsort(-lens, kind="stable")
        first, lens = np.array([a for a, _ in spans])[order], lens[order]
        active = np.searchsorted(-lens, -np.arange(int(lens[0])), side="left")  # lines still running at each step
        hid = _recurrence(xf, xb, first, lens, active, self.w_hh, n, h)
        logits = (hid[:n] @ self.w_out + self.b_out).reshape(n, 2, 3)
        m = logits.max(axis=2, keepdims=True)
        out = logits - m - np.log(np.exp(logits - m).sum(axis=2, keepdims=True))
        return out.reshape(n, 6).astype(np.float32)


def _recurrence(xf, xb, first, lens, active, w_hh, n: int, h: int) -> np.ndarray:
    """(n + 1, 2H) hidden states of both directions; lines sorted longest first (`first` token, `lens`), the
    token indices of step s computed per step (a steps x lines index matrix was quadratic in memory when one long
    line met many short ones: issue 24)."""
    lines = len(first)
    last = first + lens - 1
    hs = np.zeros((2, lines, h), np.float32)
    cs = np.zeros((2, lines, h), np.float32)
    out = np.zeros((n + 1, 2 * h), np.float32)
    g = np.empty((2, lines, 4 * h), np.float32)
    for s in range(len(active)):
        k = int(active[s])
        fi, bi = first[:k] + s, last[:k] - s
        g[0, :k], g[1, :k] = xf[fi], xb[bi]
        z = g[:, :k] + np.matmul(hs[:, :k], w_hh)
        sg = 1.0 / (1.0 + np.exp(-z[..., :3 * h]))
        c = sg[..., h:2 * h] * cs[:, :k] + sg[..., :h] * np.tanh(z[..., 3 * h:])
        cs[:, :k] = c
        hh = sg[..., 2 * h:] * np.tanh(c)
        hs[:, :k] = hh
        out[fi, :h], out[bi, h:] = hh[0], hh[1]
    return out
