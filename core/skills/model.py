"""The context model artifact: per document kind, BIO tagger weights per layer plus a learned lexicon.

File: data/models/extractor.npz (numpy npz, no pickle). Arrays per kind K (job | resume):
`clusters.words` / `clusters.ids` / `clusters.k` (the word-class table of core.skills.clusters, shared by the
kinds), `K.rows` (int32 feature rows with a non-zero weight), `K.weights` (float16, rows x 3*layers), `K.trans`
(float32, layers x 4 x 3), `K.bias` (float32, per layer: subtracted from the O score to trade precision for
recall, tuned on held-out data by the trainer), optionally the second stage of core.skills.rerank
(`K.rerank.rows` int32, `K.rerank.weights` and `K.rerank.dense` float32; its mix and threshold in meta), optionally
the BiLSTM of core.skills.neural (`K.neural.*`: word table and affix embeddings float16, the rest float32; its
mixes in meta), optionally the junction model of core.skills.junction (`K.junction.rows` int32,
`K.junction.weights` and `K.junction.dense` float32; its two thresholds in meta);
`meta` is one JSON string: format, hash bits, layers and lexicon
per kind, training recipe and the sha256 of the training files. The model's `version` is MODEL_FORMAT plus six
hex chars of the sha1 of the array bytes, so any retrain that changes a weight changes the extractor version
(and with it the extraction cache key).
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from core.config import PROJECT_ROOT
from core.skills.clusters import WordClusters
from core.skills.features import HASH_BITS
from core.skills.junction import JunctionModel
from core.skills.lexicon import Lexicon
from core.skills.neural import NeuralTagger
from core.skills.rerank import Reranker

MODEL_FORMAT = "m2"  # bump when features or the file layout change (old artifacts then refuse to load)
DEFAULT_MODEL_PATH = PROJECT_ROOT / "data" / "models" / "extractor.npz"


class ModelUnavailable(Exception):
    """The artifact is missing or unusable (the extractor falls back to the lexical gazetteer)."""


@dataclass
class KindModel:
    """Tagger weights and lexicon for one document kind."""

    layers: tuple[str, ...]
    rows: np.ndarray  # int32 feature ids
    weights: np.ndarray  # float16 (len(rows), 3 * len(layers))
    trans: np.ndarray  # float32 (layers, 4, 3)
    bias: np.ndarray  # float32 (layers,)
    lexicon: Lexicon
    rerank: Reranker | None = None  # the optional second stage (core.skills.rerank; jobs)
    neural: NeuralTagger | None = None  # the optional BiLSTM mixed into the emissions (core.skills.neural; jobs)
    junction: JunctionModel | None = None  # the optional list-item splitter (core.skills.junction; jobs)

    def dense(self) -> np.ndarray:
        """Dense float32 weights over the whole hash space (2**HASH_BITS x 3*layers), built once."""
        cached = self.__dict__.get("_dense")
        if cached is None:
            cached = np.zeros((1 << HASH_BITS, self.weights.shape[1]), dtype=np.float32)
            cached[self.rows] = self.weights.astype(np.float32)
            self.__dict__["_dense"] = cached
        return cached


@dataclass
class ExtractorModel:
    """Everything the context extractor loads from the artifact."""

    kinds: dict[str, KindModel]
    meta: dict = field(default_factory=dict)
    version: str = ""
    clusters: WordClusters | None = None  # word classes shared by every kind's features

    def to_bytes(self) -> bytes:
        """The npz payload (deterministic for equal content)."""
        arrays: dict[str, np.ndarray] = {}
        meta = dict(self.meta, format=MODEL_FORMAT, hash_bits=HASH_BITS, kinds={})
        for kind, km in sorted(self.kinds.items()):
            arrays[f"{kind}.rows"] = km.rows.astype(np.int32)
            arrays[f"{kind}.weights"] = km.weights.astype(np.float16)
            arrays[f"{kind}.trans"] = km.trans.astype(np.float32)
            arrays[f"{kind}.bias"] = km.bias.astype(np.float32)
            meta["kinds"][kind] = {"layers": list(km.layers), "lexicon": km.lexicon.to_dict()}
            if km.rerank is not None:
                arrays.update(_rerank_arrays(kind, km.rerank))
                meta["kinds"][kind]["rerank"] = {"mix": km.rerank.mix, "threshold": km.rerank.threshold}
            if km.neural is not None:
                arrays.update(km.neural.to_arrays(f"{kind}.neural"))
                meta["kinds"][kind]["neural"] = {"mix": km.neural.mix, "skill_mix": km.neural.skill_mix,
                                                 "hidden": km.neural.hidden}
            if km.junction is not None:
                arrays.update(_junction_arrays(kind, km.junction))
                meta["kinds"][kind]["junction"] = {"threshold": km.junction.threshold,
                                                   "merge": km.junction.merge_threshold}
        if self.clusters is not None:
            arrays.update(self.clusters.to_arrays())
        arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        return buf.getvalue()

    def save(self, path: Path) -> str:
        """Write the artifact; returns its version."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = self.to_bytes()
        path.write_bytes(payload)
        self.version = model_version(self)
        return self.version


