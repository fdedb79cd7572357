"""Tools named in an answer: taxonomy skills only, and not a common-word skill that is part of a proper name.

"At Blue Harbor we…" names a company, not the Harbor registry: an ambiguous skill form (a common word such as
harbor, spark, chef) right next to another capitalised word that is neither a skill nor the start of a sentence
is read as part of a name. Unambiguous forms (Kubernetes, PostgreSQL) always count.
"""

from __future__ import annotations

import re
from typing import Iterable

from core.llm.fvs import SkillHit, SkillLexicon
from core.skills.normalize import normalize_form

_WORD_BEFORE = re.compile(r"([A-Za-z][\w&'.-]*)\s+$")
_WORD_AFTER = re.compile(r"^\s+([A-Za-z][\w&'-]*)")
_SENTENCE_END = re.compile(r"(^|[.!?:;\n]\s*)$")


def named_tools(answer: str, lexicon: SkillLexicon | None, exclude: Iterable[str] = ()) -> list[str]:
    """Display names of the taxonomy skills the answer names as tools (the `exclude` skill ids left out)."""
    if lexicon is None or not answer:
        return []
    skip = set(exclude)
    hits = lexicon.find(answer)
    in_names: list[SkillHit] = []  # hits read as part of a proper name ("Blue Harbor Logistics")
    for hit in hits:
        if _in_a_name(answer, hit, hits, in_names, lexicon):
            in_names.append(hit)
    names = [lexicon.name(h.skill_id) for h in hits if h.skill_id not in skip and h not in in_names]
    return list(dict.fromkeys(names))


def _in_a_name(text: str, hit: SkillHit, hits: list[SkillHit], in_names: list[SkillHit],
               lexicon: SkillLexicon) -> bool:
    """True for an ambiguous form beside a capitalised, non-skill, mid-sentence word, or a capitalised skill right
    after a hit already read as part of a name."""
    before = _WORD_BEFORE.search(text[:hit.start])
    if before and hit.surface[:1].isupper() and _inside(before.start(1), in_names):
        return True
    if normalize_form(hit.surface) not in lexicon.declared:
        return False
    if before and _name_word(before.group(1), before.start(1), hits) \
            and not _SENTENCE_END.search(text[:before.start(1)]):
        return True
    after = _WORD_AFTER.search(text[hit.end:])
    return bool(after and _name_word(after.group(1), hit.end + after.start(1), hits))


def _inside(start: int, hits: list[SkillHit]) -> bool:
    """True when `start` falls inside one of `hits`."""
    return any(h.start <= start < h.end for h in hits)


def _name_word(word: str, start: int, hits: list[SkillHit]) -> bool:
    """A capitalised word ("Blue") that is not "I" and not part of another skill mention."""
    return word[0].isupper() and word != "I" and not _inside(start, hits)
