"""The shipped resume tagger refuses a base model or an artifact it does not fit, instead of tagging with noise."""

from __future__ import annotations

import json

import numpy as np
import pytest

import core.skills.resume_tagger as rt
from core.skills.resume_tagger import DEFAULT_TAGGER_PATH, TaggerUnavailable, load_tagger


def _artifact(tmp_path, tensors: dict, **meta_changes):
    """A copy of the shipped artifact with `tensors` and the metadata changed."""
    from core.skills.resume_tagger_training import safetensors_bytes

    meta = {k: json.dumps(v) for k, v in {**rt.read_meta(DEFAULT_TAGGER_PATH), **meta_changes}.items()}
    path = tmp_path / "tagger.safetensors"
    path.write_bytes(safetensors_bytes(tensors, meta))
    return path


@pytest.fixture(scope="module")
def shipped():
    """The shipped artifact's tensors as float32 numpy arrays."""
    from safetensors.numpy import load_file

    return {k: v.astype(np.float32) for k, v in load_file(str(DEFAULT_TAGGER_PATH)).items()}


@pytest.mark.parametrize("change", [
    "frozen5",  # two fine-tuned layers but frozen=5: layers.1.* would be ignored silently
    "extra_layer",  # a third top layer the base model has no room for
    "renamed",  # a key renamed (as a new BERT implementation might name it)
    "no_head",
])
def test_an_artifact_that_does_not_fit_the_base_is_refused(tmp_path, shipped, change):
    tensors, meta = dict(shipped), {}
    if change == "frozen5":
        meta["frozen"] = 5
    elif change == "extra_layer":
        tensors.update({k.replace("layers.1.", "layers.2.", 1): v for k, v in shipped.items()
                        if k.startswith("layers.1.")})
    elif change == "renamed":
        tensors["layers.0.attention.self.q.weight"] = tensors.pop("layers.0.attention.self.query.weight")
    else:
        del tensors["head.weight"], tensors["head.bias"]
    with pytest.raises(TaggerUnavailable, match="does not fit the base model"):
        load_tagger(_artifact(tmp_path, tensors, **meta))


def test_a_copy_of_the_shipped_artifact_loads(tmp_path, shipped):
    assert load_tagger(_artifact(tmp_path, dict(shipped))).version == rt.read_meta(DEFAULT_TAGGER_PATH)["version"]


@pytest.mark.parametrize("attr, value, message", [
    ("BASE_PROBE_MEAN", (0.0504, 0.0222, -0.3331, 0.2011, -0.0573, -0.6123), "base model output changed"),
    ("BASE_PROBE_IDS", (101, 18750, 102), "base tokenizer changed"),
])
def test_a_base_model_that_drifted_is_refused(monkeypatch, attr, value, message):
    monkeypatch.setattr(rt, attr, value)  # as if transformers/tokenizers now computed something else
    with pytest.raises(TaggerUnavailable, match=message):
        load_tagger()


def test_sentence_embeddings_match_the_recorded_vector():
    """The Chroma index and the gate thresholds were built on these vectors (checked on transformers 5.17-5.25)."""
    from core.embeddings import Embedder, default_model_path

    vec = Embedder(default_model_path()).encode(["Senior data engineer: Python, SQL, Airflow"])[0]
    assert np.allclose(vec[:6], [-0.0438, -0.0246, 0.0073, 0.0591, -0.0409, -0.2016], atol=2e-4)
