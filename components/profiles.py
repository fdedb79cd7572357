"""The shared sidebar: pick, create, rename and delete profiles (delete asks for confirmation)."""

from __future__ import annotations

import streamlit as st

from components import state
from components.errors import describe
from components.markup import md
from core.context import AppContext
from core.errors import SkillGapError
from core.db.models import ProfilePublic
from core.profiles import create_profile, delete_profile, list_profiles, rename_profile


def render_profile_sidebar(ctx: AppContext) -> ProfilePublic | None:
    """Draw the profile controls in the sidebar; returns the active profile (None when there is none)."""
    with st.sidebar:
        st.markdown("#### Profile")
        profiles = list_profiles(ctx.engine)
        active = _select(profiles)
        _show_flash(st.empty())
        if active is None:
            st.caption("A profile keeps your resumes and results. Create one to start.")
            _create_form(ctx, expanded=True)
        else:
            _create_form(ctx, expanded=False)
            _manage(ctx, active)
    return active


def current_profile(ctx: AppContext) -> ProfilePublic | None:
    """The profile selected in the sidebar (pages call this; the sidebar has run first)."""
    wanted = state.profile_id()
    if wanted is None:
        return None
    return next((p for p in list_profiles(ctx.engine) if p.id == wanted), None)


def _select(profiles: list[ProfilePublic]) -> ProfilePublic | None:
    """The selectbox; keeps the session's choice valid when profiles come and go."""
    if not profiles:
        state.set_profile_id(None)
        return None
    by_id = {p.id: p for p in profiles}
    if state.widget_value(state.PROFILE_SELECT) not in by_id:
        fallback = state.profile_id() if state.profile_id() in by_id else profiles[0].id
        state.set_widget_value(state.PROFILE_SELECT, fallback)
    chosen = st.selectbox(
        "Active profile", options=list(by_id), key=state.PROFILE_SELECT,
        format_func=lambda pid: by_id[pid].name, label_visibility="collapsed",
    )
    state.set_profile_id(chosen)
    return by_id[chosen]


def _create_form(ctx: AppContext, expanded: bool) -> None:
    container = st.container() if expanded else st.expander("New profile", icon=":material/person_add:",
                                                             key=state.NEW_PROFILE_OPEN)
    with container:
        st.text_input("Profile name", key=state.NEW_PROFILE_NAME, max_chars=80, placeholder="e.g. Priya — data roles")
        st.button("Create profile", on_click=_on_create, args=(ctx,), type="primary" if expanded else "secondary",
                  icon=":material/add:", width="stretch")


def _manage(ctx: AppContext, profile: ProfilePublic) -> None:
    with st.expander("Rename or delete", icon=":material/manage_accounts:", key=state.MANAGE_PROFILE_OPEN):
        st.text_input("New name", key=state.RENAME_PROFILE_NAME, max_chars=80, placeholder=profile.name)
        st.button("Rename", on_click=_on_rename, args=(ctx, profile.id), icon=":material/edit:",
                  width="stretch")
        st.divider()
        # no count here: the sidebar is drawn before the page, so a resume uploaded in this run would be missing
        confirmed = st.checkbox(f"Yes, delete {md(profile.name)} with all its resumes, reports and interviews",
                                key=state.CONFIRM_DELETE)
        st.button("Delete profile", on_click=_on_delete, args=(ctx, profile.id), disabled=not confirmed,
                  icon=":material/delete:", width="stretch")


def _on_create(ctx: AppContext) -> None:
    try:
        profile = create_profile(ctx.engine, state.widget_value(state.NEW_PROFILE_NAME, ""))
    except SkillGapError as exc:
        state.flash("warning", describe(exc)[0])
        return
    state.set_widget_value(state.NEW_PROFILE_NAME, "")
    state.set_widget_value(state.NEW_PROFILE_OPEN, False)  # the form closes once it has done its job
    state.set_widget_value(state.PROFILE_SELECT, profile.id)
    state.set_profile_id(profile.id)
    state.flash("success", f"Created profile **{md(profile.name)}**.")


def _on_rename(ctx: AppContext, profile_id: int) -> None:
    try:
        profile = rename_profile(ctx.engine, profile_id, state.widget_value(state.RENAME_PROFILE_NAME, ""))
    except SkillGapError as exc:
        state.flash("warning", describe(exc)[0])
        return
    state.set_widget_value(state.RENAME_PROFILE_NAME, "")
    state.flash("success", f"Renamed to **{md(profile.name)}**.")


def _on_delete(ctx: AppContext, profile_id: int) -> None:
    try:
        removed = delete_profile(ctx.engine, profile_id)
    except SkillGapError as exc:
        state.flash("error", describe(exc)[0])
        return
    state.set_widget_value(state.CONFIRM_DELETE, False)
    state.set_profile_id(None)
    state.forget_profile(profile_id)
    state.flash("success", f"Profile deleted with {removed} resume{'s' if removed != 1 else ''}.")


def _show_flash(slot) -> None:
    """The queued message in a fixed slot (keeps the sidebar's layout stable between runs)."""
    message = state.pop_flash()
    if message is not None:
        getattr(slot, message.kind, slot.info)(message.text)
