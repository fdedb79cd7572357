"""The texts and terms matching indexes and queries: embedded posting text, BM25 terms, resume query forms."""

from __future__ import annotations

import re

from core.matching.config import MatchSettings
from core.matching.models import PostingFacts, ResumeQuery

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*(?:\.[a-z0-9]+)*")
_STOP = frozenset(
    "a an and are as at be by for from has have in is it its of on or our the this to we will with you your "
    "who what when where which while within work working years year experience team teams role job using "
    "use including etc able strong good great new plus more".split()
)
_ORDER = {"required": 0, "unspecified": 1, "preferred": 2}
BM25_DESCRIPTION_CHARS = 1500
QUERY_SUMMARY_CHARS = 400


def family_label(role_family: str | None) -> str:
    """"data_engineer" -> "data engineer"."""
    return (role_family or "").replace("_", " ").strip()


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens (keeps c++, c#, node.js), stopwords dropped."""
    return [t for t in _TOKEN.findall((text or "").lower()) if (len(t) > 1 or t in ("c", "r")) and t not in _STOP]


def skill_term(key: str) -> str:
    """The BM25 term of a skill key (one token, never produced by tokenize)."""
    return "sk:" + key.lower().replace(" ", "_")


def top_skill_names(facts: PostingFacts, limit: int, *, canonical: bool = False) -> list[str]:
    """Skill names, required first, then unspecified, then nice-to-have; at most `limit` (taxonomy skills only
    when `canonical`)."""
    skills = [s for s in facts.skills if s.skill_id] if canonical else facts.skills
    ordered = sorted(enumerate(skills), key=lambda pair: (_ORDER.get(pair[1].requirement, 1), pair[0]))
    return list(dict.fromkeys(s.name for _, s in ordered))[:limit]


def embed_text(facts: PostingFacts, settings: MatchSettings) -> str:
    """What the vector index embeds for a posting: title, role family, top skills, optional description head."""
    parts = [facts.title]
    if facts.role_family:
        parts.append(family_label(facts.role_family))
    # taxonomy skills only (open-vocabulary phrases such as "bring strong" add tokens, not meaning); a posting
    # without any falls back to its phrases
    skills = (top_skill_names(facts, settings.embed_top_skills, canonical=True)
              or top_skill_names(facts, settings.embed_top_skills))
    if skills:
        parts.append("Skills: " + ", ".join(skills))
    text = ". ".join(p for p in parts if p)
    if settings.embed_description_chars > 0 and facts.description:
        text += "\n" + facts.description[: settings.embed_description_chars]
    return text


def posting_terms(facts: PostingFacts) -> list[str]:
    """BM25 terms of a posting: title (twice), role family, skill terms (required twice), description head."""
    terms = tokenize(facts.title) * 2 + tokenize(family_label(facts.role_family))
    for skill in facts.skills:
        term = skill_term(skill.key)
        terms += [term, term] if skill.requirement == "required" else [term]
        terms += tokenize(skill.name)
    return terms + tokenize(facts.description[:BM25_DESCRIPTION_CHARS])


def query_terms(query: ResumeQuery) -> list[str]:
    """BM25 terms of a resume: its skills (terms and names), titles, role family and summary."""
    terms: list[str] = []
    for key in query.levels:
        terms.append(skill_term(key))
        terms += tokenize(query.names.get(key, key.lstrip("~")))
    for title in query.titles[:3]:
        terms += tokenize(title)
    terms += tokenize(family_label(query.role_family))
    return terms + tokenize(query.summary[:QUERY_SUMMARY_CHARS])


def query_text(query: ResumeQuery, fallback_skills: int = 12) -> str:
    """What the vector index is queried with: recent titles and the summary (skills only when both are empty).

    Skills stay out on purpose: they score through the skill factor, so gaining a skill never moves the
    dense similarity of unrelated postings (the monotonicity guarantee).
    """
    parts = [", ".join(query.titles[:3])] if query.titles else []
    if query.role_family:
        parts.append(family_label(query.role_family))
    if query.summary:
        parts.append(query.summary[:QUERY_SUMMARY_CHARS])
    if not parts:
        names = [query.names.get(k, k.lstrip("~")) for k in query.levels]
        parts.append("Skills: " + ", ".join(sorted(names)[:fallback_skills]))
    return ". ".join(p for p in parts if p)
