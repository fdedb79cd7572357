"""Surface forms of the taxonomy compiled into one Aho-Corasick automaton (pyahocorasick, C).

Every name and alias is normalised exactly like text (core.skills.normalize) and stored padded with a space on
each side; the text is padded too, so the automaton only reports matches that start and end on token
boundaries ("go" never fires inside "google", "java" never inside "javascript" or "java-ee"'s own alias).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import ahocorasick

from core.skills.ambiguity import COMMON_SHORT_WORDS, context_needles
from core.skills.normalize import normalize_form
from core.taxonomy.models import Skill, Taxonomy


DOMAIN_CATEGORIES = frozenset({"analytics_business", "soft_skill", "methodology", "healthcare", "finance", "education",
                               "people_operations", "operations_trades"})
CASELESS_FORMS = frozenset({"testing", "embedded", "accessibility", "illustration"})


@dataclass(frozen=True)
class Form:
    """One normalised surface form and what it takes to accept it."""

    key: str  # normalised form, e.g. "c++", "node.js", "ci cd"
    skill_id: str
    name: str
    declared: tuple[str, ...]  # spellings as written in the taxonomy (case rules compare against these)
    ambiguous: bool  # also a common word: needs evidence (core.skills.ambiguity)
    case_sensitive: bool  # a short common word ("IT", "GO"): the surface must use a declared case
    context: tuple[str, ...]  # search needles for the skill's context words (ambiguity.context_needles)
    caseless: bool = False  # an ambiguous domain word ("sales", "testing") whose lower case is normal


@dataclass
class FormIndex:
    """The automaton plus the forms it returns, and build conflicts for diagnostics."""

    automaton: ahocorasick.Automaton
    forms: list[Form]
    conflicts: list[str]
    fingerprint: str = ""  # short hash of every form and rule input: changes whenever matching could change


def _ambiguous_keys(skill: Skill) -> set[str] | None:
    """Normalised ambiguous forms declared by the taxonomy, or None when it declares none per form."""
    declared = getattr(skill, "ambiguous_forms", None)
    if not declared:
        return None if skill.ambiguous else set()
    return {normalize_form(f) for f in declared}


def _is_ambiguous(skill: Skill, key: str, declared_keys: set[str] | None) -> bool:
    """Ambiguity policy for one normalised form of `skill`."""
    if len(key) == 1 and key.isalpha():
        return True  # single letters (R, C) always need evidence
    if declared_keys is not None:
        return key in declared_keys
    return skill.ambiguous and key.isalpha()  # fallback: one plain word of an ambiguous skill


def _plural(key: str) -> str | None:
    """'unit test' -> 'unit tests', 'technology' -> 'technologies'; None for short or irregular keys."""
    last = key.rsplit(" ", 1)[-1]
    if len(key) < 4 or len(last) < 3 or not last.isalpha() or last.endswith("s"):
        return None
    if last.endswith("y") and last[-2] not in "aeiou":
        return key[:-1] + "ies"
    return key + ("es" if last.endswith(("ch", "sh", "x", "z")) else "s")


def _joined(key: str) -> str | None:
    """'front end' -> 'frontend', 'web logic' -> 'weblogic' (two alphabetic tokens only)."""
    parts = key.split(" ")
    return "".join(parts) if len(parts) == 2 and all(p.isalpha() for p in parts) and len(key) >= 7 else None


def _is_caseless(skill: Skill, key: str, declared: list[str]) -> bool:
    """An ambiguous domain word (sales, testing, lean, English) rather than a product name or acronym."""
    if key in CASELESS_FORMS:
        return True
    acronym = any(ch.isupper() for d in declared for ch in d[1:])
    return skill.category in DOMAIN_CATEGORIES and not acronym


def build_index(taxonomy: Taxonomy) -> FormIndex:
    """Compile every skill name and alias into a FormIndex (deterministic: skills in id order); generated
    plural and joined variants ("unit tests", "frontend") never displace a declared form."""
    spellings: dict[str, list[str]] = {}
    owner: dict[str, Skill] = {}
    conflicts: list[str] = []
    skills = sorted(taxonomy.skills.values(), key=lambda s: s.id)
    for skill in skills:
        for raw in (skill.name, *skill.aliases):
            key = normalize_form(raw)
            if not key:
                continue
            if key in owner and owner[key].id != skill.id:
                conflicts.append(f"'{key}': {owner[key].id} kept, {skill.id} dropped")
                continue
            owner[key] = skill
            spellings.setdefault(key, [])
            if raw.strip() not in spellings[key]:
                spellings[key].append(raw.strip())
    ambiguous_keys = {key for key, skill in owner.items() if _is_ambiguous(skill, key, _ambiguous_keys(skill))}
    variants: dict[str, Skill] = {}
    for key, skill in owner.items():
        if key in ambiguous_keys or key in COMMON_SHORT_WORDS:
            continue
        plural = None if skill.category in DOMAIN_CATEGORIES else _plural(key)  # "communications" is not a skill
        for variant in (plural, _joined(key)):
            if variant and variant not in owner and variant not in variants:
                variants[variant] = skill
    automaton = ahocorasick.Automaton()
    forms: list[Form] = []
    context_cache: dict[str, tuple[str, ...]] = {}
    for key, skill in [*owner.items(), *variants.items()]:
        if skill.id not in context_cache:
            words = tuple(w for w in (normalize_form(c) for c in skill.context) if w)
            context_cache[skill.id] = context_needles(words)
        ambiguous = key in ambiguous_keys
        declared = tuple(spellings.get(key, (key,)))
        caseless = ambiguous and _is_caseless(skill, key, list(declared))
        if ambiguous and not any(ch.isupper() for d in declared for ch in d):
            declared = (key.title(),)  # taxonomy aliases are lower-case; a common word needs its proper-noun case
        form = Form(
            key=key, skill_id=skill.id, name=skill.name, declared=declared, ambiguous=ambiguous,
            case_sensitive=ambiguous or key in COMMON_SHORT_WORDS, context=context_cache[skill.id],
            caseless=caseless,
        )
        automaton.add_word(f" {key} ", (len(key) + 2, len(forms)))
        forms.append(form)
    automaton.make_automaton()
    return FormIndex(automaton, forms, conflicts, _fingerprint(forms))


def _fingerprint(forms: list[Form]) -> str:
    """Six hex chars of sha1 over the forms in build order."""
    digest = hashlib.sha1()
    for f in forms:
        digest.update(f"{f.key}\t{f.skill_id}\t{f.name}\t{f.declared}\t{f.ambiguous}\t{f.case_sensitive}\t"
                      f"{f.caseless}\t{f.context}\n".encode("utf-8"))
    return digest.hexdigest()[:6]
