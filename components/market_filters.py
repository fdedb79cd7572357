"""Market widgets: the cached MarketService, the wait for the first-start build, and the filter bar."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from components import state
from components.demo_build import wait_for_market
from core.context import AppContext
from core.market.filters import MarketFilter
from core.market.service import MarketService

REMOTE_CHOICES = {"Any": None, "Remote": True, "On-site": False}
DATASET_LABELS = {"yours": "Your postings", "demo": "Demo market"}


@st.cache_resource(show_spinner=False)
def _service(_ctx: AppContext, db_url: str) -> MarketService:
    return MarketService(_ctx.engine, _ctx.taxonomy)


def market_service(ctx: AppContext) -> MarketService:
    """One MarketService per database (its memo is shared by every session), synced with the aggregates' version."""
    service = _service(ctx, ctx.settings.db_url)
    service.sync()
    return service


def ensure_market(ctx: AppContext) -> None:
    """Once per session: the demo market built on an empty database (progress bar) or stale aggregates refreshed."""
    wait_for_market(ctx)


def _keep(key: str, options: list, default) -> None:
    """Reset a widget's remembered value when it is no longer one of the options."""
    if state.widget_value(key) not in options:
        state.set_widget_value(key, default)


def month_label(month: str) -> str:
    """'2026-03' -> 'Mar 2026'."""
    return datetime.strptime(month, "%Y-%m").strftime("%b %Y")


def dataset_choice(service: MarketService, key: str = state.MARKET_DATASET, min_yours: int = 0) -> bool | None:
    """Which dataset to use (a "Your postings / Demo market" switch only when both exist; the Market, Gaps and
    Jobs pages each keep their own choice under `key`); None when there is no data at all. The switch starts on
    your postings unless they are fewer than `min_yours` (then on the demo market, until the user picks)."""
    counts = service.datasets()
    choices = [name for name, demo in (("yours", False), ("demo", True)) if counts.get(demo)]
    if not choices:
        return None
    if len(choices) > 1:
        _keep(key, choices, "yours" if counts.get(False, 0) >= min_yours else "demo")
        st.segmented_control("Dataset", choices, key=key, persist_state=state.PERSIST, label_visibility="collapsed",
                             format_func=lambda c: f"{DATASET_LABELS[c]} · {counts[c == 'demo']:,}")
    chosen = state.widget_value(key) if len(choices) > 1 else choices[0]
    return (chosen or choices[0]) == "demo"


def market_filters(service: MarketService, demo: bool, preferred: str | None = None) -> MarketFilter | None:
    """The filter bar (role family, city, seniority, work mode, months); None when the dataset has no family.
    `preferred`: the family shown first (the person's), when the dataset has it."""
    opts = service.options(demo)
    families = {o.id: o for o in opts.role_families}
    if not families or not opts.months:
        return None
    c_role, c_city, c_level, c_mode, c_months = st.columns([2.3, 1.5, 1.2, 1.1, 2.6], vertical_alignment="bottom")
    _keep(state.MARKET_ROLE, list(families), preferred if preferred in families else next(iter(families)))
    role = c_role.selectbox("Role family", list(families), key=state.MARKET_ROLE, persist_state=state.PERSIST,
                            format_func=lambda i: f"{families[i].name} · {families[i].postings:,}")
    within = service.options(demo, role)
    cities = [""] + within.cities
    _keep(state.MARKET_CITY, cities, "")
    city = c_city.selectbox("City", cities, key=state.MARKET_CITY, persist_state=state.PERSIST,
                            format_func=lambda c: c or "All cities")
    levels = [""] + within.seniorities
    _keep(state.MARKET_SENIORITY, levels, "")
    level = c_level.selectbox("Seniority", levels, key=state.MARKET_SENIORITY, persist_state=state.PERSIST,
                              format_func=lambda s: s.title() if s else "All levels")
    _keep(state.MARKET_REMOTE, list(REMOTE_CHOICES), "Any")
    mode = c_mode.selectbox("Work mode", list(REMOTE_CHOICES), key=state.MARKET_REMOTE, persist_state=state.PERSIST)
    months = opts.months
    picked = state.widget_value(state.MARKET_MONTHS)
    if not (isinstance(picked, (tuple, list)) and len(picked) == 2 and all(m in months for m in picked)):
        state.forget_widget(state.MARKET_MONTHS)
    if len(months) > 1:
        start, end = c_months.select_slider("Months", options=months, key=state.MARKET_MONTHS,
                                            persist_state=state.PERSIST, value=(months[0], months[-1]),
                                            format_func=month_label)
    else:
        start = end = months[0]
        c_months.caption(f"Months: {month_label(start)}")
    return MarketFilter(role, demo=demo, city=city or None, seniority=level or None,
                        remote=REMOTE_CHOICES[mode], start=start, end=end)
