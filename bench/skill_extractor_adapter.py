"""The PyPI package `skill-extractor` (0.2.x) wrapped as our Extractor, for the benchmark only.

Its pipeline: a FlashText-style gazetteer (32K skills) proposes candidates; each candidate with its +/-20-word
window is embedded with all-MiniLM-L6-v2 and an MLP keeps the ones with probability >= threshold. Its own
Embedder downloads the ONNX model from a hub at construction, which cannot work offline, so we build the
package's SkillExtractor without its constructor and give it our local all-MiniLM-L6-v2 (core.embeddings: the
same model, mean pooling, L2-normalised). Its `extract` returns names only; we keep the matcher's character
offsets so spans can be scored like ours. Not a project dependency: `pip install skill-extractor` first.
"""

from __future__ import annotations

import json
from importlib import resources

from core.skills.models import Extraction, SkillMention


def offline_error() -> str:
    """The error the package raises when built as documented with no network ('' if it works)."""
    try:
        from skill_extractor import SkillExtractor

        SkillExtractor()
    except Exception as exc:  # noqa: BLE001 - we report whatever it raises
        return f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
    return ""


class SkillExtractorAdapter:
    """`skill-extractor` with our embedder, satisfying core.skills.extract.Extractor."""

    model_id = "skill-extractor"

    def __init__(self, embedder, threshold: float = 0.5) -> None:
        """Load the package's gazetteer and MLP; `embedder` has encode(list[str]) -> (n, 384) unit vectors."""
        import skill_extractor
        from skill_extractor.extractor import SkillExtractor
        from skill_extractor.matcher import KeywordMatcher
        from skill_extractor.mlp import MLP

        data = resources.files("skill_extractor") / "data"
        inner = SkillExtractor.__new__(SkillExtractor)
        with (data / "skills.json").open() as fh:
            inner.matcher = KeywordMatcher(json.load(fh))
        inner.mlp = MLP(str(data / "mlp.json"))
        inner.embedder = embedder
        self.inner, self.threshold = inner, threshold
        self.version = f"skill-extractor-{getattr(skill_extractor, '__version__', '0.2')}"

    def extract(self, text: str, kind: str) -> Extraction:
        """Accepted gazetteer spans (the package's own candidate -> context -> MLP path, offsets kept)."""
        matches = self.inner.matcher.extract(text)
        if not matches:
            return Extraction([], kind)
        words = text.split()
        inputs = []
        for skill, start, _end in matches:  # the package's candidates(), keeping offsets
            at = len(text[:start].split())
            inputs.append(f"{skill} : {' '.join(words[max(0, at - 20):min(len(words), at + 21)])}")
        probs = self.inner.mlp.predict_proba(self.inner.embedder.encode(inputs))
        mentions = [SkillMention(None, skill, text[start:end], start, end, confidence=float(p))
                    for (skill, start, end), p in zip(matches, probs) if p >= self.threshold]
        return Extraction(mentions, kind)
