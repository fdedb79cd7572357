"""Second stage for job postings: Knowledge spans re-scored with span, sentence and document features.

The first-stage tagger sees a +-2 token window. Here its Knowledge Viterbi spans at several O-biases (STEPS, in
units of the model's score scale) are the candidates, and two logistic regressions over hashed features score
each one: P(exactly a gold span) and P(overlaps a gold span). Features: which bias steps produce the span, the
tagger's span score and boundary margins, length, first / last / surrounding words with shapes and word classes,
the whole surface, an exact taxonomy or learned-lexicon match, the Skill layer's overlapping prediction, cue and
company words ("we", "our") on the line, bullet / position / section, and document-level counts (how often the
surface occurs in the posting and how often the tagger predicted it). Per line the candidates are taken greedily
by p_exact + mix * p_overlap above a threshold, without overlaps. Trained by core.skills.training on jackknifed
first-stage output (SkillSpan train, 5 folds); measured on SkillSpan dev in docs/benchmarks.md.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np

from core.skills.features import STOPWORDS, shape
from core.skills.rerank_index import LineRanges, surface_counts
from core.skills.signature import LATER_CATEGORIES
from core.skills.tagger import decode

BITS = 18
STEPS = (0.3, 0.75)  # O-bias steps (units of the score scale) whose Viterbi spans are candidates
N_DENSE = 7
_EDGES = [-6, -4, -3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4, 6, 10]
_PUNCT = frozenset(",;:()[]/&.-|")
_CUES = frozenset("""experience knowledge degree familiar familiarity understanding proficient proficiency skills
    background expertise working strong solid bachelor master masters phd bsc msc certification certified exposure
    plus advantage preferred required must ability responsible using use with in of""".split())
_COMPANY = frozenset("we our us we're ours company team client clients customers".split())
_IDS: dict[str, int] = {}
_SHAPES: dict[str, str] = {}


def _shape(word: str) -> str:
    """core.skills.features.shape, cached per word."""
    got = _SHAPES.get(word)
    if got is None:
        got = shape(word)
        if len(_SHAPES) < 200_000:
            _SHAPES[word] = got
    return got


def fid(feature: str) -> int:
    """Hashed id of a feature string (crc32, cached)."""
    got = _IDS.get(feature)
    if got is None:
        got = zlib.crc32(feature.encode("utf-8")) & ((1 << BITS) - 1)
        if len(_IDS) < 400_000:
            _IDS[feature] = got
    return got


@dataclass
class Candidate:
    """One candidate span: token range, character bounds, hashed feature ids and dense values."""

    lo: int
    hi: int
    start: int
    end: int
    ids: list[int]
    dense: list[float]


@dataclass
class Reranker:
    """Two logistic regressions (exact, overlap) over hashed features, and the selection rule."""

    rows: np.ndarray  # int32 hashed feature ids with a weight
    weights: np.ndarray  # float32 (rows, 2)
    dense: np.ndarray  # float32 (N_DENSE + 1, 2): dense weights, last row the intercepts
    mix: float = 0.5
    threshold: float = 0.5

    def full(self) -> np.ndarray:
        """Dense (2**BITS x 2) weights, built once."""
        cached = self.__dict__.get("_full")
        if cached is None:
            cached = np.zeros((1 << BITS, 2), np.float32)
            cached[self.rows] = self.weights
            self.__dict__["_full"] = cached
        return cached

    def scores(self, cands: list[Candidate]) -> np.ndarray:
        """p_exact + mix * p_overlap per candidate."""
        if not cands:
            return np.zeros(0)
        w = self.full()
        ids = np.fromiter((i for c in cands for i in c.ids), np.int64)
        owner = np.repeat(np.arange(len(cands)), [len(c.ids) for c in cands])
        vals = w[ids].astype(np.float64)
        z = np.stack([np.bincount(owner, vals[:, k], minlength=len(cands)) for k in (0, 1)], axis=1)
        z += np.clip(np.array([c.dense for c in cands]), -10, 10) / 5 @ self.dense[:N_DENSE] + self.dense[N_DENSE]
        p = 1 / (1 + np.exp(-z))
        return p[:, 0] + self.mix * p[:, 1]

    def select(self, cands: list[Candidate], scores: np.ndarray) -> list[tuple[int, int, float]]:
        """Greedy non-overlapping (start, end, score) above the threshold, best first."""
        taken: set[int] = set()
        out = []
        for j in np.argsort(-scores, kind="stable").tolist():
            if scores[j] < self.threshold:
                break
            c = cands[j]
            if any(i in taken for i in range(c.lo, c.hi)):
                continue
            taken.update(range(c.lo, c.hi))
            out.append((c.start, c.end, float(scores[j])))
        return sorted(out)


def runs(tags: list[int], line: list[int]) -> list[tuple[int, int]]:
    """Token ranges of B/I runs (an I never crosses a line)."""
    out, open_at = [], -1
    for i, t in enumerate(tags):
        if t == 2 and open_at >= 0 and line[i] == line[open_at]:
            continue
        if open_at >= 0:
            out.append((open_at, i))
            open_at = -1
        if t != 0:
            open_at = i
    if open_at >= 0:
        out.append((open_at, len(tags)))
    return out


def _range(tokens, start: int, end: int) -> tuple[int, int] | None:
    """Token range covering a character span."""
    lo, hi = bisect_left(tokens.ends, start + 1), bisect_left(tokens.starts, end)
    return (lo, hi) if hi > lo else None


def candidates(tokens, ctx, lex, lexicon, categories: dict, em: np.ndarray, trans: np.ndarray, starts: list[bool],
               unit: float, picks: tuple[float, float], clusters, skill_tags: list[int] | None = None
               ) -> list[Candidate]:
    """Candidates with features. `em`: raw (n x 6) emissions of the knowledge and skill layers; `trans`:
    (2, 4, 3) transitions; `picks`: the tuned O-bias steps of both layers; `categories`: skill id -> category;
    `skill_tags`: the Skill layer's decoded tags when the caller has them (decoded here otherwise)."""
    n = len(tokens)
    if n == 0:
        return []
    em = em.astype(np.float64) / unit
    tk, ts = np.asarray(trans[0], np.float64) / unit, np.asarray(trans[1], np.float64) / unit
    ek, es = em[:, 0:3].copy(), em[:, 3:6].copy()
    found: dict[tuple[int, int], list[float]] = {}
    line = tokens.line
    for step in STEPS:
        e = ek.copy()
        e[:, 0] -= step
        for r in runs(decode(e, starts, tk), line):
            found.setdefault(r, []).append(step)
    es[:, 0] -= picks[1]
    skill = set(runs(skill_tags if skill_tags is not None else decode(es.copy(), starts, ts), line))
    ek[:, 0] -= picks[0]
    base = {r for r, steps in found.items() if any(abs(s - picks[0]) < 1e-9 for s in steps)}
    gaz = {}
    for c in lex.kept:
        r = _range(tokens, c.start, c.end)
        if r:
            gaz[r] = c
    lexm = {}
    if lexicon is not None and lexicon.phrases:
        for s, e2, key in lexicon.matches(lex.nt):
            r = _range(tokens, s, e2)
            if r:
                lexm[r] = lexicon.phrases[key]
    lows = [w.lower() for w in tokens.words]
    counts = surface_counts(lows, found)  # how often each surface occurs in the posting (core.skills.rerank_index)
    surf = {r: " ".join(lows[r[0]:r[1]]) for r in found}
    predicted: dict[str, int] = {}
    for r in base:
        predicted[surf[r]] = predicted.get(surf[r], 0) + 1
    first: dict[str, int] = {}
    for r in sorted(found):
        first.setdefault(surf[r], r[0])
    line_words: dict[int, set] = {}
    for i, w in enumerate(lows):
        line_words.setdefault(line[i], set()).add(w)
    co, ci = np.concatenate([[0], np.cumsum(ek[:, 0])]), np.concatenate([[0], np.cumsum(ek[:, 2])])
    so, si = np.concatenate([[0], np.cumsum(es[:, 0])]), np.concatenate([[0], np.cumsum(es[:, 2])])
    margin = (ek[:, 1:].max(axis=1) - ek[:, 0]).tolist()
    cont = (ek[:, 2] - ek[:, 0]).tolist()
    b_k, co, ci = ek[:, 1].tolist(), co.tolist(), ci.tolist()
    b_s, so, si = es[:, 1].tolist(), so.tolist(), si.tolist()
    in_skill = [False] * (n + 1)
    for a, b in skill:
        in_skill[a:b] = [True] * (b - a)
    gaz_lines = LineRanges(gaz, line)
    out = []
    for (lo, hi), steps in found.items():
        f = _span_features(tokens, lows, lo, hi, steps, clusters)
        length, s = hi - lo, surf[(lo, hi)]
        c = gaz.get((lo, hi))
        if c is not None:
            cat = categories.get(c.form.skill_id, "other")
            f += [f"gaz={LATER_CATEGORIES.get(cat, cat)}", f"gazamb={c.form.ambiguous}"]
        else:
            inside, cross = gaz_lines.counts(line[lo], lo, hi)
            f += [f"gazin={min(inside, 3)}", f"gazx={min(cross, 2)}"]
        ratio = lexm.get((lo, hi))
        if ratio is not None:
            f.append(f"lex={ratio[0]:.1f}|{ratio[1]:.1f}")
        f.append(f"sk={'exact' if (lo, hi) in skill else ('ov' if any(in_skill[lo:hi]) else 'no')}")
        tc, pc = counts[s], min(predicted.get(s, 0), 3)
        f += [f"tc={tc}", f"pc={pc}", f"tc|pc={tc}|{pc}", f"first={first[s] == lo}"]
        words = line_words[line[lo]]
        f += ["cue=" + w for w in sorted(words & _CUES)]
        company = sorted(words & _COMPANY)
        f += [f"comp={bool(company)}"] + ["cw=" + w for w in company]
        inv = f"{steps[0]}"
        f += [f"bul={tokens.bullet[lo]}", f"idx={min(tokens.index[lo], 6)}", f"ll={min(tokens.line_len[lo] // 3, 8)}",
              f"sec={ctx.section[lo]}", f"inv|gaz={inv}|{c is not None}", f"inv|len={inv}|{min(length, 4)}"]
        span_k = b_k[lo] + ci[hi] - ci[lo + 1] - (co[hi] - co[lo])
        span_s = b_s[lo] + si[hi] - si[lo + 1] - (so[hi] - so[lo])
        left = margin[lo - 1] if lo > 0 and line[lo - 1] == line[lo] else -9.0
        right = cont[hi] if hi < n and line[hi] == line[lo] else -9.0
        inner = margin[lo:hi]
        dense = [span_k, span_k / length, min(inner), sum(inner) / length, left, right, span_s]
        b = [bisect_left(_EDGES, v) for v in dense]
        f += [f"bk={b[0]}", f"bkm={b[1]}", f"bmn={b[2]}", f"bmean={b[3]}", f"bl={b[4]}", f"br={b[5]}", f"bs={b[6]}",
              f"bk|inv={b[0]}|{inv}"]
        out.append(Candidate(lo, hi, tokens.starts[lo], tokens.ends[hi - 1], sorted({fid(x) for x in f}), dense))
    return out


