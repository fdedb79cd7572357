"""Build the taxonomy files from the hand-curated tables in data/taxonomy/tables/.

Run: .venv/bin/python data/taxonomy/build_taxonomy.py (the same as `python -m core build-taxonomy`: `build()` here is
its step 1; later steps add O*NET / ESCO fields and skills, see core/taxonomy/build/).
Writes (deterministically): skills/<category>.jsonl, role_families.json, resources.jsonl.

Table row format (one skill a line, fields separated by "|", trailing fields optional):
    id | Name | hours | aliases | prerequisites | related | context
aliases, prerequisites, related and context are comma-separated. A "~" prefix on the name or an
alias marks a surface form that is also a common English word: the skill becomes `ambiguous`,
the form goes to `ambiguous_forms`, and a context list is required.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLES = HERE / "tables"
CATEGORIES = (
    "programming_language", "framework", "database", "cloud", "devops", "data_ml",
    "security", "mobile", "testing", "analytics_business", "design", "soft_skill", "tool", "methodology",
    "healthcare", "finance", "education", "people_operations", "operations_trades", "certification",
)


def _module(path: Path):
    """Import one table module by path."""
    spec = importlib.util.spec_from_file_location(f"_tax_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _split(field: str) -> list[str]:
    """Comma-separated field -> stripped non-empty items."""
    return [x.strip() for x in field.split(",") if x.strip()]


def _form(raw: str) -> tuple[str, bool]:
    """'~word' -> ('word', True)."""
    return (raw[1:].strip(), True) if raw.startswith("~") else (raw, False)


def _js_variants(name: str) -> list[str]:
    """'React.js' -> ['reactjs', 'react js'] (real surface forms of *.js names)."""
    low = name.lower()
    if not low.endswith(".js") or " " in low:
        return []
    stem = low[:-3]
    return [f"{stem}js", f"{stem} js"]


def parse_row(line: str, category: str) -> dict:
    """One table line -> a skill row dict."""
    parts = [p.strip() for p in line.split("|")] + [""] * 7
    sid, raw_name, hours, aliases, prereqs, related, context = parts[:7]
    name, name_amb = _form(raw_name)
    amb_forms = [name.lower()] if name_amb else []
    out_aliases: list[str] = []
    seen = {name.lower()}
    for raw in _split(aliases) + _js_variants(name):
        alias, amb = _form(raw)
        if alias.lower() in seen:
            if amb:
                raise ValueError(f"{sid}: '{alias}' listed both plain and ambiguous")
            continue
        seen.add(alias.lower())
        out_aliases.append(alias)
        if amb:
            amb_forms.append(alias.lower())
    return {
        "id": sid, "name": name, "category": category, "aliases": out_aliases,
        "ambiguous": bool(amb_forms), "ambiguous_forms": amb_forms, "hours": int(hours or 40),
        "prerequisites": _split(prereqs), "related": _split(related), "key_concepts": [],
        "context": [c.lower() for c in _split(context)],
    }


def load_skills() -> list[dict]:
    """All skill rows from tables/skills_*.py in file order."""
    rows: list[dict] = []
    for path in sorted(TABLES.glob("skills_*.py")):
        mod = _module(path)
        for block_category, block in mod.BLOCKS:
            for line in block.strip().splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    rows.append(parse_row(line, block_category))
    return rows


def load_key_concepts() -> dict[str, list[str]]:
    """Skill id -> key concepts from tables/concepts_*.py (semicolon-separated strings)."""
    out: dict[str, list[str]] = {}
    for path in sorted(TABLES.glob("concepts_*.py")):
        for sid, text in _module(path).KEY_CONCEPTS.items():
            if sid in out:
                raise ValueError(f"key concepts twice for {sid}")
            out[sid] = [c.strip() for c in text.split(";") if c.strip()]
    return out


def _resource(sid: str, part: str, paid: bool) -> dict:
    """'title | provider | url | hours' -> a resource row."""
    title, provider, url, hours = [p.strip() for p in part.split("|")]
    if not url.startswith("https://"):
        raise ValueError(f"{sid}: resource url must be https: {url}")
    return {"skill_id": sid, "title": title, "provider": provider, "url": url, "hours": int(hours), "paid": paid}


def load_resources() -> list[dict]:
    """Rows 'skill_id || free: title | provider | url | hours || paid: title | provider | url | hours'."""
    rows: list[dict] = []
    for path in sorted(TABLES.glob("resources_*.py")):
        for line in _module(path).RESOURCES.strip().splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            sid, free, paid = [p.strip() for p in line.split("||")]
            rows += [_resource(sid, free, False), _resource(sid, paid, True)]
    return rows


def _symmetrize(rows: list[dict]) -> None:
    """Make `related` symmetric (a~b implies b~a), keeping curated order first."""
    by_id = {r["id"]: r for r in rows}
    for row in rows:
        for other in list(row["related"]):
            back = by_id[other]["related"]
            if row["id"] not in back:
                back.append(row["id"])


def _check_cycles(rows: list[dict]) -> None:
    """Raise on a prerequisite cycle."""
    graph = {r["id"]: r["prerequisites"] for r in rows}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        if state.get(node) == 2:
            return
        if state.get(node) == 1:
            raise ValueError(f"prerequisite cycle: {' -> '.join(path + [node])}")
        state[node] = 1
        for nxt in graph[node]:
            visit(nxt, path + [node])
        state[node] = 2

    for node in graph:
        visit(node, [])


def validate(rows: list[dict], concepts: dict[str, list[str]], resources: list[dict], roles: list[dict]) -> list[str]:
    """All integrity problems, as messages."""
    errors: list[str] = []
    ids = [r["id"] for r in rows]
    known = set(ids)
    if len(known) != len(ids):
        errors += [f"duplicate id {i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    owner: dict[str, str] = {}
    for r in rows:
        if r["category"] not in CATEGORIES:
            errors.append(f"{r['id']}: bad category {r['category']}")
        if r["ambiguous"] and not r["context"]:
            errors.append(f"{r['id']}: ambiguous without context")
        for form in [r["name"], *r["aliases"]]:
            key = form.lower()
            if key in owner and owner[key] != r["id"]:
                errors.append(f"surface '{key}' shared by {owner[key]} and {r['id']}")
            owner.setdefault(key, r["id"])
        for ref in r["prerequisites"] + r["related"]:
            if ref not in known:
                errors.append(f"{r['id']}: unknown ref {ref}")
            if ref == r["id"]:
                errors.append(f"{r['id']}: refers to itself")
    errors += [f"concepts for unknown {s}" for s in concepts if s not in known]
    errors += [f"{s}: {len(c)} key concepts (need 3-6)" for s, c in concepts.items() if not 3 <= len(c) <= 6]
    res_ids = [x["skill_id"] for x in resources if not x["paid"]]
    errors += [f"resources twice for {s}" for s in sorted({s for s in res_ids if res_ids.count(s) > 1})]
    errors += [f"resource for unknown {x['skill_id']}" for x in resources if x["skill_id"] not in known]
    for role in roles:
        for ref in role["core_skills"] + role["optional_skills"]:
            if ref not in known:
                errors.append(f"role {role['id']}: unknown skill {ref}")
    return errors


def build(out_dir: Path = HERE) -> dict[str, int]:
    """Validate the tables and write the generated files into `out_dir`; returns counts."""
    rows = load_skills()
    concepts = load_key_concepts()
    resources = load_resources()
    roles = _module(TABLES / "role_families.py").ROLE_FAMILIES
    errors = validate(rows, concepts, resources, roles)
    if errors:
        raise ValueError("\n".join(errors))
    _check_cycles(rows)
    _symmetrize(rows)
    for row in rows:
        row["key_concepts"] = concepts.get(row["id"], [])
    skills_dir = out_dir / "skills"
    skills_dir.mkdir(parents=True, exist_ok=True)
    for old in skills_dir.glob("*.jsonl"):
        old.unlink()
    for category in CATEGORIES:
        chosen = [r for r in rows if r["category"] == category]
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen)
        (skills_dir / f"{category}.jsonl").write_text(text, encoding="utf-8")
    res_text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in resources)
    (out_dir / "resources.jsonl").write_text(res_text, encoding="utf-8")
    roles_text = json.dumps(roles, indent=1, ensure_ascii=False) + "\n"
    (out_dir / "role_families.json").write_text(roles_text, encoding="utf-8")
    return {"skills": len(rows), "aliases": sum(len(r["aliases"]) for r in rows),
            "concepts": len(concepts), "resources": len(resources), "roles": len(roles)}


def main() -> int:
    """Run the full taxonomy build (`python -m core build-taxonomy`: these tables plus O*NET and ESCO from
    ../shared/data when present) into data/taxonomy; non-zero exit on integrity errors."""
    sys.path.insert(0, str(HERE.parents[1]))
    from core.errors import InvalidInput
    from core.taxonomy.build.runner import default_shared_dir, make_context, run_build

    try:
        counts = run_build(make_context(TABLES, HERE, default_shared_dir(HERE.parents[1])))
    except InvalidInput as exc:
        print(exc, file=sys.stderr)
        return 1
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
