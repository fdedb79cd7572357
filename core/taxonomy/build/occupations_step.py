"""Occupations step: O*NET 29.2 -> data/taxonomy/occupations.jsonl (one core.taxonomy.occupations.Occupation a line).

Every O*NET occupation gets: its title, exactly one role family (the family whose `onet_socs` prefix is the longest
match; ties go to the earlier family), its job zone, alternate + reported titles (deduplicated case-insensitively),
related occupations ranked by tier then O*NET's index, and skills = its family's core skills followed by the
taxonomy skills its Technology Skills / Tools Used examples name, with `hot` flags (Hot Technology / In Demand).
The derived skills are ranked by how typical they are of the family and how rare overall (Epic before Microsoft
Office for nurses), hot ones boosted; curated signature skills lead and technology noise outside the software
families is dropped (core/taxonomy/build/occupation_skills.py).
Without ../shared/data/onet the committed file is kept.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import defaultdict
from pathlib import Path

from core.errors import InvalidInput
from core.taxonomy.build.base import BuildContext
from core.taxonomy.build.occupation_skills import occupation_skills, skill_categories

OUT_FILE = "occupations.jsonl"
TIERS = ("Primary-Short", "Primary-Long", "Supplemental")
MAX_SKILLS = 40  # O*NET-derived skills per occupation (after the family's core skills)
MAX_TITLES = 300  # per occupation; most have under 100, a few list thousands (kept: the first 300)
_SOFTWARE = re.compile(r"\s+(?:software|systems?|applications?)$")


def _tsv(path: Path) -> list[dict]:
    """Rows of an O*NET tab-separated file."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def family_of(soc: str, roles: list[dict]) -> str | None:
    """The family id whose onet_socs prefix is the longest match for `soc` (earlier family on ties)."""
    best, best_len = None, 0
    for role in roles:
        for prefix in role.get("onet_socs", ()):
            if soc.startswith(prefix) and len(prefix) > best_len:
                best, best_len = role["id"], len(prefix)
    return best


def _surface_index(skills: list[dict]) -> dict[str, str]:
    """Lower-cased skill name / alias -> skill id (first skill keeps a shared form)."""
    out: dict[str, str] = {}
    for row in skills:
        for form in (row["name"], *row.get("aliases", ())):
            out.setdefault(form.lower().strip(), row["id"])
    return out


def skill_for_example(example: str, surfaces: dict[str, str]) -> str | None:
    """The taxonomy skill an O*NET example names: exact form, else without a trailing 'software'/'system'."""
    low = example.lower().strip()
    return surfaces.get(low) or surfaces.get(_SOFTWARE.sub("", low))


def _titles(onet: Path) -> dict[str, list[str]]:
    """soc -> reported titles (the ones people write; first, so a reader can take the head), alternate titles, short
    titles, in file order."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in _tsv(onet / "Sample of Reported Titles.txt"):
        out[row["O*NET-SOC Code"]].append(row["Reported Job Title"])
    for row in _tsv(onet / "Alternate Titles.txt"):
        out[row["O*NET-SOC Code"]].append(row["Alternate Title"])
        short = row.get("Short Title", "n/a")
        if short and short != "n/a":
            out[row["O*NET-SOC Code"]].append(short)
    return out


def _dedupe(titles: list[str], own: str) -> list[str]:
    """Titles without case-insensitive repeats or the occupation's own title, at most MAX_TITLES."""
    seen, out = {own.lower()}, []
    for title in titles:
        title = " ".join(title.split())
        if title and title.lower() not in seen:
            seen.add(title.lower())
            out.append(title)
    return out[:MAX_TITLES]


def _related(onet: Path) -> dict[str, list[str]]:
    """soc -> related socs ranked by tier (Primary-Short first) then O*NET's index."""
    ranked: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for row in _tsv(onet / "Related Occupations.txt"):
        tier = TIERS.index(row["Relatedness Tier"]) if row["Relatedness Tier"] in TIERS else len(TIERS)
        ranked[row["O*NET-SOC Code"]].append((tier, int(row["Index"] or 0), row["Related O*NET-SOC Code"]))
    return {soc: [r for _, _, r in sorted(rows)] for soc, rows in ranked.items()}


