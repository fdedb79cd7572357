"""The common-word guard for derived surface forms: an everyday English word never becomes an always-on alias.

Frequency source: the `wordfreq` package (Zipf scale: 3 = once per million words, pinned in requirements.txt).
A single word at or above COMMON_ZIPF ("guide", "canvas", "blink", "anatomy") is common; multi-word phrases are
not judged here (a phrase of common words, "month-end close", is a skill name, not an everyday word).
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

COMMON_ZIPF = 3.3  # "loom" 3.34 and "dropbox" 3.1 straddle it; "the" is 7.7, "pharmacology" 3.15


@lru_cache(maxsize=None)
def zipf(word: str) -> float:
    """Zipf frequency of one lower-cased English word (0.0 when unknown)."""
    return zipf_frequency(word.lower(), "en")


def is_common_word(form: str) -> bool:
    """True when `form` is one token that is an everyday English word (or a single letter)."""
    text = form.strip().lower()
    if not text.isalpha():
        return False  # phrases, and tokens with digits or punctuation ("s-plus", "1-2-3"), are not everyday words
    return len(text) == 1 or zipf(text) >= COMMON_ZIPF
