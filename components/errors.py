"""Domain errors -> messages for people (st.error / st.warning), never tracebacks."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import streamlit as st

from components.markup import md

from core.errors import (
    Conflict, EmptyText, InvalidInput, LLMUnavailable, NotAResume, NotFound, ParseError, SkillGapError,
    StorageUnavailable, TooLarge, UnsupportedFormat,
)

# Most specific first: the first matching class decides the heading and the icon.
_HEADINGS: tuple[tuple[type[SkillGapError], str, str], ...] = (
    (TooLarge, "That is too large to read.", ":material/scale:"),
    (UnsupportedFormat, "That file type is not supported.", ":material/block:"),
    (EmptyText, "There is no text to read.", ":material/text_fields:"),
    (ParseError, "We could not read that document.", ":material/description:"),
    (NotAResume, "", ":material/person_search:"),  # no heading: its text already says "This does not look like..."
    (Conflict, "That name is taken.", ":material/content_copy:"),
    (InvalidInput, "Please check the input.", ":material/edit:"),
    (NotFound, "It is no longer there.", ":material/search_off:"),
    (StorageUnavailable, "The database is busy or unavailable. Try again in a moment.", ":material/database:"),
    (LLMUnavailable, "The language model is unavailable; the offline fallback was used.", ":material/cloud_off:"),
)


def describe(exc: SkillGapError) -> tuple[str, str]:
    """(message, icon) for a domain error: a short heading plus the error's own user-facing text."""
    for cls, heading, icon in _HEADINGS:
        if isinstance(exc, cls):
            detail = md(str(exc).strip())
            if not heading:
                return detail or "Something went wrong.", icon
            return (f"**{heading}** {detail}" if detail else f"**{heading}**"), icon
    return md(str(exc)) or "Something went wrong.", ":material/error:"


def show_error(exc: SkillGapError, container=st) -> None:
    """Render a domain error; naming/input problems and non-resumes are warnings, the rest errors."""
    message, icon = describe(exc)
    if isinstance(exc, (Conflict, InvalidInput, NotAResume)):
        container.warning(message, icon=icon)
    else:
        container.error(message, icon=icon)


@contextmanager
def user_errors(container=st) -> Iterator[None]:
    """Show domain errors raised in the block instead of crashing the page."""
    try:
        yield
    except SkillGapError as exc:
        show_error(exc, container)
