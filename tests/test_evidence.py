"""Evidence spans: the sentence or line around a mention, with exact offsets."""

from __future__ import annotations

import pytest

from core.evidence import evidence, evidence_for
from core.skills.models import SkillMention


def _mention(text: str, surface: str, nth: int = 0) -> SkillMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return SkillMention(skill_id=surface.lower(), name=surface, surface=surface, start=start, end=start + len(surface))


def _check_offsets(text, item, mention):
    """The invariant every caller relies on."""
    assert item.match == text[mention.start:mention.end]
    s = item.sentence_start
    assert text[s:s + len(item.sentence)] == item.sentence
    assert s + len(item.before) == mention.start


@pytest.mark.parametrize(
    ("text", "surface", "before", "after"),
    [
        ("Built APIs in Python. Deployed with Docker.", "Docker", "Deployed with ", "."),
        ("Built APIs in Python. Deployed with Docker.", "Python", "Built APIs in ", "."),
        ("SKILLS\nPython, SQL, Docker\nEDUCATION", "SQL", "Python, ", ", Docker"),
        ("- Led a team using Kubernetes\n- Wrote Go", "Kubernetes", "Led a team using ", ""),
        ("• Automated builds with Jenkins and\n  reduced deploys by 40%.", "Jenkins",
         "Automated builds with ", " and\n  reduced deploys by 40%."),
        ("Used tools, e.g. Terraform and Ansible, daily.", "Ansible", "Used tools, e.g. Terraform and ", ", daily."),
        ("Sr. Engineer working on Spark pipelines! Next sentence.", "Spark",
         "Sr. Engineer working on ", " pipelines!"),
        ("Python", "Python", "", ""),
        ("Knows Node.js well. Also React.", "Node.js", "Knows ", " well."),
        ("Header line\n\nlowercase start with AWS here", "AWS", "lowercase start with ", " here"),
        ("Orchestrated 120 daily jobs with Apache Airflow and deployed services with Docker on\nKubernetes.\nNext",
         "Docker", "Orchestrated 120 daily jobs with Apache Airflow and deployed services with ", " on\nKubernetes."),
        ("Senior Data Engineer, Acme\nJan 2021 - Present\nBuilt APIs in Go.", "Acme", "Senior Data Engineer, ", ""),
        ("Python, SQL, Scala, Apache Spark, Airflow, Kafka, PostgreSQL, Docker, Kubernetes, AWS,\nTerraform, Git",
         "Terraform", "Python, SQL, Scala, Apache Spark, Airflow, Kafka, PostgreSQL, Docker, Kubernetes, AWS,\n",
         ", Git"),
        ("A long line that ends with a colon and lists the tools we used:\nPython and Rust", "Python", "",
         " and Rust"),
    ],
)
def test_sentence_around_mention(text, surface, before, after):
    mention = _mention(text, surface)
    item = evidence(text, mention)
    assert (item.before, item.match, item.after) == (before, surface, after)
    assert not item.clipped_before and not item.clipped_after
    _check_offsets(text, item, mention)


def test_long_sentence_is_clipped_at_word_boundaries():
    text = "word " * 200 + "Python" + " tail" * 200 + "."
    mention = _mention(text, "Python")
    item = evidence(text, mention, max_side=50)
    assert item.clipped_before and item.clipped_after
    assert len(item.before) <= 50 and len(item.after) <= 50
    assert item.before.startswith("word") and item.after.endswith("tail")
    _check_offsets(text, item, mention)


def test_hostile_text_is_returned_verbatim_for_the_caller_to_escape():
    text = "<script>alert(1)</script> Python <b>x</b>"
    mention = _mention(text, "Python")
    item = evidence(text, mention)
    assert item.sentence == text.strip()
    _check_offsets(text, item, mention)


def test_evidence_for_keeps_one_item_per_sentence_in_text_order():
    text = "Python and more Python. SQL daily. Then Python again."
    mentions = [_mention(text, "Python", 2), _mention(text, "Python", 0), _mention(text, "Python", 1)]
    items = evidence_for(text, mentions)
    assert [i.sentence for i in items] == ["Python and more Python.", "Then Python again."]
    assert [i.sentence_start + len(i.before) for i in items] == [0, text.rindex("Python")]
    assert len(evidence_for(text, mentions, limit=1)) == 1
