"""CRAG-style mapping gate: an open-vocabulary span -> a taxonomy skill, or an emerging skill (skill_id None).

For each span (decisions are memoised per normalised surface, so repeats cost a dict lookup):
1. Junk (no letters, only stopwords or section-heading words, placeholders) -> "rejected" (not a mention).
2. Literal: the normalised surface, then its core phrase (cue words such as "experience with" and generic heads
   such as "skills" / "framework" stripped, plural folded) looked up among the taxonomy's names, aliases and
   their variants -> "mapped" (recipe "literal").
3. Embedding retrieval (only with an embedder): cosine similarity of the query against every taxonomy name and
   alias (matrix built lazily once per process), top-k rows. Signals: accepted_count (hits with similarity >=
   min_similarity), margin (best skill - second-best skill among the hits; when every hit is the same skill the
   k-th score stands in and more hits are wanted) and literal_reject_rate (share of accepted hits sharing no word
   stem with the query). Confident when accepted_count >= min_hits, margin >= min_margin and the literal reject
   rate <= max_literal_reject -> "mapped" (recipe "surface" or "core").
   Otherwise retry, at most max_retries times: widen top-k by top_k_step (up to top_k_max) while every hit was
   accepted or no second skill was seen, else switch the query recipe once (surface -> core phrase), else stop.
4. Not confident -> "emerging": kept as a mention with skill_id None, its best candidates recorded for the
   clarification step — when the phrase reads like a skill's name (core.skills.shape); a duty ("Write and
   maintain Airflow DAGs") or a fragment ("Perform initial") is "rejected" instead. Without an embedder step 3
   is skipped (mode "literal").
Every threshold comes from core.config.GateSettings.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from core.config import GateSettings
from core.skills.features import STOPWORDS
from core.skills.forms import FormIndex
from core.skills.normalize import normalize_form
from core.skills.shape import skill_shaped
from core.taxonomy.models import Taxonomy

LEAD_WORDS = frozenset(
    """experience experienced knowledge proficiency proficient expertise understanding familiarity familiar
    background with in of on strong solid good excellent basic advanced deep working hands-on hands proven
    modern relevant practical the a an and using use skills demonstrated""".split()
)
GENERIC_HEADS = frozenset(
    """skills skill experience knowledge development programming language languages framework frameworks tools
    tool technologies technology platform platforms concepts principles practices methodologies methodology
    environment environments stack expertise proficiency background abilities ability""".split()
)
HEADINGS = frozenset(
    """skills skill education experience summary projects project certifications certification objective profile
    achievements responsibilities requirements qualifications information links awards languages interests
    hobbies references contact personal details declaration strengths""".split()
)
MEMO_LIMIT = 50_000


@dataclass(frozen=True)
class GateDecision:
    """The gate's verdict on one span (the shape written to Extraction.diagnostics["mapping"])."""

    surface: str
    start: int
    end: int
    decision: str  # mapped | emerging | rejected
    skill_id: str | None = None
    name: str | None = None
    confidence: float = 0.0
    candidates: tuple[tuple[str, float], ...] = ()  # (skill_id, score), best first
    reason: str = ""
    recipe: str = ""  # literal | surface | core | ""
    retries: int = 0
    signals: dict = field(default_factory=dict)  # accepted_count, margin, literal_reject_rate, top_k

    def at(self, surface: str, start: int, end: int) -> "GateDecision":
        """The same verdict for another occurrence."""
        return GateDecision(surface, start, end, self.decision, self.skill_id, self.name, self.confidence,
                            self.candidates, self.reason, self.recipe, self.retries, self.signals)

    def to_dict(self) -> dict:
        """JSON-able diagnostics row."""
        return {"surface": self.surface, "start": self.start, "end": self.end, "decision": self.decision,
                "skill_id": self.skill_id, "name": self.name, "confidence": round(self.confidence, 3),
                "candidates": [{"skill_id": s, "score": round(float(v), 3)} for s, v in self.candidates],
                "reason": self.reason, "recipe": self.recipe, "retries": self.retries, **self.signals}


