"""Per-profile session state: every page choice belongs to the profile that made it.

Session state is one flat mapping per browser tab, but a coach switches between clients in that tab. All of our
keys ("w." widgets, "sg." values) are the active profile's, except the few that describe the session itself
(GLOBAL). On a switch, the outgoing profile's keys are put aside and cleared (widgets start from their defaults)
and the incoming profile's are put back, so one client's target, plan, filters, interview posting or open panel
never shows on another's pages. Keys in NOT_RESTORED (a ticked "delete" box, an upload in flight, an open
Rename panel) are cleared on a switch and not brought back.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

from streamlit.errors import StreamlitAPIException

STASH = "sg.profile_stash"  # profile id -> {key: value} put aside while another profile is active
GLOBAL = frozenset({
    "sg.settings", "sg.profile_id", "w.profile_select", "w.new_profile_name", "w.new_profile_open",
    "sg.handled_uploads", "sg.flash", "sg.market_checked", "sg.data_result",
    "sg.clarify.round", "sg.gaps_move",  # already keyed by profile id inside
    STASH,
})
UPLOADER_PREFIXES = ("w.resume_upload", "w.data_upload")  # per-profile uploader keys (state.uploader_key)
NOT_RESTORED = frozenset({
    "w.confirm_delete_profile", "w.rename_profile_name", "w.manage_profile_open",
    "w.resume_upload", "w.data_upload",
})


def is_scoped(key: Any) -> bool:
    """True for a key that belongs to the active profile (ours, and not one of the session's own)."""
    return isinstance(key, str) and key.startswith(("w.", "sg.")) and key not in GLOBAL


def switch(session: MutableMapping, old: int | None, new: int | None,
           defaults: Mapping[str, Any] | None = None) -> None:
    """Put the outgoing profile's keys aside, clear them, and bring back the incoming profile's; a widget in
    `defaults` that the incoming profile never set is set to its default (a cleared key alone would leave the
    browser showing the previous profile's value: Streamlit only redraws a widget whose value code set)."""
    stash: dict = session.get(STASH) or {}
    keys = [key for key in list(session.keys()) if is_scoped(key)]
    if old is not None:
        stash[old] = {key: session[key] for key in keys if key not in NOT_RESTORED and _storable(session, key)}
    for key in keys:
        session.pop(key, None)
    restore = {**(defaults or {}), **(stash.get(new, {}) if new is not None else {})}
    for key, value in restore.items():
        try:
            session[key] = list(value) if isinstance(value, list) else value
        except StreamlitAPIException:  # a widget Streamlit does not let code set (uploaders, buttons)
            continue
    session[STASH] = stash


def forget(session: MutableMapping, profile_id: int) -> None:
    """Drop what was put aside for a (deleted) profile."""
    stash = dict(session.get(STASH) or {})
    stash.pop(profile_id, None)
    session[STASH] = stash


# Widgets whose value code may not set (buttons, uploaders, chat input): Streamlit raises when such a widget is
# drawn after its key was assigned, so their values are never put back.
_READ_ONLY_TYPES = frozenset({"trigger_value", "string_trigger_value", "json_trigger_value",
                              "file_uploader_state_value", "chat_input_value"})


def _storable(session: MutableMapping, key: str) -> bool:
    """False for values that cannot be set back (button clicks, uploaded files, chat input)."""
    if key.startswith(UPLOADER_PREFIXES) or _value_type(key) in _READ_ONLY_TYPES:
        return False
    try:
        value = session[key]
    except (KeyError, StreamlitAPIException):
        return False
    return not hasattr(value, "getvalue")  # an UploadedFile stays with its upload widget


def _value_type(key: str) -> str | None:
    """The value type Streamlit registered for a keyed widget (None for our own values or outside a script run)."""
    try:
        from streamlit.runtime.state.session_state_proxy import get_session_state

        inner = get_session_state()._state  # SafeSessionState -> SessionState
        widget_id = inner._key_id_mapper.get_id_from_key(key, None)
        meta = inner._new_widget_state.widget_metadata.get(widget_id) if widget_id else None
        return getattr(meta, "value_type", None)
    except Exception:  # noqa: BLE001 - Streamlit internals moved: fall back to restoring the value
        return None
