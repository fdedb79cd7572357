"""Rubric scoring tables: strong answers beat thin ones on the same question (several skills, both coverage
methods), STAR beats unstructured, feedback names what was missing, thin answers get a follow-up."""

from __future__ import annotations

import numpy as np
import pytest

from core.interview.bank import key_points
from core.interview.models import Question
from core.interview.plan import build_plan
from core.interview.models import PlanInputs, GapTopic
from core.interview.scoring import follow_up_for, needs_follow_up, score_answer

ANSWERS = {
    "kubernetes": (
        "I package each service as a Deployment that manages a ReplicaSet of pods, exposed through a ClusterIP "
        "Service. Config lives in ConfigMaps and credentials in Secrets mounted as environment variables. We set "
        "CPU and memory requests and limits so the scheduler places pods well, and traffic comes in through an "
        "NGINX ingress controller. We roll out with a rolling update and readiness probes, because a bad version "
        "then never gets traffic. In my last project this cut failed deploys by 80%, but probe timeouts need care.",
        "I have used Kubernetes a bit, it is a container tool.",
    ),
    "sql": (
        "I start with SELECT and joins between orders and customers, filtering in WHERE before aggregating with "
        "GROUP BY and HAVING. For running totals I use window functions such as SUM() OVER (PARTITION BY "
        "customer_id), and CTEs keep the query readable. When it is slow I read the query plan with EXPLAIN "
        "ANALYZE and add a composite index, because a sequential scan over 40 million rows took 12 seconds; "
        "after the index it ran in 90 ms. Writes run in a transaction at READ COMMITTED isolation.",
        "SQL is for databases. I know how to write queries.",
    ),
    "python": (
        "I lean on the core data structures: dicts for lookups, sets for membership and tuples for fixed "
        "records. For large files I write generators so the iterator streams rows instead of loading 2 GB into "
        "memory. Decorators and closures handle retries around API calls, and context managers close "
        "connections even when exceptions are raised. For example, in my last project we packaged the code "
        "with a virtual environment and pyproject, and typing with dataclasses caught bugs before release, "
        "which reduced production errors by a third.",
        "Python is my favourite language, it is easy.",
    ),
    "docker": (
        "An image is built from layers, so in the Dockerfile I copy the dependency manifest first and the source "
        "last to keep the cache warm; that is one of the Dockerfile best practices. Multi-stage builds keep the "
        "final image small: our Go service went from 900 MB to 25 MB. Containers share the host kernel, unlike "
        "VMs, so they start in seconds. Data lives in named volumes, services talk over a user-defined network, "
        "and CI pushes tagged images to our private registry, because deploys then pull an immutable artifact.",
        "Docker runs containers. I used it once.",
    ),
    "react": (
        "I build the UI from small components written in JSX that receive props and keep local state. Hooks do "
        "most of the work: useState for form fields, useEffect to fetch data when an id changes, and useMemo to "
        "avoid recomputing a 5,000-row table on every render. Rendering and reconciliation compare the virtual "
        "DOM, so stable keys matter. Shared state such as the signed-in user lives in context, and Redux only for "
        "the complex cart. For example I test components with React Testing Library, which cut UI bugs by half.",
        "React is a frontend library from Facebook.",
    ),
}
STAR_QUESTION = Question(kind="behavioural", text="Tell me about a time you had to deliver under a tight deadline.",
                         key_points=("prioritising scope", "communicating trade-offs early", "delivering on time",
                                     "protecting quality"), star=True)
STAR_ANSWER = (
    "Last year at my previous company our team had two weeks to ship a payments integration before a partner "
    "launch. I was responsible for the backend and the goal was to go live without cutting the test suite. "
    "I split the scope into must-have and later items, told the product manager early which trade-offs we were "
    "making, and I paired with a colleague on the riskiest part. As a result we delivered on time, with 95% test "
    "coverage kept, and the partner processed 3,000 payments in the first week without an incident."
)
UNSTRUCTURED = (
    "Deadlines are always tight in software and you need to work hard and be flexible. Good teams communicate and "
    "quality is important, and I think planning matters a lot so that things get done in the end somehow."
)


