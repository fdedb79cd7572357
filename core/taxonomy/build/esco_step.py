"""Step 3: ESCO v1 -> esco_uri and alternative labels on curated skills whose name is an ESCO preferred label, and
new skills for ESCO concepts whose label reads as a skill name ("pharmacology", "bookkeeping"), never a duty
phrase ("manage time", "advise customers"). Every alias passes the shared-form and common-word guards.
"""

from __future__ import annotations

import re
from collections import Counter

from core.skills.normalize import normalize_form
from core.taxonomy.build.base import BuildContext
from core.taxonomy.build.common_words import is_common_word, zipf
from core.taxonomy.build.sources import EscoSkill, read_esco
from core.taxonomy.build.surfaces import Surfaces, new_row, slug

MAX_TOKENS = 4  # longer labels are descriptions ("health and safety in the textile industry")
_NAME = re.compile(r"^[a-z][a-z' -]*[a-z]$")
NOT_NAME_START = frozenset("""types kinds principles characteristics range scope methods techniques procedures
    features properties functionalities aspects components parts products equipment""".split())
NOT_NAME_END = frozenset("industry industries sector sectors market markets".split())  # a field of work, not a skill
NOUN_ENDINGS = ("ing", "ics", "ogy", "tion", "sion", "ment", "ance", "ence", "ity", "ism", "ship", "ness", "ure",
                "ry", "cy", "al", "law", "ty")
CATEGORY_WORDS = (  # label words -> our category (first hit wins; default "methodology")
    (("medic", "clinic", "patient", "nurs", "pharma", "anatom", "therap", "health", "disease", "surg", "dental",
      "immun", "physiolog", "patholog"), "healthcare"),
    (("account", "financ", "tax", "bookkeep", "audit", "bank", "invest", "insur", "budget"), "finance"),
    (("teach", "pedagog", "curricul", "learning", "education", "didactic"), "education"),
    (("employ", "recruit", "labour", "labor", "human resource", "payroll"), "people_operations"),
    (("manufactur", "construct", "machin", "weld", "electric", "mechan", "vehicle", "food", "build", "metal",
      "logistic", "warehouse", "transport", "maintenance", "plumb", "carpent", "agricult"), "operations_trades"),
    (("design", "graphic", "photograph", "art", "drawing", "typograph"), "design"),
    (("market", "sales", "business", "econom", "statist", "management"), "analytics_business"),
)


def verb_starts(skills: list[EscoSkill]) -> set[str]:
    """First words of ESCO duty phrases: skill/competence labels, and words that start 2+ labels without a noun
    ending ("manage", "apply", "operate"; not "accounting" or "health")."""
    typed = {s.label.split()[0].lower() for s in skills if s.knowledge is False and " " in s.label}
    firsts = Counter(s.label.split()[0].lower() for s in skills if " " in s.label)
    return typed | {w for w, c in firsts.items() if c >= 2 and not w.endswith(NOUN_ENDINGS)}


def _is_verb(word: str) -> bool:
    """A word with a common -ing form ("bend" -> "bending", "allocate" -> "allocating") or an adverb."""
    if word.endswith(("ing", "ly")):
        return word.endswith("ly")
    forms = {word + "ing", word[:-1] + "ing" if word.endswith("e") else "", word + word[-1] + "ing"}
    return any(zipf(f) >= 2.0 for f in forms if f)


def reads_as_name(label: str, verbs: set[str]) -> bool:
    """A noun-phrase skill name of 1-4 words, not a duty phrase and not a bare common word."""
    low = label.lower()
    toks = low.split()
    if not _NAME.match(low) or not 1 <= len(toks) <= MAX_TOKENS or toks[0] in verbs or toks[0] in NOT_NAME_START:
        return False
    if _is_verb(toks[0]) or toks[-1] in NOT_NAME_END:
        return False
    return not is_common_word(low)


def _category(label: str, alts: list[str]) -> str:
    """Our category for an ESCO label (keyword rules; a language, "competent in Basque", is a soft skill)."""
    if any(a.lower().startswith("competent in ") for a in alts):
        return "soft_skill"
    low = label.lower()
    return next((cat for keys, cat in CATEGORY_WORDS if any(k in low for k in keys)), "methodology")


def _alias_ok(alt: str) -> bool:
    """An alternative label usable as a surface form: short, plain, not a sentence."""
    return len(alt.split()) <= 6 and not any(ch in alt for ch in "();:,/") and len(alt) >= 3


class EscoStep:
    """Attach ESCO concepts to curated skills by name; add noun-phrase ESCO concepts as new skills."""

    name = "esco"

    def run(self, ctx: BuildContext) -> dict[str, int]:
        """Skipped (with a message) when ../shared/data/esco is absent."""
        if ctx.esco_dir is None:
            print("esco: ../shared/data/esco not found; skipping ESCO-derived fields and skills")
            return {"skipped": 1}
        skills = read_esco(ctx.esco_dir)
        surfaces = Surfaces(ctx.skills)
        by_name = {normalize_form(r["name"]): r["id"] for r in ctx.skills}
        verbs = verb_starts(skills)
        matched = added = aliases = 0
        for esco in skills:
            sid = by_name.get(normalize_form(esco.label))
            if sid is not None:
                row = surfaces.by_id[sid]
                if "esco_uri" in row:
                    continue
                matched += 1
                row["esco_uri"] = esco.uri
                aliases += sum(surfaces.add_alias(sid, a) for a in esco.alts if _alias_ok(a))
            elif esco.knowledge is not False and reads_as_name(esco.label, verbs) and surfaces.free(esco.label):
                added += self._add(ctx, surfaces, esco)
        return {"matched": matched, "added": added, "aliases": aliases,
                "aliases_skipped_shared": surfaces.skipped["shared"], "aliases_skipped_common": surfaces.skipped["common"]}

    @staticmethod
    def _add(ctx: BuildContext, surfaces: Surfaces, esco: EscoSkill) -> int:
        """One new skill named after the ESCO label; 1 when added."""
        sid = slug(esco.label)
        if sid in surfaces.by_id:
            sid = f"esco_{sid}"
        if sid in surfaces.by_id:
            return 0
        name = esco.label[0].upper() + esco.label[1:]
        row = new_row(sid, name, _category(esco.label, esco.alts), [], source="esco", esco_uri=esco.uri)
        surfaces.add_row(ctx.skills, row)
        for alt in esco.alts:
            if _alias_ok(alt) and reads_as_name(alt, set()):
                surfaces.add_alias(sid, alt)
        return 1
