"""CLI: `demo` (idempotent), `refresh` (no-op when nothing is new) and `market --json` (the contract shape)."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from core.cli import main

N = 300


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("cli-market")


@pytest.fixture
def cli(data_dir, monkeypatch, capsys):
    """Run `python -m core ...` in-process against the module's data dir; returns (exit code, stdout)."""
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(data_dir))
    monkeypatch.delenv("DATABASE_URL", raising=False)

    def run(*argv: str) -> tuple[int, str]:
        code = main(list(argv))
        return code, capsys.readouterr().out
    return run


@pytest.fixture(scope="module", autouse=True)
def demo_summary(data_dir):
    """Build the demo market once for the module (through the CLI)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("SKILLGAP_DATA_DIR", str(data_dir))
    mp.delenv("DATABASE_URL", raising=False)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["demo", "--postings", str(N), "--seed", "3", "--today", "2026-11-21", "--no-index", "--json"])
    mp.undo()
    assert code == 0
    return json.loads(out.getvalue())


def test_demo_summary(demo_summary):
    assert demo_summary["ingest"]["added"] == N and demo_summary["ingest"]["failed"] == 0
    assert demo_summary["refresh"]["new_postings"] == N and demo_summary["indexed"] is None


def test_demo_rerun_adds_nothing(cli):
    code, out = cli("demo", "--postings", str(N), "--seed", "3", "--today", "2026-11-21", "--no-index", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["ingest"]["added"] == 0 and summary["ingest"]["duplicates"] == N
    assert summary["refresh"]["noop"]


def test_refresh_is_a_noop(cli):
    code, out = cli("refresh", "--json")
    assert code == 0 and json.loads(out)["market"]["noop"] is True


def test_market_json_shape(cli):
    code, out = cli("market", "--role-family", "backend", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {"role_family", "role_family_name", "dataset", "city", "months", "total_postings",
                         "salaried_postings", "skills"}
    assert data["dataset"] == "demo" and data["role_family_name"] == "Backend Engineer"
    assert data["months"] == {"from": "2024-12", "to": "2026-11"}
    assert 0 < data["total_postings"] < N and data["skills"]
    first = data["skills"][0]
    assert set(first) >= {"skill_id", "skill", "postings", "share", "required_share", "trend", "salary_premium"}
    shares = [s["share"] for s in data["skills"]]
    assert shares == sorted(shares, reverse=True) and 0 < shares[0] <= 1
    assert all(0 <= s["required_share"] <= s["share"] for s in data["skills"])


def test_market_city_filter(cli):
    _, everywhere = cli("market", "--role-family", "backend", "--json")
    code, out = cli("market", "--role-family", "backend", "--city", "Bengaluru", "--json")
    data = json.loads(out)
    assert code == 0 and data["city"] == "Bengaluru"
    assert data["total_postings"] < json.loads(everywhere)["total_postings"]


def test_market_text_table(cli):
    code, out = cli("market", "--role-family", "backend", "--top", "5")
    lines = out.strip().splitlines()
    assert code == 0 and "Backend Engineer" in lines[0] and "(demo data)" in lines[0]
    assert lines[1].split()[:3] == ["skill", "postings", "share"] and len(lines) == 7


def test_market_unknown_family(cli):
    code, out = cli("market", "--role-family", "astronaut", "--json")
    assert code == 2 and json.loads(out)["error"] == "InvalidInput" and "backend" in json.loads(out)["message"]