def core_phrase(surface: str) -> str:
    """The normalised span without leading cue words and trailing generic heads ('' when nothing is left)."""
    words = normalize_form(surface).split()
    while words and words[0] in LEAD_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1] in GENERIC_HEADS:
        words.pop()
    return " ".join(words)


def _singular(key: str) -> str:
    """'databases' -> 'database', 'technologies' -> 'technology' (last word only)."""
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return key


def _stems(text: str) -> set[str]:
    """Content-word stems (first 4 letters; short words whole) of a normalised text."""
    return {w[:4] for w in normalize_form(text).split() if w not in STOPWORDS and any(ch.isalnum() for ch in w)}


def is_junk(surface: str) -> bool:
    """No letters, only stopwords or section-heading words ("SKILLS", "Technical Skills"), or an anonymisation
    placeholder."""
    words = [w for w in normalize_form(surface).split() if any(ch.isalpha() for ch in w)]
    return (not words or all(w in STOPWORDS for w in words) or all(w in HEADINGS or w in ("technical", "work",
            "additional", "professional", "key") for w in words) or "<" in surface)


class MappingGate:
    """Maps open-vocabulary spans to taxonomy skills; `embedder` (core.embeddings.Embedder) is optional."""

    def __init__(self, taxonomy: Taxonomy, index: FormIndex, settings: GateSettings | None = None,
                 embedder=None) -> None:
        """Literal keys come from the compiled forms; the embedding matrix is built on first use."""
        self.taxonomy, self.settings, self.embedder = taxonomy, settings or GateSettings(), embedder
        self.literal = {f.key: f.skill_id for f in index.forms}
        self._texts: list[str] | None = None
        self._skills: list[str] = []
        self._matrix: np.ndarray | None = None
        self._memo: dict[str, GateDecision] = {}

    @property
    def mode(self) -> str:
        """'embedding' with an embedder, else 'literal'."""
        return "embedding" if self.embedder is not None else "literal"

    def _rows(self) -> None:
        """Names and aliases (deduplicated per skill, case-insensitively) and their skill ids."""
        texts, skills = [], []
        for skill in sorted(self.taxonomy.skills.values(), key=lambda s: s.id):
            seen = set()
            for raw in (skill.name, *skill.aliases):
                low = raw.strip().lower()
                if low and low not in seen:
                    seen.add(low)
                    texts.append(raw.strip())
                    skills.append(skill.id)
        self._texts, self._skills = texts, skills

    def matrix(self) -> np.ndarray:
        """Unit embeddings of every name and alias (computed once, lazily)."""
        if self._matrix is None:
            if self._texts is None:
                self._rows()
            self._matrix = np.asarray(self.embedder.encode(self._texts), dtype=np.float32)
        return self._matrix

    def decide(self, spans: list[tuple[str, int, int]]) -> list[GateDecision]:
        """One decision per (surface, start, end), in input order."""
        keys = [normalize_form(s) for s, _, _ in spans]
        pending = {k: s for k, (s, _, _) in zip(keys, spans) if k not in self._memo}
        literal = {k: self._literal(s) for k, s in pending.items()}
        need = [s for k, s in pending.items() if literal[k] is None]
        if need and self.embedder is not None:
            self.embedder.encode_cached(need)  # one batch for the whole document
        for key, surface in pending.items():
            decision = literal[key] or self._retrieve(surface)
            if decision.decision == "emerging":
                shaped, why = skill_shaped(surface)
                if not shaped:  # a duty or a fragment: kept in diagnostics, not shown as a skill
                    decision = replace(decision, decision="rejected", reason=f"not a skill name: {why}")
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = decision
        return [self._memo[k].at(s, a, b) for k, (s, a, b) in zip(keys, spans)]

    def _literal(self, surface: str) -> GateDecision | None:
        """Junk rejection and the literal recipe; None when retrieval has to decide."""
        if is_junk(surface):
            return GateDecision(surface, 0, 0, "rejected", reason="not a skill phrase (no content words)")
        key = normalize_form(surface)
        core = core_phrase(surface)
        for variant, conf, why in ((key, 0.9, "taxonomy name or alias"), (core, 0.85, "core phrase is an alias"),
                                   (_singular(core), 0.85, "singular core phrase is an alias")):
            skill_id = self.literal.get(variant) if variant else None
            if skill_id:
                return GateDecision(surface, 0, 0, "mapped", skill_id, self.taxonomy.skills[skill_id].name, conf,
                                    ((skill_id, 1.0),), why, "literal")
        if len(key.split()) > self.settings.max_span_words:
            return GateDecision(surface, 0, 0, "emerging", reason="long phrase: kept as written", recipe="")
        if self.embedder is None:
            return GateDecision(surface, 0, 0, "emerging", reason="no literal match; no embedder for retrieval")
        return None

    def _retrieve(self, surface: str) -> GateDecision:
        """Bounded retrieval with top-k widening and one recipe switch."""
        cfg = self.settings
        matrix = self.matrix()
        core = core_phrase(surface)
        recipes = [("surface", surface)] + ([("core", core)] if core and core != normalize_form(surface) else [])
        recipe, k, retries = 0, cfg.top_k, 0
        while True:
            name, query = recipes[recipe]
            vec = self.embedder.encode_cached([query])[0]
            sig = self._signals(matrix @ vec, query, k)
            if sig["confident"]:
                top = sig["ranked"][0]
                return GateDecision(surface, 0, 0, "mapped", top[0], self.taxonomy.skills[top[0]].name,
                                    float(top[1]), tuple(sig["ranked"][:3]), "confident retrieval", name, retries,
                                    sig["public"])
            if retries >= cfg.max_retries:
                break
            if sig["wants_more"] and k < cfg.top_k_max:
                k = min(k + cfg.top_k_step, cfg.top_k_max)
            elif recipe + 1 < len(recipes):
                recipe += 1
            else:
                break
            retries += 1
        return GateDecision(surface, 0, 0, "emerging", None, None, float(sig["ranked"][0][1]) if sig["ranked"]
                            else 0.0, tuple(sig["ranked"][:3]), sig["why"], name, retries, sig["public"])

    def _signals(self, sims: np.ndarray, query: str, k: int) -> dict:
        """accepted_count, margin and literal reject rate of the top-k rows."""
        cfg = self.settings
        k = min(k, len(sims))
        top = np.argpartition(-sims, k - 1)[:k]
        top = top[np.argsort(-sims[top], kind="stable")]
        best: dict[str, float] = {}
        for row in top:
            best.setdefault(self._skills[row], float(sims[row]))
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        accepted = [row for row in top if sims[row] >= cfg.min_similarity]
        stems = _stems(query)
        rejects = sum(1 for row in accepted if not (stems & _stems(self._texts[row])))
        rate = rejects / len(accepted) if accepted else 1.0
        second = ranked[1][1] if len(ranked) > 1 else float(sims[top[-1]])
        margin = ranked[0][1] - second if ranked else 0.0
        wants_more = len(ranked) < 2 or (bool(accepted) and len(accepted) == k)
        checks = [(len(accepted) >= cfg.min_hits, f"only {len(accepted)} hit(s) >= {cfg.min_similarity}"),
                  (margin >= cfg.min_margin, f"near tie (margin {margin:.3f} < {cfg.min_margin})"),
                  (rate <= cfg.max_literal_reject, f"literal reject rate {rate:.2f} > {cfg.max_literal_reject}")]
        failed = [why for ok, why in checks if not ok]
        public = {"accepted_count": len(accepted), "margin": round(margin, 4),
                  "literal_reject_rate": round(rate, 3), "top_k": k}
        return {"confident": not failed, "why": "; ".join(failed), "ranked": ranked, "wants_more": wants_more,
                "public": public}


def summary(decisions: list[GateDecision], mode: str, embedder_id: str | None) -> dict:
    """The gate summary for Extraction.diagnostics["gate"]["summary"]."""
    counts = {"mapped": 0, "emerging": 0, "rejected": 0}
    for d in decisions:
        counts[d.decision] = counts.get(d.decision, 0) + 1
    return {"mode": mode, "embedder": embedder_id, "spans": len(decisions), **counts,
            "literal": sum(1 for d in decisions if d.recipe == "literal"),
            "retries": sum(d.retries for d in decisions),
            "recipe_switches": sum(1 for d in decisions if d.recipe == "core")}
