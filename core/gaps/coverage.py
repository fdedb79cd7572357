"""Honest coverage: how sure we are of the resume's role family, and whether the market has enough postings for it.

Never a silent default: when the occupation is placed with low confidence, not placed at all, or its family has
fewer than MIN_POSTINGS postings, the Resume and Gaps pages say so and offer the closest families by skills.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from core.taxonomy.models import Taxonomy
from core.taxonomy.occupations import LOW_CONFIDENCE, OccupationMatch

MIN_POSTINGS = 50
CLOSEST = 3


@dataclass(frozen=True)
class FamilyOption:
    """A role family offered as an alternative, with how well the resume's skills fit it."""

    id: str
    name: str
    postings: int
    fit: float  # 0..1, share of the family's weighted core/optional skills the resume shows


@dataclass(frozen=True)
class Coverage:
    """Where the resume was placed and whether the pages must warn about it."""

    family: str | None  # the detected family (None: not placed)
    family_name: str | None
    occupation: str | None  # O*NET occupation title when placed
    confidence: float  # 0..1
    method: str  # how it was placed: title | alternate | keywords | embedding | skills | none
    postings: int  # postings of `family` in the market shown
    closest: tuple[FamilyOption, ...] = ()

    @property
    def low_confidence(self) -> bool:
        """The placement is a guess (or there is none)."""
        return self.family is None or self.confidence < LOW_CONFIDENCE

    @property
    def thin(self) -> bool:
        """The family has too few postings for stable demand figures."""
        return self.family is not None and self.postings < MIN_POSTINGS

    @property
    def needs_notice(self) -> bool:
        """True when a page must say so rather than silently proceed."""
        return self.low_confidence or self.thin

    def message(self) -> str | None:
        """One plain-words paragraph for the page, or None when all is well."""
        if not self.needs_notice:
            return None
        names = ", ".join(f"{o.name} ({o.postings:,} postings)" for o in self.closest) or "none with postings"
        if self.family is None:
            return ("We could not tell your occupation from your job titles. Closest families by the skills on "
                    f"your resume: {names}. Choose the one that fits.")
        parts = []
        if self.low_confidence:
            placed = f"{self.occupation} ({self.family_name})" if self.occupation else self.family_name
            parts.append(f"Your job titles suggest {placed}, but we are not sure (confidence "
                         f"{self.confidence:.0%}).")
        if self.thin:
            parts.append(f"The market shown has only {self.postings:,} {self.family_name} postings, fewer than "
                         f"{MIN_POSTINGS}: demand figures for it are rough.")
        parts.append(f"Closest families by your skills: {names}.")
        return " ".join(parts)


def family_fit(taxonomy: Taxonomy, skill_ids: set[str]) -> dict[str, float]:
    """Family id -> fit of the resume's skills (core skills count twice as much as optional ones)."""
    out: dict[str, float] = {}
    for family in taxonomy.role_families.values():
        weights = {s: 1.0 for s in family.optional_skills} | {s: 2.0 for s in family.core_skills}
        total = sum(weights.values())
        if total:
            shown = sum(w for s, w in weights.items() if s in skill_ids)
            out[family.id] = shown / math.sqrt(total * max(len(skill_ids), 1)) if shown else 0.0
    return out


def assess_coverage(taxonomy: Taxonomy, skill_ids: set[str], postings_by_family: Mapping[str, int],
                    placement: OccupationMatch | None = None, detected: str | None = None) -> Coverage:
    """Coverage of a resume: its placement (or title-rule family `detected`), postings, closest families."""
    if placement is not None:
        family, confidence, method = placement.occupation.family, placement.confidence, placement.method
        occupation = placement.occupation.title
    else:
        family, occupation = detected, None
        confidence, method = (0.75, "keywords") if detected else (0.0, "none")
    fit = family_fit(taxonomy, skill_ids)
    ranked = sorted((fid for fid, n in postings_by_family.items() if n > 0 and fid != family and fid in fit),
                    key=lambda fid: (-fit[fid], -postings_by_family[fid], fid))
    closest = tuple(FamilyOption(fid, taxonomy.role_families[fid].name, postings_by_family[fid], round(fit[fid], 3))
                    for fid in ranked[:CLOSEST] if fit[fid] > 0)
    name = taxonomy.role_families[family].name if family in taxonomy.role_families else None
    return Coverage(family=family if name else None, family_name=name, occupation=occupation,
                    confidence=round(confidence, 3) if name else 0.0, method=method if name else "none",
                    postings=int(postings_by_family.get(family, 0)) if name else 0, closest=closest)


def place_resume(taxonomy: Taxonomy, titles: list[str], taxonomy_dir) -> OccupationMatch | None:
    """The most confident placement among the resume's job titles (most recent first wins ties)."""
    from core.taxonomy.placement import place_title

    best: OccupationMatch | None = None
    for title in titles[:6]:
        match = place_title(title, taxonomy_dir, taxonomy=taxonomy, embed=True)
        if match is not None and (best is None or match.confidence > best.confidence):
            best = match
    return best


def coverage_for(ctx, market, extraction, demo: bool | None = None) -> Coverage:
    """Coverage of a resume's extraction against a market dataset (default: the one shown first)."""
    demo = market.default_demo() if demo is None else demo
    postings = {} if demo is None else {o.id: o.postings for o in market.options(demo).role_families if o.id}
    placement = place_resume(ctx.taxonomy, list(extraction.titles), ctx.settings.taxonomy_dir)
    return assess_coverage(ctx.taxonomy, extraction.skill_ids(), postings, placement=placement,
                           detected=extraction.role_family)
