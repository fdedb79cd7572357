"""Quotes shown in clarify questions (core.clarify.base.sentence_around) start and end at word boundaries
(issue 19: a nurse was shown 'ion administration via oral, IM ...' for 'Medication administration')."""

from __future__ import annotations

import pytest

from core.clarify.base import sentence_around

LONG = ("- Performed structured head-to-toe assessments and safe medication administration via oral, IM, IV push "
        "and subcutaneous routes following the five rights on a busy thirty-two bed medical-surgical unit\n")


@pytest.mark.parametrize("surface, limit", [("IV push", 40), ("subcutaneous", 60), ("medication administration", 50),
                                            ("five rights", 30)])
def test_a_clipped_quote_starts_and_ends_on_whole_words(surface, limit):
    start = LONG.index(surface)
    quote = sentence_around(LONG, start, start + len(surface), limit)
    assert surface in quote
    words = set(LONG.replace(",", " ").split()) | {w.rstrip(",") for w in LONG.split()}
    assert quote.split()[0].strip(",") in words and quote.split()[-1].strip(",") in words, quote


def test_an_unclipped_quote_keeps_the_whole_line():
    text = "Skills\n- Wound care and patient education.\nNext line"
    start = text.index("Wound care")
    assert sentence_around(text, start, start + 10) == "Wound care and patient education"
