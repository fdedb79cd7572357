"""The title matrix of the embedding fallback: built at taxonomy-build time (fake embedder here), shipped, only
loaded at runtime; a missing or stale matrix skips the fallback (logged once) instead of being built on a page."""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from core.taxonomy.build import title_vectors_step
from core.taxonomy.build.base import BuildContext
from core.taxonomy.build.title_vectors_step import TitleVectorsStep
from core.taxonomy.occupations import LOW_CONFIDENCE
from core.taxonomy.placement import place_with, title_index
from core.taxonomy.placement_embed import META_FILE, VECTORS_FILE, quantise, read_meta

ROWS = [{"soc": "51-9999.00", "title": "Widget Makers", "family": "manufacturing", "titles": []},
        {"soc": "49-9999.00", "title": "Gizmo Fixers", "family": "construction_trades", "titles": ["Gizmo Fixer"]},
        {"soc": "39-9999.00", "title": "Tinkerers", "family": "personal_care", "titles": ["Tinkerer"]}]


class FakeEmbedder:
    """A title's vector is its axis in VOCAB ("gizmo or widget" lies between two); counts what it embeds."""

    VOCAB = {"Widget Makers": 0, "Gizmo Fixers": 1, "Gizmo Fixer": 1, "Tinkerers": 2, "Tinkerer": 2,
             "widget wrangler": 0, "widget factory": 0}

    def __init__(self):
        self.embedded: list[str] = []

    def encode(self, texts):
        self.embedded += list(texts)
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for row, text in zip(out, texts):
            if text == "gizmo or widget":
                row[0] = row[1] = 1.0
            else:
                row[self.VOCAB.get(text, 3)] = 1.0
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    def encode_bulk(self, texts):
        raise AssertionError("the title matrix is never embedded at runtime")


def _write(directory, rows):
    (directory / "occupations.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _step(directory, embedder, monkeypatch):
    monkeypatch.setattr(title_vectors_step, "build_embedder", lambda: embedder)
    return TitleVectorsStep().run(BuildContext(tables_dir=directory, out_dir=directory, onet_dir=None, esco_dir=None))


@pytest.fixture()
def shipped(tmp_path, monkeypatch):
    _write(tmp_path, ROWS)
    counts = _step(tmp_path, FakeEmbedder(), monkeypatch)
    return tmp_path, counts


def test_build_step_writes_the_matrix_with_its_titles_and_key(shipped):
    directory, counts = shipped
    meta = read_meta(directory)
    assert counts == {"rows": 5, "distinct": 5, "bytes": counts["bytes"]}
    assert meta["titles"] == [["39-9999.00", "Tinkerers"], ["39-9999.00", "Tinkerer"],
                              ["49-9999.00", "Gizmo Fixers"], ["49-9999.00", "Gizmo Fixer"],
                              ["51-9999.00", "Widget Makers"]]
    assert (meta["model"], meta["dim"], meta["rows"]) == ("all-MiniLM-L6-v2", 4, 5)
    vectors = np.load(directory / VECTORS_FILE)
    assert vectors.dtype == np.int8 and vectors.shape == (5, 4)


def test_rebuild_with_the_same_titles_keeps_the_matrix_without_the_model(shipped, monkeypatch, capsys):
    directory, _ = shipped
    before = (directory / VECTORS_FILE).read_bytes()
    monkeypatch.setattr(title_vectors_step, "build_embedder", lambda: pytest.fail("model loaded for nothing"))
    counts = TitleVectorsStep().run(BuildContext(directory, directory, None, None))
    assert counts == {"kept": 5} and "up to date" in capsys.readouterr().out
    assert (directory / VECTORS_FILE).read_bytes() == before


def test_build_step_skips_without_model_or_occupations(tmp_path, monkeypatch, capsys):
    assert _step(tmp_path, None, monkeypatch) == {"skipped": 1}
    assert "no occupations.jsonl" in capsys.readouterr().out
    _write(tmp_path, ROWS)
    assert _step(tmp_path, None, monkeypatch) == {"skipped": 1}
    assert "skips its embedding fallback" in capsys.readouterr().out
    assert not (tmp_path / VECTORS_FILE).exists() and not (tmp_path / META_FILE).exists()


def test_runtime_places_from_the_shipped_matrix_embedding_only_the_query(taxonomy, shipped):
    directory, _ = shipped
    index, fake = title_index(directory), FakeEmbedder()
    match = place_with(taxonomy, index, "Widget Wrangler", embed=True, embedder=fake)
    assert (match.occupation.soc, match.method, match.matched) == ("51-9999.00", "embedding", "Widget Makers")
    assert match.confidence == pytest.approx(0.85)  # cosine 1, nothing close in another family
    assert place_with(taxonomy, index, "Gizmo or Widget", embed=True, embedder=fake).confidence < LOW_CONFIDENCE
    assert fake.embedded == ["widget wrangler", "gizmo or widget"]  # the query titles, nothing else
    assert place_with(taxonomy, index, "Widget Wrangler", embed=False) is None


def test_missing_matrix_skips_the_fallback_and_logs_once(taxonomy, tmp_path, caplog):
    _write(tmp_path, ROWS)
    index, fake = title_index(tmp_path), FakeEmbedder()
    with caplog.at_level(logging.WARNING, logger="core.taxonomy.placement_embed"):
        assert place_with(taxonomy, index, "Widget Wrangler", embed=True, embedder=fake) is None
        assert place_with(taxonomy, index, "Widget Factory", embed=True, embedder=fake) is None
    assert fake.embedded == []  # neither the matrix nor the query was embedded
    assert [r.getMessage() for r in caplog.records if "no title matrix" in r.getMessage()] != []
    assert len(caplog.records) == 1


def test_stale_matrix_is_not_used(taxonomy, shipped, caplog):
    directory, _ = shipped
    _write(directory, ROWS[:2] + [dict(ROWS[2], titles=["Tinkerer", "Fiddler"])])  # the titles changed
    index, fake = title_index(directory), FakeEmbedder()
    with caplog.at_level(logging.WARNING, logger="core.taxonomy.placement_embed"):
        assert place_with(taxonomy, index, "Widget Wrangler", embed=True, embedder=fake) is None
    assert fake.embedded == [] and "stale title matrix" in caplog.text


def test_quantised_rows_keep_their_direction():
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(200, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    back = quantise(vectors).astype(np.float32)
    back /= np.linalg.norm(back, axis=1, keepdims=True)
    assert float(np.min(np.sum(vectors * back, axis=1))) > 0.999
