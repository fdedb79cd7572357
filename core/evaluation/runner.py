"""Run an extractor over gold documents and score it (metrics defined in core.evaluation.metrics)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from core.evaluation.datasets import GoldDoc
from core.evaluation.metrics import Counts, Tokens, overlap_counts, strict_counts, token_strict_counts
from core.skills.extract import Extractor


@dataclass
class LayerScore:
    """Strict (token boundaries), exact (character boundaries) and token-overlap counts for one gold layer."""

    layer: str
    strict: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    exact: Counts = field(default_factory=Counts)

    def to_dict(self) -> dict:
        """Rounded metrics plus raw counts, JSON-able."""
        out: dict = {"layer": self.layer}
        for name, c in (("strict", self.strict), ("overlap", self.overlap), ("exact", self.exact)):
            out[name] = {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                         "pred": c.pred, "pred_matched": c.pred_matched, "gold": c.gold, "gold_found": c.gold_found}
        return out


@dataclass
class EvalReport:
    """Scores of one dataset."""

    dataset: str
    docs: int
    seconds: float
    layers: list[LayerScore]

    @property
    def docs_per_s(self) -> float:
        """Documents extracted per second (extraction time only)."""
        return self.docs / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        """JSON-able summary."""
        return {"dataset": self.dataset, "docs": self.docs, "seconds": round(self.seconds, 4),
                "docs_per_s": round(self.docs_per_s, 1), "layers": [s.to_dict() for s in self.layers]}


def evaluate(dataset: str, extractor: Extractor, docs: list[GoldDoc], layers: tuple[str, ...],
             combined: str | None = None, typed: dict[str, tuple[str, ...]] | None = None) -> EvalReport:
    """Extract every doc, then score predictions per layer (and against the union of `layers` as `combined`).

    `typed` maps a gold layer to the mention layers (SkillMention.layer) predicted for it: a typed layer is
    scored with those predictions only, and its untyped score (every prediction) is reported too, as
    "<layer>_all". Layers not in `typed` and `combined` use every prediction."""
    predictions = []
    started = time.perf_counter()
    for doc in docs:
        predictions.append([(m.start, m.end, getattr(m, "layer", "knowledge"))
                            for m in extractor.extract(doc.text, doc.kind).mentions])
    seconds = time.perf_counter() - started
    typed = typed or {}
    names = list(layers) + ([combined] if combined else []) + [f"{layer}_all" for layer in typed]
    scores = {name: LayerScore(name) for name in names}
    for doc, pred in zip(docs, predictions):
        tokens = Tokens(doc.text)
        every = [(s, e) for s, e, _ in pred]
        for name in names:
            base = name[:-4] if name.endswith("_all") and name[:-4] in typed else name
            gold = sorted({s for layer in layers for s in doc.layers[layer]}) if name == combined \
                else list(doc.layers[base])
            spans = [(s, e) for s, e, kind in pred if kind in typed[name]] if name in typed else every
            scores[name].strict.add(token_strict_counts(spans, gold, tokens))
            scores[name].exact.add(strict_counts(spans, gold))
            scores[name].overlap.add(overlap_counts(spans, gold, tokens))
    return EvalReport(dataset, len(docs), seconds, [scores[n] for n in names])


def format_report(report: EvalReport) -> str:
    """A plain-text table: one line per layer, strict and token-overlap P/R/F1, and the character-exact F1."""
    head = f"{report.dataset}: {report.docs} docs, {report.docs_per_s:.0f} docs/s"
    rows = [head, f"{'layer':<13} {'strict P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}   "
                  f"{'exact F1':>8}   {'pred':>5} {'gold':>5}"]
    for s in report.layers:
        a, b = s.strict, s.overlap
        rows.append(f"{s.layer:<13} {a.precision:>8.3f} {a.recall:>6.3f} {a.f1:>6.3f}   "
                    f"{b.precision:>9.3f} {b.recall:>6.3f} {b.f1:>6.3f}   {s.exact.f1:>8.3f}   "
                    f"{b.pred:>5} {b.gold:>5}")
    return "\n".join(rows)
