"""Honest coverage on the Resume and Gaps pages: where the resume was placed, and a notice when we are unsure."""

from __future__ import annotations

import streamlit as st

from components import state
from components.markup import md
from core.gaps.coverage import Coverage, place_resume
from core.resumes import list_resumes

GAPS_PAGE = "app_pages/gaps.py"


def _use_family(family: str) -> None:
    """Make a family the Gaps page's role (a user pick: it no longer follows the resume)."""
    state.set_widget_value(state.GAPS_ROLE, family)
    state.set_gaps_auto_role(None)


def placement_line(cov: Coverage) -> None:
    """One caption saying which occupation and family the resume was placed in (Resume page)."""
    if cov.family is None:
        return
    occupation = f"**{md(cov.occupation)}** · " if cov.occupation else ""
    st.caption(f":material/work: Placed as {occupation}{md(cov.family_name)} family "
               f"({cov.confidence:.0%} sure, from your job titles) · {cov.postings:,} postings in the market shown.")


def coverage_notice(cov: Coverage, key: str, go_to_gaps: bool = False) -> None:
    """A warning in plain words with one button per closest family; nothing when all is well."""
    text = cov.message()
    if text is None:
        return
    st.warning(md(text), icon=":material/help:")
    if not cov.closest:
        return
    cols = st.columns(len(cov.closest))
    for col, option in zip(cols, cov.closest):
        clicked = col.button(f"Use {option.name}", key=f"{key}.{option.id}", icon=":material/swap_horiz:",
                             width="stretch", on_click=_use_family, args=(option.id,))
        if clicked and go_to_gaps:
            st.switch_page(GAPS_PAGE)


def profile_family(ctx, profile_id: int | None) -> str | None:
    """The role family of the profile's chosen (else latest) resume, from its job titles; None without one."""
    from components.cache import resume_view

    resumes = list_resumes(ctx, profile_id) if profile_id is not None else []
    if not resumes:
        return None
    resume = next((r for r in resumes if r.id == state.resume_id()), resumes[0])
    extraction = resume_view(ctx, ctx.settings.db_url, resume.id, resume.text_sha256, resume.profile_id).extraction
    placed = place_resume(ctx.taxonomy, list(extraction.titles), ctx.settings.taxonomy_dir)
    return placed.occupation.family if placed is not None else extraction.role_family
