"""FVS validation: fabrication checks on LLM output against the skills a feature is allowed to name.

Any taxonomy skill named in LLM output that is not in the allowed set (the user's skills, the gaps being
discussed, the job's requirements...) is a fabrication, and `with_fallback` then uses the template. Matching uses
the extractor's normalisation (core.skills.normalize), longest surface form first. Ambiguous forms that are also
common words ("Go", "R", "Swift") count only in their declared spelling and not at a sentence start, so "Go
through the basics" is not a mention of Go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from pydantic import BaseModel

from core.skills.ambiguity import COMMON_SHORT_WORDS
from core.skills.normalize import normalize, normalize_form
from core.taxonomy.models import Skill, Taxonomy

MAX_FORM_TOKENS = 8
_TOKEN = re.compile(r"\S+")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n•*>|)\-–—])\s*$")  # text before a word that starts a sentence/bullet


@dataclass(frozen=True)
class SkillHit:
    """One taxonomy skill named in a text; `text[start:end] == surface`."""

    skill_id: str
    surface: str
    start: int
    end: int


class SkillLexicon:
    """Surface forms -> skill ids, with the case-sensitive spellings of ambiguous forms."""

    def __init__(
        self,
        forms: Mapping[str, str],
        ambiguous: Iterable[str] = (),
        names: Mapping[str, str] | None = None,
    ) -> None:
        """`forms`: surface form -> skill id; `ambiguous`: forms that are common words (declared spelling)."""
        self.forms: dict[str, str] = {}
        for form, skill_id in forms.items():
            key = normalize_form(form)
            if key:
                self.forms.setdefault(key, skill_id)
        self.declared: dict[str, set[str]] = {}
        for form in ambiguous:
            self.declared.setdefault(normalize_form(form), set()).add(form)
        self.names = dict(names or {})
        self.max_tokens = min(MAX_FORM_TOKENS, max((k.count(" ") + 1 for k in self.forms), default=1))

    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy) -> "SkillLexicon":
        """The lexicon of every skill name and alias in `taxonomy`."""
        forms: dict[str, str] = {}
        ambiguous: list[str] = []
        for skill in taxonomy.skills.values():
            for form in (skill.name, *skill.aliases):
                forms.setdefault(form, skill.id)
            ambiguous.extend(_ambiguous_forms(skill))
        return cls(forms, ambiguous, {s.id: s.name for s in taxonomy.skills.values()})

    def name(self, skill_id: str) -> str:
        """Display name of a skill id (the id itself when unknown)."""
        return self.names.get(skill_id, skill_id)

    def find(self, text: str) -> list[SkillHit]:
        """Every skill named in `text`, longest form first, left to right."""
        nt = normalize(text)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(nt.norm)]
        hits: list[SkillHit] = []
        i = 0
        while i < len(tokens):
            hit, used = self._match_at(text, nt, tokens, i)
            if hit:
                hits.append(hit)
            i += used
        return hits

    def _match_at(self, text: str, nt, tokens: list, i: int) -> tuple[SkillHit | None, int]:
        """The longest acceptable form starting at token i, and how many tokens it used (1 when none)."""
        for n in range(min(self.max_tokens, len(tokens) - i), 0, -1):
            key = " ".join(tok[2] for tok in tokens[i:i + n])
            skill_id = self.forms.get(key)
            if skill_id is None:
                continue
            start, end = nt.span(tokens[i][0], tokens[i + n - 1][1])
            surface = text[start:end]
            if key in self.declared and not self._ambiguous_ok(text, start, surface, key):
                continue
            return SkillHit(skill_id, surface, start, end), n
        return None, 1

    def _ambiguous_ok(self, text: str, start: int, surface: str, key: str) -> bool:
        """An ambiguous form counts only in a declared spelling (or all caps) and not at a sentence start."""
        cased = any(_case_ok(surface, d) for d in self.declared[key])
        return cased and not _SENTENCE_START.search(text[max(0, start - 40):start])


def _ambiguous_forms(skill: Skill) -> tuple[str, ...]:
    """Forms of `skill` that are also common words: declared ones, else its one-word forms when ambiguous."""
    forms = (skill.name, *skill.aliases)
    declared = skill.ambiguous_forms or None
    if declared is None and skill.ambiguous:
        declared = tuple(f for f in forms if " " not in f.strip())
    short = tuple(f for f in forms if f.lower() in COMMON_SHORT_WORDS)
    return (*(declared or ()), *short)


def _case_ok(surface: str, declared: str) -> bool:
    """The declared spelling or its all-caps form; a lower-case declaration needs capitals (prose is lower-case)."""
    if len(surface) > 1 and surface == declared.upper():
        return True
    return surface == (declared.capitalize() if declared.islower() else declared)


def mentioned_skills(text: str, lexicon: SkillLexicon | Mapping[str, str]) -> list[str]:
    """Ids of the taxonomy skills named in `text`, unique, in order of first mention."""
    lex = lexicon if isinstance(lexicon, SkillLexicon) else SkillLexicon(lexicon)
    return list(dict.fromkeys(hit.skill_id for hit in lex.find(text)))


def unknown_skill_mentions(
    text: str, allowed: set[str] | frozenset[str], taxonomy_surface_forms: SkillLexicon | Mapping[str, str]
) -> list[str]:
    """Ids of skills named in `text` that are not in `allowed` (each one is a fabrication)."""
    return [sid for sid in mentioned_skills(text, taxonomy_surface_forms) if sid not in allowed]


def strings_in(value: object) -> list[str]:
    """Every string inside a str / pydantic model / dataclass-free container (dict, list, tuple)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, BaseModel):
        value = value.model_dump()
    if isinstance(value, Mapping):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in strings_in(v)]
    return []


def skill_guard(
    allowed: Iterable[str], lexicon: SkillLexicon, *, scope: str = "the skills provided"
) -> Callable[[object], list[str]]:
    """A `validate` hook for with_fallback: one problem per skill named outside `allowed`."""
    allowed_ids = frozenset(allowed)

    def validate(value: object) -> list[str]:
        """Problems for `value` (a str or pydantic model): fabricated skill mentions."""
        unknown: dict[str, str] = {}
        for text in strings_in(value):
            for hit in lexicon.find(text):
                if hit.skill_id not in allowed_ids:
                    unknown.setdefault(hit.skill_id, hit.surface)
        return [
            f'it names "{surface}" ({lexicon.name(sid)}), which is not among {scope}'
            for sid, surface in unknown.items()
        ]

    return validate
