"""The extraction contract: text -> Extraction (mentions with exact offsets plus document facts).

Every extractor (the lexical gazetteer, the context extractor over it; LLM mappers later) implements `Extractor`.
`version` names the code *and* the data it depends on (the taxonomy version plus a fingerprint of its compiled forms), so the extraction cache
(core.skills.cache) starts a new row whenever either changes; `model_id` names the model ("gazetteer" when none).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from core.skills.models import Extraction
from core.taxonomy.models import Taxonomy

EXTRACTOR_VERSION = "gaz-2"  # bump when gazetteer rules change (gaz-2: inline "Requirements:"); + taxonomy version
CONTEXT_VERSION = "ctx-9"  # bump when the context code changes (ctx-2 list items, ctx-3 inline cue, ctx-4 rerank,
# ctx-5 the postings BiLSTM of core.skills.neural, ctx-6 the list-item splitter of core.skills.junction, ctx-7 the
# splitter reads the BiLSTM's log-probabilities, ctx-8 the listed-skill floor of core.skills.predicted.listed,
# ctx-9 resume levels from dated roles, core.skills.levels)
MAX_VERSION_LEN = 40  # DocumentExtraction.extractor_version column width


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns a job posting or resume text into an Extraction."""

    version: str
    model_id: str

    def extract(self, text: str, kind: str) -> Extraction:
        """Mentions (with `text[m.start:m.end] == m.surface`) and document facts for `text`."""
        ...


def combined_version(code_version: str, taxonomy: Taxonomy, fingerprint: str = "") -> str:
    """`<code version>+<taxonomy version>[+<fingerprint>]`, fitted to the cache column width (the fingerprint of
    the compiled data is kept whole, so an edited taxonomy without a version bump still gets new cache rows)."""
    tail = f"+{fingerprint}" if fingerprint else ""
    return f"{code_version}+{taxonomy.version}"[:MAX_VERSION_LEN - len(tail)] + tail


def make_extractor(taxonomy: Taxonomy, embedder=None, *, model_path=None, gate_settings=None,
                   resume_tagger_path=None) -> Extractor:
    """The default extractor: the context model over the gazetteer (core.skills.contextual), mapping open-vocabulary
    spans through the CRAG-style gate with `embedder` (literal/alias-only without one), and for resumes the
    transformer judge over it (core.skills.resume_judge; jobs pass through). When the model artifact
    (data/models/extractor.npz) is missing or unreadable it degrades to the lexical gazetteer, and without the
    resume tagger (data/models/resume_tagger.safetensors, torch) resumes get the context model's mentions; both
    say so in every extraction's diagnostics."""
    from core.skills.contextual import ContextExtractor
    from core.skills.model import ModelUnavailable, cached_model
    from core.skills.resume_judge import ArtifactSource, ResumeJudge

    try:
        model, error = cached_model(model_path), None
    except ModelUnavailable as exc:
        model, error = None, str(exc)
    context = ContextExtractor(taxonomy, model, embedder=embedder, gate_settings=gate_settings, model_error=error)
    return ResumeJudge(context, ArtifactSource(resume_tagger_path))
