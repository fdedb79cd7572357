"""Training the context model from the shared data, reproducibly (fixed seeds, deterministic folds).

- Jobs: SkillSpan train (layers knowledge and skill); the per-layer O-bias is tuned on SkillSpan dev.
- Resumes: dotin, layer "skills" (Tech Tools + Job Specific Skills + Soft Skills). Fold of a resume =
  int(sha1(id), 16) % 5. Fold 0 is HELD OUT: never trained or tuned on, only reported by `python -m core eval`.
  The bias is tuned on fold 1 with a model trained on folds 2-4; the final model is trained on folds 1-4.
- Word classes (core.skills.clusters) are computed before training by the train-extractor command from the
  training texts, the taxonomy and the embedding model's vocabulary (training_vocabulary), never the held-out fold.
- Jobs also get the BiLSTM of core.skills.neural (core.skills.neural_training) on SkillSpan train, over the
  embeddings of the word-class vocabulary, when the caller passes them (train-extractor does).
- Lexicon features come from other folds during training (5-fold jackknife over the training documents) and
  from all training documents in the artifact.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.evaluation.datasets import GoldDoc
from core.evaluation.metrics import Counts, Tokens as MetricTokens, overlap_counts, strict_counts
from core.skills.clusters import WordClusters, cluster_vocabulary
from core.skills.contextual import analyse, feature_space, line_starts
from core.skills.features import HASH_BITS
from core.skills.gazetteer import GazetteerExtractor
from core.skills.junction import Compounds, JunctionModel, Junctions, WordVectors
from core.skills.junction_training import fit_junctions, jackknifed_log_probs, junction_examples
from core.skills.lexicon import learn_lexicon
from core.skills.model import ExtractorModel, KindModel, sparse_weights
from core.skills.neural_training import NeuralConfig, train_neural, word_table
from core.skills.rerank_training import JOB_LAYERS, fit_reranker, score_unit
from core.skills.tagger import Scorer, Sequence, decode, make_sequence, spans, train_perceptron
from core.skills.tokens import Tokens
from core.taxonomy.models import Taxonomy

RESUME_LAYERS = ("skills",)
HELDOUT_FOLD, TUNE_FOLD, N_FOLDS = 0, 1, 5


@dataclass(frozen=True)
class TrainConfig:
    """The training recipe (recorded in the artifact's meta)."""

    epochs: int = 30
    seed: int = 7
    lexicon_folds: int = 5
    # O-bias candidates, in units of the median |emission margin| on the tuning documents
    bias_grid: tuple[float, ...] = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.75, 0.9, 1.0,
                                    1.1, 1.25, 1.5, 2.0)
    # job second stage (core.skills.rerank): jackknife folds, L2 strength, selection mix and threshold (the last
    # two picked on SkillSpan dev at the extractor level; the threshold again with the BiLSTM mixed in: 0.55 -> 0.4)
    rerank_folds: int = 5
    rerank_c: float = 0.1
    rerank_mix: float = 0.5
    rerank_threshold: float = 0.4
    # job list-item splitter (core.skills.junction): cut below / join above P(link) (picked on SkillSpan dev)
    junction_threshold: float = 0.5
    junction_merge: float = 0.9
    junction_folds: int = 5  # jackknifed BiLSTMs whose log-probabilities the splitter learns from


@dataclass
class TrainReport:
    """What training measured while tuning (per kind and layer: bias -> scores)."""

    tuning: dict = field(default_factory=dict)


