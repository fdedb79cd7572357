"""ResumeJudge: an Extractor that wraps another one and re-judges resume mentions with the transformer tagger.

Jobs pass through untouched (the wrapped extractor's Extraction object itself). For a resume, the resume tagger
(core.skills.resume_tagger: all-MiniLM-L6-v2 with fine-tuned top layers) gives every wordpiece a probability of
being inside an annotated skill, then:
- a wrapped mention of a taxonomy skill is always kept (the listed-skill floor: a skill the resume names is the
  person's; the tagger, trained on unevenly annotated resumes, only raises its confidence when it agrees);
  an open-vocabulary mention (no skill_id) is kept when the mean probability over its pieces is >= `keep` (the
  artifact's tuned threshold), its confidence raised to that probability when higher; a dropped mention whose
  skill is kept elsewhere is an *evidence* occurrence of it (Extraction.evidence: levels, years and evidence sentences still
  read it), otherwise it is rejected with a diagnostics["rejected"] row (reason JUDGE_REJECTED, with its
  "score"), which the clarification step asks about;
- a tagger span (pieces above `add`) that overlaps no kept mention is added, mapped through the wrapped
  extractor's gate (mapped / emerging; gate-rejected spans are dropped; the decisions are appended to
  diagnostics["mapping"]), with section and years from its lexical pass and the span's mean probability as
  confidence (capped by the gate's);
- "ambiguous" rows of dropped mentions turn to status "rejected" (reason "resume judge");
- levels are re-applied (core.skills.levels) and diagnostics["counts"]["mentions"] updated.
The tagger reads at most `budget` characters (TAGGER_BUDGET_CHARS, cut back to a line break): a 15-page CV is
~40k characters and is judged exactly as without a budget, while a 1M-character paste would cost minutes of
forward passes. Beyond the cut the wrapped extractor's taxonomy mentions stand unjudged (keyword matching, the
listed-skill floor), nothing is added, and its open-vocabulary phrases are left out: the tagger is what vets them
(unvetted, 100k characters of resumes gave e-mail addresses, LinkedIn URLs and "career objective" as skills).
diagnostics["resume_judge"]["bounded"] = {"chars", "read", "unjudged", "unvetted"} and diagnostics["warnings"]
carries LONG_WARNING for the Resume page. The prefix rather than chosen sections: it is what the warning can state
plainly, section detection on a million-character paste is itself unreliable, and the taxonomy skills named past
the cut are still found.
The tagger loads lazily on the first resume and is cached per process (and artifact file version); nothing
happens at import or construction except reading the artifact's header for its version. Without the artifact,
torch or transformers, resumes get the wrapped extraction and diagnostics["resume_judge"] = {"loaded": false,
"reason", "fallback": "wrapped"}; with it {"loaded": true, "version", "keep", "add", "kept", "dropped",
"added", "evidence"} (counts), plus "bounded" past the budget.

Version: "<tagger version>.<sha1(JUDGE_VERSION | wrapped.version)[:6]>+<taxonomy and fingerprint tail of the
wrapped version>"
(fits the 40-character cache column), or the wrapped version itself when the judge is unavailable.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import threading
from dataclasses import replace
from pathlib import Path

from core.skills.extract import MAX_VERSION_LEN
from core.skills.intervals import Intervals
from core.skills.levels import apply_levels
from core.skills.models import Extraction, SkillMention
from core.skills.shape import on_role_header
from core.skills.resume_tagger import (DEFAULT_TAGGER_PATH, TaggerUnavailable, cached_tagger, decode_spans,
                                       read_meta, span_scores)

MAX_MAPPING_ROWS = 200  # as the context extractor's
JUDGE_VERSION = "j4"  # bump when the judging changes (j2: rejections askable, j3: confidences, j4: taxonomy
# mentions are never dropped - the listed-skill floor); in `version`
JUDGE_REJECTED = "resume judge: not a skill here"  # diagnostics["rejected"] reason (clarification asks about it)
TAGGER_BUDGET_CHARS = 50_000  # characters the tagger reads at most (~2 s of forward passes on one core)
LONG_WARNING = ("This document is very long ({chars:,} characters): the first {read:,} characters were read in "
                "full depth, the rest by keyword matching.")


class ArtifactSource:
    """Where the judge's tagger comes from: the artifact file plus the packaged base model."""

    def __init__(self, path: Path | None = None, base_path: Path | None = None) -> None:
        """`path` defaults to data/models/resume_tagger.safetensors, `base_path` to the packaged MiniLM."""
        self.path, self.base_path = Path(path or DEFAULT_TAGGER_PATH), base_path

    def version(self) -> tuple[str | None, str]:
        """(tagger version, "") when usable, else (None, reason) — cheap: the header and two module lookups."""
        if not self.path.is_file():
            return None, f"no resume tagger at {self.path} (run: python -m core train-resume-tagger)"
        missing = [m for m in ("torch", "transformers") if importlib.util.find_spec(m) is None]
        if missing:
            return None, f"{' and '.join(missing)} not installed"
        try:
            return str(read_meta(self.path)["version"]), ""
        except (TaggerUnavailable, KeyError) as exc:
            return None, str(exc)

    def load(self):
        """The loaded tagger, once per process and file version (TaggerUnavailable when it cannot load)."""
        return cached_tagger(self.path, self.base_path)


