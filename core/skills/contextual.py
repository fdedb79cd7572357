"""ContextExtractor: the gazetteer's candidates judged in context by a trained BIO tagger, plus open vocabulary.

Per text: the lexical pass (core.skills.gazetteer) -> tokens and context features (gazetteer tags, learned
lexicon, line and section cues, word classes; core.skills.features) -> per-layer Viterbi spans
(core.skills.tagger) -> mentions:
- a span equal to a taxonomy candidate is that skill (the candidate is *accepted by the model*);
- the listed-skill floor (core.skills.predicted.listed): a taxonomy candidate the rules accepted but no span
  covers is a mention all the same (evidence "listed") — the model decides boundaries and open vocabulary, never
  whether a skill the text plainly names is one; only the rules (case, ambiguity, context) reject a candidate;
- a knowledge span starting with its only candidate ("Java 8", "AWS services") is that skill with the span's bounds;
  a span holding several candidates ("React/Redux", "SQL Server stored procedures") gives one mention per candidate;
- any other span is open vocabulary and goes through the CRAG-style gate (core.skills.gate): mapped, emerging
  (skill_id None, kept for clarification) or rejected.
Resumes also get a level per mention (core.skills.levels), and every rule-accepted occurrence of a skill the
model accepted once is kept as evidence. Without a model for the kind the extractor is the lexical gazetteer (v1)
and diagnostics["model"] says why.

Extraction.diagnostics (JSON; the clarification step reads "mapping", "rejected", "ambiguous" and "levels"):
- "extractor": version; "counts": {candidates, mentions, rejected, sections}; "sections_available";
  "seniority_source" (jobs) | "years_source" (resumes) — as in v1;
- "model": {"loaded": true, "version", "kind", "layers", "spans": {layer: n}}
  or {"loaded": false, "reason", "fallback": "gazetteer"};
- "gate": {"summary": {"mode": "literal"|"embedding", "embedder", "spans", "mapped", "emerging", "rejected",
  "literal", "retries", "recipe_switches"}};
- "mapping": one row per open-vocabulary span (max 200): {"surface", "start", "end", "decision":
  "mapped"|"emerging"|"rejected", "skill_id", "name", "confidence", "candidates": [{"skill_id", "score"}] best
  first, "reason", "recipe": "literal"|"surface"|"core"|"", "retries", and for retrieval "accepted_count",
  "margin", "literal_reject_rate", "top_k"};
- "rejected": [{"skill_id", "surface", "start", "end", "reason"}] — rule rejections (v1 reasons);
- "ambiguous": [{"skill_id", "surface", "start", "end", "status": "accepted"|"rejected", "reason"}] for
  candidates of ambiguous forms ("Go", "R", "Spring");
- resumes: "levels": [{"skill_id", "name", "surface", "start", "end", "level", "source":
  "stated"|"years"|"default", "note"}] and "assumptions": ["Docker: no level or years stated -> assumed L2"].
"""

from __future__ import annotations

import math
from bisect import bisect_left

import numpy as np

from core.config import GateSettings
from core.skills import gate as gate_mod
from core.skills.clusters import WordClusters
from core.skills.extract import CONTEXT_VERSION, combined_version
from core.skills.features import FeatureSpace, gaz_tags
from core.skills.gazetteer import GazetteerExtractor, LexicalPass, attach_years, layer_of
from core.skills.junction import Compounds, Junctions, WordVectors
from core.skills.levels import apply_levels
from core.skills.lexicon import Lexicon
from core.skills.markup import mask_markup, restore_surfaces
from core.skills.model import ExtractorModel
from core.skills.models import Extraction, SkillMention
from core.skills.predicted import PredictedSpan as _Span, coordinated, evidence_occurrences, listed
from core.skills.rerank import rerank_spans
from core.skills.shape import on_role_header
from core.skills.signature import Context, context
from core.skills.tagger import Scorer, decode, spans
from core.skills.tokens import Tokens, tokenize
from core.skills.threads import one_blas_thread
from core.taxonomy.models import Taxonomy

MAX_ROWS = 200  # diagnostics rows per list


def feature_space(gazetteer: GazetteerExtractor, clusters: WordClusters | None = None) -> FeatureSpace:
    """The feature space over a gazetteer's forms (vocabulary and single-word forms) and word clusters."""
    forms = gazetteer.index.forms
    return FeatureSpace(frozenset(w for f in forms for w in f.key.split()),
                        frozenset(f.key for f in forms if " " not in f.key), clusters)


