"""Plotly figure builders for the Market page: presentation only (frames arrive computed by core.market).

Every chart shows counts on hover, uses one palette, and has a fixed height so the grid stays aligned.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

INK = "#0f172a"
MUTED = "#64748b"
GRID = "#e2e8f0"
REQUIRED = "#4338ca"
PREFERRED = "#818cf8"
MENTIONED = "#cbd5e1"
RISING = "#059669"
FALLING = "#dc2626"
LINES = ["#4338ca", "#0891b2", "#d97706", "#db2777", "#059669", "#7c3aed", "#dc2626", "#475569"]
HEAT = [[0.0, "#f8fafc"], [0.25, "#c7d2fe"], [0.6, "#6366f1"], [1.0, "#312e81"]]


def _layout(fig: go.Figure, height: int, *, legend: bool = False, xpct: bool = False) -> go.Figure:
    fig.update_layout(
        height=height, margin=dict(l=8, r=16, t=36 if legend else 12, b=8), template="plotly_white",
        font=dict(family="Inter, system-ui, sans-serif", size=13, color=INK),
        hoverlabel=dict(bgcolor="white", font_size=13, bordercolor=GRID), showlegend=legend,
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0, title=None, traceorder="normal"),
        plot_bgcolor="white", paper_bgcolor="rgba(0,0,0,0)",
    )
    fig.update_xaxes(gridcolor=GRID, zeroline=False)
    if xpct:
        fig.update_xaxes(ticksuffix="%")
    fig.update_yaxes(gridcolor=GRID, zeroline=False)
    return fig


def top_skills_chart(top: pd.DataFrame) -> go.Figure:
    """Horizontal stacked bars: share of postings requiring / preferring / mentioning each skill."""
    df = top.iloc[::-1]
    fig = go.Figure()
    for col, label, color in (("required", "Required", REQUIRED), ("preferred", "Nice to have", PREFERRED),
                              ("unspecified", "Mentioned", MENTIONED)):
        share = df[col + "_share"] * 100
        fig.add_bar(
            y=df["skill"], x=share, name=label, orientation="h", marker_color=color,
            customdata=np.stack([df[col], df["postings"], df["share"] * 100], axis=-1),
            hovertemplate=(f"<b>%{{y}}</b><br>{label}: %{{customdata[0]:,}} postings (%{{x:.1f}}%)"
                           "<br>Any mention: %{customdata[1]:,} postings (%{customdata[2]:.1f}%)<extra></extra>"),
        )
    fig.update_layout(barmode="stack", bargap=0.28)
    fig.update_yaxes(showgrid=False, tickfont=dict(size=12))
    return _layout(fig, max(320, 26 * len(df) + 60), legend=True, xpct=True)


def trend_chart(trends: pd.DataFrame, window: int = 1) -> go.Figure:
    """Monthly share of postings for the chosen skills (`window` > 1: the frame holds rolling shares)."""
    span = f" ({window}-month window)" if window > 1 else ""
    fig = go.Figure()
    for i, (skill, g) in enumerate(trends.groupby("skill", sort=False)):
        fig.add_scatter(
            x=pd.to_datetime(g["month"]), y=g["share"] * 100, name=skill, mode="lines+markers",
            line=dict(color=LINES[i % len(LINES)], width=2.5),
            marker=dict(size=5), customdata=np.stack([g["postings"], g["total"]], axis=-1),
            hovertemplate=(f"<b>{skill}</b> · %{{x|%b %Y}}{span}<br>%{{y:.1f}}% of postings"
                           "<br>%{customdata[0]:,} of %{customdata[1]:,} postings<extra></extra>"),
        )
    fig.update_yaxes(ticksuffix="%", rangemode="tozero")
    fig.update_xaxes(dtick="M3", tickformat="%b %Y")
    return _layout(fig, 360, legend=True)


def movers_chart(movers: pd.DataFrame) -> go.Figure:
    """Diverging bars: change in share (points), last window vs the one before."""
    df = movers.sort_values("change_pp")
    colors = [RISING if v > 0 else FALLING for v in df["change_pp"]]
    fig = go.Figure(go.Bar(
        y=df["skill"], x=df["change_pp"], orientation="h", marker_color=colors,
        customdata=np.stack([df["share_before"] * 100, df["share_after"] * 100, df["postings_before"],
                             df["postings_after"]], axis=-1),
        hovertemplate=("<b>%{y}</b>: %{x:+.1f} points<br>before: %{customdata[0]:.1f}% (%{customdata[2]:,} postings)"
                       "<br>recent: %{customdata[1]:.1f}% (%{customdata[3]:,} postings)<extra></extra>"),
    ))
    fig.add_vline(x=0, line_color=MUTED, line_width=1)
    fig.update_xaxes(ticksuffix=" pt")
    fig.update_yaxes(showgrid=False)
    return _layout(fig, max(320, 26 * len(df) + 40))


def cooccurrence_heatmap(counts: pd.DataFrame, conditional: pd.DataFrame) -> go.Figure:
    """Heatmap of P(column skill | row skill) among the top skills; hover shows both counts."""
    n = counts.to_numpy()
    diag = np.diag(n)
    z = conditional.to_numpy().copy()
    np.fill_diagonal(z, np.nan)
    custom = np.stack([n, np.repeat(diag[:, None], len(diag), axis=1)], axis=-1)
    fig = go.Figure(go.Heatmap(
        z=z, x=list(counts.columns), y=list(counts.index), colorscale=HEAT, zmin=0, zmax=100, xgap=1, ygap=1,
        customdata=custom, colorbar=dict(title=dict(text="% of row", side="right"), ticksuffix="%", thickness=12),
        hovertemplate=("Of %{customdata[1]:,} postings asking for <b>%{y}</b>,<br>%{customdata[0]:,} (%{z:.0f}%) "
                       "also ask for <b>%{x}</b><extra></extra>"),
    ))
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(showgrid=False, tickangle=-40)
    return _layout(fig, 560)


def premium_chart(premium: pd.DataFrame) -> go.Figure:
    """Bars: pay difference with vs without each skill (same city and seniority); hover: the slice's medians."""
    df = premium.sort_values("premium_pct")
    colors = [RISING if v > 0 else FALLING for v in df["premium_pct"]]
    fig = go.Figure(go.Bar(
        y=df["skill"], x=df["premium_pct"], orientation="h", marker_color=colors,
        customdata=np.stack([df["median_with"].fillna(0), df["median_without"].fillna(0), df["n_with"],
                             df["n_without"]], axis=-1),
        hovertemplate=("<b>%{y}</b>: %{x:+.1f}% vs peers in the same city and level"
                       "<br>median pay with: $%{customdata[0]:,.0f} (%{customdata[2]:,} postings with pay)"
                       "<br>median pay without: $%{customdata[1]:,.0f} (%{customdata[3]:,})<extra></extra>"),
    ))
    fig.add_vline(x=0, line_color=MUTED, line_width=1)
    fig.update_xaxes(ticksuffix="%")
    fig.update_yaxes(showgrid=False)
    return _layout(fig, max(320, 26 * len(df) + 40))


def city_chart(cities: pd.DataFrame, skill: str) -> go.Figure:
    """Share of postings asking for one skill, per city."""
    df = cities.iloc[::-1]
    fig = go.Figure(go.Bar(
        y=df["city"], x=df["share"] * 100, orientation="h", marker_color=REQUIRED,
        customdata=np.stack([df["postings"], df["total"], df["median_with"].fillna(0)], axis=-1),
        hovertemplate=(f"<b>%{{y}}</b>: %{{x:.1f}}% ask for {skill}<br>%{{customdata[0]:,}} of %{{customdata[1]:,}}"
                       " postings<br>median pay with it: $%{customdata[2]:,.0f}<extra></extra>"),
    ))
    fig.update_xaxes(ticksuffix="%", rangemode="tozero")
    fig.update_yaxes(showgrid=False)
    return _layout(fig, max(320, 24 * len(df) + 40))
