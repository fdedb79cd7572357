"""Span metrics for extraction evaluation (micro-averaged: counts are summed over documents, then divided).

Definitions. A span is a half-open character range [start, end) in a document's text.
- Strict (the standard SkillSpan span F1): spans are compared as whitespace-token ranges (for SkillSpan the
  dataset's own tokens, see below); a predicted span is a true positive when a gold span of the layer covers
  exactly the same tokens. precision = distinct predicted token ranges with an identical gold range / distinct
  predicted ranges; recall = gold ranges with an identical predicted range / gold ranges. A token-level tagger
  gets this by construction; a character-level extractor such as ours is projected onto the tokens, so
  "Kubernetes" inside the dataset token "Kubernetes)" matches a gold span on that token.
- Exact: the stricter character-level variant (identical start and end offsets), reported alongside.
- Token overlap: the text is tokenised on whitespace (for SkillSpan these are exactly the dataset's tokens,
  because postings are rebuilt by joining tokens with single spaces); a span covers every token it
  intersects. A predicted span counts as a TP for precision when it shares >= 1 token with some gold span of
  the layer; symmetrically a gold span counts as found for recall when it shares >= 1 token with some
  predicted span. precision = matched predictions / predictions; recall = found gold spans / gold spans.
- F1 = 2PR / (P + R), and 0 when P + R = 0. Empty denominators give 0.
- Layers: our mentions carry no layer, so per-layer precision compares *every* prediction with that layer's
  gold (a correct Skill-layer prediction is a false positive for Knowledge); "combined" compares the
  predictions with the union of the layers' gold spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

Span = tuple[int, int]
_TOKEN = re.compile(r"\S+")


@dataclass
class Counts:
    """Numerators and denominators of precision and recall (kept apart: overlap matching is asymmetric)."""

    pred: int = 0
    pred_matched: int = 0
    gold: int = 0
    gold_found: int = 0

    def add(self, other: "Counts") -> None:
        """Sum another document's counts into these."""
        self.pred += other.pred
        self.pred_matched += other.pred_matched
        self.gold += other.gold
        self.gold_found += other.gold_found

    @property
    def precision(self) -> float:
        """Matched predictions / predictions."""
        return self.pred_matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        """Found gold spans / gold spans."""
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def strict_counts(pred: list[Span], gold: list[Span]) -> Counts:
    """Exact matching of predicted against gold spans (character offsets, or token ranges when projected)."""
    gold_set, pred_set = set(gold), set(pred)
    return Counts(len(pred_set), len(pred_set & gold_set), len(gold_set), len(gold_set & pred_set))


class Tokens:
    """Whitespace tokens of a text, for mapping spans to token ranges."""

    def __init__(self, text: str) -> None:
        """Tokenise `text` on whitespace."""
        spans = [m.span() for m in _TOKEN.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def range(self, span: Span) -> tuple[int, int]:
        """Token indices [first, last) intersecting `span` (empty when it covers only whitespace)."""
        start, end = span
        return bisect_right(self.ends, start), bisect_left(self.starts, end)


def shares_token(a: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    """True when token range `a` intersects any of `ranges`."""
    return a[0] < a[1] and any(max(a[0], b[0]) < min(a[1], b[1]) for b in ranges)


def overlap_counts(pred: list[Span], gold: list[Span], tokens: Tokens) -> Counts:
    """Token-overlap matching of predicted against gold spans."""
    pred_r = [tokens.range(s) for s in set(pred)]
    gold_r = [tokens.range(s) for s in set(gold)]
    return Counts(
        pred=len(pred_r), pred_matched=sum(shares_token(p, gold_r) for p in pred_r),
        gold=len(gold_r), gold_found=sum(shares_token(g, pred_r) for g in gold_r),
    )


def token_strict_counts(pred: list[Span], gold: list[Span], tokens: Tokens) -> Counts:
    """Strict matching on whitespace-token ranges (spans covering only whitespace are dropped)."""
    def ranges(spans: list[Span]) -> list[tuple[int, int]]:
        return [r for r in (tokens.range(s) for s in spans) if r[0] < r[1]]
    return strict_counts(ranges(pred), ranges(gold))
