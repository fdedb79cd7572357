"""Years of use from the dated roles whose text mentions a skill (core.skills.role_years)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from core.skills.models import SkillMention
from core.skills.role_years import dated_roles, join_labels, role_label, role_years

TODAY = date(2026, 11, 18)
RESUME = """Skills
Python, R, SQL, Excel

Experience
Data Engineer, Acme — Jan 2019 – Present
- Built pipelines in python and Spark SQL.

Analyst, Beta — 2016 – 2019
- Used R for reporting; excel at stakeholder communication.
"""


def occurrence(skill_id: str, name: str, surface: str, nth: int = 0) -> SkillMention:
    """The nth whole-word occurrence of `surface` in RESUME."""
    start = [m.start() for m in re.finditer(rf"\b{re.escape(surface)}\b", RESUME)][nth]
    return SkillMention(skill_id, name, surface, start, start + len(surface))


def test_dated_roles_are_labelled_and_most_recent_first():
    roles = dated_roles(RESUME, TODAY)
    assert [r.label for r in roles] == ["Data Engineer, Acme (Jan 2019 – Present)", "Analyst, Beta (2016 – 2019)"]
    assert dated_roles("Skills\nPython", TODAY) == []


@pytest.mark.parametrize(
    ("found", "blocked", "years", "roles"),
    [
        # only the Skills-line mention was extracted, but "python" appears in the Acme bullet (case-insensitive)
        ([("python", "Python", "Python", 0)], set(), 7.9, ["Data Engineer, Acme (Jan 2019 – Present)"]),
        # three-letter terms match exactly: "SQL" in "Spark SQL"
        ([("sql", "SQL", "SQL", 0)], set(), 7.9, ["Data Engineer, Acme (Jan 2019 – Present)"]),
        # one-letter terms are not searched: R counts only through an extracted occurrence in the role
        ([("r", "R", "R", 0)], set(), None, []),
        ([("r", "R", "R", 0), ("r", "R", "R", 1)], set(), 3.0, ["Analyst, Beta (2016 – 2019)"]),
        # a span the extractor rejected ("excel at ...") does not count
        ([("excel", "Microsoft Excel", "Excel", 0)], "excel at", None, []),
        ([("excel", "Microsoft Excel", "Excel", 0)], set(), 3.0, ["Analyst, Beta (2016 – 2019)"]),
    ],
)
def test_role_years(found, blocked, years, roles):
    if isinstance(blocked, str):
        start = RESUME.index(blocked)
        blocked = {(start, start + 5)}
    got = role_years(dated_roles(RESUME, TODAY), RESUME, [occurrence(*f) for f in found], blocked)
    assert (got.years if got else None, list(got.roles) if got else []) == (years, roles)


def test_overlapping_roles_are_counted_once():
    text = ("Experience\nEngineer, A — Jan 2018 – Dec 2020\n- Python services.\n\n"
            "Consultant, B — Jan 2020 – Dec 2021\n- Python tooling.\n")
    start = text.index("Python")
    got = role_years(dated_roles(text, TODAY), text, [SkillMention("python", "Python", "Python", start, start + 6)])
    assert got.years == 4.0  # 2018-2021, not 3 + 2
    assert got.reason == "Consultant, B (Jan 2020 – Dec 2021) and Engineer, A (Jan 2018 – Dec 2020): 4 years"


@pytest.mark.parametrize(
    ("labels", "joined"),
    [(("A",), "A"), (("A", "B"), "A and B"), (("A", "B", "C"), "A, B and C"),
     (("A", "B", "C", "D", "E"), "A, B, C and 2 more roles")],
)
def test_join_labels(labels, joined):
    assert join_labels(labels) == joined


def test_role_label_uses_what_is_known():
    assert role_label("Data Engineer", None, "2019 – 2021") == "Data Engineer (2019 – 2021)"
    assert role_label(None, None, "2019 – 2021") == "the role dated 2019 – 2021"
