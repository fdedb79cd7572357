"""Word clusters (core.skills.clusters) and the tagger features built on them (core.skills.features)."""

from __future__ import annotations

import numpy as np
import pytest

from core.skills.clusters import (WordClusters, cluster_vocabulary, embed_clusters, kmeans, learn_clusters,
                                  wordpiece_words)
from core.skills.features import FeatureSpace, cluster_features, shape, word_features
from core.skills.model import ExtractorModel, KindModel, load_model, model_version
from core.skills.lexicon import Lexicon


def _blobs(seed: int = 0) -> tuple[list[str], np.ndarray]:
    """Three well separated groups of unit vectors with known members."""
    rng = np.random.default_rng(seed)
    axes = np.eye(3, 8, dtype=np.float32)
    words, rows = [], []
    for g, prefix in enumerate(("lang", "field", "func")):
        for i in range(6):
            v = axes[g] + 0.05 * rng.standard_normal(8).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
            words.append(f"{prefix}{i}")
    return words, np.stack(rows)


class _FakeEmbedder:
    """encode() -> the blob vectors of known words (no model)."""

    def __init__(self) -> None:
        words, vecs = _blobs()
        self.table = dict(zip(words, vecs))

    def encode(self, words):
        return np.stack([self.table[w] for w in words])


def test_kmeans_recovers_separated_groups_deterministically():
    words, vecs = _blobs()
    a, b = kmeans(vecs, 3, seed=5), kmeans(vecs, 3, seed=5)
    assert np.array_equal(a, b)
    groups = [set(a[i:i + 6].tolist()) for i in range(0, 18, 6)]
    assert all(len(g) == 1 for g in groups) and len(set.union(*groups)) == 3


def test_kmeans_caps_k_at_the_number_of_rows():
    _, vecs = _blobs()
    assert kmeans(vecs[:2], 10, seed=0).max() <= 1


@pytest.mark.parametrize("word, same_as, other", [
    ("lang0", "lang5", "field0"),
    ("field2", "field3", "func1"),
    ("func4", "func0", "lang2"),
])
def test_learned_classes_group_similar_words(word, same_as, other):
    clusters = embed_clusters(*_blobs()[:1], _FakeEmbedder(), granularities=(3,), seed=1)
    assert clusters.of(word) == clusters.of(same_as) != clusters.of(other)
    assert clusters.of(word.upper()) == clusters.of(word)  # looked up lower-cased
    assert clusters.of("unseen") is None


def test_cluster_table_round_trips_through_arrays():
    words, vecs = _blobs()
    clusters = learn_clusters(words, vecs, (2, 3), seed=3)
    arrays = clusters.to_arrays()
    back = WordClusters.from_arrays(arrays["clusters.words"], arrays["clusters.ids"], arrays["clusters.k"])
    assert back == clusters and back.granularities == (2, 3)
    assert arrays["clusters.ids"].dtype == np.uint16 and arrays["clusters.ids"].shape == (18, 2)


def test_empty_vocabulary_gives_an_empty_table():
    assert learn_clusters([], np.zeros((0, 4), np.float32), (4,)).table == {}


@pytest.mark.parametrize("texts, extra, present, absent", [
    (["Python and SQL, 5 years"], [], {"python", "and", "sql", "years"}, {",", "5"}),
    (["C++ / C#"], ["Kubernetes"], {"c++", "c#", "kubernetes"}, {"/"}),
    (["x" * 50 + " ok"], [], {"ok"}, {"x" * 50}),
])
def test_cluster_vocabulary(texts, extra, present, absent):
    vocab = cluster_vocabulary(texts, extra)
    assert present <= set(vocab) and not absent & set(vocab)
    assert vocab == sorted(vocab)


def test_wordpiece_words_keeps_whole_alphabetic_entries(tmp_path):
    (tmp_path / "vocab.txt").write_text("[PAD]\n##ing\npython\na\n123\nkubernetes\nc++\n", encoding="utf-8")
    assert wordpiece_words(tmp_path) == ["python", "kubernetes"]
    assert wordpiece_words(tmp_path / "missing") == [] and wordpiece_words(None) == []


@pytest.mark.parametrize("ids, expected", [
    ((4, 17), {0: ["c=17"]}),
    (None, {0: ["c=none"]}),
])
def test_cluster_features_use_the_finest_class_of_the_word_itself(ids, expected):
    assert cluster_features(ids) == expected


