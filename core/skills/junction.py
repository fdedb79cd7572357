"""Splitting merged list items in job postings: does a Knowledge span continue across two adjacent tokens?

Postings list skills without separators ("PowerPoint Excel", "heating ventilation", "Java OS"): bulleted tech
stacks, tag clouds, and SkillSpan's text, which has no commas at all. The tagger then reads a list as one long
span. Here a logistic regression scores each junction inside a predicted Knowledge span, P(the two tokens belong
to one skill), and the span is cut where that is below the threshold; two predicted spans side by side are
joined where it is above a second, high threshold ("Selenium" + "WebDriver"). Features of a junction: the two words, their
word classes, shapes and suffixes, the word vectors (the BiLSTM's table) of both and their similarity, the
taxonomy's evidence (a candidate across the junction, or ending / starting there; the word pair inside a
multi-word skill name; how often each word ends / starts one), the lengths of both sides, the words around the
span, the line's length and candidate count, how often the words and the pair occur in the posting, and (ctx-7)
the posting BiLSTM's O/B/I log-probabilities at both tokens (the sentence context the word-level features lack).
Trained by core.skills.junction_training on gold junctions of SkillSpan
train, with the log-probabilities of BiLSTMs that did not see the posting (jackknife); measured in
docs/benchmarks.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from core.skills.features import shape
from core.skills.rerank import fid as _fid
from core.skills.tokens import PUNCT

BITS = 18
N_SCALAR = 3  # cosine, cosine squared, both words known
N_NEURAL = 16  # the BiLSTM's 6 log-probabilities at both tokens, 2 B-I margins and 2 probabilities at the second


def fid(feature: str) -> int:
    """Hashed id of a junction feature (its own namespace of the rerank hash)."""
    return _fid("j:" + feature)


@dataclass
class Compounds:
    """What the taxonomy's multi-word names say about word pairs."""

    bigrams: frozenset
    finals: Counter
    initials: Counter

    @classmethod
    def of(cls, names) -> "Compounds":
        """From skill names and aliases."""
        bigrams, finals, initials = set(), Counter(), Counter()
        for name in names:
            words = re.findall(r"\S+", name.lower())
            bigrams.update(zip(words, words[1:]))
            if len(words) > 1:
                finals[words[-1]] += 1
                initials[words[0]] += 1
        return cls(frozenset(bigrams), finals, initials)

    @classmethod
    def of_taxonomy(cls, taxonomy) -> "Compounds":
        """From every skill name and alias of a taxonomy."""
        return cls.of(n for skill in taxonomy.skills.values() for n in (skill.name, *skill.aliases))


class WordVectors:
    """Unit word vectors of a table (lower-cased words), looked up per word type."""

    def __init__(self, words: list[str], vectors: np.ndarray) -> None:
        """`vectors` rows match `words`."""
        self._index = {w: i for i, w in enumerate(words)}
        self._vectors = vectors
        self.dim = int(vectors.shape[1])
        self._cache: dict[str, np.ndarray | None] = {}

    def get(self, word: str) -> np.ndarray | None:
        """The unit vector of a word (any case), None when it is not in the table."""
        key = word.lower()
        if key not in self._cache:
            i = self._index.get(key)
            v = None if i is None else self._vectors[i].astype(np.float32)
            self._cache[key] = None if v is None else v / max(float(np.linalg.norm(v)), 1e-6)
        return self._cache[key]