def _used_skills(onet: Path, surfaces: dict[str, str]) -> dict[str, dict[str, bool]]:
    """soc -> {skill id: hot or in demand for that occupation}, in file order."""
    out: dict[str, dict[str, bool]] = defaultdict(dict)
    for fname in ("Technology Skills.txt", "Tools Used.txt"):
        for row in _tsv(onet / fname):
            sid = skill_for_example(row["Example"], surfaces)
            if sid is None:
                continue
            hot = row.get("Hot Technology") == "Y" or row.get("In Demand") == "Y"
            used = out[row["O*NET-SOC Code"]]
            used[sid] = used.get(sid, False) or hot
    return out


def rank_used(used: dict[str, dict[str, bool]], family: dict[str, str]) -> dict[str, list[str]]:
    """soc -> its derived skills, most telling first: family share x log(rarity overall), x1.5 when hot."""
    total = len(family) or 1
    overall: dict[str, int] = defaultdict(int)
    by_family: dict[tuple[str, str], int] = defaultdict(int)
    size: dict[str, int] = defaultdict(int)
    for soc, fam in family.items():
        size[fam] += 1
        for sid in used.get(soc, {}):
            overall[sid] += 1
            by_family[(fam, sid)] += 1

    def score(soc: str, sid: str) -> float:
        fam = family[soc]
        share = by_family[(fam, sid)] / size[fam]
        return share * math.log(1 + total / overall[sid]) * (1.5 if used[soc][sid] else 1.0)

    return {soc: sorted(used.get(soc, {}), key=lambda sid: (-score(soc, sid), sid))[:MAX_SKILLS] for soc in family}


def build_occupations(onet: Path, skills: list[dict], roles: list[dict]) -> list[dict]:
    """Occupation rows (sorted by soc) from the O*NET files, our skills and our role families."""
    core = {r["id"]: list(r["core_skills"]) for r in roles}
    occupations = sorted(_tsv(onet / "Occupation Data.txt"), key=lambda r: r["O*NET-SOC Code"])
    family = {o["O*NET-SOC Code"]: family_of(o["O*NET-SOC Code"], roles) for o in occupations}
    unmapped = [soc for soc, fam in family.items() if fam is None]
    if unmapped:
        raise InvalidInput(f"{len(unmapped)} O*NET occupations have no role family: {', '.join(unmapped[:10])}")
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in _tsv(onet / "Job Zones.txt")}
    titles, related = _titles(onet), _related(onet)
    used = _used_skills(onet, _surface_index(skills))
    ranked = rank_used(used, family)
    categories = skill_categories(skills)
    rows = []
    for occ in occupations:
        soc, title = occ["O*NET-SOC Code"], occ["Title"].strip()
        mapped = used.get(soc, {})
        skills_out = occupation_skills(soc, family[soc], core[family[soc]], ranked[soc], categories)
        rows.append({"soc": soc, "title": title, "family": family[soc], "job_zone": zones.get(soc),
                     "titles": _dedupe(titles.get(soc, []), title), "related": related.get(soc, []),
                     "skills": skills_out, "hot": [s for s in skills_out if mapped.get(s)]})
    return rows


def _read_json_list(path: Path) -> list[dict]:
    """A JSON list file (the role families), or []."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


class OccupationsStep:
    """Write occupations.jsonl from O*NET (or keep the committed file when O*NET is absent)."""

    name = "occupations"

    def run(self, ctx: BuildContext) -> dict[str, int]:
        """Derive and write ctx.out_dir/occupations.jsonl."""
        path = ctx.out_dir / OUT_FILE
        if ctx.onet_dir is None:
            kept = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line) if path.is_file() else 0
            print(f"occupations: no O*NET data beside the project; kept {kept} occupations in {path.name}")
            return {"kept": kept}
        roles = ctx.roles or _read_json_list(ctx.out_dir / "role_families.json")
        rows = build_occupations(ctx.onet_dir, ctx.skills, roles)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        path.write_text(text, encoding="utf-8")
        return {"occupations": len(rows), "titles": sum(len(r["titles"]) for r in rows),
                "skill_links": sum(len(r["skills"]) for r in rows), "hot_links": sum(len(r["hot"]) for r in rows),
                "bytes": len(text.encode("utf-8"))}
