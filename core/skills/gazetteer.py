"""GazetteerExtractor: exact, fast lexical extraction over the taxonomy's names and aliases.

Steps for one text: normalise with an offset map -> Aho-Corasick over token-padded forms -> longest match wins
(overlapping shorter candidates dropped) -> case rules and the ambiguity gate (core.skills.ambiguity) ->
section, requirement (core.skills.clauses), years and level (core.skills.seniority) per mention -> document facts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from core.skills import ambiguity
from core.skills.clauses import Clauses
from core.skills.extract import EXTRACTOR_VERSION, combined_version
from core.skills.forms import Form, build_index
from core.skills.lines import lines_of
from core.skills.models import Extraction, SkillMention
from core.skills.normalize import NormText, mask_urls, normalize
from core.skills.seniority import YearsPhrase, find_years, level_from_years, posting_seniority, resume_facts
from core.taxonomy.models import Taxonomy

KINDS = ("job", "resume")
SKILLS_SECTIONS = frozenset({"skills"})


@dataclass(slots=True)
class Candidate:
    """A boundary-valid automaton match."""

    form: Form
    ns: int  # normalised span
    ne: int
    start: int  # original span
    end: int
    surface: str
    confidence: float = 0.95
    evidence: str = "exact"


@dataclass(slots=True)
class LexicalPass:
    """What the lexical pass found in one text (shared by the gazetteer and the context extractor)."""

    sections: list
    section_of: Callable[[int], str]
    candidates: list[Candidate]  # every boundary-valid match
    kept: list[Candidate]  # after longest-match, in text order
    accepted: list[Candidate]  # passed the case and ambiguity rules, in text order
    rejected: list[tuple[Candidate, str]]  # (candidate, reason)
    clauses: Clauses
    phrases: list[YearsPhrase]
    nt: NormText  # the normalised text (URLs masked) with its offset map


def layer_of(taxonomy: Taxonomy, skill_id: str | None) -> str:
    """SkillSpan-style layer of a taxonomy skill: "skill" for soft skills, "knowledge" otherwise."""
    skill = taxonomy.skills.get(skill_id) if skill_id else None
    return "skill" if skill is not None and skill.category == "soft_skill" else "knowledge"


@lru_cache(maxsize=1)
def _default_splitter():
    """core.documents.sections.split_sections when it exists, else None."""
    try:
        from core.documents.sections import split_sections
    except ImportError:
        return None
    return split_sections


class GazetteerExtractor:
    """Lexical extractor over one taxonomy; `splitter(text, kind) -> list[Section]` is injectable."""

    model_id = "gazetteer"

    def __init__(self, taxonomy: Taxonomy, *, splitter=None) -> None:
        """Compile the taxonomy's surface forms; the section splitter defaults to core.documents.sections."""
        self.taxonomy = taxonomy
        self.index = build_index(taxonomy)
        self.version = combined_version(EXTRACTOR_VERSION, taxonomy, self.index.fingerprint)
        self._splitter = splitter

    def extract(self, text: str, kind: str) -> Extraction:
        """Mentions with exact offsets plus seniority / years for a job posting or resume."""
        lex = self.lexical(text, kind)
        years_of = attach_years(lex.accepted, lex.phrases, lex.clauses)
        mentions = []
        for c in lex.accepted:
            section = lex.section_of(c.start)
            years = years_of.get(c.start)
            mentions.append(SkillMention(
                skill_id=c.form.skill_id, name=c.form.name, surface=c.surface, start=c.start, end=c.end,
                section=section, requirement=lex.clauses.requirement(c.start, c.end, section, kind),
                confidence=c.confidence, years=years, level=level_from_years(years) if kind == "resume" else None,
                layer=layer_of(self.taxonomy, c.form.skill_id),
            ))
        rejected = [_rejection(c, reason) for c, reason in lex.rejected]
        return self.document(text, kind, mentions, lex.phrases, lex.candidates, rejected, lex.sections)

    def lexical(self, text: str, kind: str) -> "LexicalPass":
        """The lexical pass shared with the context extractor: sections, candidates, the rule gate's verdicts."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
        sections = self._sections(text, kind)
        section_starts = [s.start for s in sections]

        def section_of(offset: int) -> str:
            i = bisect_right(section_starts, offset) - 1
            return sections[i].name if i >= 0 and offset < sections[i].end else "other"

        nt = normalize(mask_urls(text))
        candidates = self._candidates(text, nt)
        kept = _longest(candidates)
        accepted, rejected = self._gate(text, nt.norm, kept, section_of)
        return LexicalPass(sections, section_of, candidates, kept, accepted, rejected, Clauses(text),
                           find_years(text), nt)

    def _sections(self, text: str, kind: str) -> list:
        """Sections from the injected or default splitter; [] when none is available."""
        splitter = self._splitter or _default_splitter()
        return sorted(splitter(text, kind), key=lambda s: s.start) if splitter else []

    def _candidates(self, text: str, nt) -> list[Candidate]:
        """Every boundary-valid match, with its original span."""
        if not self.index.forms:
            return []
        forms = self.index.forms
        out = []
        for end, (klen, idx) in self.index.automaton.iter(f" {nt.norm} "):
            ns, ne = end - klen + 1, end - 1
            start, stop = nt.span(ns, ne)
            out.append(Candidate(forms[idx], ns, ne, start, stop, text[start:stop]))
        return out

    def _gate(self, text: str, norm: str, kept: list[Candidate], section_of):
        """Case rules and the ambiguity gate; returns (accepted in text order, rejected with reasons)."""
        accepted: list[Candidate] = []
        pending: list[Candidate] = []
        rejected: list[tuple[Candidate, str]] = []
        for c in kept:
            if c.form.ambiguous:
                pending.append(c)
            elif c.form.case_sensitive and not ambiguity.case_ok(c.surface, c.form.declared):
                rejected.append((c, "case"))
            elif c.form.case_sensitive and ambiguity.caps_context(text, c.start, c.end):
                rejected.append((c, "all-caps context"))
            else:
                c.confidence = 0.95 if c.surface in c.form.declared else 0.9
                accepted.append(c)
        verdicts: dict[int, ambiguity.Verdict] = {}
        changed = True
        while pending and changed:  # accepting one ambiguous mention can support its list neighbours
            changed = False
            spans = sorted((a.start, a.end) for a in accepted)
            starts = [s for s, _ in spans]
            still = []
            for c in pending:
                i = bisect_right(starts, c.start)
                verdict = ambiguity.judge(
                    c.form, surface=c.surface, text=text, norm=norm, span=(c.ns, c.ne, c.start, c.end),
                    block="skills_section" if section_of(c.start) in SKILLS_SECTIONS
                    else ("list_line" if _list_line(text, c, starts) else ""),
                    prev_anchor=spans[i - 1] if i else None, next_anchor=spans[i] if i < len(spans) else None,
                )
                verdicts[id(c)] = verdict
                if verdict.accepted:
                    c.confidence, c.evidence = verdict.confidence, verdict.reason
                    accepted.append(c)
                    changed = True
                else:
                    still.append(c)
            pending = still
        rejected += [(c, verdicts[id(c)].reason) for c in pending]
        accepted.sort(key=lambda c: c.start)
        return accepted, rejected

    def document(self, text, kind, mentions, phrases, candidates, rejected, sections) -> Extraction:
        """Attach document facts and diagnostics."""
        diagnostics = {
            "extractor": self.version,
            "counts": {
                "candidates": len(candidates), "mentions": len(mentions), "rejected": len(rejected),
                "sections": dict(Counter(m.section for m in mentions)),
            },
            "rejected": rejected[:50],
            "sections_available": bool(sections),
        }
        if kind == "job":
            required = max((p.years for p in phrases if p.attach == "clause"), default=None)
            seniority, source = posting_seniority(text, required)
            diagnostics["seniority_source"] = source
            return Extraction(mentions, kind, seniority, required, diagnostics=diagnostics)
        total, titles, source = resume_facts(text, phrases)
        diagnostics["years_source"] = source
        return Extraction(mentions, kind, None, total, titles=titles, diagnostics=diagnostics)


def _list_line(text: str, c: Candidate, starts: list[int]) -> bool:
    """True when the candidate's line is a bare list of skills ("java spring hibernate"): at least two accepted
    mentions on it and mentions make up most of its tokens (line bounds and word counts from core.skills.lines)."""
    lines = lines_of(text)
    lo, hi = lines.start(c.start), lines.end(c.end)
    anchors = bisect_right(starts, hi) - bisect_right(starts, lo - 1)
    return anchors >= 2 and anchors + 1 >= 0.6 * lines.words(lo, hi)


def _rejection(c: Candidate, reason: str) -> dict:
    """Diagnostics row for a rejected candidate."""
    return {"skill_id": c.form.skill_id, "surface": c.surface, "start": c.start, "end": c.end, "reason": reason}


def _longest(candidates: list[Candidate]) -> list[Candidate]:
    """Longest match wins; shorter candidates overlapping an accepted one are dropped (linear occupancy map)."""
    if not candidates:
        return []
    taken = bytearray(max(c.ne for c in candidates))
    kept: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.ns - c.ne, c.ns)):
        if taken.find(1, c.ns, c.ne) >= 0:
            continue
        taken[c.ns:c.ne] = b"\x01" * (c.ne - c.ns)
        kept.append(c)
    kept.sort(key=lambda c: c.ns)
    return kept


def attach_years(accepted: list, phrases: list[YearsPhrase], clauses: Clauses) -> dict[int, float]:
    """Mention start -> years: clause phrases go to the skills after them (else before); '(N years)' to the
    skill right before the parenthesis. `accepted` is sorted and non-overlapping, so bisect finds neighbours."""
    out: dict[int, float] = {}
    starts = [c.start for c in accepted]
    ends = [c.end for c in accepted]
    for p in phrases:
        if p.attach == "before":
            i = bisect_right(ends, p.start) - 1
            if i >= 0 and p.start - ends[i] <= 3 and not text_between_has_letters(clauses.text, ends[i], p.start):
                out[accepted[i].start] = p.years
            continue
        lo, hi = clauses.span(clauses.index(p.start))
        after = accepted[bisect_left(starts, p.end):bisect_left(starts, hi)]
        before = accepted[bisect_left(starts, lo):bisect_right(ends, p.start)]
        for c in after or before:
            out.setdefault(c.start, p.years)
    return out


def text_between_has_letters(text: str, start: int, end: int) -> bool:
    """True when text[start:end] contains a letter."""
    return any(ch.isalpha() for ch in text[start:end])