def judged_version(tagger_version: str, wrapped_version: str) -> str:
    """The wrapper's version: tagger version, a hash of the judge code and wrapped versions, the taxonomy tail."""
    tail = wrapped_version.split("+", 1)[1] if "+" in wrapped_version else ""
    head = f"{tagger_version}.{hashlib.sha1(f'{JUDGE_VERSION}|{wrapped_version}'.encode()).hexdigest()[:6]}"
    return (f"{head}+{tail}" if tail else head)[:MAX_VERSION_LEN]


class ResumeJudge:
    """Extractor: `wrapped` for jobs; for resumes its mentions filtered and completed by the resume tagger."""

    def __init__(self, wrapped, source=None, budget: float = TAGGER_BUDGET_CHARS) -> None:
        """Wrap an extractor; `source` (default ArtifactSource()) has version() and load(); the tagger reads at
        most `budget` characters of a resume (math.inf: all of it)."""
        self.wrapped, self.budget = wrapped, budget
        self.source = source or ArtifactSource()
        self.tagger_version, self.reason = self.source.version()
        self.version = judged_version(self.tagger_version, wrapped.version) if self.tagger_version \
            else wrapped.version
        self.model_id = wrapped.model_id + ("+resume-tagger" if self.tagger_version else "")
        self._tagger = None
        self._lock = threading.Lock()

    def _loaded(self):
        """The tagger, loaded on first use (None after a failure, whose reason is kept)."""
        with self._lock:
            if self._tagger is None and self.tagger_version:
                try:
                    self._tagger = self.source.load()
                except TaggerUnavailable as exc:
                    self.tagger_version, self.reason = None, str(exc)
            return self._tagger

    def extract(self, text: str, kind: str) -> Extraction:
        """The wrapped extraction (diagnostics["extractor"] naming this version); for resumes a re-judged copy (the
        wrapped one is never modified)."""
        extraction = self.wrapped.extract(text, kind)
        stamp = {"extractor": self.version} if "extractor" in extraction.diagnostics else {}
        if kind != "resume":
            return replace(extraction, diagnostics={**extraction.diagnostics, **stamp}) if stamp else extraction
        tagger = self._loaded() if self.tagger_version else None
        if tagger is None:
            return replace(extraction, diagnostics={**extraction.diagnostics, **stamp, "resume_judge": {
                "loaded": False, "reason": self.reason, "fallback": "wrapped"}})
        diagnostics = {**copy.deepcopy(extraction.diagnostics), **stamp}
        return self._judge(text, replace(extraction, diagnostics=diagnostics), tagger)

    def _judge(self, text: str, extraction: Extraction, tagger) -> Extraction:
        """Keep, drop and add mentions by the tagger's probabilities."""
        keep_at, add_at = float(tagger.meta["keep"]), float(tagger.meta["add"])
        cut = tagger_cut(text, self.budget)
        tagged = tagger.tag(text[:cut] if cut < len(text) else text)
        judged = [m for m in extraction.mentions if m.end <= cut]
        unjudged = [m for m in extraction.mentions if m.end > cut and m.skill_id]  # past the budget: keywords
        unvetted = sum(1 for m in extraction.mentions if m.end > cut and not m.skill_id)
        scores = span_scores(tagged.offsets, tagged.probs, [(m.start, m.end) for m in judged])
        kept = [replace(m, confidence=round(max(m.confidence, s), 3)) if s >= keep_at else m
                for m, s in zip(judged, scores) if s >= keep_at or m.skill_id] + unjudged
        dropped = [(m, s) for m, s in zip(judged, scores) if s < keep_at and not m.skill_id]
        taken = Intervals((m.start, m.end) for m in kept)  # O(log n) per span: 1M characters stay linear
        spans = [(a, b) for a, b in decode_spans(tagged.offsets, tagged.probs, add_at)
                 if not taken.overlaps(a, b) and text[a:b].strip()
                 and _whole_words(text, a, b)]  # never a wordpiece fragment ("er" of "Docker")
        added, decisions = self._added(text, kept, spans, span_scores(tagged.offsets, tagged.probs, spans))
        skills = {m.skill_id for m in kept + added if m.skill_id}
        extraction.mentions = sorted(kept + added, key=lambda m: (m.start, m.end))
        d = extraction.diagnostics
        gone = {(m.start, m.end) for m, _ in dropped}
        for row in d.get("ambiguous") or ():
            if (row.get("start"), row.get("end")) in gone and row.get("status") == "accepted":
                row.update(status="rejected", reason="resume judge")
        if decisions:
            d["mapping"] = (list(d.get("mapping") or ()) + [x.to_dict() for x in decisions])[:MAX_MAPPING_ROWS]
        d.setdefault("rejected", []).extend(
            {"skill_id": m.skill_id, "surface": m.surface, "start": m.start, "end": m.end,
             "reason": JUDGE_REJECTED, "score": round(s, 3)}
            for m, s in dropped if m.skill_id not in skills)
        if isinstance(d.get("counts"), dict):
            d["counts"]["mentions"] = len(extraction.mentions)
        extraction.evidence = sorted([*extraction.evidence, *(m for m, _ in dropped if m.skill_id in skills)],
                                     key=lambda m: (m.start, m.end))
        d["resume_judge"] = {
            "loaded": True, "version": tagger.version, "keep": keep_at, "add": add_at, "kept": len(kept),
            "dropped": len(dropped), "added": len(added), "evidence": len(extraction.evidence)}
        if cut < len(text):
            d["resume_judge"]["bounded"] = {"chars": len(text), "read": cut, "unjudged": len(unjudged),
                                            "unvetted": unvetted}
            d["warnings"] = [*d.get("warnings", ()), LONG_WARNING.format(chars=len(text), read=cut)]
        return apply_levels(extraction, text)

    def _added(self, text: str, kept: list[SkillMention], spans: list[tuple[int, int]], scores: list[float]
               ) -> tuple[list[SkillMention], list]:
        """Mentions for the tagger spans overlapping no kept mention, mapped by the wrapped extractor's gate (and
        the gate's decisions, for diagnostics["mapping"])."""
        gate, gazetteer = getattr(self.wrapped, "gate", None), getattr(self.wrapped, "gazetteer", None)
        if not spans or gate is None or gazetteer is None:
            return [], []
        from core.skills.gazetteer import attach_years, layer_of

        lex = gazetteer.lexical(text, "resume")
        decisions = gate.decide([(text[a:b], a, b) for a, b in spans])
        out = []
        for d, score in zip(decisions, scores):
            if d.decision == "rejected" or (d.skill_id is None and on_role_header(text, d.start)):
                continue  # an employer on a role's header line is not a skill
            skill = gazetteer.taxonomy.skills.get(d.skill_id) if d.skill_id else None
            out.append(SkillMention(
                skill_id=d.skill_id, name=skill.name if skill else " ".join(d.surface.split()), surface=d.surface,
                start=d.start, end=d.end, section=lex.section_of(d.start),
                confidence=round(min(score, d.confidence) if skill else score, 3),
                layer=layer_of(gazetteer.taxonomy, d.skill_id) if skill else "skill"))
        years = attach_years(sorted(kept + out, key=lambda m: m.start), lex.phrases, lex.clauses)
        return [SkillMention(**{**m.to_dict(), "years": years.get(m.start)}) if years.get(m.start) is not None
                else m for m in out], decisions


def tagger_cut(text: str, budget: float) -> int:
    """How many leading characters the tagger reads: all within `budget`, else up to the last line break (or
    space) in the budget's second half, else exactly `budget`."""
    if len(text) <= budget:
        return len(text)
    limit = int(budget)
    for sep in ("\n", " "):
        at = text.rfind(sep, limit // 2, limit)
        if at > 0:
            return at
    return limit


def _whole_words(text: str, start: int, end: int) -> bool:
    """True when the span neither starts nor ends inside a word."""
    inside = (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (
        end < len(text) and text[end - 1].isalnum() and text[end].isalnum())
    return not inside
