"""The resume token tagger: all-MiniLM-L6-v2 with its top layers fine-tuned as a B/I/O "skills" tagger.

The base weights are the packaged all-MiniLM-L6-v2 (core.embeddings.default_model_path, loaded by path with
HF_HUB_OFFLINE=1); the artifact (data/models/resume_tagger.safetensors) holds only the fine-tuned top layers
(`layers.<i>.*`, i counted from the first fine-tuned layer, `frozen` in the metadata) and the linear head
(`head.weight`, `head.bias`), in float16. Its safetensors metadata (a JSON string per key, readable without torch
by `read_meta`) carries the version ("rt1." + six hex chars of the sha1 of the tensors and the recipe), the window
(`size` wordpieces, `stride`) and the judge thresholds the trainer tuned (`keep`, `add`).

A text is cut into windows of `size` wordpieces (plus [CLS]/[SEP]) every `stride` pieces; a piece's B/I/O
probabilities are the mean over the windows holding it. Nothing here imports torch at import time.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from core.config import PROJECT_ROOT

TAGGER_FORMAT = "rt1"
DEFAULT_TAGGER_PATH = PROJECT_ROOT / "data" / "models" / "resume_tagger.safetensors"
LABELS = ("O", "B", "I")


class TaggerUnavailable(Exception):
    """The artifact, torch/transformers or the base model is missing or unusable."""


def read_meta(path: Path) -> dict:
    """The artifact's metadata (values JSON-decoded) from the safetensors header, without torch."""
    try:
        with Path(path).open("rb") as fh:
            (length,) = struct.unpack("<Q", fh.read(8))
            header = json.loads(fh.read(length))
    except (OSError, ValueError, struct.error) as exc:
        raise TaggerUnavailable(f"resume tagger artifact {path} is unreadable: {exc}") from exc
    meta = {k: json.loads(v) for k, v in header.get("__metadata__", {}).items()}
    if meta.get("format") != TAGGER_FORMAT:
        raise TaggerUnavailable(f"resume tagger artifact {Path(path).name} has format {meta.get('format')!r}, "
                                f"this code reads {TAGGER_FORMAT!r} (retrain: python -m core train-resume-tagger)")
    return meta


def windows(n: int, size: int, stride: int) -> list[tuple[int, int]]:
    """[lo, hi) piece windows of `size` (the last one ends at n) covering 0..n."""
    if n <= size:
        return [(0, n)]
    out, lo = [], 0
    while True:
        hi = min(lo + size, n)
        out.append((max(0, hi - size), hi))
        if hi == n:
            return out
        lo += stride


def piece_labels(offsets: np.ndarray, gold) -> np.ndarray:
    """B/I/O (1/2/0) per wordpiece: pieces intersecting a gold character span, the first one B."""
    labels = np.zeros(len(offsets), np.int64)
    for start, end in sorted(gold):
        idx = np.nonzero((offsets[:, 1] > start) & (offsets[:, 0] < end))[0]
        if len(idx):
            labels[idx] = 2
            labels[idx[0]] = 1
    return labels


