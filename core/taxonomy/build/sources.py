"""Readers for the reference sources in ../shared/data (O*NET 29.2 and ESCO v1), read at build time only.

ESCO caveat, found while building v2: in skills_en_crosssector_transversal.csv the altLabels column is not aligned
with its row for most rows (only ~4% of alt lists share a word with their own preferred label). Almost every list
does contain the preferred label of exactly one concept, so `read_esco` attaches a list to the concept whose
preferred label it contains, keeps a list on its own row only when it is coherent with that row, and drops the
rest. The typed collection files (transversal, ICT, language) are aligned and are read as they are.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class OnetExample:
    """One O*NET technology or tool example across occupations."""

    name: str
    commodity_code: str
    commodity_title: str
    occupations: set[str] = field(default_factory=set)
    hot: bool = False
    in_demand: bool = False
    tool: bool = False  # from Tools Used.txt (physical tools; never a new skill)


@dataclass
class EscoSkill:
    """One ESCO skill or knowledge concept with its alternative labels."""

    uri: str
    label: str
    alts: list[str]
    knowledge: bool | None  # None when the file gives no skill type


def _tsv(path: Path) -> list[dict]:
    """Rows of an O*NET tab-separated file."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def read_onet(onet_dir: Path) -> dict[str, OnetExample]:
    """Technology Skills and Tools Used examples keyed by example name (commodity: the most frequent one)."""
    out: dict[str, OnetExample] = {}
    commodities: dict[str, Counter] = defaultdict(Counter)
    for fname, tool in (("Technology Skills.txt", False), ("Tools Used.txt", True)):
        for row in _tsv(onet_dir / fname):
            name = row["Example"].strip()
            ex = out.setdefault(name, OnetExample(name, "", "", tool=tool))
            ex.occupations.add(row["O*NET-SOC Code"])
            ex.hot |= row.get("Hot Technology") == "Y"
            ex.in_demand |= row.get("In Demand") == "Y"
            ex.tool &= tool
            commodities[name][(row["Commodity Code"], row["Commodity Title"])] += 1
    for name, ex in out.items():
        (code, title), _ = min(commodities[name].items(), key=lambda kv: (-kv[1], kv[0]))
        ex.commodity_code, ex.commodity_title = code, title
    return out


def _words(text: str) -> set[str]:
    """Content words (4+ letters) of a label."""
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def _split_alts(raw: str, sep: str) -> list[str]:
    """Alt labels, whitespace-collapsed, empty ones dropped, order kept."""
    return [" ".join(a.split()) for a in raw.split(sep) if a.strip()]


def read_esco(esco_dir: Path) -> list[EscoSkill]:
    """Cross-sector/transversal skills (alt lists re-attached, see the module doc) plus the typed collections."""
    with (esco_dir / "skills_en_crosssector_transversal.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_label = {r["preferredLabel"].lower(): r["conceptUri"] for r in rows}
    alts: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        labels = _split_alts(r["altLabels"], "\n")
        named = {by_label[a.lower()] for a in labels if a.lower() in by_label}
        if len(named) == 1:
            alts[named.pop()] += labels
        elif not named and any(_words(r["preferredLabel"]) & _words(a) for a in labels):
            alts[r["conceptUri"]] += labels
    typed: dict[str, EscoSkill] = {}
    for fname in ("transversalSkillsCollection_en.csv", "ictSkillsCollection_en.csv", "languageSkillsCollection_en.csv"):
        with (esco_dir / fname).open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                typed[r["conceptUri"]] = EscoSkill(r["conceptUri"], r["preferredLabel"], _split_alts(r["altLabels"], "|"),
                                                   r["skillType"] == "knowledge")
    out = [EscoSkill(r["conceptUri"], r["preferredLabel"], alts.get(r["conceptUri"], []),
                     typed[r["conceptUri"]].knowledge if r["conceptUri"] in typed else None) for r in rows]
    seen = {s.uri for s in out}
    out += [s for uri, s in sorted(typed.items()) if uri not in seen]
    for skill in out:
        skill.alts = [a for a in dict.fromkeys(skill.alts) if a.lower() != skill.label.lower()]
    return sorted(out, key=lambda s: (s.label.lower(), s.uri))
