"""`python -m core train-resume-tagger`: train the resume judge's tagger (core.skills.resume_tagger) reproducibly.

Folds of core.skills.training.resume_fold; fold 0 is held out and never read here. Probe: a tagger trained on
folds 2-4 and a context model trained on folds 2-4 (bias tuned on fold 1, as train-extractor does) judge fold 1;
the judge thresholds `keep` and `add` are the grid point with the best token-overlap F1 there. Final: the tagger
trained on folds 1-4 with the same recipe, written to data/models/resume_tagger.safetensors (or --output) with
the thresholds. `--keep K --add A` skips the probe. Single-threaded torch by default (--threads).
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from pathlib import Path

from core.config import Settings
from core.errors import InvalidInput
from core.evaluation.datasets import load_dotin, shared_data_dir
from core.skills.resume_tagger import DEFAULT_TAGGER_PATH

KEEP_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
ADD_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 1.0)  # 1.0: add nothing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the train-resume-tagger command."""
    parser.add_argument("--data-dir", type=Path, default=None, help="shared data dir (default ../shared/data)")
    parser.add_argument("--output", type=Path, default=DEFAULT_TAGGER_PATH, help="artifact path (safetensors)")
    parser.add_argument("--epochs", type=int, default=8, help="training epochs (default 8)")
    parser.add_argument("--keep", type=float, default=None, help="keep threshold (skips the fold-1 probe)")
    parser.add_argument("--add", type=float, default=None, help="add threshold (with --keep)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    parser.add_argument("--limit", type=int, default=None, help="at most N resumes per fold group (quick runs)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


class _FixedTagger:
    """Precomputed probabilities served through the tagger interface (threshold sweeps)."""

    def __init__(self, tagged: dict, keep: float, add: float) -> None:
        """`tagged`: text -> Tagged."""
        self.tagged, self.meta, self.version = tagged, {"keep": keep, "add": add}, "probe"

    def tag(self, text: str):
        """The precomputed probabilities of `text`."""
        return self.tagged[text]


class _Memo:
    """An extractor returning deep copies of memoised extractions (the judge edits what it gets)."""

    def __init__(self, inner) -> None:
        """Wrap `inner`."""
        self.inner, self.version, self.model_id, self.memo = inner, inner.version, inner.model_id, {}
        self.gate, self.gazetteer = inner.gate, inner.gazetteer

    def extract(self, text: str, kind: str):
        """A fresh copy of the memoised extraction."""
        if (text, kind) not in self.memo:
            self.memo[text, kind] = self.inner.extract(text, kind)
        return copy.deepcopy(self.memo[text, kind])


class _Source:
    """A judge source over a fixed tagger."""

    def __init__(self, tagger) -> None:
        """Wrap a loaded tagger."""
        self.tagger = tagger

    def version(self):
        """Always available."""
        return self.tagger.version, ""

    def load(self):
        """The tagger."""
        return self.tagger


def _probe(settings, taxonomy, tok, model, rest, tune, cfg, bf16, log) -> tuple[float, float, dict]:
    """(keep, add, F1 grid) tuned on fold 1 with a tagger and a context model trained on folds 2-4."""
    import numpy as np

    from core.evaluation.runner import evaluate
    from core.skills.contextual import ContextExtractor
    from core.skills.model import ExtractorModel, cached_model, model_version
    from core.skills.resume_judge import ResumeJudge
    from core.skills.resume_tagger_training import Cache, predict, train_top
    from core.skills.training import RESUME_LAYERS, TrainConfig, Trainer

    top = train_top(model, Cache(tok, model, rest, cfg, bf16), cfg, bf16, log)
    tagged = dict(zip((d.text for d in tune), predict(top, Cache(tok, model, tune, cfg, bf16), tune, bf16)))
    base = cached_model()
    trainer = Trainer(taxonomy, TrainConfig(), base.clusters)
    km = trainer.fit(rest, "resume", RESUME_LAYERS)
    km.bias, _, scale = trainer.tune(km, tune, "resume")
    probe = ExtractorModel({"resume": km}, dict(base.meta, score_scale={"resume": scale}), clusters=base.clusters)
    probe.version = model_version(probe)
    wrapped = _Memo(ContextExtractor(taxonomy, probe))
    grid = {}
    for keep in KEEP_GRID:
        for add in ADD_GRID:
            judge = ResumeJudge(wrapped, _Source(_FixedTagger(tagged, keep, add)))
            grid[f"{keep}/{add}"] = evaluate("fold1", judge, tune, ("skills",)).layers[0].overlap.f1
    base_f1 = evaluate("fold1", wrapped, tune, ("skills",)).layers[0].overlap.f1
    best = max(grid, key=lambda k: (round(grid[k], 4), -float(k.split("/")[0])))
    log(f"probe: context alone F1 {base_f1:.4f}; best keep/add {best}: {grid[best]:.4f}")
    keep, add = (float(x) for x in best.split("/"))
    return keep, add, {"context_f1": round(base_f1, 4), "grid": {k: round(v, 4) for k, v in grid.items()},
                       "tagger_rows": int(np.sum([len(t.offsets) for t in tagged.values()]))}


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Train (probe, then final), write the artifact, print its version and the tuning result."""
    import torch

    from core.embeddings import bf16_supported, default_model_path
    from core.skills.resume_tagger_training import Cache, TaggerConfig, save_tagger, train_top
    from core.skills.training import HELDOUT_FOLD, TUNE_FOLD, resume_fold, sha256_of
    from core.taxonomy.load import load_taxonomy
    from transformers import AutoModel, AutoTokenizer

    path = (args.data_dir or shared_data_dir()) / "dotin_resumes" / "train.jsonl"
    if not path.is_file():
        raise InvalidInput(f"Training data missing: {path}")
    if args.epochs < 1 or (args.keep is None) != (args.add is None):
        raise InvalidInput("--epochs must be at least 1; give --keep and --add together")
    started, cpu = time.perf_counter(), time.process_time()
    torch.set_num_threads(max(1, args.threads))
    log = (lambda msg: None) if args.json else (lambda msg: print(msg, flush=True))
    pool = [d for d in load_dotin(path) if resume_fold(d.id) != HELDOUT_FOLD]
    tune = [d for d in pool if resume_fold(d.id) == TUNE_FOLD]
    rest = [d for d in pool if resume_fold(d.id) != TUNE_FOLD]
    if args.limit is not None:
        pool, tune, rest = pool[:args.limit], tune[:args.limit], rest[:args.limit]
    base = str(settings.embedding_model_path or default_model_path())
    tok, model = AutoTokenizer.from_pretrained(base), AutoModel.from_pretrained(base).eval()
    cfg, bf16 = TaggerConfig(epochs=args.epochs), bf16_supported()
    tuning: dict = {}
    if args.keep is None:
        keep, add, tuning = _probe(settings, load_taxonomy(settings.taxonomy_dir), tok, model, rest, tune, cfg,
                                   bf16, log)
    else:
        keep, add = args.keep, args.add
    top = train_top(model, Cache(tok, model, pool, cfg, bf16), cfg, bf16, log)
    version = save_tagger(args.output, top, cfg, {"keep": keep, "add": add, "train_docs": len(pool),
                                                  "folds": "1-4 (fold = int(sha1(id), 16) % 5)",
                                                  "data_sha256": sha256_of(path)})
    summary = {"version": version, "output": str(args.output), "bytes": args.output.stat().st_size,
               "keep": keep, "add": add, "cpu_seconds": round(time.process_time() - cpu, 1),
               "seconds": round(time.perf_counter() - started, 1), "tuning": tuning}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"resume tagger {version} -> {args.output} ({summary['bytes'] / 1e6:.1f} MB, keep {keep}, add {add},"
              f" {summary['cpu_seconds']} CPU-s)")
    return 0
