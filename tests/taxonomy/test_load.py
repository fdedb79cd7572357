"""load_taxonomy / resources_for on small hand-made taxonomy directories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import InvalidInput, NotFound
from core.taxonomy.load import fallback_resources, load_taxonomy, resources_for


def _write(root: Path, skills: list[dict], roles: list[dict] | None = None, resources: list[dict] | None = None,
           version: str | None = "tax-test.1") -> Path:
    (root / "skills").mkdir(parents=True, exist_ok=True)
    (root / "skills" / "x.jsonl").write_text("".join(json.dumps(s) + "\n" for s in skills), encoding="utf-8")
    if roles is not None:
        (root / "role_families.json").write_text(json.dumps(roles), encoding="utf-8")
    if resources is not None:
        (root / "resources.jsonl").write_text("".join(json.dumps(r) + "\n" for r in resources), encoding="utf-8")
    if version is not None:
        (root / "VERSION").write_text(version + "\n", encoding="utf-8")
    return root


GO = {"id": "go", "name": "Go", "category": "programming_language", "aliases": ["golang"], "ambiguous": True,
      "ambiguous_forms": ["go"], "context": ["goroutine"], "hours": 60, "related": ["rust"],
      "key_concepts": ["a", "b", "c"], "future_field": 1}
RUST = {"id": "rust", "name": "Rust", "category": "programming_language", "hours": 120}
ROLE = {"id": "backend", "name": "Backend", "onet_soc": "15-1252.00", "title_keywords": ["backend"],
        "core_skills": ["go"], "optional_skills": ["rust"], "generic_keywords": ["software engineer"]}


def _res(sid: str, paid: bool, title: str = "T") -> dict:
    return {"skill_id": sid, "title": title, "provider": "P", "url": "https://example.org/", "hours": 5, "paid": paid}


def test_loads_tuples_version_and_ignores_unknown_keys(tmp_path):
    tax = load_taxonomy(_write(tmp_path, [GO, RUST], [ROLE]))
    go = tax.get("go")
    assert tax.version == "tax-test.1"
    assert go.aliases == ("golang",) and go.related == ("rust",) and go.ambiguous_forms == ("go",)
    assert tax.role_families["backend"].generic_keywords == ("software engineer",)
    assert tax.surface_forms() == {"go": "go", "golang": "go", "rust": "rust"}


def test_version_defaults_to_v1(tmp_path):
    assert load_taxonomy(_write(tmp_path, [RUST], version=None)).version == "v1"


def test_single_skills_file_layout(tmp_path):
    (tmp_path / "skills.jsonl").write_text(json.dumps(RUST) + "\n", encoding="utf-8")
    assert list(load_taxonomy(tmp_path).skills) == ["rust"]


@pytest.mark.parametrize("rows", [
    [{**RUST, "category": "cooking"}],
    [RUST, RUST],
    [{"id": "x", "category": "tool"}],
])
def test_bad_skill_rows_are_refused(tmp_path, rows):
    with pytest.raises(InvalidInput):
        load_taxonomy(_write(tmp_path, rows))


def test_missing_directory_is_refused(tmp_path):
    with pytest.raises(InvalidInput):
        load_taxonomy(tmp_path / "nope")


def test_invalid_json_is_refused(tmp_path):
    _write(tmp_path, [RUST])
    (tmp_path / "skills" / "x.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InvalidInput):
        load_taxonomy(tmp_path)


def test_curated_pair_and_half_filled_by_fallback(tmp_path):
    resources = [_res("go", False, "Tour"), _res("go", True, "Course"), _res("rust", False, "Book"),
                 _res("ghost", True)]
    tax = load_taxonomy(_write(tmp_path, [GO, RUST], resources=resources))
    free, paid = resources_for(tax, "go")
    assert (free.title, free.paid, paid.title, paid.paid) == ("Tour", False, "Course", True)
    free, paid = resources_for(tax, "rust")
    assert free.title == "Book" and paid.paid is True and "udemy.com" in paid.url
    assert "ghost" not in tax.resources


def test_fallback_for_uncurated_skill_and_unknown_id(tmp_path):
    tax = load_taxonomy(_write(tmp_path, [GO, RUST]))
    free, paid = resources_for(tax, "rust")
    assert (free.paid, paid.paid) == (False, True)
    assert "official documentation" in free.title and "Rust" in paid.title
    assert free.url.startswith("https://") and paid.url.startswith("https://")
    with pytest.raises(NotFound):
        resources_for(tax, "cobol")


@pytest.mark.parametrize("name, hours", [("Apache Kafka", 30), ("C#", 1), ("Rust & WebAssembly", 200)])
def test_fallback_resources_are_url_safe(name, hours):
    free, paid = fallback_resources(name, hours)
    assert " " not in free.url and " " not in paid.url and "#" not in paid.url
    assert free.hours >= 2 and paid.hours >= 3


def test_cache_reuses_until_files_change(tmp_path):
    root = _write(tmp_path, [RUST])
    first = load_taxonomy(root)
    assert load_taxonomy(root) is first
    _write(tmp_path, [RUST, GO])
    assert set(load_taxonomy(root).skills) == {"rust", "go"}
