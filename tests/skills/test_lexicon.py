"""Learned-lexicon phrase matching (core.skills.lexicon): longest matches, original offsets, one-text memo."""

from __future__ import annotations

import pytest

from core.skills.lexicon import Lexicon
from core.skills.normalize import normalize

LEXICON = Lexicon(("knowledge",), {"machine learning": (0.9,), "learning": (0.2,), "supply chain": (0.6,)})


@pytest.mark.parametrize("text, expected", [
    ("Machine Learning and supply chain", [(0, 16, "machine learning"), (21, 33, "supply chain")]),
    ("continuous learning", [(11, 19, "learning")]),
    ("nothing here", []),
])
def test_longest_matches_with_original_offsets(text, expected):
    assert LEXICON.matches(normalize(text)) == expected


def test_repeated_calls_for_one_text_agree_and_other_texts_are_not_confused():
    first, second = normalize("Machine Learning"), normalize("supply chain")
    a = LEXICON.matches(first)
    a.append((99, 100, "mutated by a caller"))  # callers get their own list
    assert LEXICON.matches(first) == [(0, 16, "machine learning")]
    assert LEXICON.matches(second) == [(0, 12, "supply chain")]
    assert LEXICON.matches(first) == [(0, 16, "machine learning")]