class Junctions:
    """The per-posting context of junction features (core.skills.tokens tokens)."""

    def __init__(self, tokens, candidates: list[tuple[int, int]], clusters, compounds: Compounds,
                 vectors: WordVectors, kept: list[tuple[int, int]] = (), log_probs: np.ndarray | None = None
                 ) -> None:
        """`candidates`: the gazetteer's matches as character spans; `kept`: the ones it kept (a taxonomy name
        is one skill: no cut inside it); `log_probs`: the BiLSTM's (tokens x 6: Knowledge then Skill O/B/I), None
        gives zeros. The posting's tables are built on first use (most spans are one token)."""
        self.tokens, self.clusters, self.compounds, self.vectors = tokens, clusters, compounds, vectors
        self._candidates, self._kept, self.log_probs = candidates, kept, log_probs

    @cached_property
    def lows(self) -> list[str]:
        """Lower-cased words."""
        return [w.lower() for w in self.tokens.words]

    @cached_property
    def cands(self) -> set[tuple[int, int]]:
        """Token ranges of the gazetteer's candidates."""
        return {self.range(a, b) for a, b in self._candidates}

    @cached_property
    def locked(self) -> set[int]:
        """Junctions inside a kept taxonomy name."""
        return {j for lo, hi in (self.range(a, b) for a, b in self._kept) for j in range(lo + 1, hi)}

    @cached_property
    def _tables(self) -> tuple[Counter, Counter, Counter, Counter, Counter, set[int]]:
        """Candidate ends and starts, word and word-pair counts, candidates per line, junctions inside a candidate."""
        line = self.tokens.line
        return (Counter(hi for _, hi in self.cands), Counter(lo for lo, _ in self.cands), Counter(self.lows),
                Counter(zip(self.lows, self.lows[1:])), Counter(line[lo] for lo, _ in self.cands if lo < len(line)),
                {j for lo, hi in self.cands for j in range(lo + 1, hi)})

    def range(self, start: int, end: int) -> tuple[int, int]:
        """Token range [lo, hi) of a character span."""
        return bisect_right(self.tokens.ends, start), bisect_left(self.tokens.starts, end)

    def _cls(self, word: str) -> tuple:
        got = self.clusters.of(word) if self.clusters is not None else None
        return got if got else ("n", "n")

    def features(self, s: int, e: int, j: int) -> tuple[list[int], np.ndarray]:
        """Hashed ids and dense values of the junction between tokens j-1 and j of the span [s, e)."""
        words, lows, line = self.tokens.words, self.lows, self.tokens.line
        ends, begins, counts, pairs, line_cands, crossed = self._tables
        a, b, la, lb = words[j - 1], words[j], lows[j - 1], lows[j]
        ca, cb = self._cls(la), self._cls(lb)
        sa, sb = shape(a), shape(b)
        fin, ini = self.compounds.finals, self.compounds.initials
        pw = lows[s - 1] if s > 0 and line[s - 1] == line[s] else "<s>"
        nw = lows[e] if e < len(lows) and line[e] == line[s] else "</s>"
        f = ["bias", f"a={la}", f"b={lb}", f"ab={la}|{lb}", f"ca={ca[0]}", f"cb={cb[0]}", f"cab={ca[0]}|{cb[0]}",
             f"fa={ca[-1]}", f"fb={cb[-1]}", f"fab={ca[-1]}|{cb[-1]}", f"sa={sa}", f"sb={sb}", f"sab={sa}|{sb}",
             f"xa={la[-3:]}", f"xb={lb[-3:]}", f"ll={min(j - s, 4)}", f"lr={min(e - j, 4)}",
             f"llr={min(j - s, 3)}|{min(e - j, 3)}", f"cross={j in crossed}", f"enda={ends[j] > 0}",
             f"startb={begins[j] > 0}",
             f"pieces={(s, j) in self.cands}|{(j, e) in self.cands}|{(s, e) in self.cands}",
             f"nline={min(self.tokens.line_len[j] // 5, 6)}", f"ncand={min(line_cands[line[j]], 5)}",
             f"pw={pw}", f"nw={nw}", f"tbig={(la, lb) in self.compounds.bigrams}",
             f"afin={min(fin[la], 3)}|bini={min(ini[lb], 3)}", f"ainif={min(ini[la], 2)}|bfin={min(fin[lb], 2)}",
             f"abdoc={min(pairs[(la, lb)], 3)}", f"adoc={min(counts[la], 3)}|bdoc={min(counts[lb], 3)}"]
        return [fid(x) for x in f], np.concatenate([self._dense(a, b), self._neural(j)])

    def _neural(self, j: int) -> np.ndarray:
        """The BiLSTM's log-probabilities at tokens j-1 and j, the B-I margins and P(B), P(I) of Knowledge at j."""
        if self.log_probs is None:
            return np.zeros(N_NEURAL, np.float32)
        a, b = self.log_probs[j - 1], self.log_probs[j]
        return np.concatenate([a, b, [b[1] - b[2], b[4] - b[5], np.exp(b[1]), np.exp(b[2])]]).astype(np.float32)

    def _dense(self, a: str, b: str) -> np.ndarray:
        """Cosine, its square, both-known flag, then va * vb, va, vb."""
        dim = self.vectors.dim
        va, vb = self.vectors.get(a), self.vectors.get(b)
        known = va is not None and vb is not None
        va = va if va is not None else np.zeros(dim, np.float32)
        vb = vb if vb is not None else np.zeros(dim, np.float32)
        cos = float(va @ vb) if known else 0.0
        return np.concatenate([np.array([cos, cos * cos, float(known)], np.float32), va * vb, va, vb])