def question_for(skill_id, taxonomy, difficulty="senior") -> Question:
    """The template plan's gap question for one skill."""
    skill = taxonomy.get(skill_id)
    plan = build_plan(PlanInputs("Target", "Engineer", {"senior": "senior", "mid": "mid"}[difficulty],
                                 gaps=(GapTopic(skill_id, skill.name),)), taxonomy, 5)
    return plan.questions[0]


@pytest.fixture(params=["semantic", "lexical"])
def coverage_encoder(request):
    """The real embedder, or None (the lexical fallback)."""
    return request.getfixturevalue("encoder") if request.param == "semantic" else None


@pytest.mark.parametrize("skill_id", sorted(ANSWERS))
def test_a_strong_answer_scores_above_a_thin_one(skill_id, taxonomy, lexicon, coverage_encoder):
    question = question_for(skill_id, taxonomy)
    strong_text, thin_text = ANSWERS[skill_id]
    strong = score_answer(question, strong_text, encoder=coverage_encoder, lexicon=lexicon)
    thin = score_answer(question, thin_text, encoder=coverage_encoder, lexicon=lexicon)
    assert strong.total >= 3.5 and thin.total <= 1.5, (strong.total, thin.total)
    assert strong.total - thin.total >= 2.5
    for key in ("coverage", "specificity", "structure"):
        assert strong.part(key).value > thin.part(key).value, key
    assert len(strong.covered) > len(thin.covered)
    assert strong.method == ("semantic" if coverage_encoder else "lexical")


def test_star_answer_beats_an_unstructured_one(lexicon, coverage_encoder):
    star = score_answer(STAR_QUESTION, STAR_ANSWER, encoder=coverage_encoder, lexicon=lexicon)
    flat = score_answer(STAR_QUESTION, UNSTRUCTURED, encoder=coverage_encoder, lexicon=lexicon)
    assert star.part("structure").value == 1.0
    assert star.part("structure").detail == "STAR: Situation ✓ · Task ✓ · Action ✓ · Result ✓"
    assert flat.part("structure").value <= 0.5
    assert star.total >= flat.total + 1.5
    assert star.part("structure").label == "Structure (STAR)"


def test_feedback_names_the_missing_key_points(taxonomy, lexicon):
    question = Question(kind="gap", text="How do you ship safely on Kubernetes?", skill_id="kubernetes",
                        skill_name="Kubernetes", key_points=("rolling updates", "readiness probes", "resource limits"))
    answer = ("We set resource limits on every container because noisy neighbours took down a node once, and for "
              "example our API pods request 500m CPU, which cut evictions to zero.")
    score = score_answer(question, answer, lexicon=lexicon)
    assert score.covered == ("resource limits",)
    assert score.missing == ("rolling updates", "readiness probes")
    assert score.feedback.startswith("You did not mention: rolling updates; readiness probes.")
    assert "key points covered (word match)" in score.part("coverage").detail


def test_parts_weights_and_range(taxonomy, lexicon):
    question = question_for("sql", taxonomy)
    for text in (*ANSWERS["sql"], "", "x"):
        score = score_answer(question, text, lexicon=lexicon)
        assert 0.0 <= score.total <= 5.0
        assert [p.key for p in score.parts] == ["coverage", "structure", "specificity", "relevance"]
        assert sum(p.weight for p in score.parts) == pytest.approx(1.0)
        assert all(0.0 <= p.value <= 1.0 for p in score.parts)


def test_an_off_topic_answer_is_not_relevant(taxonomy, lexicon, encoder):
    question = question_for("kubernetes", taxonomy)
    off = "On weekends I cook pasta for my family and watch football with friends, which is relaxing for me."
    on = ANSWERS["kubernetes"][0]
    assert score_answer(question, off, encoder=encoder, lexicon=lexicon).part("relevance").value < 0.2
    assert score_answer(question, on, encoder=encoder, lexicon=lexicon).part("relevance").value > 0.8


