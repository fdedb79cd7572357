"""A lexicon learned from annotated training spans: phrases with how often they are tagged, per layer.

`learn_lexicon` counts, for every normalised gold phrase, its tagged occurrences per layer and its occurrences
anywhere in the training texts (token-bounded); phrases tagged at least MIN_RATIO of the time are kept with
their tag ratio per layer. `Lexicon.tags` marks tokens covered by a phrase (longest match wins) with
"B:<buckets>" / "I:<buckets>", one ratio bucket per layer (h >= 0.7, m >= 0.4, l below, - untagged in that
layer). The tagger uses these tags as features; during training they come from other folds only (jackknife),
so the feature is never a copy of the gold label.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import ahocorasick

from core.skills.normalize import NormText, normalize, normalize_form
from core.skills.tokens import Tokens

MIN_RATIO = 0.25
MAX_WORDS = 6


def _bucket(ratio: float) -> str:
    """h / m / l / - for a tag ratio."""
    if ratio <= 0:
        return "-"
    return "h" if ratio >= 0.7 else ("m" if ratio >= 0.4 else "l")


def _usable(key: str) -> bool:
    """A phrase worth keeping: some letters, not a placeholder, not too long."""
    return (any(ch.isalpha() for ch in key) and "<" not in key and len(key) >= 2
            and len(key.split()) <= MAX_WORDS)


@dataclass
class Lexicon:
    """Learned phrases: normalised key -> tag ratio per layer (layers in `layers` order)."""

    layers: tuple[str, ...]
    phrases: dict[str, tuple[float, ...]] = field(default_factory=dict)
    _automaton: object | None = field(default=None, init=False, repr=False)
    _last: tuple | None = field(default=None, init=False, repr=False, compare=False)  # (nt, matches) of the last call

    def automaton(self):
        """The Aho-Corasick automaton over the padded phrases (built once)."""
        if self._automaton is None:
            auto = ahocorasick.Automaton()
            for key in sorted(self.phrases):
                auto.add_word(f" {key} ", (len(key) + 2, key))
            if self.phrases:
                auto.make_automaton()
            self._automaton = auto
        return self._automaton

    def matches(self, nt: NormText) -> list[tuple[int, int, str]]:
        """Longest non-overlapping phrase matches as original (start, end, key), in text order (the last text's are
        kept: the tagger's features and the postings' second stage both ask for them)."""
        if not self.phrases:
            return []
        last = self._last
        if last is not None and last[0] is nt:
            return list(last[1])
        out = self._matches(nt)
        self._last = (nt, tuple(out))
        return out

    def _matches(self, nt: NormText) -> list[tuple[int, int, str]]:
        """matches() without the one-text memo."""
        found = []
        for end, (klen, key) in self.automaton().iter(f" {nt.norm} "):
            found.append((end - klen + 1, end - 1, key))
        if not found:
            return []
        found.sort(key=lambda m: (m[0] - m[1], m[0]))
        taken = bytearray(max(m[1] for m in found))
        out = []
        for ns, ne, key in found:
            if taken.find(1, ns, ne) >= 0:
                continue
            taken[ns:ne] = b"\x01" * (ne - ns)
            start, stop = nt.span(ns, ne)
            out.append((start, stop, key))
        out.sort()
        return out

    def tags(self, nt: NormText, tokens: Tokens) -> list[str]:
        """Lexicon tag of every token."""
        tags = ["O"] * len(tokens)
        for start, end, key in self.matches(nt):
            label = "".join(_bucket(r) for r in self.phrases[key])
            i = bisect_left(tokens.ends, start + 1)
            first = True
            while i < len(tags) and tokens.starts[i] < end:
                tags[i] = ("B:" if first else "I:") + label
                first = False
                i += 1
        return tags

    def to_dict(self) -> dict:
        """JSON-able form."""
        return {"layers": list(self.layers), "phrases": {k: [round(r, 3) for r in v]
                                                          for k, v in sorted(self.phrases.items())}}

    @classmethod
    def from_dict(cls, data: dict) -> "Lexicon":
        """Inverse of to_dict."""
        return cls(tuple(data["layers"]), {k: tuple(v) for k, v in data["phrases"].items()})


def learn_lexicon(docs: list, layers: tuple[str, ...], min_ratio: float = MIN_RATIO) -> Lexicon:
    """A lexicon from gold docs (core.evaluation.datasets.GoldDoc-like: text, layers)."""
    tagged: dict[str, list[int]] = {}
    for doc in docs:
        for li, layer in enumerate(layers):
            for start, end in doc.layers.get(layer, ()):
                key = normalize_form(doc.text[start:end])
                if _usable(key):
                    tagged.setdefault(key, [0] * len(layers))[li] += 1
    if not tagged:
        return Lexicon(layers)
    probe = Lexicon(layers, {k: (1.0,) * len(layers) for k in tagged})
    seen: dict[str, int] = dict.fromkeys(tagged, 0)
    for doc in docs:
        for _, _, key in probe.matches(normalize(doc.text)):
            seen[key] += 1
    phrases = {}
    for key, counts in tagged.items():
        total = max(seen[key], max(counts))
        ratios = tuple(c / total for c in counts)
        if max(ratios) >= min_ratio:
            phrases[key] = ratios
    return Lexicon(layers, phrases)
