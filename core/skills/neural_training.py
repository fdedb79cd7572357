"""Training the postings BiLSTM of core.skills.neural in torch (train time only; deterministic for a seed on CPU).

Data: SkillSpan train through core.skills.training (tokens, context signatures with jackknifed learned-lexicon
tags, B/I/O gold of the Knowledge and Skill layers). Word vectors: the all-MiniLM-L6-v2 embeddings of the
word-class vocabulary (core.skills.clusters; never dev text nor the held-out resumes), PCA-reduced to DIM.
Fixed recipe, no early stopping: Adam (optionally a linearly decaying learning rate), dropout, one torch thread.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from core.skills.neural import AFFIX_BUCKETS, DIM, N_AFFIX, N_FIELD_IDS, NeuralTagger, affix_ids, field_ids, \
    line_spans


@dataclass(frozen=True)
class NeuralConfig:
    """The BiLSTM recipe (recorded in the artifact's meta)."""

    hidden: int = 64
    affix_dim: int = 32
    field_dim: int = 32
    epochs: int = 12
    lr: float = 2e-3
    final_lr: float = 1.0  # learning rate at the end, as a fraction of lr (linear schedule; 1.0: constant)
    dropout: float = 0.3
    batch: int = 16  # lines per update
    skill_weight: float = 0.5  # loss weight of the Skill head
    seed: int = 1
    mix: float = 0.35  # weight of the Knowledge log-probabilities in the extractor (picked on SkillSpan dev)
    skill_mix: float = 0.7  # the same for the Skill layer (picked on SkillSpan dev)

    def to_dict(self) -> dict:
        """JSON-able recipe."""
        return asdict(self)


def word_table(words: list[str], vectors: np.ndarray, dim: int = DIM) -> np.ndarray:
    """PCA of unit word vectors to `dim` dimensions, unit variance overall, each axis' sign fixed (deterministic)."""
    x = vectors.astype(np.float64)
    x = x - x.mean(axis=0)
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    axes = vt[:dim]
    axes *= np.where(axes[np.arange(len(axes)), np.abs(axes).argmax(axis=1)] < 0, -1.0, 1.0)[:, None]
    proj = x @ axes.T
    return (proj / (proj.std() or 1.0)).astype(np.float16).astype(np.float32)  # stored as float16


def _doc_arrays(words: list[str], codes: np.ndarray, line: list[int], index: dict[str, int],
                gold_k: list[int], gold_s: list[int]) -> dict:
    """Per-token training arrays of one document."""
    unknown = len(index)
    return {"wv": np.array([index.get(w.lower(), unknown) for w in words], np.int64),
            "aff": np.array([affix_ids(w) for w in words], np.int64).reshape(len(words), N_AFFIX),
            "fld": field_ids(codes), "yk": np.array(gold_k, np.int64), "ys": np.array(gold_s, np.int64),
            "lines": line_spans(line)}


def _net(torch, table: np.ndarray, cfg: NeuralConfig):
    """The torch module (the same computation as NeuralTagger.log_probs)."""
    nn = torch.nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            rows = np.vstack([table, np.zeros((1, table.shape[1]), np.float32)])
            self.wv = nn.Embedding.from_pretrained(torch.tensor(rows), freeze=True)
            self.aff = nn.EmbeddingBag(AFFIX_BUCKETS, cfg.affix_dim, mode="sum")
            self.fld = nn.EmbeddingBag(N_FIELD_IDS, cfg.field_dim, mode="sum")
            self.drop = nn.Dropout(cfg.dropout)
            self.lstm = nn.LSTM(table.shape[1] + cfg.affix_dim + cfg.field_dim + 1, cfg.hidden,
                                bidirectional=True, batch_first=True)
            self.out = nn.Linear(2 * cfg.hidden, 6)

        def forward(self, wv, aff, fld, lens):
            b, n = wv.shape
            unk = (wv == table.shape[0]).float().unsqueeze(-1)
            x = torch.cat([self.wv(wv), self.aff(aff.view(b * n, -1)).view(b, n, -1),
                           self.fld(fld.view(b * n, -1)).view(b, n, -1), unk], -1)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lens, batch_first=True, enforce_sorted=False)
            h, _ = nn.utils.rnn.pad_packed_sequence(self.lstm(packed)[0], batch_first=True, total_length=n)
            return self.out(self.drop(h))

    return Net()


