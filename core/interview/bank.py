"""The deterministic question bank: templates per question kind, difficulty and skill category; behavioural themes.

Templates are filled with a skill's key concepts (taxonomy `key_concepts`, else defaults for its category). The
template variant for a skill is chosen by a stable hash of its id, so a plan is the same for the same inputs.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from core.interview.models import Difficulty
from core.interview.text import human_join
from core.taxonomy.models import Skill

POINTS_BY_DIFFICULTY = {"junior": 3, "mid": 4, "senior": 6}
SENIORITY_DIFFICULTY: dict[str, Difficulty] = {
    "intern": "junior", "junior": "junior", "mid": "mid", "senior": "senior", "lead": "senior", "principal": "senior",
}
CATEGORY_SCENARIO = {
    "programming_language": "a production service", "framework": "a feature you ship",
    "database": "a production database", "cloud": "a cloud architecture", "devops": "a deployment pipeline",
    "data_ml": "a data or model pipeline", "security": "a production system", "mobile": "a mobile app",
    "testing": "a release process", "analytics_business": "a business analysis", "design": "a product design",
    "soft_skill": "a team", "tool": "a team's daily workflow", "methodology": "a team's process",
    "healthcare": "a shift on your unit", "finance": "a month-end close", "education": "a class you taught",
    "people_operations": "an employee case", "operations_trades": "a busy shift on site",
    "certification": "your day-to-day work",
}
DEFAULT_POINTS = {
    "programming_language": ("core syntax and idioms", "error handling", "testing and debugging",
                             "performance considerations"),
    "framework": ("core concepts and architecture", "configuration", "testing", "performance and pitfalls"),
    "database": ("data modelling", "querying", "indexing and performance", "transactions and consistency"),
    "cloud": ("core services", "security and access control", "cost management", "scalability and availability"),
    "devops": ("automation", "configuration management", "monitoring and alerting", "reliability and rollback"),
    "data_ml": ("data preparation", "modelling approach", "evaluation metrics", "deployment and monitoring"),
    "security": ("threat modelling", "preventive controls", "detection and response", "compliance"),
    "mobile": ("app architecture", "UI and lifecycle", "performance", "release and testing"),
    "testing": ("test design", "automation", "coverage and risk", "CI integration"),
    "analytics_business": ("defining the question", "data sources", "analysis method", "communicating results"),
    "design": ("user needs", "prototyping and iteration", "usability testing", "consistency"),
    "soft_skill": ("the situation", "actions you took", "impact on others", "what you learned"),
    "tool": ("setup and configuration", "everyday workflow", "troubleshooting", "best practices"),
    "methodology": ("principles", "team practices", "measuring progress", "adapting the process"),
    "healthcare": ("assessment", "procedure and safety checks", "documentation", "escalation and handover"),
    "finance": ("the standards and rules", "process and controls", "accuracy checks", "explaining the numbers"),
    "education": ("planning", "meeting different needs", "checking understanding", "what you changed next time"),
    "people_operations": ("policy and law", "process", "the people involved", "records and follow-up"),
    "operations_trades": ("safety", "the procedure", "quality checks", "handling problems"),
    "certification": ("what it covers", "how you use it at work", "keeping it current",
                      "a situation where it mattered"),
}
GENERIC_POINTS = ("core concepts", "practical use", "common pitfalls", "results achieved")

GAP_TEMPLATES: dict[Difficulty, tuple[str, ...]] = {
    "junior": (
        "{skill} comes up often for {role} roles. In your own words, what are {p1} and {p2}, and when would you "
        "use them?",
        "Imagine your first week on a team that uses {skill}. Explain {p1} and {p2} as you would to a colleague.",
    ),
    "mid": (
        "Walk me through how you would use {skill} in {scenario}: where do {p1} and {p2} come in, and what would "
        "you watch out for?",
        "Your team is adopting {skill}. How would you approach {p1} and {p2}, and how would you know it works?",
    ),
    "senior": (
        "You are asked to introduce {skill} for {scenario} across several teams. How would you handle {p1}, {p2} "
        "and {p3}, and which trade-offs would you weigh?",
        "Design how {skill} would fit into {scenario} at scale. Cover {p1}, {p2} and {p3}, and the risks you see.",
    ),
}
DEPTH_TEMPLATES: dict[Difficulty, tuple[str, ...]] = {
    "junior": (
        "Your resume mentions {skill}. Tell me about something you built with it: how did you deal with {p1}?",
        "You have used {skill}. Explain {p1} and {p2}, with an example from your own work.",
    ),
    "mid": (
        "You have worked with {skill}. Describe a hard problem you solved with it, touching on {p1} and {p2}.",
        "Take {scenario} you built with {skill}. How did you handle {p1} and {p2}, and what would you change now?",
    ),
    "senior": (
        "You list {skill}. Tell me about a decision you made with it that had real trade-offs, covering {p1}, {p2} "
        "and {p3}.",
        "How would you review a colleague's {skill} work for {scenario}? What would you check about {p1}, {p2} and "
        "{p3}?",
    ),
}
LEVEL_TEMPLATE = ("This role expects deeper {skill} than your resume shows ({detail}). Take an advanced case: how do "
                  "you handle {p1} and {p2}, and what have you learned doing it?")
SOFT_TEMPLATE = ("{skill} matters in this role. Tell me about a time it made a difference in your work: the "
                 "situation, what you did about {p1} and {p2}, and the result.")
SOFT_DEPTH_TEMPLATE = ("Your resume shows {skill}. Tell me about a specific situation where it mattered: what was at "
                       "stake, what you did about {p1} and {p2}, and how it turned out.")


@dataclass(frozen=True)
class Theme:
    """A behavioural question theme with the points a strong STAR answer shows."""

    id: str
    text: str
    points: tuple[str, ...]
    levels: tuple[Difficulty, ...] = ("junior", "mid", "senior")


BEHAVIOURAL: tuple[Theme, ...] = (
    Theme("conflict", "Tell me about a time you disagreed with a teammate about how to do something. What happened?",
          ("understanding the other point of view", "using evidence or data", "reaching an agreement",
           "keeping the working relationship")),
    Theme("failure", "Describe something that went wrong in a project you worked on. What did you do, and what "
          "changed afterwards?",
          ("owning the mistake", "fixing the immediate problem", "finding the root cause", "applying the lesson")),
    Theme("deadline", "Tell me about a time you had to deliver under a tight deadline.",
          ("prioritising scope", "communicating trade-offs early", "delivering on time", "protecting quality")),
    Theme("learning", "Tell me about a time you had to learn a new technology or domain quickly.",
          ("how you learned", "applying it to real work", "asking for help", "the result")),
    Theme("influence", "Describe a time you convinced others to change their approach without having authority "
          "over them.",
          ("understanding the stakeholders", "evidence and arguments", "building support", "the outcome"),
          ("mid", "senior")),
    Theme("mentoring", "Tell me about someone you mentored or helped grow. What did you do?",
          ("understanding their needs", "coaching approach", "giving feedback", "their progress"), ("mid", "senior")),
    Theme("ownership", "Tell me about a technical decision you owned end to end.",
          ("options you considered", "trade-offs and rationale", "aligning stakeholders", "measured outcome"),
          ("senior",)),
    Theme("feedback", "Tell me about a time you received critical feedback. How did you respond?",
          ("listening without defending", "understanding the gap", "changing your behaviour", "the result")),
)
SENIORITY_THEME = Theme(
    "seniority", "This role is {level}-level and {detail} Tell me about the most senior responsibility you have "
    "taken on: a decision or project you owned, how you brought others along, and the outcome.",
    ("scope and ownership", "decisions and trade-offs", "leading or influencing others", "measured outcome"),
)


def stable_pick(key: str, options: tuple[str, ...]) -> str:
    """The option for `key`, stable across runs and processes."""
    return options[zlib.crc32(key.encode("utf8")) % len(options)]


def key_points(skill: Skill | None, difficulty: Difficulty, advanced: bool = False) -> tuple[str, ...]:
    """The skill's key concepts (its category's defaults when it has none), as many as the difficulty asks."""
    if skill is None:
        points = GENERIC_POINTS
    else:
        points = skill.key_concepts or DEFAULT_POINTS.get(skill.category, GENERIC_POINTS)
    count = POINTS_BY_DIFFICULTY[difficulty]
    return tuple(points[-count:] if advanced else points[:count])


def fill(template: str, skill_name: str, points: tuple[str, ...], **extra: str) -> str:
    """A template with the skill, its first three points (in italics: points contain commas) and extra fields."""
    padded = [f"*{p}*" for p in (*points, *GENERIC_POINTS)]
    return template.format(skill=skill_name, p1=padded[0], p2=padded[1], p3=padded[2],
                           points=human_join(padded[:len(points)]), **extra)


def themes_for(difficulty: Difficulty) -> tuple[Theme, ...]:
    """Behavioural themes suited to a difficulty, bank order."""
    return tuple(t for t in BEHAVIOURAL if difficulty in t.levels)