def decode_spans(offsets: np.ndarray, probs: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Character spans of runs of pieces with P(B) + P(I) > threshold (a B-leaning piece starting a word opens a
    new span; pieces inside one word never split)."""
    inside = (1.0 - probs[:, 0]) > threshold
    out: list[tuple[int, int]] = []
    cur: list[int] | None = None
    for i in np.nonzero(inside)[0].tolist():
        joined = cur is not None and inside[i - 1] and i > 0
        same_word = joined and offsets[i, 0] == offsets[i - 1, 1]
        if joined and (same_word or probs[i, 2] >= probs[i, 1]):
            cur[1] = int(offsets[i, 1])
            continue
        if cur is not None:
            out.append((cur[0], cur[1]))
        cur = [int(offsets[i, 0]), int(offsets[i, 1])]
    if cur is not None:
        out.append((cur[0], cur[1]))
    return out


def span_scores(offsets: np.ndarray, probs: np.ndarray, spans: list[tuple[int, int]]) -> list[float]:
    """Mean P(B) + P(I) over the pieces intersecting each character span (0 when none does). With offsets in text
    order (a tokenizer's) the pieces of a span are one run, found by binary search: linear in spans + pieces."""
    inside = 1.0 - probs[:, 0]
    starts, ends = np.asarray(offsets[:, 0]), np.asarray(offsets[:, 1])
    if not (np.all(starts[1:] >= starts[:-1]) and np.all(ends[1:] >= ends[:-1])):
        return [_scan_score(starts, ends, inside, start, end) for start, end in spans]
    out = []
    for start, end in spans:
        lo, hi = int(np.searchsorted(ends, start, "right")), int(np.searchsorted(starts, end, "left"))
        out.append(float(inside[lo:hi].mean()) if hi > lo else 0.0)
    return out


def _scan_score(starts: np.ndarray, ends: np.ndarray, inside: np.ndarray, start: int, end: int) -> float:
    """span_scores for one span by a scan of every piece (offsets out of order)."""
    idx = np.nonzero((ends > start) & (starts < end))[0]
    return float(inside[idx].mean()) if len(idx) else 0.0


@dataclass
class Tagged:
    """A text's wordpieces (character offsets, shape (n, 2)) and their B/I/O probabilities (n, 3)."""

    offsets: np.ndarray
    probs: np.ndarray


class ResumeTagger:
    """The loaded tagger (torch model, tokenizer, head); build with `load_tagger`."""

    def __init__(self, tokenizer, model, head, meta: dict, bf16: bool) -> None:
        """Wrap a loaded tokenizer, a base model with fine-tuned top layers and the head."""
        self.tokenizer, self.model, self.head, self.meta, self.bf16 = tokenizer, model, head, meta, bf16
        self.size, self.stride = int(meta["size"]), int(meta["stride"])
        self.version = meta["version"]

    def pieces(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(wordpiece ids, character offsets) of `text`, without special tokens."""
        enc = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        return np.asarray(enc["input_ids"], np.int64), np.asarray(enc["offset_mapping"], np.int64).reshape(-1, 2)

    def tag(self, text: str, batch: int = 16) -> Tagged:
        """Per-wordpiece B/I/O probabilities (mean over overlapping windows)."""
        import torch

        ids, offsets = self.pieces(text)
        total, count = np.zeros((len(ids), 3)), np.zeros(len(ids))
        spans = windows(len(ids), self.size, self.stride) if len(ids) else []
        tok = self.tokenizer
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            for j in range(0, len(spans), batch):
                part = spans[j:j + batch]
                inp = torch.full((len(part), self.size + 2), tok.pad_token_id, dtype=torch.long)
                att = torch.zeros_like(inp)
                for b, (lo, hi) in enumerate(part):
                    inp[b, 0], inp[b, hi - lo + 1] = tok.cls_token_id, tok.sep_token_id
                    inp[b, 1:hi - lo + 1] = torch.from_numpy(ids[lo:hi])
                    att[b, :hi - lo + 2] = 1
                hidden = self.model(input_ids=inp, attention_mask=att).last_hidden_state
                probs = torch.softmax(self.head(hidden).float(), -1).numpy()
                for b, (lo, hi) in enumerate(part):
                    total[lo:hi] += probs[b, 1:hi - lo + 1]
                    count[lo:hi] += 1
        return Tagged(offsets, total / np.maximum(count, 1)[:, None])


# The packaged all-MiniLM-L6-v2 on BASE_PROBE (fp32): wordpiece ids and the first dims of the mean last hidden state.
# The artifact's top layers were trained on this base's outputs; a base that differs (another tokenizer, weights or
# BERT implementation) makes the tagger unusable, so it is refused rather than run.
BASE_PROBE = "Python, SQL and Docker on AWS"
BASE_PROBE_IDS = (101, 18750, 1010, 29296, 1998, 8946, 2121, 2006, 22091, 2015, 102)
BASE_PROBE_MEAN = (-0.0504, 0.0222, -0.3331, 0.2011, -0.0573, -0.6123)


def check_base(tokenizer, model, atol: float = 2e-3) -> None:
    """TaggerUnavailable unless the base tokenizer and model reproduce the recorded BASE_PROBE outputs."""
    import torch

    ids = tuple(tokenizer(BASE_PROBE)["input_ids"])
    if ids != BASE_PROBE_IDS:
        raise TaggerUnavailable(f"resume tagger base tokenizer changed: {ids} != {BASE_PROBE_IDS}")
    with torch.inference_mode():
        got = model(input_ids=torch.tensor([ids])).last_hidden_state[0].float().mean(0)[:len(BASE_PROBE_MEAN)]
    if not np.allclose(got.numpy(), BASE_PROBE_MEAN, atol=atol):
        raise TaggerUnavailable(f"resume tagger base model output changed: {np.round(got.numpy(), 4).tolist()} "
                                f"!= {list(BASE_PROBE_MEAN)}")


def load_top(model, head, tensors: dict, frozen: int) -> None:
    """Load the artifact's layers.<i>.* into model layers frozen.. and head.* into `head`; the key sets must match
    exactly (TaggerUnavailable names the missing and unexpected keys), shapes are checked by load_state_dict."""
    top = model.encoder.layer[frozen:] if 0 <= frozen < len(model.encoder.layer) else []
    expected = {f"layers.{i}.{k}" for i, layer in enumerate(top) for k in layer.state_dict()}
    expected |= {"head.weight", "head.bias"}
    missing, unexpected = sorted(expected - tensors.keys()), sorted(tensors.keys() - expected)
    if not top or missing or unexpected:
        raise TaggerUnavailable(f"resume tagger artifact does not fit the base model above layer {frozen} "
                                f"({len(model.encoder.layer)} layers): missing {missing[:5]}, "
                                f"unexpected {unexpected[:5]}")
    for i, layer in enumerate(top):
        layer.load_state_dict({k.split(".", 2)[2]: v for k, v in tensors.items() if k.startswith(f"layers.{i}.")})
    head.load_state_dict({"weight": tensors["head.weight"], "bias": tensors["head.bias"]})


def load_tagger(path: Path | None = None, base_path: Path | None = None) -> ResumeTagger:
    """Base all-MiniLM-L6-v2 (by path, offline) with the artifact's top layers and head (TaggerUnavailable)."""
    path = Path(path or DEFAULT_TAGGER_PATH)
    if not path.is_file():
        raise TaggerUnavailable(f"no resume tagger at {path} (run: python -m core train-resume-tagger)")
    meta = read_meta(path)
    try:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from safetensors.torch import load_file
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        from core.embeddings import bf16_supported, default_model_path

        hf_logging.set_verbosity_error()  # no weight-loading bar; long resumes are windowed, not truncated
        hf_logging.disable_progress_bar()

        base = str(base_path or default_model_path())
        tokenizer = AutoTokenizer.from_pretrained(base)
        model = AutoModel.from_pretrained(base).eval()
        check_base(tokenizer, model)
        tensors = {k: v.float() for k, v in load_file(str(path)).items()}
        head = torch.nn.Linear(model.config.hidden_size, len(LABELS))
        load_top(model, head, tensors, int(meta["frozen"]))
        head.eval()
    except TaggerUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001 - no torch, no base model, mismatched tensors: degrade
        raise TaggerUnavailable(f"resume tagger could not load: {type(exc).__name__}: {exc}") from exc
    return ResumeTagger(tokenizer, model, head, meta, bf16_supported())


@lru_cache(maxsize=2)
def _cached(path: Path, mtime_ns: int, size: int, base_path: Path | None) -> ResumeTagger:
    """load_tagger memoised on the file's identity (a retrained artifact is re-read)."""
    return load_tagger(path, base_path)


def cached_tagger(path: Path | None = None, base_path: Path | None = None) -> ResumeTagger:
    """The tagger at `path` (default DEFAULT_TAGGER_PATH), loaded once per process and file version."""
    path = Path(path or DEFAULT_TAGGER_PATH)
    try:
        stat = path.stat()
    except OSError:
        raise TaggerUnavailable(f"no resume tagger at {path} (run: python -m core train-resume-tagger)") from None
    return _cached(path, stat.st_mtime_ns, stat.st_size, base_path)
