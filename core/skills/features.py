"""Token features of the context tagger: hashed, CPU-cheap, cached per word type, context signature and word pair.

Three template groups, so that inference can cache summed weights per key instead of per token:
- word templates (a function of one word, at offsets -2..+2): lower form, shape, prefixes and suffixes, flags
  (all caps, title case, digits, symbols, camelCase), length, taxonomy-vocabulary and stopword membership, whether
  the word alone is a taxonomy form, and its distributional word class (core.skills.clusters; "c=none" when the
  word is not in the model's cluster table);
- context templates (a function of the token's surroundings): gazetteer tag of the token and its neighbours
  (B/I/O, taxonomy category, accepted or rejected by the rule gate), position in its line, line length, bullet
  line, after a "label:", neighbouring punctuation, section, and a few conjunctions of those;
- pair templates: the lower-cased word bigrams (previous, this) and (this, next), and the same bigrams over word
  classes (the word's shape when it has no class).
Features are hashed into HASH_BITS with crc32 (stable across processes, unlike hash()).
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left

import numpy as np

from core.skills.clusters import WordClusters
from core.skills.signature import Context, decode
from core.skills.tokens import Tokens

HASH_BITS = 20
MASK = (1 << HASH_BITS) - 1
OFFSETS = (-2, -1, 0, 1, 2)
STOPWORDS = frozenset(
    """a an the and or of to in on for with at by from as is are be been being this that these those it its we you
    your our they their he she his her i my me us them who whom which what when where why how all any both each
    few more most other some such no nor not only own same so than too very can will just should would could may
    might must shall do does did done have has had having into over under about above below between through during
    before after again further then once here there also etc well like including within across per via""".split()
)
_SHAPE = re.compile(r"(.)\1+")
_TRANS = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "XXXXXXXXXXXXXXXXXXXXXXXXXXxxxxxxxxxxxxxxxxxxxxxxxxxxdddddddddd",
)


def fid(feature: str) -> int:
    """Stable hashed id of one feature string."""
    return zlib.crc32(feature.encode("utf-8")) & MASK


def shape(word: str) -> str:
    """Compressed character-class shape: 'Python' -> 'Xx', 'C++' -> 'X+', 'k8s' -> 'xdx'."""
    return _SHAPE.sub(r"\1", word.translate(_TRANS))[:8]


def _flags(word: str) -> str:
    """A short flag string: U (all caps), T (title), D (digit), S (symbol), C (inner capital)."""
    out = []
    if len(word) > 1 and word.isupper():
        out.append("U")
    elif word[:1].isupper():
        out.append("T")
    if any(ch.isdigit() for ch in word):
        out.append("D")
    if any(ch in "+#./-_&" for ch in word):
        out.append("S")
    if any(ch.isupper() for ch in word[1:]) and not word.isupper():
        out.append("C")
    return "".join(out) or "-"


def cluster_features(ids: tuple[int, ...] | None) -> dict[int, list[str]]:
    """Word-cluster feature strings per offset (core.skills.clusters): the finest class of the word itself, or
    "c=none" for an unclustered word; neighbours' classes enter through the class bigrams (pair features).
    Measured on SkillSpan dev: every granularity, or classes at offsets -2..+2, made the tagger worse."""
    return {0: ["c=none"] if ids is None else [f"c={ids[-1]}"]}


def word_features(word: str, vocab: frozenset[str], forms: frozenset[str],
                  clusters: tuple[int, ...] | None | bool = False) -> dict[int, list[str]]:
    """Feature strings of one word at each offset (the offset prefix is added by the caller); `clusters` are
    the word's cluster ids (None: unclustered; False: the model has no clusters)."""
    lw = word.lower()
    sh, fl = shape(word), _flags(word)
    tv = "tv" if lw in vocab else ("sw" if lw in STOPWORDS else "nv")
    near = [f"w={lw}", f"s={sh}", f"f={fl}", tv, f"x3={lw[-3:]}"]
    own = near + [
        f"p2={lw[:2]}", f"p3={lw[:3]}", f"x2={lw[-2:]}", f"x4={lw[-4:]}", f"n={min(len(word), 12)}",
        f"lex={lw in forms}", f"s|tv={sh}|{tv}",
    ]
    out = {-2: [f"w={lw}"], -1: near, 0: own, 1: near, 2: [f"w={lw}"]}
    if clusters is not False:
        for o, feats in cluster_features(clusters).items():
            out[o] = out[o] + feats
    return out


def gaz_tags(tokens: Tokens, spans: list[tuple[int, int, str]]) -> list[str]:
    """Gazetteer tag of each token from candidate spans (start, end, label), in text order."""
    tags = ["O"] * len(tokens)
    ends = tokens.ends
    for start, end, label in spans:
        i = bisect_left(ends, start + 1)
        first = True
        while i < len(tags) and tokens.starts[i] < end:
            tags[i] = ("B:" if first else "I:") + label
            first = False
            i += 1
    return tags


