"""Hybrid job matching: postings indexed in Chroma (our embeddings) and BM25, ranked by a transparent score.

Entry points: `core.matching.index` (open_index, index_postings, ensure_index, refresh_match_index) and
`core.matching.service` (match, match_resume). Nothing happens at import time.
"""
