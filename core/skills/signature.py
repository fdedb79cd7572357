"""Context signatures: the surroundings of every token packed into one int64 code (vectorised with numpy).

Fields (each from a fixed vocabulary, combined in mixed radix, so a code means the same in every document):
gazetteer tag of the token ("B:<category>:<acc|rej>"), simple gazetteer tags of its neighbours, in-line index
bucket, line-length bucket, last-in-line, bullet line, punctuation class of its neighbours, section, after a
"label:" colon, capitalised, learned-lexicon tag and its neighbours' simple tags, and how often the same word
occurred earlier in the document. `decode(code)` gives the field
values back as the tuple core.skills.features.context_features turns into feature strings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.skills.tokens import PUNCT, Tokens
from core.taxonomy.models import CATEGORIES

# the trained models index the categories they were trained with; later categories reuse the closest one's code
TRAINED_CATEGORIES = CATEGORIES[:14]
LATER_CATEGORIES = {"healthcare": "analytics_business", "finance": "analytics_business",
                    "education": "analytics_business", "people_operations": "analytics_business",
                    "operations_trades": "analytics_business", "certification": "tool"}
GAZ = ["O"] + [f"{bi}:{cat}:{st}" for bi in "BI" for cat in (*TRAINED_CATEGORIES, "other") for st in ("acc", "rej")]
SIMPLE = ["^", "$", "O", "B:acc", "B:rej", "I:acc", "I:rej"]
BUCKETS = ["p", "0", "1", "2", "3", "4-6", "7-12", "13+"]
PCLASS = [",", ";", ":", "(", ")", "/", "&", ".", "-", "and", "or", "<s>", "</s>", "p", "w"]
SECTIONS = ["intro", "responsibilities", "requirements", "nice_to_have", "benefits", "contact", "summary",
            "experience", "education", "skills", "projects", "certifications", "other"]
LEX = ["O"] + [f"{bi}:{a}{b}" for bi in "BI" for a in "hml-" for b in ["", *"hml-"]]
LEX_SIMPLE = ["^", "$", "O", "B", "I"]
REPEAT = ["0", "1", "2", "3+"]
_FIELDS = (GAZ, SIMPLE, SIMPLE, BUCKETS, BUCKETS, [False, True], [False, True], PCLASS, PCLASS, SECTIONS,
           [False, True], [False, True], LEX, LEX_SIMPLE, LEX_SIMPLE, REPEAT)
RADIX = [len(f) for f in _FIELDS]  # values per signature field (mixed radix; core.skills.neural embeds each)
_WORD_CLASS = {",": ",", ";": ";", ":": ":", "(": "(", ")": ")", "/": "/", "&": "&", ".": ".", "-": "-",
               "and": "and", "or": "or", "–": "-", "—": "-", "|": "/"}
_GAZ_INDEX = {g: i for i, g in enumerate(GAZ)}
_GAZ_INDEX.update({f"{bi}:{new}:{st}": _GAZ_INDEX[f"{bi}:{old}:{st}"] for new, old in LATER_CATEGORIES.items()
                   for bi in "BI" for st in ("acc", "rej")})
_LEX_INDEX = {x: i for i, x in enumerate(LEX)}
_SECTION_INDEX = {s: i for i, s in enumerate(SECTIONS)}
_PCLASS_INDEX = {p: i for i, p in enumerate(PCLASS)}
_GAZ_SIMPLE = np.array([SIMPLE.index(g[:1] + g[-4:]) if g != "O" else SIMPLE.index("O") for g in GAZ])
_LEX_SIMPLE = np.array([LEX_SIMPLE.index(x[:1]) for x in LEX])
_BUCKET_OF = np.array([1, 2, 3, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6] + [7] * 1)  # index 0..13 -> bucket position


@dataclass(slots=True)
class Context:
    """Per-token context of one document."""

    gaz: list[str]
    section: list[str]
    codes: np.ndarray  # int64 signature code per token


def _bucket_codes(values: np.ndarray) -> np.ndarray:
    """BUCKETS positions of small integers (-1 -> 'p')."""
    out = _BUCKET_OF[np.clip(values, 0, 13)]
    return np.where(values < 0, 0, out)


def _shift(arr: np.ndarray, same: np.ndarray, step: int, edge: int) -> np.ndarray:
    """arr shifted by step (-1: previous token, +1: next) within lines; `edge` where there is none."""
    out = np.full_like(arr, edge)
    if step < 0:
        out[1:] = np.where(same, arr[:-1], edge)
    else:
        out[:-1] = np.where(same, arr[1:], edge)
    return out


def _repeats(words: list[str]) -> np.ndarray:
    """Earlier occurrences of the same lower-cased word in the document (0, 1, 2, 3 = 3+)."""
    seen: dict[str, int] = {}
    out = []
    for w in words:
        key = w.lower()
        k = seen.get(key, 0)
        seen[key] = k + 1
        out.append(k if k < 3 else 3)
    return np.array(out, dtype=np.int64)


def context(tokens: Tokens, gaz: list[str], section: list[str], lex: list[str] | None = None) -> Context:
    """The context code of every token; `lex` holds learned-lexicon tags (core.skills.lexicon) or None."""
    n = len(tokens)
    if n == 0:
        return Context(gaz, section, np.zeros(0, np.int64))
    line = np.asarray(tokens.line)
    same = line[1:] == line[:-1]  # token i+1 on the same line as token i
    g = np.array([_GAZ_INDEX.get(x, 0) for x in gaz])
    gs = _GAZ_SIMPLE[g]
    words = tokens.words
    wclass = np.array([_PCLASS_INDEX[_WORD_CLASS.get(w.lower(), "p" if w in PUNCT else "w")] for w in words])
    index, line_len = np.asarray(tokens.index), np.asarray(tokens.line_len)
    is_colon = np.array([w == ":" for w in words])
    before = np.cumsum(is_colon) - is_colon
    first = np.maximum.accumulate(np.where(np.concatenate([[True], ~same]), np.arange(n), 0))
    after_colon = before - before[first] > 0
    lx = np.array([_LEX_INDEX.get(x, 0) for x in lex]) if lex else np.zeros(n, np.int64)
    ls = _LEX_SIMPLE[lx]
    fields = [
        g, _shift(gs, same, -1, 0), _shift(gs, same, 1, 1), _bucket_codes(index), _bucket_codes(line_len),
        (index == line_len - 1), np.asarray(tokens.bullet), _shift(wclass, same, -1, _PCLASS_INDEX["<s>"]),
        _shift(wclass, same, 1, _PCLASS_INDEX["</s>"]),
        np.array([_SECTION_INDEX.get(s, len(SECTIONS) - 1) for s in section]), after_colon,
        np.array([w[:1].isupper() for w in words]), lx, _shift(ls, same, -1, 0), _shift(ls, same, 1, 1),
        _repeats(words),
    ]
    code = np.zeros(n, np.int64)
    for values, radix in zip(fields, RADIX):
        code = code * radix + values.astype(np.int64)
    return Context(gaz, section, code)


def decode(code: int) -> tuple:
    """The field values of a context code (the tuple context_features reads)."""
    values = []
    for vocab, radix in zip(reversed(_FIELDS), reversed(RADIX)):
        code, i = divmod(code, radix)
        values.append(vocab[i])
    values.reverse()
    return tuple(values)