def _span_features(tokens, lows: list[str], lo: int, hi: int, steps: list[float], clusters) -> list[str]:
    """Lexical features of a span: bias steps, length, edge words, shapes, classes and neighbours."""
    line = tokens.line
    words, lw = tokens.words, lows[lo:hi]
    length = hi - lo
    f = [f"src=v{s}" for s in steps] + [f"inv={','.join(map(str, steps))}", f"len={min(length, 6)}",
                                        f"fw={lw[0]}", f"lw={lw[-1]}", f"fs={_shape(words[lo])}",
                                        f"ls={_shape(words[hi - 1])}", f"surf={' '.join(lw)}"]
    if clusters is not None:
        c0, c1 = clusters.of(lw[0]), clusters.of(lw[-1])
        f += [f"fc={c0[0] if c0 else 'n'}", f"lc={c1[0] if c1 else 'n'}"]
    pw = lows[lo - 1] if lo > 0 and line[lo - 1] == line[lo] else "<s>"
    nw = lows[hi] if hi < len(lows) and line[hi] == line[lo] else "</s>"
    pw2 = lows[lo - 2] if lo > 1 and line[lo - 2] == line[lo] else "<s>"
    f += [f"pw={pw}", f"nw={nw}", f"pw2={pw2}", f"fsw={lw[0] in STOPWORDS}|lsw={lw[-1] in STOPWORDS}",
          f"inner_and={any(w in ('and', 'or', '&', '/') for w in lw[1:-1])}",
          f"inner_p={any(w in _PUNCT for w in lw)}"]
    if pw in STOPWORDS or pw in _PUNCT or pw == "<s>":
        f.append(f"pw|len={pw}|{min(length, 4)}")
    return f


def rerank_spans(km, unit: float, tokens, ctx, lex, em: np.ndarray, starts: list[bool], categories: dict,
                 clusters, skill_tags: list[int] | None = None) -> list[tuple[int, int, float]]:
    """The Knowledge spans of a job posting chosen by `km.rerank`, as (start, end, confidence): `km` is the job
    KindModel (layers knowledge, skill), `unit` its score scale, `em` its raw emissions."""
    picks = (float(km.bias[0]) / unit, float(km.bias[1]) / unit)
    cands = candidates(tokens, ctx, lex, km.lexicon, categories, em, km.trans, starts, unit, picks, clusters,
                       skill_tags)
    rr = km.rerank
    return [(a, b, round(min(0.99, max(0.3, p / (1 + rr.mix))), 3)) for a, b, p in rr.select(cands, rr.scores(cands))]
