"""The one-line explanation of a match, built from the factor phrases."""

from __future__ import annotations

from core.matching.models import MatchResult


def explanation(skills: str, level: str, location: str, recency: str) -> str:
    """"7 of 9 required skills (missing Kafka, Terraform), 3 of 5 nice-to-have, senior vs your 6 years, Berlin,
    posted 5 days ago"."""
    return ", ".join(p for p in (skills, level, location, recency) if p)


def breakdown(result: MatchResult) -> list[str]:
    """One line per factor: "skills 0.78 x 0.50 = 0.39 (7 of 9 required skills ...)"; a penalty: "age x0.60"."""
    return [
        f"{f.name:<8} {f.value:.2f} x {f.weight:.2f} -> {f.contribution:.3f}  {f.detail}" if f.kind == "factor"
        else f"{f.name:<8} x{f.value:.2f}       -> {f.contribution:.3f}  {f.detail}"
        for f in result.factors
    ]
