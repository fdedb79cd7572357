"""Reading the extractor's uncertain decisions: the one place that knows the diagnostics shape.

Read from `Extraction.diagnostics` (all optional, unknown keys ignored):
- "rejected": [{"skill_id", "surface", "start", "end", "reason"}] — gazetteer candidates the ambiguity gate turned
  down; only ASKABLE_REASONS are asked about (vetoes such as "followed by 'to'" are confident and never asked).
- "mapping": [{"surface", "start", "end", "decision", "skill_id", "candidates", "confidence"}] — open-vocabulary
  mapping decisions of the CRAG gate; rows whose decision is not in MAPPED are uncertain. `candidates` holds skill
  ids or {"skill_id", "score"} dicts, best first.
And from the mentions: skills whose every occurrence is doubtful (an ambiguous form or a mapped phrase) and below
LOW_CONFIDENCE (weak context), and mentions with skill_id None (open-vocabulary skills with no taxonomy match:
the emerging kind).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.skills.models import Extraction, SkillMention
from core.skills.resume_judge import JUDGE_REJECTED
from core.taxonomy.models import Taxonomy

# gate vetoes without support, and resume skills the resume judge did not keep ("GitHub Actions" in a bullet)
ASKABLE_REASONS = frozenset({"no supporting context", "all-caps context", JUDGE_REJECTED})
MAPPED = frozenset({"mapped", "accepted", "accept", "exact"})
LOW_CONFIDENCE = 0.7


@dataclass(frozen=True)
class Uncertain:
    """A span whose skill the extractor was unsure of; `accepted` when it is in the mentions anyway."""

    surface: str
    start: int
    end: int
    skill_ids: tuple[str, ...]  # candidates, best first
    reason: str
    accepted: bool = False


def _ids(row: dict) -> tuple[str, ...]:
    """Candidate ids of a diagnostics row: its skill_id, then its candidates (ids or dicts)."""
    out = [row.get("skill_id")] if row.get("skill_id") else []
    for item in row.get("candidates") or ():
        out.append(item.get("skill_id") if isinstance(item, dict) else item)
    return tuple(dict.fromkeys(i for i in out if isinstance(i, str) and i))


def _span(row: dict) -> tuple[str, int, int] | None:
    surface, start, end = row.get("surface"), row.get("start"), row.get("end")
    if not isinstance(surface, str) or not surface.strip() or not isinstance(start, int) or not isinstance(end, int):
        return None
    return surface, start, end


def rejected_candidates(extraction: Extraction) -> list[Uncertain]:
    """Gate rejections worth a question, plus uncertain CRAG mappings."""
    out: list[Uncertain] = []
    diagnostics = extraction.diagnostics or {}
    for row in diagnostics.get("rejected") or ():
        span = _span(row) if isinstance(row, dict) else None
        if span and row.get("reason") in ASKABLE_REASONS and _ids(row):
            out.append(Uncertain(*span, _ids(row), str(row.get("reason"))))
    for row in diagnostics.get("mapping") or ():
        span = _span(row) if isinstance(row, dict) else None
        if span and str(row.get("decision", "")).lower() not in MAPPED and _ids(row):
            out.append(Uncertain(*span, _ids(row), str(row.get("decision") or "uncertain mapping")))
    return out


def weak_mentions(extraction: Extraction, taxonomy: Taxonomy) -> list[Uncertain]:
    """Skills resting only on doubtful, low-confidence occurrences: ambiguous words ("Spark", "Go") or mapped
    phrases, never a skill also written in an unambiguous form or with confident context anywhere."""
    by_skill: dict[str, list[SkillMention]] = {}
    for m in extraction.occurrences():
        if m.skill_id:
            by_skill.setdefault(m.skill_id, []).append(m)
    kept = {m.skill_id for m in extraction.mentions}
    out = []
    for skill_id, mentions in by_skill.items():
        skill = taxonomy.get(skill_id)
        if skill is None or skill_id not in kept or max(m.confidence for m in mentions) >= LOW_CONFIDENCE:
            continue
        if not all(_doubtful(m.surface, skill) for m in mentions):
            continue
        first = next(m for m in mentions if m in extraction.mentions)
        out.append(Uncertain(first.surface, first.start, first.end, (skill_id,), "weak context", accepted=True))
    return out


def _doubtful(surface: str, skill) -> bool:
    """True when this surface could mean something else: an ambiguous form of the skill, or not one of its
    names at all (an open-vocabulary phrase the gate mapped)."""
    key = " ".join(surface.lower().split())
    forms = {" ".join(f.lower().split()) for f in (skill.name, *skill.aliases)}
    if key not in forms:
        return True
    declared = {f.lower() for f in getattr(skill, "ambiguous_forms", ()) or ()}
    return key in declared if declared else bool(skill.ambiguous)


def unmapped_mentions(extraction: Extraction) -> list[SkillMention]:
    """Open-vocabulary mentions with no taxonomy skill, one per name (first occurrence)."""
    seen: dict[str, SkillMention] = {}
    for m in extraction.mentions:
        if m.skill_id is None and m.surface.strip():
            seen.setdefault(" ".join(m.name.lower().split()), m)
    return list(seen.values())