def _batch(torch, items: list, pad_row: int):
    """Padded tensors of a list of (doc arrays, (a, b)) lines."""
    n = max(b - a for _, (a, b) in items)
    size = len(items)
    wv = np.full((size, n), pad_row, np.int64)
    aff = np.zeros((size, n, N_AFFIX), np.int64)
    fld = np.zeros((size, n, items[0][0]["fld"].shape[1]), np.int64)
    yk, ys = np.full((size, n), -100, np.int64), np.full((size, n), -100, np.int64)
    for j, (d, (a, b)) in enumerate(items):
        wv[j, :b - a], aff[j, :b - a], fld[j, :b - a] = d["wv"][a:b], d["aff"][a:b], d["fld"][a:b]
        yk[j, :b - a], ys[j, :b - a] = d["yk"][a:b], d["ys"][a:b]
    t = torch.from_numpy
    return t(wv), t(aff), t(fld), torch.tensor([b - a for _, (a, b) in items]), t(yk), t(ys)


def train_neural(docs: list[tuple[list[str], np.ndarray, list[int], list[int], list[int]]], words: list[str],
                 table: np.ndarray, cfg: NeuralConfig | None = None) -> NeuralTagger:
    """A NeuralTagger from training documents given as (words, signature codes, line numbers, Knowledge B/I/O,
    Skill B/I/O); `words`/`table`: the word-vector table (word_table)."""
    import torch

    cfg = cfg or NeuralConfig()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        torch.manual_seed(cfg.seed)
        rng = np.random.default_rng(cfg.seed)
        index = {w: i for i, w in enumerate(words)}
        arrays = [_doc_arrays(w, c, ln, index, k, s) for w, c, ln, k, s in docs if len(w)]
        items = [(d, ab) for d in arrays for ab in d["lines"]]
        net = _net(torch, table, cfg)
        opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=cfg.lr)
        loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
        steps, step = cfg.epochs * -(-len(items) // cfg.batch), 0
        net.train()
        for _ in range(cfg.epochs):
            perm = rng.permutation(len(items))
            for k in range(0, len(items), cfg.batch):
                wv, aff, fld, lens, yk, ys = _batch(torch, [items[i] for i in perm[k:k + cfg.batch]], len(words))
                for group in opt.param_groups:
                    group["lr"] = cfg.lr * (1 - (1 - cfg.final_lr) * step / steps)
                step += 1
                out = net(wv, aff, fld, lens)
                loss = loss_fn(out[..., :3].reshape(-1, 3), yk.reshape(-1)) + \
                    cfg.skill_weight * loss_fn(out[..., 3:].reshape(-1, 3), ys.reshape(-1))
                opt.zero_grad()
                loss.backward()
                opt.step()
        return to_tagger({k: v.detach().numpy() for k, v in net.state_dict().items()}, words, table, cfg.mix,
                         cfg.skill_mix)
    finally:
        torch.set_num_threads(threads)


def to_tagger(sd: dict[str, np.ndarray], words: list[str], table: np.ndarray, mix: float,
              skill_mix: float = 0.0) -> NeuralTagger:
    """NeuralTagger from the torch state dict (gate order i, f, g, o -> i, f, o, g; biases summed)."""
    h = sd["lstm.weight_hh_l0"].shape[1]
    perm = np.concatenate([np.arange(0, 2 * h), np.arange(3 * h, 4 * h), np.arange(2 * h, 3 * h)])
    w_ih = np.stack([sd[f"lstm.weight_ih_l0{s}"][perm].T for s in ("", "_reverse")])
    w_hh = np.stack([sd[f"lstm.weight_hh_l0{s}"][perm].T for s in ("", "_reverse")])
    b = np.stack([(sd[f"lstm.bias_ih_l0{s}"] + sd[f"lstm.bias_hh_l0{s}"])[perm] for s in ("", "_reverse")])
    return NeuralTagger(list(words), table.astype(np.float16), sd["aff.weight"].astype(np.float32),
                        sd["fld.weight"].astype(np.float32), w_ih.astype(np.float32), w_hh.astype(np.float32),
                        b.astype(np.float32), sd["out.weight"].T.astype(np.float32).copy(),
                        sd["out.bias"].astype(np.float32), mix, skill_mix)
