"""The only place session_state keys live: typed accessors for everything a session remembers."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from components import profile_scope
from components.widget_keys import *  # noqa: F401,F403  (the widget keys: state.JOBS_CITY, ...)
from components.widget_keys import WIDGET_DEFAULTS
from core.config import Settings

# Keys of values we store ourselves.
_SETTINGS = "sg.settings"
_PROFILE_ID = "sg.profile_id"
_RESUME_ID = "sg.resume_id"  # the resume picked in the history selector (None = latest)
_HANDLED_UPLOADS = "sg.handled_uploads"
_FLASH = "sg.flash"

# Widget keys ("w." ...) live in components/widget_keys.py and are re-exported here.


@dataclass(frozen=True)
class Flash:
    """A one-shot message shown on the next run (after a callback or a rerun)."""

    kind: str  # success | info | warning | error
    text: str


def settings() -> Settings:
    """Settings for this session, read from the environment once."""
    if _SETTINGS not in st.session_state:
        st.session_state[_SETTINGS] = Settings.from_env()
    return st.session_state[_SETTINGS]


def profile_id() -> int | None:
    """The selected profile id, or None."""
    return st.session_state.get(_PROFILE_ID)


def set_profile_id(value: int | None) -> None:
    """Select a profile (None = none): the previous profile's page choices are put aside, this one's come back."""
    previous = st.session_state.get(_PROFILE_ID)
    if previous != value:
        profile_scope.switch(st.session_state, previous, value, WIDGET_DEFAULTS)
    st.session_state[_PROFILE_ID] = value


def forget_profile(profile_id: int) -> None:
    """Drop the page choices remembered for a deleted profile."""
    profile_scope.forget(st.session_state, profile_id)


def resume_id() -> int | None:
    """The resume picked in the history selector (None = the latest)."""
    return st.session_state.get(_RESUME_ID)


def set_resume_id(value: int | None) -> None:
    """Pick a resume from the history (None = always show the latest)."""
    st.session_state[_RESUME_ID] = value


def upload_handled(file_id: str) -> bool:
    """True when this uploaded file was already processed in this session."""
    return file_id in st.session_state.get(_HANDLED_UPLOADS, ())


def mark_upload_handled(file_id: str) -> None:
    """Remember an uploaded file so a rerun does not process it again."""
    st.session_state[_HANDLED_UPLOADS] = (*st.session_state.get(_HANDLED_UPLOADS, ()), file_id)[-20:]


def flash(kind: str, text: str) -> None:
    """Queue a message for the next run."""
    st.session_state[_FLASH] = Flash(kind, text)


def pop_flash() -> Flash | None:
    """The queued message, removed."""
    return st.session_state.pop(_FLASH, None)


# Streamlit drops the value of a widget its page did not draw, so filters would reset when the user visits another
# page and comes back; filter widgets pass persist_state=PERSIST to keep their value for the whole session.
PERSIST = "session"


def widget_value(key: str, default=None):
    """The current value of a keyed widget."""
    return st.session_state.get(key, default)


def set_widget_value(key: str, value) -> None:
    """Set a keyed widget's value (only from callbacks or before the widget is drawn)."""
    st.session_state[key] = value


def keep_choice(key: str, options, default) -> None:
    """Reset a (remembered) widget value to `default` when it is not one of `options` (e.g. a city removed).

    Call before the widget is drawn; a value set this way wins over the one persist_state remembered.
    """
    if widget_value(key) not in options:
        set_widget_value(key, default)


# Jobs page (matching): widget keys, the card opened, and the job handed to the Gaps / Interview pages.
_OPEN_JOB = "sg.jobs.open_job"
_GAP_TARGET_JOB = "sg.gap_target_job"  # posting id the Gaps page analyses (None = the market)
_INTERVIEW_JOB = "sg.interview_job"  # posting id the Interview page practises for


def open_job() -> int | None:
    """The job card opened on the Jobs page (None = none)."""
    return st.session_state.get(_OPEN_JOB)


def set_open_job(job_id: int | None) -> None:
    """Open one job card (None closes it)."""
    st.session_state[_OPEN_JOB] = job_id


def gap_target_job() -> int | None:
    """The posting chosen as the gap target (None = compare with the market)."""
    return st.session_state.get(_GAP_TARGET_JOB)


def set_gap_target_job(job_id: int | None) -> None:
    """Make a posting the gap target (None = back to the market); the Gaps page switches to it even if seen before."""
    st.session_state[_GAP_TARGET_JOB] = job_id
    st.session_state.pop(_GAPS_SEEN_JOB, None)  # the Gaps mode is remembered: a repeated choice must still switch


def interview_job() -> int | None:
    """The posting to practise an interview for (None = none chosen)."""
    return st.session_state.get(_INTERVIEW_JOB)


def set_interview_job(job_id: int | None) -> None:
    """Choose the posting to practise an interview for (the Interview form switches to it even if seen before)."""
    st.session_state[_INTERVIEW_JOB] = job_id
    st.session_state.pop(_INTERVIEW_SEEN_JOB, None)  # the form's target is remembered: a repeat must still switch


# --- Market and Data pages (widget keys and the once-per-session market check) ---
_MARKET_CHECKED = "sg.market_checked"  # data dir whose market was checked (bootstrap) in this session


def market_checked(key: str) -> bool:
    """True when this session already made sure the market for `key` (the database URL) is ready."""
    return st.session_state.get(_MARKET_CHECKED) == key


def set_market_checked(key: str | None) -> None:
    """Remember (or forget, with None) that the market for `key` is ready in this session."""
    st.session_state[_MARKET_CHECKED] = key


