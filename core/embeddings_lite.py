"""all-MiniLM-L6-v2 for a few short texts without torch: the same weights (model.safetensors at the model's local
path, core.embeddings.default_model_path), its tokenizer.json, a numpy BERT forward pass, mean pooling, unit length.

For one-off queries (a job title to place) where importing torch + sentence-transformers would cost seconds: this
loads in well under a second and embeds a title in milliseconds. Vectors equal core.embeddings.Embedder's to float32
rounding (tests/taxonomy/test_title_vectors_quality.py). Not for bulk encoding: one text at a time, no batching.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from core.embeddings import DIM, MODEL_ID

MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis."""
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact (erf) GELU."""
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class LiteEncoder:
    """Lazy numpy MiniLM: loads tokenizer and weights on first use; thread-safe; `encode` like Embedder.encode."""

    model_id = MODEL_ID

    def __init__(self, model_path: Path):
        self.model_path = Path(model_path)
        self._lock = threading.Lock()
        self._weights: dict[str, np.ndarray] | None = None
        self._tokenizer = None
        self._config: dict = {}

    def _load(self) -> None:
        with self._lock:
            if self._weights is None:
                from safetensors.numpy import load_file
                from tokenizers import Tokenizer

                self._config = json.loads((self.model_path / "config.json").read_text(encoding="utf-8"))
                tokenizer = Tokenizer.from_file(str(self.model_path / "tokenizer.json"))
                tokenizer.no_padding()
                tokenizer.enable_truncation(MAX_TOKENS)
                self._tokenizer = tokenizer
                self._weights = load_file(str(self.model_path / "model.safetensors"))

    def _w(self, name: str) -> np.ndarray:
        return self._weights[name]

    def _layer(self, x: np.ndarray, i: int) -> np.ndarray:
        """One encoder layer (self-attention, then the feed-forward block), post-LayerNorm as in BERT."""
        p, heads, eps = f"encoder.layer.{i}.", self._config["num_attention_heads"], self._config["layer_norm_eps"]
        n, hidden = x.shape
        size = hidden // heads

        def dense(name: str, v: np.ndarray) -> np.ndarray:  # einsum, not BLAS: tiny products, no thread spin-up
            return np.einsum("ij,kj->ik", v, self._w(p + name + ".weight")) + self._w(p + name + ".bias")

        q, k, v = (dense(f"attention.self.{m}", x).reshape(n, heads, size).transpose(1, 0, 2)
                   for m in ("query", "key", "value"))
        scores = np.einsum("hid,hjd->hij", q, k) / np.sqrt(size)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        attended = np.einsum("hij,hjd->hid", scores / scores.sum(axis=-1, keepdims=True), v)
        attended = attended.transpose(1, 0, 2).reshape(n, hidden)
        x = _layer_norm(dense("attention.output.dense", attended) + x, self._w(p + "attention.output.LayerNorm.weight"),
                        self._w(p + "attention.output.LayerNorm.bias"), eps)
        out = dense("output.dense", _gelu(dense("intermediate.dense", x)))
        return _layer_norm(out + x, self._w(p + "output.LayerNorm.weight"), self._w(p + "output.LayerNorm.bias"), eps)

    def _embed(self, text: str) -> np.ndarray:
        """Mean-pooled, unit-length sentence vector of one text."""
        ids = np.array(self._tokenizer.encode(text).ids, dtype=np.int64)
        eps = self._config["layer_norm_eps"]
        x = (self._w("embeddings.word_embeddings.weight")[ids]
             + self._w("embeddings.position_embeddings.weight")[: len(ids)]
             + self._w("embeddings.token_type_embeddings.weight")[0])
        x = _layer_norm(x, self._w("embeddings.LayerNorm.weight"), self._w("embeddings.LayerNorm.bias"), eps)
        for i in range(self._config["num_hidden_layers"]):
            x = self._layer(x, i)
        pooled = x.mean(axis=0)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-normalised float32 embeddings, shape (len(texts), 384)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        self._load()
        return np.stack([self._embed(text) for text in texts])


_SHARED: dict[Path, LiteEncoder] = {}
_SHARED_LOCK = threading.Lock()


def lite_encoder(model_path: Path) -> LiteEncoder:
    """The one LiteEncoder per model path in this process."""
    path = Path(model_path)
    with _SHARED_LOCK:
        return _SHARED.setdefault(path, LiteEncoder(path))
