"""Skills the resume states outright: a taxonomy name or alias written as an item of a Skills-section line
("Data: Snowflake, dbt, Airflow", "BI: Looker, Tableau", "Technical skills: data modeling, ETL").

Nothing is asked about such a skill: "Is “Snowflake” here the database?" makes no sense to someone who listed it.
A short ambiguous form ("Go", "R", "Snowflake") counts as stated only in a list line with another known skill
item (then it is no longer ambiguous); in prose inside the section it may still be asked about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.documents.sections import split_sections
from core.llm.fvs import SkillLexicon, normalize_form

SKILLS_SECTION = "skills"
OTHER_SECTION = "other"
_LABEL = re.compile(r"^\s*[-•*·▪●]?\s*([^:\n]{1,40}):(.*)$")  # "Cloud & DevOps: AWS, Docker"
_ITEM_SPLIT = re.compile(r"[,;|•·▪●()\[\]]|\s+[-–—]\s+|\s+(?:and|&)\s+")
_PARTS = re.compile(r"\s*/\s*")  # "Airflow/dbt", tried after the whole item ("CI/CD", "PL/SQL")


def line_items(line: str) -> list[str]:
    """The items of a list line: its label ("BI" of "BI: Looker, Tableau") and each separated entry."""
    label, rest = "", line
    match = _LABEL.match(line)
    if match:
        label, rest = match.group(1), match.group(2)
    out = []
    for chunk in (label, rest):
        out += [item.strip(" .\t*_-") for item in _ITEM_SPLIT.split(chunk) if item and item.strip(" .\t*_-")]
    return out


def _item_skills(item: str, lexicon: SkillLexicon) -> list[tuple[str, bool]]:
    """(skill id, ambiguous form) of an item that is a whole taxonomy form, else of its "/"-parts."""
    key = normalize_form(item)
    if key in lexicon.forms:
        return [(lexicon.forms[key], key in lexicon.declared)]
    parts = [normalize_form(p) for p in _PARTS.split(item)] if "/" in item else []
    return [(lexicon.forms[p], p in lexicon.declared) for p in parts if p in lexicon.forms]


def stated_skills(text: str, lexicon: SkillLexicon) -> frozenset[str]:
    """Skill ids written as whole items of the resume's Skills-section lines."""
    return _stated(text, lexicon)


@lru_cache(maxsize=64)
def _stated(text: str, lexicon: SkillLexicon) -> frozenset[str]:
    out: set[str] = set()
    for start, end in skills_blocks(text):
        for line in text[start:end].splitlines():
            found = [hit for item in line_items(line) for hit in _item_skills(item, lexicon)]
            listed = {sid for sid, _ in found}
            out |= {sid for sid, ambiguous in found if not ambiguous or len(listed) > 1}
    return frozenset(out)


def skills_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the Skills section, with the unnamed sections right after it: an inline "Languages: Python, SQL"
    inside SKILLS is split off as a section of its own (spoken languages), but its lines are still skill lines."""
    out: list[tuple[int, int]] = []
    inside = False
    for section in split_sections(text, "resume"):
        inside = section.name == SKILLS_SECTION or (inside and section.name == OTHER_SECTION)
        if inside:
            out.append((section.start, section.end))
    return out
