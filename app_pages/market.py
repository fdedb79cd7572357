"""Market page: what employers ask for in a role family -- filters, six charts and the numbers behind them."""

from __future__ import annotations

import streamlit as st

from components import charts, state
from components.cache import context
from components.coverage import profile_family
from components.errors import user_errors
from components.market_filters import dataset_choice, ensure_market, market_filters, market_service, month_label
from components.profiles import current_profile
from core.market.analysis import premium_highlights
from core.export import safe_csv
from core.market.export import market_table
from core.market.filters import MarketFilter
from core.market.service import MarketService, MarketView
from core.market.trend_sample import MIN_POINT_POSTINGS, TrendSample

TOP = 20


def header(demo: bool | None) -> None:
    """Title, the demo label and what the page answers."""
    left, right = st.columns([5, 1.4], vertical_alignment="center")
    left.title("Skill demand")
    if demo:
        right.badge("Demo data", icon=":material/science:", color="orange")
    st.caption("What employers ask for: share of postings per skill, how demand moves, what pays, where.")
    if demo:
        st.caption(":orange[Demo data: a generated market (realistic, not real postings). "
                   "Load your own postings on the **Data** page to explore them here.]")


def no_data() -> None:
    """Empty state when nothing is stored at all."""
    st.info("No postings yet. Add postings on the **Data** page (CSV, JSONL, Parquet, a URL or pasted text), "
            "or build the demo market with `python -m core demo`.", icon=":material/inbox:")


def kpis(service: MarketService, f: MarketFilter, view: MarketView) -> None:
    """Headline numbers of the slice."""
    totals = view.totals
    movers = view.risers_fallers(1)
    riser = movers[movers["direction"] == "rising"]
    cols = st.columns(4)
    cols[0].metric("Postings", f"{totals.postings:,}", help=f"{month_label(totals.months[0])} – "
                   f"{month_label(totals.months[-1])}", border=True)
    cols[1].metric("With pay data", f"{totals.salaried / totals.postings:.0%}", border=True,
                   help=f"{totals.salaried:,} postings state a salary")
    cols[2].metric("Distinct skills", f"{totals.skills:,}", border=True)
    if riser.empty:
        cols[3].metric("Fastest riser", "—", help="Needs enough postings in the last 12 months", border=True)
    else:
        row = riser.iloc[0]
        cols[3].metric("Fastest riser", f"{row['change_pp']:+.1f} pt", row["skill"], border=True,
                       help="Change in share of postings: last 6 months vs the 6 before")
    if totals.postings < 30:
        st.caption("Few postings in this slice: shares move a lot with each posting.")


def top_and_movers(view: MarketView) -> None:
    """Top skills (stacked by requirement) next to the biggest risers and fallers."""
    left, right = st.columns([1.15, 1], gap="large")
    with left:
        st.subheader("Top skills")
        st.caption("Share of postings that require, prefer or mention each skill.")
        st.plotly_chart(charts.top_skills_chart(view.top_skills(TOP)), key="chart_top", width="stretch")
    with right:
        st.subheader("Risers and fallers")
        movers = view.risers_fallers(8)
        if view.movers().empty:
            st.info("Not enough postings to compare the last 6 months with the 6 before. Widen the date range "
                    "or the filters.", icon=":material/timeline:")
        elif movers.empty:
            st.info("No skill's share moved more than noise would explain in this slice.",
                    icon=":material/timeline:")
        else:
            st.caption("Change in share of postings, last 6 months vs the 6 before (points); only changes "
                       "unlikely to be noise (two-proportion z ≥ 2).")
            st.plotly_chart(charts.movers_chart(movers), key="chart_movers", width="stretch")


def trends(view: MarketView) -> None:
    """Monthly share of chosen skills (defaults: the biggest risers and fallers, then the top skills)."""
    st.subheader("Trends")
    top = view.top_skills(40)
    names = dict(zip(top["skill_id"], top["skill"]))
    movers = view.risers_fallers(2)
    default = list(dict.fromkeys([*movers["skill_id"], *top["skill_id"][:2]]))[:5]
    chosen = state.widget_value(state.MARKET_TREND_SKILLS)
    if not isinstance(chosen, list) or any(s not in names for s in chosen):
        state.set_widget_value(state.MARKET_TREND_SKILLS, [s for s in default if s in names])
    pick, smooth = st.columns([5, 1.3], vertical_alignment="bottom")
    picked = pick.multiselect("Skills to plot", list(names), key=state.MARKET_TREND_SKILLS, max_selections=8,
                              persist_state=state.PERSIST, format_func=lambda s: names[s],
                              placeholder="Choose skills…")
    window = 3 if smooth.toggle("3-month average", key=state.MARKET_TREND_SMOOTH, value=True,
                                persist_state=state.PERSIST,
                                help="Each point sums the postings of that month and the two before") else 1
    if not picked:
        st.info("Choose one or more skills to see their monthly share of postings.", icon=":material/show_chart:")
        return
    sample = view.trend_sample(window)
    if not sample.reliable:
        thin_counts(view, picked, sample, window)
        return
    st.plotly_chart(charts.trend_chart(view.trends(picked, window), window), key="chart_trends", width="stretch")


