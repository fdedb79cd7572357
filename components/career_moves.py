"""The "Career moves" section of the Gaps page: the 5 nearest occupations, each a button that makes it the target.

Data comes from core.moves (no queries here); every text from data is HTML-escaped by markdown escaping.
"""

from __future__ import annotations

import streamlit as st

from components import state
from components.markup import md
from core.errors import SkillGapError
from core.moves.records import CareerMove, MovesResult


@st.cache_data(max_entries=16, show_spinner=False)
def _moves(_ctx, _services, resume_id: int, inputs_key: str) -> MovesResult:
    """Moves for a resume, cached on everything they depend on (resume, answers, market, taxonomy)."""
    from core.moves.service import moves_for_resume

    return moves_for_resume(_ctx, _services, resume_id)


def load_moves(ctx, services, resume_id: int) -> MovesResult | None:
    """The moves for the resume, or None (with the reason shown) when they cannot be computed."""
    from core.gaps.compute import current_inputs

    try:
        return _moves(ctx, services, resume_id, repr(current_inputs(ctx, resume_id)))
    except SkillGapError as exc:
        st.info(f"Career moves are not available: {exc}", icon=":material/info:")
        return None


def _choose(profile_id: int, move: CareerMove) -> None:
    state.set_gaps_move(profile_id, (move.soc, move.family, move.title))
    state.set_widget_value(state.GAPS_MODE, "market")


def _clear(profile_id: int) -> None:
    state.set_gaps_move(profile_id, None)


def render_move_target(profile_id: int) -> tuple[str, str, str] | None:
    """The banner of a chosen move (with a way back to the role family); returns the move or None."""
    move = state.gaps_move(profile_id)
    if move is None:
        return None
    soc, _family, title = move
    left, right = st.columns([4, 1.3], vertical_alignment="center")
    left.markdown(f":violet-badge[:material/alt_route: Career move] **{md(title)}** \u00a0 :gray[O*NET {md(soc)}]")
    right.button("Back to role family", on_click=_clear, args=(profile_id,), icon=":material/close:",
                 width="stretch", key="gaps_move_clear")
    return move


def render_moves(result: MovesResult | None, profile_id: int) -> None:
    """The section: where the resume was placed, then one row per move with its button."""
    st.subheader("Career moves", anchor=False)
    if result is None:
        return
    origin = result.origin_title or "an occupation we could not place"
    st.caption(f"Nearest occupations from **{md(origin)}** ({result.placed_by}, {result.confidence:.0%} sure), "
               "by O*NET related occupations and the skills you show; bridging skills ranked by the same ROI "
               "as your gaps. Choose one to make it your gap target.")
    if not result.moves:
        st.info("No nearby occupations found for this resume.", icon=":material/search_off:")
        return
    chosen = state.gaps_move(profile_id)
    for i, move in enumerate(result.moves):
        _row(move, profile_id, i, chosen is not None and chosen[0] == move.soc)
    for note in result.notes:
        st.caption(md(note))


def _row(move: CareerMove, profile_id: int, index: int, chosen: bool) -> None:
    with st.container(border=True):
        text, action = st.columns([4.2, 1.2], vertical_alignment="center")
        bridge = ", ".join(f"{b.name} ({b.hours} h)" for b in move.bridging[:3]) or "nothing missing"
        text.markdown(f"**{md(move.title)}** \u00a0 :gray-badge[{md(move.family_name)}] "
                      f":blue-badge[{move.overlap:.0%} overlap] :orange-badge[{move.hours_to_bridge} h to bridge]")
        text.caption(f"Learn first: {md(bridge)} · {md(move.relatedness)}"
                     + "".join(f" · {md(note)}" for note in move.notes))
        action.button("Current target" if chosen else "Make this my target", key=f"gaps_move_{index}_{move.soc}",
                      on_click=_choose, args=(profile_id, move), disabled=chosen, width="stretch",
                      icon=":material/check:" if chosen else ":material/alt_route:")