def context_features(sig: tuple) -> list[str]:
    """Feature strings of one context signature."""
    g, gp, gn, idx, ll, last, bul, pp, np_, sec, colon, cap, lx, lp, ln, rep = sig
    gs = g[:1] + (g[-4:] if g != "O" else "")
    return [
        f"rep={rep}", f"rep|gs={rep}|{gs}", f"rep|sec={rep}|{sec}", f"rep|lx={rep}|{lx[:1]}",
        f"lx={lx}", f"lp|lx|ln={lp}|{lx[:1]}|{ln}", f"lx|gs={lx}|{gs}", f"lx|idx={lx[:1]}|{idx}",
        f"g={g}", f"gs={gs}", f"gp={gp}", f"gn={gn}", f"gp|gs|gn={gp}|{gs}|{gn}", f"idx={idx}", f"ll={ll}",
        f"idx|ll={idx}|{ll}", f"last={last}", f"bul={bul}", f"pp={pp}", f"np={np_}", f"pp|np={pp}|{np_}",
        f"sec={sec}", f"colon={colon}", f"gs|sec={gs}|{sec}", f"gs|pp={gs}|{pp}", f"gs|bul={gs}|{bul}",
        f"gs|idx={gs}|{idx}", f"cap|idx={cap}|{idx}", f"gs|colon={gs}|{colon}", f"bul|idx={bul}|{idx}",
        f"sec|idx={sec}|{idx}", "bias",
    ]


def pair_features(prev: str, word: str, nxt: str) -> list[str]:
    """Bigram feature strings around one token."""
    return [f"b-={prev}|{word}", f"b+={word}|{nxt}"]


PAIR_CLUSTER = 0  # granularity index (core.skills.clusters.GRANULARITIES: 128 classes) of the class bigrams


def cluster_pair_features(prev: str, word: str, nxt: str) -> list[str]:
    """Word-class bigram feature strings around one token."""
    return [f"cb-={prev}|{word}", f"cb+={word}|{nxt}"]


class FeatureSpace:
    """Hashed feature ids with per-key caches (word type, context signature, word pair)."""

    def __init__(self, vocab: frozenset[str], forms: frozenset[str], clusters: WordClusters | None = None) -> None:
        """`vocab`: lower-cased words of taxonomy forms; `forms`: single-word taxonomy forms; `clusters`: the
        model's core.skills.clusters.WordClusters (None: no cluster features)."""
        self.vocab, self.forms, self.clusters = vocab, forms, clusters
        self._words: dict[str, dict[int, np.ndarray]] = {}
        self._ctx: dict[int, np.ndarray] = {}

    def word_ids(self, word: str) -> dict[int, np.ndarray]:
        """Offset -> hashed ids of the word's features."""
        got = self._words.get(word)
        if got is None:
            cl = self.clusters.of(word) if self.clusters is not None else False
            feats = word_features(word, self.vocab, self.forms, cl)
            got = {o: np.array([fid(f"{o}|{f}") for f in fs], dtype=np.int64) for o, fs in feats.items()}
            if len(self._words) < 500_000:
                self._words[word] = got
        return got

    def context_ids(self, code: int) -> np.ndarray:
        """Hashed ids of a context signature code (core.skills.signature)."""
        got = self._ctx.get(code)
        if got is None:
            got = np.array([fid(f"c|{f}") for f in context_features(decode(code))], dtype=np.int64)
            if len(self._ctx) < 200_000:
                self._ctx[code] = got
        return got

    def pair_ids(self, prev: str, word: str, nxt: str) -> np.ndarray:
        """Hashed ids of the bigrams around a token (word forms, and word classes when there are clusters)."""
        feats = pair_features(prev, word, nxt)
        if self.clusters is not None:
            feats += cluster_pair_features(*(self._class(w) for w in (prev, word, nxt)))
        return np.array([fid(f) for f in feats], dtype=np.int64)

    def _class(self, word: str) -> str:
        """The PAIR_CLUSTER-granularity class of a lower-cased word, or its shape (line edges, unclustered words)."""
        ids = self.clusters.of(word)
        return f"#{ids[PAIR_CLUSTER]}" if ids is not None else shape(word)

    def token_ids(self, tokens: Tokens, ctx: Context) -> list[np.ndarray]:
        """All feature ids of every token (the training path; inference sums cached weights instead)."""
        lows = [w.lower() for w in tokens.words]
        n = len(lows)
        out = []
        for i in range(n):
            parts = [self.context_ids(int(ctx.codes[i]))]
            for o in OFFSETS:
                j = i + o
                if 0 <= j < n and tokens.line[j] == tokens.line[i]:
                    parts.append(self.word_ids(tokens.words[j])[o])
            prev = lows[i - 1] if i and tokens.line[i - 1] == tokens.line[i] else "<s>"
            nxt = lows[i + 1] if i + 1 < n and tokens.line[i + 1] == tokens.line[i] else "</s>"
            parts.append(self.pair_ids(prev, lows[i], nxt))
            out.append(np.concatenate(parts))
        return out
