"""Step 2: O*NET 29.2 Technology Skills / Tools Used -> commodity codes, Hot Technology / In Demand flags and
example-name aliases on curated skills, plus new skills for product names that matter across occupations.

Rule for a new skill: a technology example (not a physical tool) that is Hot Technology or In Demand for some
occupation, or is used by at least MIN_OCCUPATIONS occupations; that reads as a product name (not a generic
"Spreadsheet software"); and whose name and aliases no curated skill owns. A vendor prefix ("Intuit QuickBooks")
is dropped from the name when the rest is not made of common words; the full example stays an alias.
"""

from __future__ import annotations

import re
from collections import Counter

from core.taxonomy.build.base import BuildContext
from core.taxonomy.build.common_words import is_common_word, zipf
from core.taxonomy.build.sources import OnetExample, read_onet
from core.taxonomy.build.surfaces import Surfaces, new_row, slug

MIN_OCCUPATIONS = 15
_SUFFIX = re.compile(r"(?: (?:[A-Z]{2,}\w*|\([A-Z]{2,}\)))?(?: (?:software|systems?|applications?))*$")
_TRAILING_ACRONYM = re.compile(r"\b([A-Z][A-Za-z0-9+#/.-]*[A-Z0-9+#])(?: (?:software|systems?))?$")
CATEGORY_BY_COMMODITY = (  # commodity title words -> our category (first hit wins; default "tool")
    ("medical", "healthcare"), ("time accounting", "people_operations"), ("accounting", "finance"), ("financial", "finance"), ("tax ", "finance"),
    ("computer based training", "education"), ("human resources", "people_operations"),
    ("computer aided", "design"), ("graphics", "design"),
    ("video creation", "design"), ("desktop publishing", "design"), ("music or sound", "design"),
    ("industrial control", "operations_trades"), ("facilities management", "operations_trades"),
    ("inventory management", "operations_trades"), ("customer relationship", "analytics_business"),
    ("sales and marketing", "analytics_business"), ("enterprise resource planning", "analytics_business"),
)


def _candidates(name: str, vendors: set[str]) -> list[str]:
    """Forms an example may go by: itself, without 'software', without a leading vendor word, a trailing acronym."""
    base = re.sub(r" (?:software|systems?)$", "", name)
    toks = base.split()
    out = [name, base] + ([" ".join(toks[1:])] if len(toks) > 1 and toks[0] in vendors else [])
    m = _TRAILING_ACRONYM.search(name)
    if m and len(toks) > 1:
        out.append(m.group(1))
    return list(dict.fromkeys(out))


def _is_generic(name: str) -> bool:
    """'Web browser software', 'Learning management system LMS': a kind of software, not a product."""
    if " " not in name:
        return False  # a one-word example is a product name ("Dropbox", "Kronos")
    words = [w for w in _SUFFIX.sub("", name).split() if sum(ch.isupper() for ch in w) < 2 and not w.startswith("(")]
    core = " ".join(words)
    return not any(ch.isupper() for ch in core[1:]) and all(zipf(w) >= 2.5 for w in words)


def _vendors(examples: dict[str, OnetExample]) -> set[str]:
    """Leading words shared by 3+ product examples ("Microsoft", "Adobe", "Autodesk")."""
    firsts = Counter(n.split()[0] for n, ex in examples.items() if " " in n and not ex.tool and n[0].isupper())
    return {w for w, c in firsts.items() if c >= 3}


def _display_name(name: str, vendors: set[str]) -> str:
    """Drop 'software', and a vendor word when a CamelCase product name follows ("Intuit TurboTax")."""
    base = re.sub(r" (?:software|systems?)$", "", name) if not _is_generic(name) else name
    toks = base.split()
    if len(toks) > 1 and toks[0] in vendors and any(ch.isupper() for ch in toks[1][1:]):
        toks = toks[1:]
    return " ".join(toks)


def _category(title: str) -> str:
    """Our category for a commodity title."""
    low = title.lower() + " "
    return next((cat for key, cat in CATEGORY_BY_COMMODITY if key in low), "tool")


def _selected(ex: OnetExample) -> bool:
    """Does this example earn a new skill (see the module rule)?"""
    return not ex.tool and (ex.hot or ex.in_demand or len(ex.occupations) >= MIN_OCCUPATIONS) \
        and not _is_generic(ex.name)


def _annotate(row: dict, ex: OnetExample) -> None:
    """Commodity and flags on a skill row (a curated one keeps its first commodity)."""
    row.setdefault("onet_commodity", f"{ex.commodity_code} {ex.commodity_title}")
    if ex.hot:
        row["hot"] = True
    if ex.in_demand:
        row["in_demand"] = True


class OnetStep:
    """Annotate curated skills from O*NET examples and add the product skills the rule selects."""

    name = "onet"

    def run(self, ctx: BuildContext) -> dict[str, int]:
        """Skipped (with a message) when ../shared/data/onet is absent."""
        if ctx.onet_dir is None:
            print("onet: ../shared/data/onet not found; skipping O*NET-derived fields and skills")
            return {"skipped": 1}
        examples = read_onet(ctx.onet_dir)
        surfaces = Surfaces(ctx.skills)
        vendors = _vendors(examples)
        matched = added = 0
        for name in sorted(examples):
            ex = examples[name]
            sid = next((surfaces.owner_of(c) for c in _candidates(name, vendors) if surfaces.owner_of(c)
                        and c.lower() not in surfaces.by_id[surfaces.owner_of(c)]["ambiguous_forms"]), None)
            if sid is not None:
                matched += 1
                _annotate(surfaces.by_id[sid], ex)
                if not ex.tool:
                    surfaces.add_alias(sid, name)
                continue
            if not _selected(ex):
                continue
            added += self._add(ctx, surfaces, ex, _display_name(name, vendors))
        return {"matched": matched, "added": added, "aliases_skipped_shared": surfaces.skipped["shared"],
                "aliases_skipped_common": surfaces.skipped["common"]}

    @staticmethod
    def _add(ctx: BuildContext, surfaces: Surfaces, ex: OnetExample, display: str) -> int:
        """One new product skill; 1 when added."""
        if not surfaces.free(display) or is_common_word(display):
            return 0  # an everyday word as a product name ("Google", "Blink", "Loom") is dropped, never always-on
        sid = slug(display)
        if sid in surfaces.by_id or not sid:
            sid = f"onet_{sid}"
        if sid in surfaces.by_id:
            return 0
        aliases = [a for a in dict.fromkeys([ex.name, re.sub(r" software$", "", ex.name)])
                   if a.lower() != display.lower() and surfaces.free(a) and not is_common_word(a)]
        row = new_row(sid, display, _category(ex.commodity_title), aliases, source="onet")
        _annotate(row, ex)
        surfaces.add_row(ctx.skills, row)
        return 1
