"""The plain words of a match: factor names, the meaning-match phrase and the one-line explanation. The Jobs page,
its score table and the CLI all read them from here, so a factor is called the same everywhere."""

from __future__ import annotations

from core.matching.models import MatchResult

FACTOR_NAMES = {  # the ranker's factor names (core/matching/rankers/weighted.py) in plain words
    "skills": "Skills you have", "dense": "Meaning match", "level": "Level fit", "recency": "Freshness",
    "location": "Location", "level gap": "Far from your level", "age": "Old posting", "place": "Outside your city",
}
# Meaning match (the rescaled embedding cosine, 0..1) -> words; the first threshold it reaches wins.
MEANING_WORDS = ((0.8, "very close in meaning to your resume"), (0.5, "close in meaning to your resume"),
                 (0.2, "partly related to your resume"), (0.0, "little in common with your resume"))
MEANING_UNKNOWN = "not compared yet (the posting is still being indexed)"


def factor_name(name: str) -> str:
    """"dense" -> "Meaning match"; an unknown name capitalised."""
    return FACTOR_NAMES.get(name, name.capitalize())


def meaning_phrase(value: float | None) -> str:
    """The meaning match in words ("close in meaning to your resume"), never a raw similarity number."""
    if value is None:
        return MEANING_UNKNOWN
    return next(words for floor, words in MEANING_WORDS if value >= floor)


def explanation(skills: str, level: str, location: str, recency: str) -> str:
    """"7 of 9 required skills (missing Kafka, Terraform), 3 of 5 nice-to-have, senior vs your 6 years, Berlin,
    posted 5 days ago"."""
    return ", ".join(p for p in (skills, level, location, recency) if p)


def breakdown(result: MatchResult) -> list[str]:
    """One line per factor: "Skills you have 0.78 x 0.50 -> 0.390  7 of 9 required skills ..."; a penalty:
    "Old posting x0.80 -> -0.100  19 months old ..."."""
    return [
        f"{factor_name(f.name):<19} {f.value:.2f} x {f.weight:.2f} -> {f.contribution:.3f}  {f.detail}"
        if f.kind == "factor" else f"{factor_name(f.name):<19} x{f.value:.2f}       -> {f.contribution:.3f}  {f.detail}"
        for f in result.factors
    ]
