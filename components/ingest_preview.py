"""Data page pieces: the column check shown before a file is ingested, and what a pasted posting was read as."""

from __future__ import annotations

import streamlit as st

from components.markup import md
from core.ingest.preview import ColumnPreview
from core.market.pasted import PostingSkills

SHOWN_FIELDS = ("title", "company", "location", "seniority", "salary_min", "salary_max", "salary_currency",
                "salary_period", "posted_at", "url", "error")


def render_column_preview(preview: ColumnPreview) -> None:
    """Which column feeds which field, what is left unused, and the first rows as they would be stored."""
    pairs = ", ".join(f"**{md(column)}** → {field}" for column, field in preview.mapping.items())
    size = f"{preview.row_estimate:,} rows" if preview.row_estimate_exact else f"about {preview.row_estimate:,} rows"
    st.markdown(f"Columns read ({size}): {pairs or 'none'}")
    if preview.unmapped:
        st.caption("Not used: " + ", ".join(md(c) for c in preview.unmapped)
                   + ". Map one with an override below, e.g. `title=Job Name`.")
    if preview.missing:
        st.warning("No column for " + " and ".join(preview.missing) + ": the ingest would refuse this file. "
                   "Name the column with an override below.", icon=":material/table_view:")
    rows = [{k: _cell(row.get(k)) for k in SHOWN_FIELDS if any(k in r for r in preview.rows)} for row in preview.rows]
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch", key="table_ingest_preview")


def pasted_summary(posting: PostingSkills) -> str:
    """One Markdown paragraph: what the pasted posting was stored as and the skills read from it."""
    head = f"Read as **{md(posting.title)}**" + (f" at {md(posting.company)}" if posting.company else "")
    facts = [p for p in (posting.role_family and posting.role_family.replace("_", " "), posting.seniority) if p]
    parts = [head + (f" ({', '.join(facts)})" if facts else "") + f", posting #{posting.posting_id}."]
    for label, names in (("Required", posting.required), ("Nice to have", posting.preferred),
                         ("Mentioned", posting.mentioned)):
        if names:
            parts.append(f"{label}: " + ", ".join(md(n) for n in names) + ".")
    if not (posting.required or posting.preferred or posting.mentioned):
        parts.append("No skills were recognised in it.")
    return " ".join(parts)


def _cell(value):
    return "" if value is None else str(value)[:120]
