"""Ranking features and the explanation sentence, on hand-made postings and resumes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from core.matching.config import MatchSettings
from core.matching.features import age_phrase, level_fit, location_fit, recency, skill_fit, years_label
from core.matching.models import PostingFacts, PostingSkill, ResumeQuery
from core.matching.rankers.base import Candidate
from core.matching.rankers.weighted import WeightedRanker

NOW = datetime(2026, 11, 21, 12, tzinfo=timezone.utc)
MS = MatchSettings()

REQUIRED = ("Python", "SQL", "Apache Spark", "Apache Airflow", "Docker", "AWS", "dbt", "Apache Kafka", "Terraform")
NICE = ("Scala", "Snowflake", "Databricks", "Kubernetes", "Looker")


def sid(name: str) -> str:
    return name.lower().replace(" ", "_")


def posting(**kw) -> PostingFacts:
    skills = tuple(PostingSkill(sid(n), n, "required") for n in REQUIRED)
    skills += tuple(PostingSkill(sid(n), n, "preferred") for n in NICE)
    base = dict(id=7, title="Senior Data Engineer", company="Acme", city="Berlin", country="Germany",
                seniority="senior", posted_at=NOW - timedelta(days=5), skills=skills)
    return PostingFacts(**{**base, **kw})


def resume(**kw) -> ResumeQuery:
    held = [n for n in REQUIRED if n not in ("Apache Kafka", "Terraform")] + ["Scala", "Snowflake", "Databricks"]
    base = dict(levels={sid(n): 3 for n in held}, names={sid(n): n for n in held}, years=6.0,
                city="Berlin", country="Germany")
    return ResumeQuery(**{**base, **kw})


def test_the_explanation_sentence():
    result = WeightedRanker().score(resume(), Candidate(posting(), 0.6), NOW)
    assert result.explanation == ("7 of 9 required skills (missing Apache Kafka, Terraform), 3 of 5 nice-to-have, "
                                  "senior vs your 6 years, Berlin, posted 5 days ago")


def test_result_carries_delta_and_factor_breakdown():
    result = WeightedRanker().score(resume(), Candidate(posting(), 0.6), NOW)
    assert result.delta.missing_required == ("Apache Kafka", "Terraform")
    assert result.delta.missing_nice == ("Kubernetes", "Looker")
    assert set(result.delta.matched) == {n for n in REQUIRED + NICE} - {"Apache Kafka", "Terraform", "Kubernetes",
                                                                         "Looker"}
    assert [f.name for f in result.factors] == ["skills", "dense", "level", "recency", "location"]
    assert sum(f.contribution for f in result.factors) == pytest.approx(result.score, abs=1e-3)
    assert 0.0 <= result.score <= 1.0 and result.match_pct == round(100 * result.score)


def test_long_missing_lists_are_shortened():
    result = WeightedRanker().score(resume(levels={}, names={}), Candidate(posting(), 0.6), NOW)
    assert result.explanation.startswith("0 of 9 required skills (missing Python, SQL, Apache Spark +6 more), "
                                         "0 of 5 nice-to-have")


def test_posting_without_skills_says_so():
    result = WeightedRanker().score(resume(), Candidate(posting(skills=()), 0.6), NOW)
    assert result.explanation.startswith("no recognised skills listed")
    assert result.factor("skills").value == 0.0


def test_levels_count_in_skill_coverage():
    low = resume(levels={k: 1 for k in resume().levels})
    high = resume(levels={k: 4 for k in resume().levels})
    (f_low, d_low), (f_high, _) = skill_fit(low, posting(), MS), skill_fit(high, posting(), MS)
    assert f_low.value < f_high.value
    assert set(d_low.below_level) == set(d_low.matched)


def test_required_counts_more_than_nice_to_have():
    only_required = ResumeQuery(levels={sid("Python"): 4}, names={})
    only_nice = ResumeQuery(levels={sid("Scala"): 4}, names={})
    assert skill_fit(only_required, posting(), MS)[0].value > skill_fit(only_nice, posting(), MS)[0].value


@pytest.mark.parametrize("seniority, years, my_level, value, phrase", [
    ("senior", 6.0, None, 1.0, "senior vs your 6 years"),
    ("senior", 2.0, None, 0.25, "senior vs your 2 years"),
    ("junior", 12.0, None, 0.2, "junior vs your 12 years"),
    ("mid", 0.5, None, 0.625, "mid vs your under a year"),
    ("lead", None, "senior", 0.7, "lead vs your senior level"),
    ("senior", None, None, 0.5, "senior (your years unknown)"),
    (None, 6.0, None, 0.5, "seniority not stated"),
])
def test_level_fit(seniority, years, my_level, value, phrase):
    feature = level_fit(ResumeQuery(years=years, seniority=my_level), posting(seniority=seniority), MS)
    assert feature.value == pytest.approx(value)
    assert feature.phrase == phrase


@pytest.mark.parametrize("days, phrase", [
    (0, "posted today"), (1, "posted yesterday"), (5, "posted 5 days ago"), (30, "posted 4 weeks ago"),
    (95, "posted 3 months ago"),
])
def test_age_phrase(days, phrase):
    assert age_phrase(days) == phrase


def test_recency_halves_every_half_life_and_unknown_is_neutral():
    fresh = recency(posting(posted_at=NOW), NOW, MS).value
    old = recency(posting(posted_at=NOW - timedelta(days=MS.recency_half_life_days)), NOW, MS).value
    assert fresh == pytest.approx(1.0) and old == pytest.approx(0.5)
    assert recency(posting(posted_at=None), NOW, MS).phrase == "posting date unknown"


@pytest.mark.parametrize("job, me, value, phrase", [
    (dict(city="Berlin", country="Germany"), dict(city="Berlin", country="Germany"), 1.0, "Berlin"),
    (dict(city="Munich", country="Germany"), dict(city="Berlin", country="Germany"), 0.6, "Munich, Germany"),
    (dict(city="Pune", country="India"), dict(city="Berlin", country="Germany"), 0.2, "Pune (relocation)"),
    (dict(city="Pune", country="India", remote=True), dict(city="Berlin", country="Germany"), 0.7, "remote (Pune)"),
    (dict(city="Pune", country="India", remote=True), dict(), 1.0, "remote (Pune)"),
    (dict(city="Berlin", country="Germany", remote=True), dict(city="Berlin"), 1.0, "Berlin (remote)"),
    (dict(city="Pune", country="India", remote=True), dict(city="Berlin", remote_ok=False), 0.2,
     "Pune (relocation)"),
    (dict(city="Pune", country="India"), dict(), 0.5, "Pune"),
    (dict(city=None, country=None), dict(city="Berlin"), 0.5, "location not stated"),
])
def test_location_fit(job, me, value, phrase):
    feature = location_fit(ResumeQuery(**me), posting(**job), MS)
    assert feature.value == pytest.approx(value)
    assert feature.phrase == phrase


@pytest.mark.parametrize("years, label", [(0.3, "under a year"), (1.0, "1 year"), (5.6, "6 years")])
def test_years_label(years, label):
    assert years_label(years) == label


def test_open_vocabulary_skills_match_by_name():
    job = posting(skills=(PostingSkill(None, "Foobar Studio", "required"),))
    me = ResumeQuery(levels={"~foobar studio": 2}, names={"~foobar studio": "Foobar Studio"})
    feature, delta = skill_fit(me, job, MS)
    assert delta.matched_required == ("Foobar Studio",) and feature.value > 0


def test_open_vocabulary_phrases_are_never_reported_missing():
    job = posting(skills=(PostingSkill("python", "Python", "required"),
                          PostingSkill(None, "Work across time zones with a distributed group", "required"),
                          PostingSkill(None, "relevant industry", "preferred")))
    feature, delta = skill_fit(ResumeQuery(levels={"python": 3}, names={"python": "Python"}), job, MS)
    assert (delta.matched_required, delta.missing_required, delta.missing_nice) == (("Python",), (), ())
    assert feature.value == 1.0 and feature.phrase == "1 of 1 required skills"


@pytest.mark.parametrize("cosine, phrase", [
    (0.74, "very close in meaning to your resume"), (0.50, "close in meaning to your resume"),
    (0.30, "partly related to your resume"), (0.10, "little in common with your resume"),
    (None, "not compared yet (the posting is still being indexed)"),
])
def test_meaning_match_is_said_in_plain_words_in_the_why_column(cosine, phrase):
    from core.matching.explain import breakdown, factor_name

    result = WeightedRanker().score(resume(), Candidate(posting(), cosine), NOW)
    dense = result.factor("dense")
    assert factor_name(dense.name) == "Meaning match" and dense.detail == phrase
    assert not any("similarity" in f.detail or "dense" in f.detail.lower() for f in result.factors)
    assert any(line.startswith("Meaning match") and phrase in line for line in breakdown(result))