@dataclass
class JunctionModel:
    """Logistic regression P(link) over hashed junction features and dense values: spans are cut where it is
    below `threshold`, and side-by-side spans joined where it is above `merge_threshold`."""

    rows: np.ndarray  # int32 hashed ids with a weight
    weights: np.ndarray  # float32 (rows,)
    dense: np.ndarray  # float32 (N_SCALAR + 3 * dim + N_NEURAL + 1,): dense weights, the last one the intercept
    threshold: float = 0.5
    merge_threshold: float = 0.9

    def full(self) -> np.ndarray:
        """Weights over the whole hash space, built once."""
        cached = self.__dict__.get("_full")
        if cached is None:
            cached = np.zeros(1 << BITS, np.float32)
            cached[self.rows] = self.weights
            self.__dict__["_full"] = cached
        return cached

    def link(self, ids: list[int], dense: np.ndarray) -> float:
        """P(the two tokens of a junction belong to one span); a model from before the BiLSTM features (ctx-6) has
        fewer dense weights and reads only the leading values."""
        z = float(self.full()[ids].sum() + dense[:len(self.dense) - 1] @ self.dense[:-1] + self.dense[-1])
        return 1.0 / (1.0 + np.exp(-z))

    def merge(self, spans: list[tuple[int, int, float]], ctx: Junctions) -> list[tuple[int, int, float]]:
        """Side-by-side spans joined where the junction links them above `merge_threshold`."""
        out: list[tuple[int, int, float]] = []
        line = ctx.tokens.line
        for start, end, conf in sorted(spans):
            if out:
                lo, hi = ctx.range(out[-1][0], out[-1][1])
                lo2, hi2 = ctx.range(start, end)
                if hi == lo2 and line[lo2] == line[hi - 1] and \
                        self.link(*ctx.features(lo, hi2, lo2)) > self.merge_threshold:
                    out[-1] = (out[-1][0], end, min(out[-1][2], conf))
                    continue
            out.append((start, end, conf))
        return out

    def refine(self, spans: list[tuple[int, int, float]], ctx: Junctions) -> list[tuple[int, int, float]]:
        """(start, end, confidence) spans joined (merge) and then cut apart at weak junctions (split)."""
        return self.split(self.merge(spans, ctx) if self.merge_threshold < 1.0 else spans, ctx)

    def split(self, spans: list[tuple[int, int, float]], ctx: Junctions) -> list[tuple[int, int, float]]:
        """(start, end, confidence) spans with merged list items cut apart; edge punctuation trimmed."""
        tokens, out = ctx.tokens, []
        for start, end, conf in spans:
            lo, hi = ctx.range(start, end)
            cuts = [j for j in range(lo + 1, hi)
                    if j not in ctx.locked and self.link(*ctx.features(lo, hi, j)) < self.threshold]
            if not cuts:
                out.append((start, end, conf))
                continue
            bounds = [lo] + cuts + [hi]
            for a, b in zip(bounds, bounds[1:]):
                while a < b and tokens.words[a] in PUNCT:
                    a += 1
                while b > a and tokens.words[b - 1] in PUNCT:
                    b -= 1
                if a < b:
                    out.append((tokens.starts[a], tokens.ends[b - 1], conf))
        return out
