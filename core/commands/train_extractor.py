"""`python -m core train-extractor`: retrain the context model from ../shared/data, reproducibly.

Jobs: SkillSpan train (tuned on dev); resumes: dotin folds 1-4 (fold = int(sha1(id), 16) % 5; fold 0 is held out
and never used here). Writes data/models/extractor.npz (or --output); equal data, taxonomy and flags give an
identical artifact, and any changed weight changes the model version and with it the extractor version (so the
extraction cache starts new rows). See core.skills.training for the recipe.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from core.config import Settings
from core.errors import InvalidInput
from core.evaluation.datasets import load_dotin, load_skillspan, shared_data_dir
from core.skills.model import DEFAULT_MODEL_PATH


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the train-extractor command."""
    parser.add_argument("--data-dir", type=Path, default=None, help="shared data dir (default ../shared/data)")
    parser.add_argument("--output", type=Path, default=DEFAULT_MODEL_PATH, help="artifact path (npz)")
    parser.add_argument("--epochs", type=int, default=30, help="perceptron epochs (default 30)")
    parser.add_argument("--seed", type=int, default=7, help="shuffling seed (default 7)")
    parser.add_argument("--limit", type=int, default=None, help="at most N documents per dataset (quick runs)")
    parser.add_argument("--no-clusters", action="store_true",
                        help="skip the word clusters (no embedding model needed; a weaker model)")
    parser.add_argument("--no-neural", action="store_true",
                        help="skip the postings BiLSTM (core.skills.neural; needs the word embeddings and torch)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def _clusters(settings: Settings, taxonomy, jobs, resumes, seed: int):
    """(word clusters, (words, unit vectors)) over the training vocabulary, embedded once with all-MiniLM-L6-v2
    (core.embeddings); the vectors also feed the postings BiLSTM."""
    from core.embeddings import make_embedder
    from core.skills.clusters import learn_clusters, wordpiece_words
    from core.skills.training import training_vocabulary

    embedder = make_embedder(settings)
    words = training_vocabulary(taxonomy, jobs, resumes, wordpiece_words(embedder.model_path))
    vectors = embedder.encode(words)
    return learn_clusters(words, vectors, seed=seed), (words, vectors)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Train, write the artifact, print its version and the tuning table."""
    from core.skills.training import TrainConfig, sha256_of, train_model
    from core.taxonomy.load import load_taxonomy

    data = args.data_dir or shared_data_dir()
    files = {"skillspan/train.jsonl": data / "skillspan" / "train.jsonl",
             "skillspan/dev.jsonl": data / "skillspan" / "dev.jsonl",
             "dotin_resumes/train.jsonl": data / "dotin_resumes" / "train.jsonl"}
    missing = [name for name, path in files.items() if not path.is_file()]
    if missing:
        raise InvalidInput(f"Training data missing under {data}: {', '.join(missing)}")
    if args.epochs < 1:
        raise InvalidInput("--epochs must be at least 1")
    started = time.perf_counter()
    taxonomy = load_taxonomy(settings.taxonomy_dir)
    jobs = load_skillspan(files["skillspan/train.jsonl"], args.limit)
    resumes = load_dotin(files["dotin_resumes/train.jsonl"], None if args.limit is None else args.limit * 5)
    config = TrainConfig(epochs=args.epochs, seed=args.seed)
    clusters, vectors = (None, None) if args.no_clusters else _clusters(settings, taxonomy, jobs, resumes, config.seed)
    model, report = train_model(taxonomy, jobs, load_skillspan(files["skillspan/dev.jsonl"], args.limit), resumes,
                                config, clusters, None if args.no_neural else vectors)
    model.meta["data_sha256"] = {name: sha256_of(path) for name, path in files.items()}
    if clusters is not None:
        model.meta["clusters"] = {"words": len(clusters.table), "granularities": list(clusters.granularities),
                                  "embedder": "all-MiniLM-L6-v2 (core.embeddings)", "seed": config.seed}
    version = model.save(args.output)
    summary = {"version": version, "output": str(args.output), "bytes": args.output.stat().st_size,
               "seconds": round(time.perf_counter() - started, 1), "tuning": report.tuning,
               "clusters": len(model.clusters.table) if model.clusters is not None else 0,
               "kinds": {k: {"layers": list(m.layers), "rows": int(len(m.rows)), "bias": [round(float(b), 3)
                             for b in m.bias], "lexicon": len(m.lexicon.phrases),
                             "rerank_rows": int(len(m.rerank.rows)) if m.rerank is not None else 0,
                             "neural_hidden": m.neural.hidden if m.neural is not None else 0,
                             "junction_rows": int(len(m.junction.rows)) if m.junction is not None else 0}
                         for k, m in model.kinds.items()}}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"model {version} -> {args.output} ({summary['bytes'] / 1e6:.2f} MB, {summary['seconds']}s, "
              f"{summary['clusters']} clustered words)")
        for kind, info in summary["kinds"].items():
            print(f"  {kind}: layers {info['layers']}, {info['rows']} weight rows, bias {info['bias']}, "
                  f"{info['lexicon']} lexicon phrases, second stage {info['rerank_rows'] or 'none'}"
                  f"{' weight rows' if info['rerank_rows'] else ''}, BiLSTM {info['neural_hidden'] or 'none'}, "
                  f"list-item splitter {info['junction_rows'] or 'none'}{' weight rows' if info['junction_rows'] else ''}")
        for kind, layers in report.tuning.items():
            for layer, table in layers.items():
                grid = ", ".join(f"{s}: {v['strict_f1']:.3f}/{v['overlap_f1']:.3f}" for s, v in table["grid"].items())
                print(f"  tuned {kind}/{layer} (bias step -> strict/overlap F1): picked {table['picked']}; {grid}")
    return 0