def test_word_features_add_clusters_only_when_the_model_has_them():
    plain = word_features("Python", frozenset(), frozenset())
    with_class = word_features("Python", frozenset(), frozenset(), (3, 9))
    unclustered = word_features("Python", frozenset(), frozenset(), None)
    assert not any(f.startswith("c=") for fs in plain.values() for f in fs)
    assert with_class[0] == plain[0] + ["c=9"] and unclustered[0] == plain[0] + ["c=none"]
    assert {o: fs for o, fs in with_class.items() if o} == {o: fs for o, fs in plain.items() if o}


def test_pair_ids_add_class_bigrams_with_shape_fallback():
    clusters = WordClusters((2, 4), {"python": (1, 3), "and": (0, 0), "sql": (1, 2)})
    space, bare = FeatureSpace(frozenset(), frozenset(), clusters), FeatureSpace(frozenset(), frozenset())
    assert len(space.pair_ids("python", "and", "sql")) == len(bare.pair_ids("python", "and", "sql")) + 2
    # "rust" and "sql" share a bigram class only when they share a class: here "rust" falls back to its shape
    a, b = space.pair_ids("python", "and", "sql"), space.pair_ids("python", "and", "rust")
    assert a[:2].tolist() != b[:2].tolist() and a[2] == b[2] and a[3] != b[3]
    assert space._class("rust") == shape("rust") and space._class("sql") == "#1"


def test_model_artifact_keeps_clusters_and_versions_them(tmp_path):
    km = KindModel(("knowledge",), np.array([1, 5], np.int32), np.ones((2, 3), np.float16),
                   np.zeros((1, 4, 3), np.float32), np.zeros(1, np.float32), Lexicon(("knowledge",)))
    bare = ExtractorModel({"job": km})
    words, vecs = _blobs()
    clustered = ExtractorModel({"job": km}, clusters=learn_clusters(words, vecs, (3,), seed=2))
    clustered.save(tmp_path / "m.npz")
    bare.save(tmp_path / "bare.npz")
    loaded = load_model(tmp_path / "m.npz")
    assert loaded.clusters == clustered.clusters and load_model(tmp_path / "bare.npz").clusters is None
    assert model_version(clustered) != model_version(bare) and loaded.version == clustered.version


def test_training_vocabulary_never_reads_the_held_out_fold(taxonomy):
    from core.evaluation.datasets import GoldDoc
    from core.skills.training import HELDOUT_FOLD, resume_fold, training_vocabulary

    ids = [f"r{i}" for i in range(40)]
    held = next(i for i in ids if resume_fold(i) == HELDOUT_FOLD)
    kept = next(i for i in ids if resume_fold(i) != HELDOUT_FOLD)
    resumes = [GoldDoc(held, "resume", "zzheldoutword", {}), GoldDoc(kept, "resume", "zzpoolword", {})]
    jobs = [GoldDoc("j", "job", "zzjobword", {})]
    vocab = set(training_vocabulary(taxonomy, jobs, resumes, ["zzpiece"]))
    assert {"zzpoolword", "zzjobword", "zzpiece"} <= vocab and "zzheldoutword" not in vocab
    skill = next(iter(taxonomy.skills.values()))
    assert skill.name.split()[0].lower() in vocab


def test_training_with_clusters_is_deterministic_and_uses_them(taxonomy, tmp_path):
    from core.evaluation.datasets import GoldDoc
    from core.skills.training import TrainConfig, train_model

    texts = [("Requirements:\n- Python and Docker", ["Python", "Docker"]),
             ("We use Kubernetes and Terraform daily", ["Kubernetes", "Terraform"])]
    docs = [GoldDoc(f"d{i}", "job", t, {"knowledge": tuple((t.index(k), t.index(k) + len(k)) for k in ks),
                                        "skill": ()}) for i, (t, ks) in enumerate(texts)]
    words = cluster_vocabulary([t for t, _ in texts])
    vecs = np.eye(len(words), 8, dtype=np.float32) + 0.1
    clusters = learn_clusters(words, vecs / np.linalg.norm(vecs, axis=1, keepdims=True), (2, 3), seed=1)
    config = TrainConfig(epochs=2, seed=3, lexicon_folds=2, bias_grid=(0.0,))
    a, _ = train_model(taxonomy, docs, docs[:1], [], config, clusters)
    b, _ = train_model(taxonomy, docs, docs[:1], [], config, clusters)
    plain, _ = train_model(taxonomy, docs, docs[:1], [], config)
    assert a.save(tmp_path / "a.npz") == b.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert load_model(tmp_path / "a.npz").clusters == clusters and plain.clusters is None
    assert len(a.kinds["job"].rows) > len(plain.kinds["job"].rows)  # class features carry weight