def resume_fold(doc_id: str) -> int:
    """The fold (0-4) of a resume: sha1 of its id, modulo 5 (fold 0 is the held-out fold)."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % N_FOLDS


def gold_tags(tokens: Tokens, gold: tuple[tuple[int, int], ...]) -> list[int]:
    """B/I/O (1/2/0) per token: tokens intersecting a gold span, the first one B."""
    tags = [0] * len(tokens)
    for start, end in sorted(gold):
        i = bisect_left(tokens.ends, start + 1)
        first = True
        while i < len(tags) and tokens.starts[i] < end:
            tags[i] = 1 if first or tokens.line[i] != tokens.line[i - 1] else 2
            first = False
            i += 1
    return tags


def neural_rows(prepared: list[tuple]) -> list[tuple]:
    """(words, codes, lines, Knowledge tags, Skill tags) per prepared posting (core.skills.neural_training rows)."""
    return [(tokens.words, ctx.codes, tokens.line, gold_tags(tokens, doc.layers["knowledge"]),
             gold_tags(tokens, doc.layers["skill"])) for doc, _, tokens, ctx in prepared]


def _sequences(tokens: Tokens, ids: list[np.ndarray], tags: list[int]) -> list[Sequence]:
    """One training sequence per line."""
    out, lo = [], 0
    starts = line_starts(tokens)
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or starts[i]:
            out.append(make_sequence(ids[lo:i], tags[lo:i], [True] + [False] * (i - lo - 1)))
            lo = i
    return out


class Trainer:
    """Trains one KindModel at a time over a taxonomy."""

    def __init__(self, taxonomy: Taxonomy, config: TrainConfig | None = None,
                 clusters: WordClusters | None = None) -> None:
        """Compile the gazetteer and feature space (with the word clusters, if any) once."""
        self.config = config or TrainConfig()
        self.gazetteer = GazetteerExtractor(taxonomy)
        self.space = feature_space(self.gazetteer, clusters)

    def _prepared(self, docs: list[GoldDoc], kind: str, layers: tuple[str, ...]):
        """(doc, lexical pass, tokens, context) per doc, with jackknifed lexicon features."""
        k = self.config.lexicon_folds
        out = []
        for fold in range(k):
            lexicon = learn_lexicon([d for i, d in enumerate(docs) if i % k != fold], layers)
            for i, doc in enumerate(docs):
                if i % k == fold:
                    out.append((i, doc, *analyse(self.gazetteer, doc.text, kind, lexicon)))
        return [row[1:] for row in sorted(out, key=lambda r: r[0])]

    def fit(self, docs: list[GoldDoc], kind: str, layers: tuple[str, ...]) -> KindModel:
        """Tagger weights per layer (bias 0) and the full lexicon."""
        prepared = self._prepared(docs, kind, layers)
        ids = [self.space.token_ids(tokens, ctx) for _, _, tokens, ctx in prepared]
        weights, trans = [], []
        for layer in layers:
            seqs = []
            for (doc, _, tokens, _), doc_ids in zip(prepared, ids):
                seqs += _sequences(tokens, doc_ids, gold_tags(tokens, doc.layers[layer]))
            w, t = train_perceptron(seqs, 1 << HASH_BITS, self.config.epochs, self.config.seed)
            weights.append(w)
            trans.append(t)
        dense = np.concatenate(weights, axis=1)
        scale = float(np.abs(dense).max()) / 1000.0 or 1.0  # float16-friendly magnitudes
        rows, packed = sparse_weights(dense / scale)
        return KindModel(layers, rows, packed, (np.stack(trans) / scale).astype(np.float32),
                         np.zeros(len(layers), np.float32), learn_lexicon(docs, layers))

    def tune(self, km: KindModel, docs: list[GoldDoc], kind: str) -> tuple[np.ndarray, dict, float]:
        """(best bias per layer, scores per bias, score scale) on tuning docs."""
        scorer = Scorer(km.dense(), self.space)
        prepared = [(doc, *analyse(self.gazetteer, doc.text, kind, km.lexicon)) for doc in docs]
        ems = [scorer.emissions(tokens, ctx).astype(np.float64) for _, _, tokens, ctx in prepared]
        unit = score_unit(ems)
        best, table = [], {}
        for li, layer in enumerate(km.layers):
            rows = {}
            for step in self.config.bias_grid:
                strict, overlap = Counts(), Counts()
                for (doc, _, tokens, _), em in zip(prepared, ems):
                    e = em[:, 3 * li:3 * li + 3].copy()
                    e[:, 0] -= step * unit
                    pred = spans(decode(e, line_starts(tokens), km.trans[li]), tokens)
                    gold = list(doc.layers[layer])
                    strict.add(strict_counts(pred, gold))
                    overlap.add(overlap_counts(pred, gold, MetricTokens(doc.text)))
                rows[step] = {"strict_f1": round(strict.f1, 4), "overlap_f1": round(overlap.f1, 4),
                              "objective": round(_objective(layer, strict, overlap), 4)}
            pick = max(rows, key=lambda s: (rows[s]["objective"], -s))
            best.append(pick * unit)
            table[layer] = {"unit": round(unit, 4), "picked": pick, "grid": rows}
        return np.array(best, np.float32), table, unit

    def fit_neural(self, docs: list[GoldDoc], words: list[str], vectors: np.ndarray,
                   config: NeuralConfig | None = None):
        """The postings BiLSTM (core.skills.neural) on `docs` with jackknifed lexicon tags, over the word vectors
        (`words` x unit `vectors`, PCA-reduced here)."""
        return train_neural(neural_rows(self._prepared(docs, "job", JOB_LAYERS)), words, word_table(words, vectors),
                            config)

    def fit_junction(self, docs: list[GoldDoc], km: KindModel, config: NeuralConfig | None = None
                     ) -> JunctionModel | None:
        """The list-item splitter (core.skills.junction) on the Knowledge gold of `docs`, over km's word table,
        with the log-probabilities of BiLSTMs (recipe `config`) trained without each posting's fold."""
        compounds = Compounds.of_taxonomy(self.gazetteer.taxonomy)
        vectors = WordVectors(km.neural.words, km.neural.vectors)
        prepared = self._prepared(docs, "job", JOB_LAYERS)
        k = self.config.junction_folds
        log_probs = [None] * len(docs)
        if k > 1 and len(docs) >= k:
            log_probs = jackknifed_log_probs(neural_rows(prepared), km.neural.words,
                                             km.neural.vectors.astype(np.float32), config, k)
        examples = []
        for (doc, lex, tokens, _), lp in zip(prepared, log_probs):
            ctx = Junctions(tokens, [(c.start, c.end) for c in lex.candidates], self.space.clusters, compounds,
                            vectors, log_probs=lp)
            examples += junction_examples(ctx, gold_tags(tokens, doc.layers["knowledge"]))
        return fit_junctions(examples, self.config.junction_threshold, self.config.junction_merge)


