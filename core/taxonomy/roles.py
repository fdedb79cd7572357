"""Job title -> role family by rules: title keywords, longest match wins (an embedding fallback comes later)."""

from __future__ import annotations

import re

from core.taxonomy.models import Taxonomy

# Words that say how senior a post is, not what it is; stripped before matching (case-insensitive).
SENIORITY_WORDS = frozenset({
    "intern", "internship", "trainee", "apprentice", "graduate", "grad", "junior", "jr", "entry", "entry-level",
    "associate", "mid", "mid-level", "midlevel", "intermediate", "senior", "sr", "snr", "lead", "principal",
    "staff", "experienced", "expert", "i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5", "level",
    "l1", "l2", "l3", "l4", "l5",
})

_KEEP = re.compile(r"[^a-z0-9+#./&\s-]")
_GENDER = re.compile(r"\b[mfwd]\s*/\s*[mfwd](\s*/\s*[mfwdx])?\b")


def normalize_title(title: str) -> str:
    """Lower-case, drop gender markers and punctuation other than + # . / & -, collapse spaces."""
    text = _GENDER.sub(" ", title.lower())
    text = _KEEP.sub(" ", text)
    return " ".join(tok.strip(".,-/") or tok for tok in text.split())


def strip_seniority(normalized: str) -> str:
    """Remove seniority words ("senior", "ii", "lead"...) from a normalized title."""
    return " ".join(tok for tok in normalized.split() if tok.rstrip(".") not in SENIORITY_WORDS)


_PATTERNS: dict[str, re.Pattern] = {}  # one compiled pattern per phrase (re's own cache holds 512; families hold more)


def _matches(text: str, phrase: str) -> bool:
    """True when `phrase` occurs in `text` on word boundaries."""
    pattern = _PATTERNS.get(phrase)
    if pattern is None:
        pattern = _PATTERNS[phrase] = re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])")
    return pattern.search(text) is not None


def _best(texts: tuple[str, ...], candidates: list[tuple[str, str]]) -> str | None:
    """Family id of the longest phrase found in any text; earlier candidates win ties."""
    best_id, best_len = None, 0
    for family_id, phrase in candidates:
        if len(phrase) > best_len and any(_matches(t, phrase) for t in texts):
            best_id, best_len = family_id, len(phrase)
    return best_id


def role_family_for_title(taxonomy: Taxonomy, title: str) -> str | None:
    """Role family id for a job title, or None when no title keyword matches."""
    full = normalize_title(title or "")
    if not full:
        return None
    texts = (full, strip_seniority(full))
    specific, generic = _candidates(taxonomy)
    found = _best(texts, specific)
    return found if found is not None else _best(texts, generic)


_CANDIDATES: dict[int, tuple] = {}


def _candidates(taxonomy: Taxonomy) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(specific, generic) (family id, normalized keyword) pairs of a taxonomy, computed once per role-family table."""
    table = taxonomy.role_families
    cached = _CANDIDATES.get(id(table))
    if cached is None or cached[0] is not table or cached[1] != len(table):
        if len(_CANDIDATES) > 8:
            _CANDIDATES.clear()
        families = list(table.values())
        cached = _CANDIDATES[id(table)] = (
            table, len(table), [(f.id, normalize_title(k)) for f in families for k in f.title_keywords],
            [(f.id, normalize_title(k)) for f in families for k in f.generic_keywords])
    return cached[2], cached[3]
