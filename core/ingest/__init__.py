"""Ingestion: sources (files, posting pages, ATS boards, paste) -> normalized, deduplicated JobPosting rows."""
