"""Clarification cards through AppTest: answer a question on the Gaps page and the report changes; "not a skill"
on the Resume page removes the chip, "yes" on a skill the resume judge dropped adds it; undo brings both back."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from core.config import Settings
from core.context import build_context
from core.gaps import similarity as similarity_module
from core.gaps.similarity import SkillSimilarity
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.gaps.market_fixture import seed_market

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 180  # the first run loads the taxonomy; generous, never asserted on
SKILLS = {"python": (0.9, "required"), "sql": (0.85, "required"), "apache_spark": (0.6, "required"),
          "apache_airflow": (0.5, "preferred"), "docker": (0.45, "preferred"), "aws": (0.55, "required"),
          "kubernetes": (0.5, "required"), "apache_kafka": (0.4, "required")}
RESUME = """Asha Rao
asha@example.com | Pune, India

EXPERIENCE
Data Engineer, Acme Analytics
Jan 2021 - Present
Built batch pipelines with Python and Spark, shipped with Docker on AWS.
Used Docker daily, Swift releases weekly.

SKILLS
Python (4 years), SQL, Docker, AWS
"""


class NoModel:
    """No embedding model in page tests: every name gets its own axis, so nothing is similar."""

    model_id = "test/none"

    def encode_cached(self, texts):
        return np.eye(len(texts), 384, dtype=np.float32)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for key in ("LLM_BASE_URL", "LLM_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(similarity_module, "make_similarity",
                        lambda settings, encoder=None: SkillSimilarity(NoModel()))
    ctx = build_context(Settings(data_dir=path))
    profile = create_profile(ctx.engine, "Asha")
    add_resume_text(ctx, profile.id, RESUME)
    seed_market(ctx.engine, 90, skills=SKILLS, cities=("Berlin", "Pune"))
    ctx.engine.dispose()
    return path


def _open(page: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def _html(at: AppTest) -> str:
    return "\n".join(str(h.value) for h in at.get("html"))


def _gap_rows(at: AppTest) -> str:
    return "\n".join(str(h.value) for h in at.get("html") if 'class="sg-gt-row"' in str(h.value))


def _match(at: AppTest) -> int:
    return int(next(m.value for m in at.metric if m.label == "Overall match").rstrip("%"))


def _card(at: AppTest, where: str, pattern: str):
    """The choice radio of the card whose question matches `pattern`."""
    radios = [r for r in at.radio if (r.key or "").startswith(f"w.clarify.{where}.")]
    found = [r for r in radios if re.search(pattern, r.label)]
    assert found, f"no card matching {pattern!r}: {[r.label for r in radios]}"
    return found[0]


def _answer(at: AppTest, radio, value: str) -> None:
    """Choose an option (the page reruns, enabling Save), then save."""
    key = radio.key
    radio.set_value(value)
    at.run()
    next(b for b in at.button if b.key == f"{key}.save").click()
    at.run()
    assert not at.exception, at.exception


def test_answering_a_probe_on_the_gaps_page_changes_the_report(data_dir):
    at = _open("app_pages/gaps.py")
    assert "Quick questions" in [s.value for s in at.subheader]
    assert ">Kubernetes<" in _gap_rows(at)
    before = _match(at)
    radio = _card(at, "gaps", r"ask for Kubernetes\. You list Docker\. In your Data Engineer role")
    assert [radio.format_func(o) for o in radio.options] == ["Yes, in depth", "Yes, regularly", "A little", "No"]
    _answer(at, radio, "deep")
    assert ">Kubernetes<" not in _gap_rows(at)
    assert _match(at) > before
    assert any("Saved: Kubernetes added at L3" in s.value for s in at.success)
    assert not [r for r in at.radio if re.search("Kubernetes", r.label)]  # answered: it does not come back

    next(b for b in at.button if b.label == "Undo").click()
    at.run()
    assert ">Kubernetes<" in _gap_rows(at) and _match(at) == before
    assert _card(at, "gaps", "ask for Kubernetes")


SPARK_CHIP = r'class="sg-chip [^"]*"[^>]*>Apache Spark(<span class="sg-chip-count">\d+</span>)?</span>'


def test_not_a_skill_on_the_resume_page_removes_the_chip(data_dir):
    at = _open("app_pages/resume.py")
    assert re.search(SPARK_CHIP, _html(at))
    radio = _card(at, "resume", r"Is “Spark” here ")  # an ambiguous word counted from weak context
    assert radio.value == "apache_spark"  # counted until the user says otherwise
    _answer(at, radio, "not_a_skill")
    assert not re.search(SPARK_CHIP, _html(at))
    assert any("“Spark” is not counted as a skill" in s.value for s in at.success)
    at.run()  # a later run: still answered, still gone
    assert not re.search(SPARK_CHIP, _html(at))
    assert not [r for r in at.radio if "Spark" in r.label]


def test_unambiguous_names_are_never_asked_about(data_dir):
    at = _open("app_pages/resume.py")
    for name in ("Python", "SQL", "Docker", "AWS"):  # weak context, but the words mean nothing else
        assert not [r for r in at.radio if f"“{name}”" in r.label], name


def test_a_doubtful_listed_skill_is_counted_asked_about_and_removed_when_denied(data_dir):
    at = _open("app_pages/resume.py")
    assert '>Swift</span>' in _html(at)  # "Swift releases weekly": a taxonomy name the rules accept is counted
    radio = next(r for r in at.radio if "“Swift”" in r.label)
    assert radio.value == "swift"  # asked about, pre-set to the skill it was counted as
    _answer(at, radio, "not_a_skill")
    assert '>Swift</span>' not in _html(at)
    assert not [r for r in at.radio if "“Swift”" in r.label]


def _round_caption(at: AppTest) -> str:
    return next(c.value for c in at.caption if str(c.value).startswith("Round "))


def _cards_shown(at: AppTest, where: str) -> list[str]:
    return [r.label for r in at.radio if (r.key or "").startswith(f"w.clarify.{where}.")]


def _skip(at: AppTest, label: str, where: str) -> None:
    radio = next(r for r in at.radio if r.label == label and (r.key or "").startswith(f"w.clarify.{where}."))
    next(b for b in at.button if b.key == f"{radio.key}.skip").click()
    at.run()
    assert not at.exception, at.exception


def test_the_gaps_page_asks_five_at_a_time_and_says_how_many_remain(data_dir):
    at = _open("app_pages/gaps.py")
    first = _cards_shown(at, "gaps")
    caption = _round_caption(at)
    more = int(re.search(r"· (\d+) more after it", caption).group(1))
    assert len(first) == 5 and caption.startswith("Round 1 · 5 questions in this round") and more > 0
    _skip(at, first[0], "gaps")
    assert set(_cards_shown(at, "gaps")) == set(first[1:])  # the freed place stays empty until the round is done
    assert _round_caption(at).startswith("Round 1 · 4 of 5 questions left in this round")
    for label in first[1:]:
        _skip(at, label, "gaps")
    second = _cards_shown(at, "gaps")
    assert second and len(second) <= 5 and not set(second) & set(first)
    assert _round_caption(at).startswith(f"Round 2 · {len(second)} question")