def thin_counts(view: MarketView, picked: list[str], sample: TrendSample, window: int) -> None:
    """A slice too small for a trend: say so, and show each skill's count over the whole period instead."""
    point = "3-month window" if window > 1 else "month"
    st.info(f"Too few postings for a trend line: {sample.total_postings:,} in this slice, as few as "
            f"{sample.smallest:,} behind a {point} (a line needs about {MIN_POINT_POSTINGS} per point; below that "
            "one posting moves it by several points). Here is each skill over the whole period instead.",
            icon=":material/data_thresholding:")
    rows = [{"Skill": c.skill, "Postings asking for it": c.postings, "Of postings": c.total,
             "Share": c.share * 100} for c in view.skill_counts(picked)]
    st.dataframe(rows, hide_index=True, key="table_trend_counts",
                 column_config={"Share": st.column_config.ProgressColumn("Share", format="%.0f%%", min_value=0,
                                                                         max_value=100)})


def pay_and_cities(service: MarketService, f: MarketFilter, view: MarketView) -> None:
    """Salary premium by skill next to a city comparison for one skill."""
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader("Pay premium")
        shown = premium_highlights(service.salary_premium(f, 40))
        if shown.empty:
            st.info("Too few postings with pay data to compare with and without each skill. Widen the filters.",
                    icon=":material/payments:")
        else:
            st.caption("Among the 40 most asked-for skills: pay of postings with vs without the skill, compared "
                       "within the same city and seniority (highest and lowest shown; hover for medians).")
            st.plotly_chart(charts.premium_chart(shown), key="chart_premium", width="stretch")
    with right:
        st.subheader("Cities")
        top = view.top_skills(40)
        names = dict(zip(top["skill_id"], top["skill"]))
        if not names:
            return
        if state.widget_value(state.MARKET_CITY_SKILL) not in names:
            risers = [s for s in view.risers_fallers(3)["skill_id"] if s in names]
            state.set_widget_value(state.MARKET_CITY_SKILL, risers[0] if risers else next(iter(names)))
        skill = st.selectbox("Skill", list(names), key=state.MARKET_CITY_SKILL, persist_state=state.PERSIST,
                             format_func=lambda s: names[s])
        cities = service.city_comparison(f, skill)
        if cities.empty:
            st.info("No city has enough postings for this slice.", icon=":material/location_city:")
        else:
            st.caption(f"Share of postings asking for {names[skill]} (cities with 10+ postings; city filter ignored).")
            st.plotly_chart(charts.city_chart(cities.head(20), names[skill]), key="chart_cities", width="stretch")


def cooccurrence(service: MarketService, f: MarketFilter) -> None:
    """Which top skills are asked for together."""
    st.subheader("Skills asked for together")
    co = service.cooccurrence(f, TOP)
    if len(co.counts) < 2:
        st.info("Not enough skills in this slice for a co-occurrence map.", icon=":material/grid_on:")
        return
    st.caption("Each cell: of the postings asking for the row's skill, the share that also ask for the column's.")
    st.plotly_chart(charts.cooccurrence_heatmap(co.counts, co.conditional), key="chart_cooc", width="stretch")


def numbers(service: MarketService, f: MarketFilter, demo: bool) -> None:
    """The demand table with a CSV download (spreadsheet-safe)."""
    st.subheader("The numbers")
    st.caption("Shares are of the slice's postings. Trend: change in share, last 6 months vs the 6 before. "
               "Pay premium: pay with vs without the skill among postings of the same city and seniority (blank "
               "when too few postings state pay). Medians: annual pay in USD of all the slice's postings with / "
               "without the skill.")
    table = market_table(service.demand_table(f, 50))
    config = {c: st.column_config.NumberColumn(format="%.1f") for c in table.columns if "%" in c or "(pt)" in c}
    config |= {c: st.column_config.NumberColumn(format="$%,.0f") for c in table.columns if "USD" in c}
    config["Share %"] = st.column_config.ProgressColumn("Share %", format="%.1f%%", min_value=0, max_value=100)
    config["Skill"] = st.column_config.TextColumn("Skill", pinned=True)
    st.dataframe(table, hide_index=True, width="stretch", height=min(600, 36 + 35 * len(table)),
                 column_config=config)
    label = "demo" if demo else "market"
    name = f"skillgap-{label}-{f.role_family}-{(f.city or 'all').lower().replace(' ', '-')}-{f.start}-{f.end}.csv"
    st.download_button("Download CSV", safe_csv(table), file_name=name, mime="text/csv",
                       icon=":material/download:", key="market_csv")


ctx = context()
with user_errors():
    ensure_market(ctx)
service = market_service(ctx)
demo = dataset_choice(service)
header(demo)
if demo is None:
    no_data()
    st.stop()
with user_errors():
    profile = current_profile(ctx)
    f = market_filters(service, demo, preferred=profile_family(ctx, profile.id if profile else None))
    if f is None:
        no_data()
        st.stop()
    view = service.view(f)
    if view.empty:
        st.info("No postings match these filters. Try all cities, all levels or a wider date range.",
                icon=":material/filter_alt_off:")
        st.stop()
    kpis(service, f, view)
    top_and_movers(view)
    trends(view)
    pay_and_cities(service, f, view)
    cooccurrence(service, f)
    numbers(service, f, demo)
