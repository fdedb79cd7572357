"""The generator is deterministic and the committed files are what it produces from the tables."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

TAXONOMY_DIR = Path(__file__).resolve().parents[2] / "data" / "taxonomy"


def _build_module():
    spec = importlib.util.spec_from_file_location("build_taxonomy", TAXONOMY_DIR / "build_taxonomy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files(root: Path) -> dict[str, str]:
    paths = [*root.glob("skills/*.jsonl"), root / "resources.jsonl", root / "role_families.json"]
    return {str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in paths}


def test_generated_files_are_up_to_date(tmp_path):
    """The curated-table builder is step 1 of `python -m core build-taxonomy`: its resources and roles are the
    shipped ones and every curated id ships (tests/taxonomy/test_v2_build.py compares the full v2 build)."""
    counts = _build_module().build(tmp_path)
    assert counts["skills"] >= 1500 and counts["aliases"] >= 3000
    built, shipped = _files(tmp_path), _files(TAXONOMY_DIR)
    for name in ("resources.jsonl", "role_families.json"):
        assert built[name] == shipped[name]
    ids = lambda files: {json.loads(line)["id"] for name, text in files.items() if name.startswith("skills")
                         for line in text.splitlines()}
    assert ids(built) <= ids(shipped)


def test_parse_row_marks_ambiguous_forms_and_js_variants():
    row = _build_module().parse_row("react | ~React | 50 | react.js, ~reactjs2 | javascript | vue | jsx, hooks",
                                    "framework")
    assert row["ambiguous"] is True
    assert row["ambiguous_forms"] == ["react", "reactjs2"]
    assert row["aliases"] == ["react.js", "reactjs2"]
    assert row["context"] == ["jsx", "hooks"] and row["prerequisites"] == ["javascript"]


def test_validate_reports_shared_forms_and_unknown_refs():
    mod = _build_module()
    rows = [mod.parse_row("a | A | 5 | x", "tool"), mod.parse_row("b | B | 5 | X | zz", "tool")]
    errors = mod.validate(rows, {}, [], [])
    assert any("shared" in e for e in errors) and any("unknown ref zz" in e for e in errors)
