"""Questions that earn their place: nothing asked about a skill the Skills section lists, skills the target asks
for ranked first, and rounds of five that hold still until answered (then the next five)."""

from __future__ import annotations

import pytest

from core.clarify.inputs import build_inputs
from core.clarify.models import Option, Question, question_key
from core.clarify.round import Clarifier
from core.clarify.stated import line_items, stated_skills
from core.llm.fvs import SkillLexicon
from core.skills.models import Extraction, SkillMention
from core.taxonomy.models import Skill, Taxonomy
from tests.clarify.conftest import SKILLS, report_for

LISTED = [*SKILLS,
          Skill("snowflake", "Snowflake", "database", ambiguous=True, ambiguous_forms=("snowflake",), hours=30),
          Skill("looker", "Looker", "tool", ambiguous=True, ambiguous_forms=("looker",), hours=20),
          Skill("tableau", "Tableau", "tool", hours=20), Skill("dbt", "dbt", "data_ml", hours=20),
          Skill("ci_cd", "CI/CD", "devops", hours=20), Skill("bi", "Business Intelligence", "analytics_business",
                                                           aliases=("bi",), ambiguous=True, hours=20)]
LEXICON = SkillLexicon.from_taxonomy(Taxonomy(skills={s.id: s for s in LISTED}, version="stated"))


@pytest.mark.parametrize("line, items", [
    ("Data: Snowflake, dbt, Airflow", ["Data", "Snowflake", "dbt", "Airflow"]),
    ("Cloud & DevOps: AWS (S3, EMR, Lambda), Docker", ["Cloud", "DevOps", "AWS", "S3", "EMR", "Lambda", "Docker"]),
    ("• Python | SQL; CI/CD", ["Python", "SQL", "CI/CD"]),
])
def test_list_lines_split_into_items(line, items):
    assert line_items(line) == items


@pytest.mark.parametrize("skills_lines, stated", [
    ("Data: Snowflake, dbt, Airflow\nBI: Looker, Tableau", {"snowflake", "dbt", "airflow", "bi", "looker", "tableau"}),
    ("Languages: Python, Go", {"python", "go"}),  # "Go" among other languages is the language
    ("Go", set()),  # alone it could be any word
    ("Always happy to go the extra mile with Docker", set()),  # prose, not list items
    ("Airflow/dbt, CI/CD", {"airflow", "dbt", "ci_cd"}),
])
def test_skills_stated_in_the_skills_section(skills_lines, stated):
    text = f"Asha Rao\n\nEXPERIENCE\nData Engineer, Acme\nJan 2021 - Present\nWorked with Go and Snowflake.\n\n" \
           f"SKILLS\n{skills_lines}\n"
    assert stated_skills(text, LEXICON) == stated


def test_names_outside_the_skills_section_are_not_stated():
    text = "Asha Rao\n\nEXPERIENCE\nData: Snowflake, dbt, Airflow\n\nSKILLS\nPython\n"
    assert stated_skills(text, LEXICON) == {"python"}


RESUME = """Priya Natarajan

EXPERIENCE
Senior Data Engineer, Brightwell Retail
Mar 2021 - Present
Designed models for sales marts in Snowflake, used by analysts.

SKILLS
Data: Snowflake, dbt, Airflow
"""


def _weak_snowflake() -> Extraction:
    """What the extractor gave for the realistic resume: Snowflake counted only from the bullet, weakly."""
    start = RESUME.index("Snowflake")
    return Extraction([SkillMention("snowflake", "Snowflake", "Snowflake", start, start + 9, section="experience",
                                    confidence=0.5)], kind="resume")


def test_no_question_about_a_skill_listed_in_the_skills_section():
    taxonomy = Taxonomy(skills={s.id: s for s in LISTED}, version="stated")
    from core.clarify.alias import AliasSource

    clarifier = Clarifier(taxonomy, (AliasSource(),))
    inputs = build_inputs(RESUME, _weak_snowflake(), taxonomy)
    asked_before = AliasSource().questions(inputs)[0].text  # what the round asked before the Skills-section rule
    assert asked_before == "Is “Snowflake” here the database?"
    assert clarifier.round(inputs).questions == ()
    listed_in_prose = RESUME.replace("Data: Snowflake, dbt, Airflow", "Keen on snowflake photography")
    inputs = build_inputs(listed_in_prose, _weak_snowflake(), taxonomy)
    assert [q.subject for q in clarifier.round(inputs).questions] == ["Snowflake"]  # still doubtful there


class Fixed:
    """A question source with fixed questions (subject, skill id or None, effect)."""

    kind = "level"

    def __init__(self, rows):
        self.rows = list(rows)

    def questions(self, inputs):
        return [Question(question_key("level", subject), "level", subject, f"About {subject}?",
                         (Option("1", "One"),), skills=(skill,) if skill else (), effect=effect)
                for subject, skill, effect in self.rows]

    def effect(self, question, reply, taxonomy):
        raise AssertionError("not answered here")


@pytest.fixture
def job_inputs(ctx, asha):
    from core.resumes import get_resume

    view = get_resume(ctx, asha[1], profile_id=asha[0])
    return build_inputs(view.text, view.extraction, ctx.taxonomy, report=report_for(ctx, asha[1]))


def test_skills_the_target_asks_for_rank_first(ctx, job_inputs):
    rows = [("docker", "docker", 0.5), ("postgresql", "postgresql", 0.4),  # in the resume, not in the posting
            ("kubernetes", "kubernetes", 0.001), ("go", "go", 0.03), ("python", "python", 0.01)]
    round_ = Clarifier(ctx.taxonomy, (Fixed(rows),)).round(job_inputs)
    assert [q.subject for q in round_.questions] == ["go", "python", "kubernetes", "docker", "postgresql"]


def test_rounds_of_five_hold_until_answered_then_the_next_five(ctx, job_inputs):
    rows = [(f"q{i:02d}", None, 0.1 - i / 1000) for i in range(12)]
    source = Fixed(rows)
    clarifier = Clarifier(ctx.taxonomy, (source,))
    first = clarifier.round(job_inputs)
    keys = [q.key for q in first.questions]
    assert [q.subject for q in first.questions] == ["q00", "q01", "q02", "q03", "q04"] and first.pending == 7

    source.rows.append(("urgent", None, 0.9))  # a better question appears mid-round: it waits for the next one
    answered = set(keys[:2])
    mid = clarifier.round(job_inputs, answered, current=keys)
    assert [q.subject for q in mid.questions] == ["q02", "q03", "q04"] and mid.pending == 8

    answered |= set(keys)  # all five answered or skipped
    second = clarifier.round(job_inputs, answered, current=keys)
    assert [q.subject for q in second.questions] == ["urgent", "q05", "q06", "q07", "q08"]
    assert second.pending == 3


def test_a_round_never_shows_more_than_five_even_when_carried(ctx, job_inputs):
    rows = [(f"q{i:02d}", None, 0.1 - i / 1000) for i in range(9)]
    clarifier = Clarifier(ctx.taxonomy, (Fixed(rows),))
    every = [q.key for q in Clarifier(ctx.taxonomy, (Fixed(rows),), limit=99).round(job_inputs).questions]
    round_ = clarifier.round(job_inputs, current=every)
    assert len(round_.questions) == 5 and round_.pending == 4
