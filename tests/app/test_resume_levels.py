"""The Resume page shows each skill's level and where it comes from (dated roles, or the L2 assumption)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import state

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 120  # first run builds the taxonomy index; generous, never asserted on
RESUME = """Priya Sharma
priya@example.com | Pune, India

SUMMARY
Data engineer building reliable pipelines.

EXPERIENCE
Senior Data Engineer, Acme Analytics
Jan 2020 - Dec 2023
Built batch pipelines in Python and SQL on PostgreSQL. Deployed services with Docker.

Data Engineer, Beta Corp
Jan 2017 - Dec 2019
Wrote Python jobs and tuned PostgreSQL queries.

SKILLS
Python, SQL, PostgreSQL, Docker, Terraform
"""


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return path


def test_each_skill_shows_its_level_and_why(data_dir):
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.sidebar.text_input(key=state.NEW_PROFILE_NAME).set_value("Priya")
    next(b for b in at.sidebar.button if b.label == "Create profile").click()
    at.run()
    at.text_area(key=state.RESUME_PASTE).set_value(RESUME)
    next(b for b in at.button if b.label == "Analyse pasted text").click()
    at.run()
    assert not at.exception, at.exception

    labels = [e.label for e in at.expander]
    assert any(label.startswith("Python · L4 · ") for label in labels), labels
    assert any(label.startswith("Docker · L3 · ") for label in labels), labels  # one role: Jan 2020 - Dec 2023
    assert any(label.startswith("Terraform · L2 assumed · ") for label in labels), labels
    html = "\n".join(str(e.value) for e in at.get("html"))
    assert ("<b>L4</b> — used in Senior Data Engineer, Acme Analytics (Jan 2020 - Dec 2023) and Data Engineer, "
            "Beta Corp (Jan 2017 - Dec 2019): 7 years") in html
    assert "<b>Assumed L2</b> — no dated role mentions it" in html
