"""Span metrics on tiny hand-made cases (definitions in core.evaluation.metrics)."""

from __future__ import annotations

import pytest

from core.evaluation.metrics import Counts, Tokens, overlap_counts, strict_counts, token_strict_counts

TEXT = "We use Apache Spark and machine learning on AWS daily"
#       0123456789012345678901234567890123456789012345678901
SPARK, APACHE_SPARK, ML, MACHINE, AWS, DAILY = (14, 19), (7, 19), (24, 40), (24, 31), (44, 47), (48, 53)


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ([APACHE_SPARK, ML], [APACHE_SPARK, ML], Counts(2, 2, 2, 2)),
        ([SPARK, ML], [APACHE_SPARK, ML], Counts(2, 1, 2, 1)),
        ([], [AWS], Counts(0, 0, 1, 0)),
        ([AWS], [], Counts(1, 0, 0, 0)),
        ([AWS, AWS], [AWS], Counts(1, 1, 1, 1)),  # duplicates count once
    ],
)
def test_strict_counts(pred, gold, expected):
    assert strict_counts(pred, gold) == expected


GLUED = "Docker , Kubernetes) and Go/Rust"
#        0123456789012345678901234567890123
K8S, K8S_TOKEN, GO, RUST, GO_RUST = (9, 19), (9, 20), (25, 27), (28, 32), (25, 32)


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ([K8S], [K8S_TOKEN], Counts(1, 1, 1, 1)),  # inside the dataset token "Kubernetes)": same token range
        ([GO, RUST], [GO_RUST], Counts(1, 1, 1, 1)),  # two mentions in one token are one token range
        ([(0, 6)], [(0, 8)], Counts(1, 0, 1, 0)),  # "Docker" vs "Docker ,": different tokens
        ([(6, 7)], [(0, 6)], Counts(0, 0, 1, 0)),  # whitespace only: no token, not a prediction
    ],
)
def test_token_strict_counts(pred, gold, expected):
    assert token_strict_counts(pred, gold, Tokens(GLUED)) == expected


def test_token_strict_differs_from_character_exact():
    assert strict_counts([K8S], [K8S_TOKEN]) == Counts(1, 0, 1, 0)


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ([SPARK], [APACHE_SPARK], Counts(1, 1, 1, 1)),  # shares the token "Spark"
        ([MACHINE], [ML], Counts(1, 1, 1, 1)),
        ([MACHINE, DAILY], [ML, AWS], Counts(2, 1, 2, 1)),
        ([APACHE_SPARK], [SPARK, (7, 13)], Counts(1, 1, 2, 2)),  # one prediction finds two gold spans
        ([(8, 10)], [(7, 13)], Counts(1, 1, 1, 1)),  # part of a token is that token
        ([(19, 20)], [SPARK], Counts(1, 0, 1, 0)),  # whitespace only: no token
    ],
)
def test_overlap_counts(pred, gold, expected):
    assert overlap_counts(pred, gold, Tokens(TEXT)) == expected


def test_precision_recall_f1():
    c = Counts(pred=4, pred_matched=3, gold=6, gold_found=2)
    assert (c.precision, c.recall) == (0.75, pytest.approx(1 / 3))
    assert c.f1 == pytest.approx(2 * 0.75 * (1 / 3) / (0.75 + 1 / 3))
    assert Counts().f1 == 0.0 and Counts().precision == 0.0 and Counts().recall == 0.0


def test_counts_add_is_micro_average():
    total = Counts()
    total.add(Counts(1, 1, 1, 1))
    total.add(Counts(3, 0, 1, 0))
    assert (total.precision, total.recall) == (0.25, 0.5)


def test_token_ranges():
    tokens = Tokens("ab  cd\nef")
    assert tokens.range((0, 2)) == (0, 1)
    assert tokens.range((1, 5)) == (0, 2)
    assert tokens.range((2, 4)) == (1, 1)  # whitespace only
    assert tokens.range((7, 9)) == (2, 3)
