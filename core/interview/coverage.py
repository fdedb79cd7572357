"""Coverage of key points and relevance to the question: sentence-embedding similarity, with a lexical fallback.

The encoder is injected (core.embeddings.Embedder or anything with `.encode(texts) -> unit vectors`); without one,
or when it fails to load, both measures fall back to forgiving word overlap and say so (`method == "lexical"`).
A key point counts as covered when either measure is confident, as "partly" covered when either is halfway.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from core.interview.text import QUESTION_WORDS, content_words, match_ratio, sentences, words

log = logging.getLogger(__name__)

# A point is semantically covered when its best answer sentence is similar to it AND clearly more similar than a
# bland sentence about the topic ("I have worked with Kubernetes."): on-topic filler is close to every point.
SEM_COVERED, SEM_PARTLY = (0.30, 0.22), (0.25, 0.12)  # (cosine floor, margin over the bland baseline)
LEX_COVERED, LEX_PARTLY = 0.5, 0.25  # share of the key point's words found in the answer
REL_FLOOR, REL_SPAN = 0.15, 0.35  # cosine answer/question: <= floor -> 0, >= floor + span -> 1
LEX_REL_FULL = 0.5  # share of the question's content words that gives full lexical relevance
_PAREN = re.compile(r"\(([^)]*)\)")


class TextEncoder(Protocol):
    """What scoring needs from an embedder."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-normalised vectors, one row per text."""
        ...


@dataclass(frozen=True)
class PointMark:
    """How well one key point is covered (1 covered, 0.5 partly, 0 missing) and the best evidence sentence."""

    point: str
    credit: float
    evidence: str = ""


@dataclass(frozen=True)
class Coverage:
    """Per-point marks plus the relevance of the whole answer to the question."""

    marks: tuple[PointMark, ...]
    relevance: float
    method: str  # "semantic" | "lexical"

    @property
    def value(self) -> float:
        """Mean credit over the key points (0 when there are none)."""
        return sum(m.credit for m in self.marks) / len(self.marks) if self.marks else 0.0

    def names(self, credit: float) -> tuple[str, ...]:
        """Points with exactly this credit."""
        return tuple(m.point for m in self.marks if m.credit == credit)


def measure(question: str, topic: str, points: Sequence[str], answer: str,
            encoder: TextEncoder | None = None) -> Coverage:
    """Coverage of `points` by `answer`, and relevance of `answer` to `question` about `topic`."""
    question = question.replace("*", "")
    lexical = _lexical(question, topic, points, answer)
    if encoder is None or not answer.strip():
        return lexical
    try:
        semantic = _semantic(question, topic, points, answer, encoder)
    except Exception as exc:  # noqa: BLE001 - a missing/broken model must not lose the answer
        log.warning("embedding model unavailable for scoring, using lexical coverage: %s", exc)
        return lexical
    marks = tuple(s if s.credit >= lx.credit else lx for s, lx in zip(semantic.marks, lexical.marks))
    return Coverage(marks, semantic.relevance, "semantic")


def _passes(sim: float, margin: float, rule: tuple[float, float]) -> bool:
    """True when the cosine reaches the floor and the margin over the bland baseline."""
    return sim >= rule[0] and margin >= rule[1]


def _semantic(question: str, topic: str, points: Sequence[str], answer: str, encoder: TextEncoder) -> Coverage:
    """Best answer sentence per point (cosine and margin over a bland sentence); answer-vs-question relevance."""
    sents = sentences(answer) or [answer.strip()]
    n = len(points)
    bland = f"I have worked with {topic}." if topic else "I have done this at work."
    vectors = np.asarray(encoder.encode([*points, question, answer.strip(), bland, *sents]), dtype=np.float32)
    p_vecs, q_vec, a_vec, b_vec, s_vecs = vectors[:n], vectors[n], vectors[n + 1], vectors[n + 2], vectors[n + 3:]
    marks = []
    for i, point in enumerate(points):
        sims = s_vecs @ p_vecs[i]
        best = int(np.argmax(sims))
        sim, margin = float(sims[best]), float(sims[best] - b_vec @ p_vecs[i])
        credit = 1.0 if _passes(sim, margin, SEM_COVERED) else 0.5 if _passes(sim, margin, SEM_PARTLY) else 0.0
        marks.append(PointMark(point, credit, sents[best] if credit else ""))
    rel_sim = max(float(a_vec @ q_vec), float(np.max(s_vecs @ q_vec)))
    relevance = min(1.0, max(0.0, (rel_sim - REL_FLOOR) / REL_SPAN))
    return Coverage(tuple(marks), round(relevance, 3), "semantic")


def _lexical(question: str, topic: str, points: Sequence[str], answer: str) -> Coverage:
    """Word overlap: a point's head words (or one of its bracketed examples); question words for relevance."""
    vocab = set(words(answer))
    sents = sentences(answer) or [answer]
    marks = []
    for point in points:
        ratio = _point_ratio(point, vocab)
        credit = 1.0 if ratio >= LEX_COVERED else 0.5 if ratio >= LEX_PARTLY else 0.0
        marks.append(PointMark(point, credit, _evidence(point, sents) if credit else ""))
    q_words = content_words(f"{topic} {question}", QUESTION_WORDS)
    relevance = min(1.0, match_ratio(q_words, vocab) / LEX_REL_FULL)
    if topic and match_ratio(content_words(topic), vocab) > 0:
        relevance = max(relevance, 0.5)
    return Coverage(tuple(marks), round(relevance, 3), "lexical")


def _point_ratio(point: str, vocab: set[str]) -> float:
    """Share of the point's head words found; any bracketed example found counts as full coverage."""
    examples = [content_words(x) for inner in _PAREN.findall(point) for x in re.split(r"[,/;]", inner)]
    if any(ex and match_ratio(ex, vocab) == 1.0 for ex in examples):
        return 1.0
    head = content_words(_PAREN.sub(" ", point))
    return match_ratio(head, vocab)


def _evidence(point: str, sents: list[str]) -> str:
    """The sentence sharing most words with the point."""
    target = content_words(point)
    return max(sents, key=lambda s: match_ratio(target, set(words(s))), default="")