def model_version(model: ExtractorModel) -> str:
    """MODEL_FORMAT + '.' + six hex chars of the sha1 over weights, transitions, biases and lexicons."""
    digest = hashlib.sha1(MODEL_FORMAT.encode())
    for kind, km in sorted(model.kinds.items()):
        digest.update(kind.encode())
        for arr in (km.rows.astype(np.int32), km.weights.astype(np.float16), km.trans.astype(np.float32),
                    km.bias.astype(np.float32)):
            digest.update(np.ascontiguousarray(arr).tobytes())
        digest.update(json.dumps(km.lexicon.to_dict(), sort_keys=True).encode())
        if km.rerank is not None:
            for arr in _rerank_arrays(kind, km.rerank).values():
                digest.update(np.ascontiguousarray(arr).tobytes())
            digest.update(f"{km.rerank.mix}|{km.rerank.threshold}".encode())
        if km.neural is not None:
            for arr in km.neural.to_arrays(f"{kind}.neural").values():
                digest.update(np.ascontiguousarray(arr).tobytes())
            digest.update(f"neural|{km.neural.mix}|{km.neural.skill_mix}".encode())
        if km.junction is not None:
            for arr in _junction_arrays(kind, km.junction).values():
                digest.update(np.ascontiguousarray(arr).tobytes())
            digest.update(f"junction|{km.junction.threshold}|{km.junction.merge_threshold}".encode())
    if model.clusters is not None:
        for arr in model.clusters.to_arrays().values():
            digest.update(np.ascontiguousarray(arr).tobytes())
    return f"{MODEL_FORMAT}.{digest.hexdigest()[:6]}"


def _rerank_arrays(kind: str, r: Reranker) -> dict[str, np.ndarray]:
    """The npz arrays of a kind's second stage."""
    return {f"{kind}.rerank.rows": r.rows.astype(np.int32), f"{kind}.rerank.weights": r.weights.astype(np.float32),
            f"{kind}.rerank.dense": r.dense.astype(np.float32)}


def _junction_arrays(kind: str, j: JunctionModel) -> dict[str, np.ndarray]:
    """The npz arrays of a kind's junction model."""
    return {f"{kind}.junction.rows": j.rows.astype(np.int32), f"{kind}.junction.weights": j.weights.astype(np.float32),
            f"{kind}.junction.dense": j.dense.astype(np.float32)}


def load_model(path: Path | None = None) -> ExtractorModel:
    """Read the artifact (ModelUnavailable with the reason when it is missing or of another format)."""
    path = path or DEFAULT_MODEL_PATH
    if not path.is_file():
        raise ModelUnavailable(f"no model artifact at {path} (run: python -m core train-extractor)")
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("format") != MODEL_FORMAT or meta.get("hash_bits") != HASH_BITS:
                raise ModelUnavailable(f"model artifact {path.name} has format {meta.get('format')!r}, "
                                       f"this code reads {MODEL_FORMAT!r} (retrain: python -m core train-extractor)")
            kinds = {}
            for kind, info in meta["kinds"].items():
                rr = info.get("rerank")
                rerank = None if not rr else Reranker(
                    data[f"{kind}.rerank.rows"], data[f"{kind}.rerank.weights"], data[f"{kind}.rerank.dense"],
                    float(rr["mix"]), float(rr["threshold"]))
                nn = info.get("neural")
                neural = NeuralTagger.from_arrays(data, f"{kind}.neural", nn["mix"], nn.get("skill_mix", 0.0)) \
                    if nn else None
                jj = info.get("junction")
                junction = JunctionModel(data[f"{kind}.junction.rows"], data[f"{kind}.junction.weights"],
                                         data[f"{kind}.junction.dense"], float(jj["threshold"]),
                                         float(jj["merge"])) if jj else None
                kinds[kind] = KindModel(
                    tuple(info["layers"]), data[f"{kind}.rows"], data[f"{kind}.weights"], data[f"{kind}.trans"],
                    data[f"{kind}.bias"], Lexicon.from_dict(info["lexicon"]), rerank, neural, junction,
                )
            clusters = WordClusters.from_arrays(data["clusters.words"], data["clusters.ids"], data["clusters.k"]) \
                if "clusters.ids" in data.files else None
    except (OSError, ValueError, KeyError) as exc:
        raise ModelUnavailable(f"model artifact {path} is unreadable: {exc}") from exc
    model = ExtractorModel(kinds, meta, clusters=clusters)
    model.version = model_version(model)
    return model


@lru_cache(maxsize=4)
def _cached(path: Path, mtime_ns: int, size: int) -> ExtractorModel:
    """load_model memoised on the file's identity (a retrained artifact is re-read)."""
    return load_model(path)


def cached_model(path: Path | None = None) -> ExtractorModel:
    """The artifact at `path` (default DEFAULT_MODEL_PATH), loaded once per process and file version."""
    path = Path(path or DEFAULT_MODEL_PATH)
    try:
        stat = path.stat()
    except OSError:
        raise ModelUnavailable(f"no model artifact at {path} (run: python -m core train-extractor)") from None
    return _cached(path, stat.st_mtime_ns, stat.st_size)


def sparse_weights(dense: np.ndarray, min_abs: float = 1e-3) -> tuple[np.ndarray, np.ndarray]:
    """(rows, float16 weights) of the rows with any |weight| >= min_abs (scaled to fit float16)."""
    keep = np.nonzero(np.abs(dense).max(axis=1) >= min_abs)[0].astype(np.int32)
    return keep, dense[keep].astype(np.float16)
