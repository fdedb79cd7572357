"""Load the taxonomy from data/taxonomy (our own files) and pick learning resources for a skill.

Layout of `taxonomy_dir` (written by data/taxonomy/build_taxonomy.py):
    VERSION                  one line, e.g. "tax-2026.11.1"
    skills/<category>.jsonl  one Skill a line (or a single skills.jsonl)
    role_families.json       list of RoleFamily objects
    resources.jsonl          {"skill_id", "title", "provider", "url", "hours", "paid"} a line
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote_plus

from core.errors import InvalidInput, NotFound
from core.taxonomy.models import CATEGORIES, Resource, RoleFamily, Skill, Taxonomy

_TUPLE_FIELDS = ("aliases", "prerequisites", "related", "key_concepts", "context", "ambiguous_forms",
                 "title_keywords", "core_skills", "optional_skills", "generic_keywords", "onet_socs")


def load_taxonomy(taxonomy_dir: Path) -> Taxonomy:
    """Skills, role families, resources and version from `taxonomy_dir` (cached per path and file stamps)."""
    root = Path(taxonomy_dir).resolve()
    if not root.is_dir():
        raise InvalidInput(f"Taxonomy directory not found: {root}")
    return _load_cached(root, _stamp(root))


def resources_for(taxonomy: Taxonomy, skill_id: str) -> tuple[Resource, Resource]:
    """(free, paid) learning resources for a skill: curated when known, else the generic fallback."""
    curated = taxonomy.resources.get(skill_id)
    if curated is not None:
        return curated
    skill = taxonomy.get(skill_id)
    if skill is None:
        raise NotFound(f"Unknown skill id: {skill_id}")
    return fallback_resources(skill.name, skill.hours)


def fallback_resources(name: str, hours: int = 40) -> tuple[Resource, Resource]:
    """Generic (free official-docs search, paid course search) pair for any skill name."""
    free = Resource(
        title=f"{name}: official documentation and tutorials",
        provider="Official documentation (web search)",
        url=f"https://duckduckgo.com/?q={quote_plus(name + ' official documentation tutorial')}",
        hours=max(2, hours // 4),
        paid=False,
    )
    paid = Resource(
        title=f"{name} courses",
        provider="Udemy (course search)",
        url=f"https://www.udemy.com/courses/search/?q={quote_plus(name)}",
        hours=max(3, hours // 2),
        paid=True,
    )
    return free, paid


def _stamp(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Cheap cache key part: name, mtime and size of every data file."""
    files = sorted([*root.glob("*.json*"), *root.glob("skills/*.jsonl"), *root.glob("VERSION")])
    return tuple((str(p.relative_to(root)), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


@lru_cache(maxsize=4)
def _load_cached(root: Path, stamp: tuple) -> Taxonomy:
    """Read everything once per (path, stamp)."""
    skills = _read_skills(root)
    taxonomy = Taxonomy(skills=skills, role_families=_read_roles(root), version=_read_version(root))
    taxonomy.resources = _read_resources(root, skills)
    return taxonomy


def _read_version(root: Path) -> str:
    """The VERSION file's first line ("v1" when absent)."""
    path = root / "VERSION"
    return path.read_text(encoding="utf-8").strip().splitlines()[0] if path.exists() else "v1"


def _build(cls, row: dict, where: str):
    """A dataclass from a JSON row: lists -> tuples, unknown keys ignored, missing required keys refused."""
    names = {f.name for f in fields(cls)}
    kwargs = {k: (tuple(v) if k in _TUPLE_FIELDS else v) for k, v in row.items() if k in names}
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise InvalidInput(f"Malformed taxonomy row in {where}: {exc}") from exc


def _jsonl(path: Path) -> list[dict]:
    """Rows of a JSON-lines file (blank lines skipped)."""
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"Invalid JSON in {path.name}: {exc}") from exc


def _read_skills(root: Path) -> dict[str, Skill]:
    """All skills keyed by id; unknown categories and duplicate ids are refused."""
    paths = sorted((root / "skills").glob("*.jsonl")) or [root / "skills.jsonl"]
    out: dict[str, Skill] = {}
    for path in paths:
        if not path.exists():
            raise InvalidInput(f"No skills file in {root}")
        for row in _jsonl(path):
            skill = _build(Skill, row, path.name)
            if skill.category not in CATEGORIES:
                raise InvalidInput(f"Skill {skill.id} has unknown category {skill.category}")
            if skill.id in out:
                raise InvalidInput(f"Duplicate skill id {skill.id}")
            out[skill.id] = skill
    return out


def _read_roles(root: Path) -> dict[str, RoleFamily]:
    """Role families keyed by id, in file order."""
    path = root / "role_families.json"
    if not path.exists():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {row["id"]: _build(RoleFamily, row, path.name) for row in rows}


def _read_resources(root: Path, skills: dict[str, Skill]) -> dict[str, tuple[Resource, Resource]]:
    """skill id -> (free, paid); a missing half is filled by the fallback; unknown skill ids are skipped."""
    path = root / "resources.jsonl"
    halves: dict[str, dict[bool, Resource]] = {}
    for row in _jsonl(path) if path.exists() else []:
        sid = row.get("skill_id")
        if sid in skills:
            halves.setdefault(sid, {})[bool(row.get("paid"))] = _build(Resource, row, path.name)
    out: dict[str, tuple[Resource, Resource]] = {}
    for sid, pair in halves.items():
        free, paid = fallback_resources(skills[sid].name, skills[sid].hours)
        out[sid] = (pair.get(False, free), pair.get(True, paid))
    return out