@pytest.mark.parametrize("skill, point, paraphrase", [
    ("SQL", "transactions and isolation",
     "Each transfer ran atomically so two concurrent payments could not both read the old balance."),
    ("Python", "generators and iterators",
     "I wrote a function with yield so rows stream lazily instead of building a list in memory."),
    ("Git", "branching and merging",
     "Each feature gets its own line of development that we combine back into main after review."),
])
def test_paraphrased_concepts_count_with_embeddings_but_not_by_word_match(encoder, skill, point, paraphrase):
    question = Question(kind="gap", text=f"Tell me how you use {skill}.", skill_name=skill, key_points=(point,))
    assert score_answer(question, paraphrase, encoder=encoder).covered == (point,)
    assert score_answer(question, paraphrase).missing == (point,)


@pytest.mark.parametrize("skill, point, filler", [
    ("Kubernetes", "pods, deployments and services", "It is a container orchestration tool."),
    ("Kubernetes", "networking and ingress", "I have used Kubernetes a bit."),
    ("SQL", "indexes and query plans", "SQL is for databases and I know it well."),
    ("Docker", "multi-stage builds", "Docker runs containers and I like it."),
])
def test_on_topic_filler_does_not_cover_a_point(encoder, skill, point, filler):
    question = Question(kind="gap", text=f"Tell me how you use {skill}.", skill_name=skill, key_points=(point,))
    assert score_answer(question, filler, encoder=encoder).missing == (point,)


class BrokenEncoder:
    """An embedder whose model cannot load."""

    def encode(self, texts):
        raise OSError("model files missing")


class FixedEncoder:
    """Every text gets the same unit vector (semantic path with trivial similarity 1.0)."""

    def encode(self, texts):
        vecs = np.zeros((len(texts), 4), dtype=np.float32)
        vecs[:, 0] = 1.0
        return vecs


def test_an_unavailable_embedder_falls_back_to_word_match(taxonomy, lexicon):
    question = question_for("docker", taxonomy)
    broken = score_answer(question, ANSWERS["docker"][0], encoder=BrokenEncoder(), lexicon=lexicon)
    lexical = score_answer(question, ANSWERS["docker"][0], lexicon=lexicon)
    assert broken == lexical and broken.method == "lexical"


def test_semantic_marks_never_lower_a_word_match(taxonomy):
    question = question_for("docker", taxonomy)
    text = ANSWERS["docker"][0]
    semantic = score_answer(question, text, encoder=FixedEncoder())
    assert semantic.method == "semantic" and semantic.part("coverage").value == 1.0


@pytest.mark.parametrize("skill_id", sorted(ANSWERS))
def test_thin_answers_get_a_follow_up_and_strong_ones_do_not(skill_id, taxonomy, lexicon):
    question = question_for(skill_id, taxonomy)
    strong_text, thin_text = ANSWERS[skill_id]
    thin = score_answer(question, thin_text, lexicon=lexicon)
    assert needs_follow_up(question, thin, thin_text)
    assert not needs_follow_up(question, score_answer(question, strong_text, lexicon=lexicon), strong_text)
    follow = follow_up_for(question, thin)
    assert follow.startswith("Can you go one level deeper on ") and question.key_points[0] in follow


def test_star_follow_up_asks_for_the_missing_parts(lexicon):
    answer = "We had a release due on Friday and the team was worried about it, it was a stressful week for everyone."
    score = score_answer(STAR_QUESTION, answer, lexicon=lexicon)
    assert needs_follow_up(STAR_QUESTION, score, answer)
    assert follow_up_for(STAR_QUESTION, score) == (
        "Let's make that concrete. Tell me what you were responsible for, what you did yourself and how it "
        "turned out (numbers if you have them).")


def test_key_points_default_to_the_category_when_a_skill_has_none(taxonomy):
    skill = next(s for s in taxonomy.skills.values() if not s.key_concepts and s.category == "database")
    assert key_points(skill, "mid") == ("data modelling", "querying", "indexing and performance",
                                        "transactions and consistency")
