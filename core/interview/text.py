"""Small text helpers for scoring: sentences, content words, and a forgiving word match (no NLP models)."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+|\s+[•\-–]\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.]*[A-Za-z0-9+#]|[A-Za-z]")
STOPWORDS = frozenset("""
a an and are as at be been being but by can could did do does doing for from had has have having how i if in into
is it its it's me my of on or our so some such than that the their them then there these they this those to too
up us vs was we were what when where which while who why will with would you your yours about also any each just
more most other own same very via using use used between both during before after over under again once here all
few no nor not only out off don't should now get got make made like well really thing things way ways e.g etc
""".split())
QUESTION_WORDS = frozenset("""
tell describe walk explain talk discuss give example time times project projects role please approach handle
handled think thought someone something through kind sort one two suppose let's lets say work working
""".split())

VAGUE_WORDS = frozenset("""
bit fine good ok okay great nice cool stuff lot lots little know knew tried experience experienced familiar basic
basics pretty quite sure think fairly somewhat easy hard tool tools thing everything anything something fun okayish
interesting decent simple worked work working job jobs enough mostly kind sort
""".split())


def substance_words(answer: str, topic: str = "") -> list[str]:
    """Content words of an answer beyond naming the topic and vague filler ("a bit", "it was fine")."""
    topic_words = set(content_words(topic))
    return [w for w in content_words(answer, VAGUE_WORDS) if w not in topic_words]


def sentences(text: str) -> list[str]:
    """Non-trivial sentences / bullet items of a text (at least two words each)."""
    parts = (p.strip(" \t-•*") for p in _SENTENCE.split(text or ""))
    return [p for p in parts if len(p.split()) >= 2]


def words(text: str) -> list[str]:
    """Lower-cased word tokens (keeps c++, c#, node.js style tokens)."""
    return [w.lower().rstrip(".") for w in _WORD.findall(text or "")]


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len((text or "").split())


def content_words(text: str, extra_stop: frozenset[str] = frozenset()) -> list[str]:
    """Words that carry meaning (no stopwords, no one-letter words), unique, in order."""
    out = [w for w in words(text) if len(w) > 1 and w not in STOPWORDS and w not in extra_stop]
    return list(dict.fromkeys(out))


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ers", "er", "ies", "es", "ed", "s",
             "ly")


def stem(word: str) -> str:
    """A crude stem: one common suffix removed when at least three letters remain ("rollouts" -> "rollout")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def same_word(a: str, b: str) -> bool:
    """A forgiving match: equal stems, or the shorter stem (4+ letters) starts the longer ("roll" ~ "rollout")."""
    if a == b:
        return True
    sa, sb = stem(a), stem(b)
    short, long_ = sorted((sa, sb), key=len)
    return short == long_ or (len(short) >= 4 and long_.startswith(short))


def match_ratio(needles: list[str], haystack: set[str]) -> float:
    """Fraction of `needles` that match some word of `haystack` (0 when there are no needles)."""
    if not needles:
        return 0.0
    hits = sum(1 for n in needles if n in haystack or any(same_word(n, h) for h in haystack))
    return hits / len(needles)


def human_join(items: list[str] | tuple[str, ...], last: str = "and") -> str:
    """"a", "a and b", "a, b and c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"
