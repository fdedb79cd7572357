"""`python -m core gaps` through core.cli.main: the JSON contract, options, targets and clear errors (exit 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.cli import main
from core.config import Settings
from core.context import build_context
from core.gaps import similarity as similarity_module
from core.gaps.similarity import SkillSimilarity
from tests.documents.resume_samples import NOT_RESUMES
from tests.gaps.market_fixture import seed_market

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_KEYS = {"overall_match", "top_gaps", "missing_skills", "roadmap", "assumptions"}
GAP_KEYS = {"skill", "importance_pct", "roi_rank", "est_hours", "courses"}
SKILLS = {"python": (0.9, "required"), "sql": (0.85, "required"), "apache_spark": (0.6, "required"),
          "apache_airflow": (0.5, "preferred"), "docker": (0.45, "preferred"), "aws": (0.55, "required"),
          "postgresql": (0.35, "preferred"), "kubernetes": (0.3, "preferred"), "apache_kafka": (0.4, "required")}
RESUME = """Asha Rao
Data Engineer

SUMMARY
Works for one mid-sized retailer in Pune, in the same small team as before; happy to own a piece of work
from start to finish.

SKILLS
Python (4 years), MySQL, Git, Linux
"""
NEUTRAL = "Happy to own a piece of work from start to finish, in the same small team as before. " * 2


class NoModel:
    """A stand-in encoder (no model load in tests): every name gets its own axis, so nothing is similar."""

    model_id = "test/none"

    def encode_cached(self, texts):
        return np.eye(len(texts), 384, dtype=np.float32)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> tuple[Path, int]:
    """A runtime dir with a small aggregated demo market (real taxonomy ids); and one posting id."""
    path = tmp_path_factory.mktemp("gaps_cli") / "runtime"
    ctx = build_context(Settings(data_dir=path))
    seed_market(ctx.engine, 80, skills=SKILLS)
    job_id = seed_market(ctx.engine, 1, skills=SKILLS, tag="job", seed=5)[0]
    ctx.engine.dispose()
    return path, job_id


@pytest.fixture(autouse=True)
def env(data_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(data_dir[0]))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for key in ("LLM_BASE_URL", "LLM_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(similarity_module, "make_similarity", lambda settings, encoder=None: SkillSimilarity(NoModel()))


@pytest.fixture
def resume(tmp_path) -> Path:
    path = tmp_path / "resume.txt"
    path.write_text(RESUME, encoding="utf8")
    return path


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_json_contract(resume, capsys):
    assert main(["gaps", "--resume", str(resume), "--role-family", "data_engineer", "--city", "Berlin",
                 "--json"]) == 0
    data = _json(capsys)
    assert CONTRACT_KEYS <= data.keys()
    assert 0.0 <= data["overall_match"] <= 1.0
    gaps = data["top_gaps"]
    assert 1 <= len(gaps) <= 10
    assert [g["roi_rank"] for g in gaps] == list(range(1, len(gaps) + 1))
    assert [g["roi_score"] for g in gaps] == sorted((g["roi_score"] for g in gaps), reverse=True)
    for gap in gaps:
        assert GAP_KEYS <= gap.keys()
        assert gap["est_hours"] > 0 and 0 < gap["importance_pct"] <= 100
        assert {c["paid"] for c in gap["courses"]} == {False, True}
    assert "Python" not in [g["skill"] for g in gaps]  # 4 years: L3 covers the mid-level default
    assert "Apache Spark" in data["missing_skills"]
    assert list(data["roadmap"]) == ["week1", "week2", "week3", "week4"]
    assert all(week["hours"] <= 8 and week["milestone"] for week in data["roadmap"].values())
    assert data["assumptions"] and isinstance(data["assumptions"][0], str)
    assert data["dataset"] == "demo" and data["generated_by"] == "Template plan"
    assert data["target"]["label"] == "Data Engineer · Berlin"


def test_plan_options_shape_the_roadmap(resume, capsys):
    assert main(["gaps", "--resume", str(resume), "--role-family", "data_engineer", "--hours-per-week", "5",
                 "--weeks", "6", "--json"]) == 0
    roadmap = _json(capsys)["roadmap"]
    assert list(roadmap) == [f"week{n}" for n in range(1, 7)]
    assert max(week["hours"] for week in roadmap.values()) <= 5


def test_job_target(resume, data_dir, capsys):
    assert main(["gaps", "--resume", str(resume), "--job", str(data_dir[1]), "--json"]) == 0
    data = _json(capsys)
    assert data["target"]["kind"] == "job" and data["target"]["job_id"] == data_dir[1]
    assert 0.0 <= data["overall_match"] <= 1.0
    assert all(g["requirement"] in ("required", "preferred", "unspecified") for g in data["top_gaps"])


def test_markdown_output_labels_demo_data(resume, capsys):
    assert main(["gaps", "--resume", str(resume), "--role-family", "data_engineer"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Skill gap report: Data Engineer\n")
    assert "- Data: **Demo data: the market behind these numbers is generated" in out.split("## Summary")[0]
    assert "# Skill gap report: Data Engineer" in out and "### Week 4" in out and "## Assumptions" in out


def test_unknown_job_is_a_clear_error(resume, capsys):
    assert main(["gaps", "--resume", str(resume), "--job", "987654", "--json"]) == 2
    data = _json(capsys)
    assert data["error"] == "NotFound" and "987654" in data["message"]
    assert main(["gaps", "--resume", str(resume), "--job", "987654"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Job posting 987654 does not exist") and "Traceback" not in err


@pytest.mark.parametrize("args, needle", [
    (["--role-family", "data_engineer", "--weeks", "13"], "2-12 weeks"),
    (["--role-family", "data_engineer", "--hours-per-week", "0"], "Hours per week"),
    (["--role-family", "astronaut"], "Unknown role family"),
    (["--role-family", "data_engineer", "--city", "Atlantis"], "no postings"),
    (["--job", "1", "--role-family", "data_engineer"], "not both"),
])
def test_bad_arguments_exit_2_with_a_message(resume, capsys, args, needle):
    assert main(["gaps", "--resume", str(resume), *args]) == 2
    assert needle in capsys.readouterr().err


def test_missing_resume_file(tmp_path, capsys):
    assert main(["gaps", "--resume", str(tmp_path / "nope.pdf"), "--role-family", "data_engineer"]) == 2
    assert "Resume file not found" in capsys.readouterr().err


def test_process_exit_code_without_traceback(resume, data_dir):
    """The real entry point: exit status 2 and a one-line message, no traceback."""
    env = {**os.environ, "SKILLGAP_DATA_DIR": str(data_dir[0]), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-m", "core", "gaps", "--resume", str(resume), "--job", "987654"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["error: Job posting 987654 does not exist (it may have been removed)."]


def test_role_family_defaults_to_the_resume_title(resume, capsys):
    assert main(["gaps", "--resume", str(resume), "--json"]) == 0  # "Data Engineer" under the name
    assert _json(capsys)["target"]["role_family"] == "data_engineer"


def test_no_role_family_anywhere_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "skills.txt"
    path.write_text("SKILLS\nPython, SQL\n\n" + NEUTRAL, encoding="utf8")
    assert main(["gaps", "--resume", str(path)]) == 2
    assert "give --role-family" in capsys.readouterr().err


@pytest.mark.parametrize("name", list(NOT_RESUMES))
def test_a_text_that_is_not_a_resume_exits_2_with_what_was_missing(tmp_path, capsys, name):
    path = tmp_path / "resume.txt"
    path.write_text(NOT_RESUMES[name], encoding="utf8")
    assert main(["gaps", "--resume", str(path), "--role-family", "data_engineer"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.startswith("error: This does not look like a resume: ")
    assert "no sections such as Experience, Education or Skills" in out.err and "Traceback" not in out.err


def test_hello_as_json_is_a_not_a_resume_error(tmp_path, capsys):
    path = tmp_path / "hello.txt"
    path.write_text("hello", encoding="utf8")
    assert main(["gaps", "--resume", str(path), "--role-family", "data_engineer", "--json"]) == 2
    data = _json(capsys)
    assert data == {"error": "NotAResume", "message": "This does not look like a resume: it has only 1 word (a resume "
                    "has at least 30), no sections such as Experience, Education or Skills, no job title and no "
                    "skills we recognise."}


def test_refresh_command_reruns_overdue_reports(data_dir, capsys):
    """`python -m core refresh` runs the gap step after the market: an 8-day-old report is re-run."""
    from datetime import timedelta

    from core.db.models import utcnow
    from core.gaps.compute import GapServices, compute_report
    from core.gaps.records import GapTarget, ReportOptions
    from core.gaps.store import latest_report, save_report
    from core.market.service import MarketService
    from core.profiles import create_profile
    from core.resumes import add_resume_text

    ctx = build_context(Settings(data_dir=data_dir[0]))
    profile = create_profile(ctx.engine, "Refresh me")
    resume_id = add_resume_text(ctx, profile.id, RESUME).id
    target = GapTarget.market("data_engineer")
    computed = compute_report(ctx, GapServices(MarketService(ctx.engine, ctx.taxonomy)), resume_id, target)
    old = save_report(ctx.engine, profile.id, target, ReportOptions(), computed, utcnow() - timedelta(days=8))
    assert main(["refresh", "--json"]) == 0
    out = _json(capsys)
    assert out["market"]["noop"] and out["gaps"]["refreshed"] >= 1 and out["gaps"]["failed"] == 0
    assert latest_report(ctx.engine, profile.id, target).created_at > old.created_at
    ctx.engine.dispose()