def analyse(gazetteer: GazetteerExtractor, text: str, kind: str, lexicon: Lexicon | None
            ) -> tuple[LexicalPass, Tokens, Context]:
    """Lexical pass, tokens and the context of every token (shared by training and extraction)."""
    lex = gazetteer.lexical(text, kind)
    tokens = tokenize(text)
    accepted = {id(c) for c in lex.accepted}
    skills = gazetteer.taxonomy.skills
    labels = [(c.start, c.end, f"{skills[c.form.skill_id].category}:{'acc' if id(c) in accepted else 'rej'}")
              for c in lex.kept]
    section = _sections(lex, tokens)
    lexicon_tags = lexicon.tags(lex.nt, tokens) if lexicon is not None and lexicon.phrases else None
    return lex, tokens, context(tokens, gaz_tags(tokens, labels), section, lexicon_tags)


def _sections(lex: LexicalPass, tokens: Tokens) -> list[str]:
    """Section name of every token (vectorised over the section starts)."""
    if not lex.sections:
        return ["other"] * len(tokens)
    starts = np.array([s.start for s in lex.sections])
    ends = np.array([s.end for s in lex.sections])
    names = [s.name for s in lex.sections] + ["other"]
    pos = np.asarray(tokens.starts)
    i = np.searchsorted(starts, pos, side="right") - 1
    ok = (i >= 0) & (pos < ends[np.clip(i, 0, None)])
    return [names[j] for j in np.where(ok, i, len(names) - 1).tolist()]


def line_starts(tokens: Tokens) -> list[bool]:
    """True where a token starts a new line (Viterbi restarts there)."""
    line = tokens.line
    return [i == 0 or line[i] != line[i - 1] for i in range(len(line))]