_DATA_RESULT = "sg.data_result"  # the Data page's last action result, shown after the rerun that refreshes counts


def set_data_result(kind: str, text: str) -> None:
    """Queue the Data page's result message (success | info | warning | error) for the next run."""
    st.session_state[_DATA_RESULT] = Flash(kind, text)


def pop_data_result() -> Flash | None:
    """The Data page's queued result message, removed."""
    return st.session_state.pop(_DATA_RESULT, None)


# --- Clarification cards (components/clarify_card.py) ---
_CLARIFY_LAST = "sg.clarify.last"  # (where, question key, summary) of the last answer, for the undo banner
_CLARIFY_ERROR = "sg.clarify.error"  # a domain error raised in a card callback, shown once


def clarify_widget_key(where: str, question_key: str, part: str) -> str:
    """Widget key of one part ("choice" | "text") of a clarification card on a page ("resume" | "gaps")."""
    return f"w.clarify.{where}.{question_key}.{part}"


def set_clarify_last(where: str, key: str, summary: str) -> None:
    """Remember the last answer (its undo banner shows on the next run)."""
    st.session_state[_CLARIFY_LAST] = (where, key, summary)


def clarify_last() -> tuple[str, str, str] | None:
    """(where, question key, summary) of the last answer, or None."""
    return st.session_state.get(_CLARIFY_LAST)


def clear_clarify_last() -> None:
    """Forget the last answer (after an undo)."""
    st.session_state.pop(_CLARIFY_LAST, None)


def set_clarify_error(text: str | None) -> None:
    """Queue (or clear, with None) an error message for the clarification cards."""
    st.session_state[_CLARIFY_ERROR] = text


def pop_clarify_error() -> str | None:
    """The queued clarification error, removed."""
    return st.session_state.pop(_CLARIFY_ERROR, None)


_CLARIFY_ROUND = "sg.clarify.round"  # (where, profile id) -> (round number, question keys of the round shown)


def clarify_round(where: str, profile_id: int) -> tuple[int, tuple[str, ...]]:
    """(number, question keys) of the round a page last showed for the profile; (0, ()) before the first."""
    return st.session_state.get(_CLARIFY_ROUND, {}).get((where, profile_id), (0, ()))


def set_clarify_round(where: str, profile_id: int, number: int, keys: tuple[str, ...]) -> None:
    """Remember the round a page shows (its questions stay until all are answered or skipped)."""
    st.session_state.setdefault(_CLARIFY_ROUND, {})[(where, profile_id)] = (number, tuple(keys))


# --- Gaps page (widget keys; the posting target itself is _GAP_TARGET_JOB above, set by the Jobs page) ---
_GAPS_SEEN_JOB = "sg.gaps_seen_job"  # the gap target posting the Gaps page last switched to (detects a new one)
_GAPS_AUTO_ROLE = "sg.gaps_auto_role"  # the role family the Gaps page pre-set from the resume (not a user pick)


def gaps_seen_job() -> int | None:
    """The posting the Gaps page last switched its mode to."""
    return st.session_state.get(_GAPS_SEEN_JOB)


def set_gaps_seen_job(job_id: int | None) -> None:
    """Remember the posting the Gaps page switched to."""
    st.session_state[_GAPS_SEEN_JOB] = job_id


def gaps_auto_role() -> str | None:
    """The role family the Gaps page last pre-set from the resume (it follows the resume until the user picks)."""
    return st.session_state.get(_GAPS_AUTO_ROLE)


def set_gaps_auto_role(role: str | None) -> None:
    """Remember the role family the Gaps page pre-set from the resume."""
    st.session_state[_GAPS_AUTO_ROLE] = role


_GAPS_MOVE = "sg.gaps_move"  # profile id -> (soc, family, title) of the career move chosen as the gap target


def gaps_move(profile_id: int) -> tuple[str, str, str] | None:
    """(soc, family, title) of the career move the profile chose as its gap target, or None (the role family)."""
    return st.session_state.get(_GAPS_MOVE, {}).get(profile_id)


def set_gaps_move(profile_id: int, move: tuple[str, str, str] | None) -> None:
    """Make a career move the profile's gap target (None = back to the role family); other profiles keep theirs."""
    moves = dict(st.session_state.get(_GAPS_MOVE, {}))
    if move is None:
        moves.pop(profile_id, None)
    else:
        moves[profile_id] = tuple(move)
    st.session_state[_GAPS_MOVE] = moves


def forget_widget(key: str) -> None:
    """Drop a widget's remembered value so it starts again from its default."""
    st.session_state.pop(key, None)


# --- Interview page (the posting target itself is _INTERVIEW_JOB above, set by the Jobs page) ---
_INTERVIEW_SESSION = "sg.interview_session"  # the interview session shown (None = the start screen)
_INTERVIEW_SEEN_JOB = "sg.interview_seen_job"  # the Jobs page target the form last switched to


def interview_session() -> int | None:
    """The interview session shown on the Interview page (None = the start screen)."""
    return st.session_state.get(_INTERVIEW_SESSION)


def set_interview_session(session_id: int | None) -> None:
    """Show one interview session (None = back to the start screen)."""
    st.session_state[_INTERVIEW_SESSION] = session_id


def interview_seen_job() -> int | None:
    """The Jobs-page posting the Interview form last switched to."""
    return st.session_state.get(_INTERVIEW_SEEN_JOB)


def set_interview_seen_job(job_id: int | None) -> None:
    """Remember the Jobs-page posting the Interview form switched to."""
    st.session_state[_INTERVIEW_SEEN_JOB] = job_id