def _objective(layer: str, strict: Counts, overlap: Counts) -> float:
    """What the bias is tuned for: strict + overlap F1 for knowledge, overlap F1 otherwise."""
    return strict.f1 + overlap.f1 if layer == "knowledge" else overlap.f1


def training_vocabulary(taxonomy: Taxonomy, jobs_train: list[GoldDoc], resumes: list[GoldDoc],
                        wordpieces: list[str] = ()) -> list[str]:
    """The word types clustered at training time: SkillSpan train, the non-held-out resumes, every taxonomy name
    and alias, and `wordpieces` (whole words of the embedding model's vocabulary). Never the held-out fold."""
    pool = [d.text for d in resumes if resume_fold(d.id) != HELDOUT_FOLD]
    names = [f for s in taxonomy.skills.values() for f in (s.name, *s.aliases)]
    return cluster_vocabulary([d.text for d in jobs_train] + pool + names, list(wordpieces))


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file (recorded in the artifact's meta)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train_model(taxonomy: Taxonomy, jobs_train: list[GoldDoc], jobs_tune: list[GoldDoc],
                resumes: list[GoldDoc], config: TrainConfig | None = None, clusters: WordClusters | None = None,
                word_vectors: tuple[list[str], np.ndarray] | None = None, neural: NeuralConfig | None = None
                ) -> tuple[ExtractorModel, TrainReport]:
    """The full artifact: a job model (tuned on jobs_tune) and a resume model (folds as documented above), with
    the word clusters (core.skills.clusters) their features use; with `word_vectors` (the clustered words and
    their unit embeddings) the job model also gets the BiLSTM of core.skills.neural."""
    trainer = Trainer(taxonomy, config, clusters)
    report = TrainReport()
    kinds, scales = {}, {}
    if jobs_train:
        km = trainer.fit(jobs_train, "job", JOB_LAYERS)
        if jobs_tune:
            km.bias, report.tuning["job"], scales["job"] = trainer.tune(km, jobs_tune, "job")
            if trainer.config.rerank_folds > 1 and len(jobs_train) >= trainer.config.rerank_folds:
                picks = tuple(float(b) / scales["job"] for b in km.bias)
                km.rerank = fit_reranker(trainer, jobs_train, picks)
        if word_vectors is not None:
            km.neural = trainer.fit_neural(jobs_train, *word_vectors, neural)
            km.junction = trainer.fit_junction(jobs_train, km, neural)
        kinds["job"] = km
    pool = [d for d in resumes if resume_fold(d.id) != HELDOUT_FOLD]
    if pool:
        tune = [d for d in pool if resume_fold(d.id) == TUNE_FOLD]
        rest = [d for d in pool if resume_fold(d.id) != TUNE_FOLD]
        bias = np.zeros(len(RESUME_LAYERS), np.float32)
        if tune and rest:
            probe = trainer.fit(rest, "resume", RESUME_LAYERS)
            bias, report.tuning["resume"], scales["resume"] = trainer.tune(probe, tune, "resume")
        km = trainer.fit(pool, "resume", RESUME_LAYERS)
        km.bias = bias
        kinds["resume"] = km
    cfg = trainer.config
    meta = {"recipe": {"epochs": cfg.epochs, "seed": cfg.seed, "lexicon_folds": cfg.lexicon_folds,
                       "bias_grid": list(cfg.bias_grid), "rerank": {"folds": cfg.rerank_folds, "c": cfg.rerank_c,
                       "mix": cfg.rerank_mix, "threshold": cfg.rerank_threshold},
                       "junction": {"threshold": cfg.junction_threshold, "merge": cfg.junction_merge,
                                    "folds": cfg.junction_folds},
                       "resume_heldout_fold": HELDOUT_FOLD,
                       "resume_folds": "int(sha1(id), 16) % 5"},
            "taxonomy": f"{taxonomy.version}+{trainer.gazetteer.index.fingerprint}",
            "score_scale": {k: round(v, 4) for k, v in scales.items()},
            "training_docs": {"job": len(jobs_train), "resume": len(pool)}}
    if "job" in kinds and kinds["job"].neural is not None:
        meta["recipe"]["neural"] = (neural or NeuralConfig()).to_dict()
    return ExtractorModel(kinds, meta, clusters=clusters), report