class ContextExtractor:
    """The default extractor: model-judged gazetteer candidates, open vocabulary, CRAG-style mapping."""

    def __init__(self, taxonomy: Taxonomy, model: ExtractorModel | None, *, embedder=None,
                 gate_settings: GateSettings | None = None, splitter=None, model_error: str | None = None) -> None:
        """`model` None (or missing a kind) degrades that kind to the gazetteer; `model_error` says why."""
        self.taxonomy = taxonomy
        self.gazetteer = GazetteerExtractor(taxonomy, splitter=splitter)
        self.model, self.model_error = model, model_error
        self.space = feature_space(self.gazetteer, model.clusters if model is not None else None)
        self.gate = gate_mod.MappingGate(taxonomy, self.gazetteer.index, gate_settings, embedder)
        self._scorers: dict[str, Scorer] = {}
        self._categories: dict[str, str] | None = None
        self._compounds: Compounds | None = None
        self._vectors: WordVectors | None = None
        embedder_id = getattr(embedder, "model_id", None) if embedder is not None else None
        if model is None:
            self.version, self.model_id = self.gazetteer.version, self.gazetteer.model_id
        else:
            code = f"{CONTEXT_VERSION}.{model.version}"
            self.version = combined_version(code, taxonomy, self.gazetteer.index.fingerprint)
            self.model_id = "context" + (f"+{embedder_id}" if embedder_id else "")
        self.embedder_id = embedder_id

    @property
    def index(self):
        """The compiled taxonomy forms (same as the gazetteer's)."""
        return self.gazetteer.index

    def _scorer(self, kind: str) -> Scorer:
        """The emission scorer of a kind (dense weights built on first use)."""
        if kind not in self._scorers:
            self._scorers[kind] = Scorer(self.model.kinds[kind].dense(), self.space)
        return self._scorers[kind]

    def extract(self, text: str, kind: str) -> Extraction:
        """Mentions with exact offsets plus document facts and diagnostics."""
        original, text = text, mask_markup(text)  # "<b>Docker</b>" reads as "   Docker    " (core.skills.markup)
        km = self.model.kinds.get(kind) if self.model is not None else None
        if km is None:
            extraction = self.gazetteer.extract(text, kind)
            extraction.diagnostics["model"] = {"loaded": False, "reason": self.model_error or
                                               f"the model has no {kind} tagger", "fallback": "gazetteer"}
            return restore_surfaces(apply_levels(extraction, text), original)
        lex, tokens, ctx = analyse(self.gazetteer, text, kind, km.lexicon)
        with one_blas_thread():  # small matmuls (BiLSTM, scores): BLAS threads only spin, twice the CPU
            predicted = self._tag(kind, km, tokens, ctx, lex)
        found, open_spans, used = self._resolve(text, lex, predicted, kind)
        found += coordinated(text, lex, found, used)
        if kind == "resume":
            found += evidence_occurrences(lex, found, used)
        found += listed(lex, used, lambda skill_id: layer_of(self.taxonomy, skill_id), kind, text)
        open_spans = list({(s.start, s.end): s for s in sorted(
            open_spans, key=lambda s: (s.start, s.end, s.layer == "knowledge"))}.values())  # knowledge wins ties
        decisions = self.gate.decide([(text[s.start:s.end], s.start, s.end) for s in open_spans])
        for s, d in zip(open_spans, decisions):
            if d.decision != "rejected" and (d.skill_id or not on_role_header(text, s.start)):
                s.skill_id, s.evidence = d.skill_id, f"gate:{d.decision}"
                s.confidence = min(s.confidence, d.confidence) if d.skill_id else s.confidence
                found.append(s)
        mentions = self._mentions(text, kind, lex, found)
        rejected = [gate_mod_row(c, r) for c, r in lex.rejected]
        extraction = self.gazetteer.document(text, kind, mentions, lex.phrases, lex.candidates, rejected,
                                             lex.sections)
        d = extraction.diagnostics
        d["extractor"] = self.version
        d["model"] = {"loaded": True, "version": self.model.version, "kind": kind, "layers": list(km.layers),
                      "spans": {layer: sum(1 for p in predicted if p.layer == layer) for layer in km.layers}}
        d["gate"] = {"summary": gate_mod.summary(decisions, self.gate.mode, self.embedder_id)}
        d["mapping"] = [x.to_dict() for x in decisions[:MAX_ROWS]]
        d["ambiguous"] = _ambiguous_rows(lex, used)
        return restore_surfaces(apply_levels(extraction, text), original)

    def _tag(self, kind: str, km, tokens: Tokens, ctx: Context, lex: LexicalPass) -> list[_Span]:
        """Viterbi spans of every layer with a confidence from the mean emission margin; for jobs with a second
        stage (core.skills.rerank) the Knowledge spans are the reranker's."""
        em = self._scorer(kind).emissions(tokens, ctx)
        starts = line_starts(tokens)
        scale = float(self.model.meta.get("score_scale", {}).get(kind, 1.0)) or 1.0
        lp = None
        if km.neural is not None and len(tokens):  # the BiLSTM's log-probabilities (core.skills.neural)
            lp = km.neural.log_probs(tokens.words, ctx.codes, tokens.line)
            em = em.copy()
            em[:, 0:3] += km.neural.mix * scale * lp[:, 0:3]
            if em.shape[1] >= 6:
                em[:, 3:6] += km.neural.skill_mix * scale * lp[:, 3:6]
        rerank = kind == "job" and km.rerank is not None  # layers (knowledge, skill): knowledge is re-scored
        tags = [None if rerank and li == 0 else decode(self._biased(em, km, li), starts, km.trans[li])
                for li in range(len(km.layers))]
        out = []
        for li, layer in enumerate(km.layers):
            if tags[li] is None:
                self._categories = self._categories or {k: s.category for k, s in self.taxonomy.skills.items()}
                picked = rerank_spans(km, scale, tokens, ctx, lex, em, starts, self._categories,
                                      self.model.clusters, tags[1])
                if km.junction is not None and km.neural is not None:  # list items cut apart (core.skills.junction)
                    picked = km.junction.refine(picked, self._junctions(km, tokens, lex, lp))
                out += [_Span(a, b, layer, c) for a, b, c in picked]
                continue
            e = self._biased(em, km, li)
            margin = e[:, 1:].max(axis=1) - e[:, 0]
            for start, end in spans(tags[li], tokens):
                lo, hi = bisect_left(tokens.starts, start), bisect_left(tokens.starts, end)
                m = float(margin[lo:hi].mean()) if hi > lo else 0.0
                out.append(_Span(start, end, layer, min(0.99, max(0.3, 1 / (1 + math.exp(-m / scale))))))
        return out

    def _junctions(self, km, tokens: Tokens, lex: LexicalPass, log_probs: np.ndarray | None) -> Junctions:
        """The junction context of a posting with the BiLSTM's log-probabilities (compounds, vectors built once)."""
        if self._compounds is None:
            self._compounds = Compounds.of_taxonomy(self.taxonomy)
            self._vectors = WordVectors(km.neural.words, km.neural.vectors)
        return Junctions(tokens, [(c.start, c.end) for c in lex.candidates], self.model.clusters,
                         self._compounds, self._vectors, [(c.start, c.end) for c in lex.kept], log_probs)

    @staticmethod
    def _biased(em: np.ndarray, km, li: int) -> np.ndarray:
        """Layer `li`'s emissions (float64) with its O-bias subtracted."""
        e = em[:, 3 * li:3 * li + 3].astype("float64")
        e[:, 0] -= float(km.bias[li])
        return e

    def _resolve(self, text: str, lex: LexicalPass, predicted: list[_Span], kind: str):
        """(mapped spans, open-vocabulary spans, ids of candidates the model accepted)."""
        vetoed = {(c.start, c.end) for c, reason in lex.rejected if reason not in _OVERRULABLE}
        kept = [c for c in lex.kept if (c.start, c.end) not in vetoed]  # "swift response": the rules' veto stands
        starts = [c.start for c in kept]
        found: list[_Span] = []
        open_spans: list[_Span] = []
        used: set[int] = set()
        for p in predicted:
            lo = bisect_left(starts, p.start)
            inside = []
            while lo < len(kept) and kept[lo].start < p.end:
                if kept[lo].end <= p.end:
                    inside.append(kept[lo])
                lo += 1
            exact = len(inside) == 1 and (inside[0].start, inside[0].end) == (p.start, p.end)
            if exact or (len(inside) == 1 and p.layer != "skill" and inside[0].start == p.start):
                c = inside[0]
                used.add(id(c))
                found.append(_Span(p.start, p.end, p.layer, p.confidence, c.form.skill_id, "model"))
            elif len(inside) > 1:  # one mention per skill named inside ("SQL Server stored procedures")
                for c in inside:
                    used.add(id(c))
                    found.append(_Span(c.start, c.end, p.layer, p.confidence, c.form.skill_id, "model:split"))
            elif (p.start, p.end) not in vetoed:  # nor does the gate map the vetoed word itself
                open_spans.append(p)
        return found, open_spans, used

    def _mentions(self, text: str, kind: str, lex: LexicalPass, found: list[_Span]) -> list[SkillMention]:
        """SkillMentions in text order, one per (start, end), with section, requirement, years."""
        unique: dict[tuple[int, int], _Span] = {}
        for s in sorted(found, key=lambda s: (s.start, s.end, s.layer != "knowledge")):
            unique.setdefault((s.start, s.end), s)
        ordered = list(unique.values())
        years_of = attach_years(ordered, lex.phrases, lex.clauses)
        out = []
        for s in ordered:
            section = lex.section_of(s.start)
            skill = self.taxonomy.skills.get(s.skill_id) if s.skill_id else None
            layer = s.layer if kind == "job" else (layer_of(self.taxonomy, s.skill_id) if skill else "skill")
            out.append(SkillMention(
                skill_id=s.skill_id, name=skill.name if skill else " ".join(text[s.start:s.end].split()),
                surface=text[s.start:s.end], start=s.start, end=s.end, section=section,
                requirement=lex.clauses.requirement(s.start, s.end, section, kind), confidence=round(s.confidence, 3),
                years=years_of.get(s.start), layer=layer,
            ))
        return out


_OVERRULABLE = frozenset({"no supporting context"})  # rule rejections the model may overrule (weak evidence only)


def gate_mod_row(c, reason: str) -> dict:
    """Diagnostics row of a rejected candidate."""
    return {"skill_id": c.form.skill_id, "surface": c.surface, "start": c.start, "end": c.end, "reason": reason}


def _ambiguous_rows(lex: LexicalPass, used: set[int]) -> list[dict]:
    """Candidates of ambiguous forms with their fate (rule-rejected, model-rejected or accepted)."""
    rules = {id(c): reason for c, reason in lex.rejected}
    rows = []
    for c in lex.kept:
        if not c.form.ambiguous:
            continue
        status = "accepted" if id(c) in used else "rejected"
        reason = rules.get(id(c)) or ("context model" if status == "rejected" else c.evidence)
        rows.append({"skill_id": c.form.skill_id, "surface": c.surface, "start": c.start, "end": c.end,
                     "status": status, "reason": reason})
    return rows[:MAX_ROWS]
