"""Resume -> ResumeQuery: skill levels (with the user's corrections), titles, summary, years, place."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from core.documents.resume import ResumeParse
from core.gaps.profile import ProfileSkills
from core.ingest.locations import canonicalize
from core.matching.models import ResumeQuery
from core.skills.models import Extraction, UserCorrection
from core.taxonomy.models import Taxonomy

OPEN_LEVEL = 2  # open-vocabulary skills (no canonical id) count as held at L2


def resume_query(
    extraction: Extraction,
    parse: ResumeParse | None = None,
    summary: str | None = None,
    *,
    corrections: Sequence[UserCorrection] | None = None,
    location: str | None = None,
    remote_ok: bool = True,
    taxonomy: Taxonomy | None = None,
) -> ResumeQuery:
    """The query for one resume; `location` is free text ("Pune, India"), canonicalised like postings. With the
    taxonomy, a skill a held skill requires counts as held at that level (Epic EHR states EHR, MySQL states SQL)."""
    profile = ProfileSkills.from_extraction(extraction, corrections)
    levels: dict[str, int] = dict(profile.levels)
    names: dict[str, str] = dict(profile.names)
    if taxonomy is not None:
        for sid, level in profile.levels.items():
            for pre in taxonomy.skills[sid].prerequisites if sid in taxonomy.skills else ():
                if level > levels.get(pre, 0) and pre in taxonomy.skills:
                    levels[pre], names[pre] = level, names.get(pre, taxonomy.skills[pre].name)
    for mention in extraction.mentions:
        if mention.skill_id is None and mention.name.strip():
            key = f"~{mention.name.strip().lower()}"
            levels.setdefault(key, mention.level or OPEN_LEVEL)
            names.setdefault(key, mention.name.strip())
    titles = tuple((parse.titles if parse and parse.titles else None) or extraction.titles or ())
    years = parse.total_years if parse and parse.total_years is not None else extraction.years_experience
    place = canonicalize(location)
    return ResumeQuery(
        levels=levels, names=names, titles=titles, summary=(summary or "").strip(), years=years,
        seniority=extraction.seniority, role_family=extraction.role_family,
        city=place.city, country=place.country, remote_ok=remote_ok,
    )


def in_city(query: ResumeQuery, city: str) -> ResumeQuery:
    """The query of a person who asked for this city (the Jobs filter): it, not the profile's place, scores 1.0."""
    place = canonicalize(city)
    return replace(query, city=place.city or city, country=place.country or query.country, city_chosen=True)


def summary_of(text: str, parse: ResumeParse | None) -> str:
    """The resume's summary section text ("" when it has none)."""
    if parse is None:
        return ""
    for section in parse.sections:
        if section.name == "summary":
            return text[section.start:section.end].strip()
    return ""
