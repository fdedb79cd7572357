"""Is there any language in a posting? Rows of random tokens ("xK9#qZ 3vP!", "48213 0x3f") must not become postings.

A posting needs 2 words making 30 % of the tokens of its title and description together. A token
counts as a word when it is letters only, written lower-case, Capitalised or in CAPITALS (not "xKqP"),
and, in Latin script, has a vowel (CAPITALS may be acronyms: SQL, AWS) and no run of five consonants.
Letters of other scripts (CJK, Cyrillic, Hebrew...) always count: this check is for noise, not for language.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5}", re.I)
_VOWEL = re.compile(r"[aeiouy]", re.I)
MIN_WORDS = 2
MIN_WORD_SHARE = 0.3
_SAMPLE_TOKENS = 2_000  # the first tokens decide; a 1M-character description is not scanned whole


def is_word(token: str) -> bool:
    """True for a plausible word of some language (see the module docstring)."""
    token = _EDGE.sub("", token)
    if not token or not token.isalpha():
        return False
    if not token.isascii():
        return True
    if not (token.islower() or token.isupper() or (token[0].isupper() and token[1:].islower())):
        return False
    if len(token) == 1:
        return token.lower() in {"a", "i"}
    if token.isupper():
        return True
    return bool(_VOWEL.search(token)) and not _CONSONANT_RUN.search(token)


def word_share(text: str) -> tuple[int, int]:
    """(words, tokens) among the first tokens of text."""
    tokens = [m.group(0) for _, m in zip(range(_SAMPLE_TOKENS), _TOKEN.finditer(text))]
    return sum(1 for t in tokens if is_word(t)), len(tokens)


def garbage_reason(title: str | None, description: str | None) -> str | None:
    """Why a posting is noise (title and description together: under 2 words, or words under 30 % of the
    tokens), or None."""
    words, tokens = word_share(f"{title or ''}\n{description or ''}")
    if words >= MIN_WORDS and words >= MIN_WORD_SHARE * tokens:
        return None
    return f"no recognisable text in the title or the description ({words} words in {tokens} tokens)"
