"""A job match card: title, company, place, date, salary, match %, skill chips; opened, the per-job gap.

Every piece of posting text is HTML-escaped (st.html) or markdown-escaped, so a hostile posting cannot inject
markup.
"""

from __future__ import annotations

from typing import Callable

import streamlit as st

from components.markup import esc, md
from core.matching.explain import factor_name
from core.matching.features import UNSTATED
from core.matching.models import MatchResult, PostingFacts

_CSS = """<style>
.sg-job-meta { color: #475569; font-size: 0.88rem; display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; }
.sg-job-chips { display: flex; flex-wrap: wrap; gap: 0.35rem; margin: 0.45rem 0 0.2rem 0; }
.sg-jchip { padding: 0.15rem 0.6rem; border-radius: 999px; font-size: 0.8rem; border: 1px solid transparent; }
.sg-jchip-have { color: #065f46; background: #d1fae5; border-color: #065f4622; }
.sg-jchip-miss { color: #991b1b; background: #fee2e2; border-color: #991b1b22; }
.sg-jchip-nice { color: #92400e; background: #fef3c7; border-color: #92400e22; }
.sg-job-pct { font-size: 1.7rem; font-weight: 700; color: #0f172a; text-align: right; line-height: 1.1; }
.sg-job-pct-label { font-size: 0.72rem; color: #64748b; text-align: right; text-transform: uppercase; }
.sg-job-why { color: #334155; font-size: 0.86rem; }
.sg-job-desc { white-space: pre-wrap; max-height: 22rem; overflow-y: auto; font-size: 0.9rem; color: #1e293b;
  border-left: 3px solid #e2e8f0; padding: 0.2rem 0 0.2rem 0.8rem; line-height: 1.45; }
.sg-demo-tag { font-size: 0.7rem; padding: 0.05rem 0.4rem; border-radius: 0.3rem; background: #f1f5f9;
  color: #64748b; border: 1px solid #e2e8f0; }
</style>"""
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}
CHIP_LIMIT = 8
MATCH_HELP = ("How well this posting fits you, 0-100 %: mostly the skills you have of those it asks for (required "
              "ones count more), then how close its text is in meaning to your resume, its level, where it is and how "
              "new it is. A level far from yours, a posting over 9 months old or a remote job outside the city you "
              "chose lower it. Open the job for the breakdown.")
FACTOR_HELP = (
    "Skills you have: the share of the posting's skills on your resume (required ones count more; one held below "
    "the level it expects counts in part).  \nMeaning match: how close the posting's text is in meaning to your "
    "resume, beyond exact skill names.  \nLevel fit: your years of experience against the years its seniority "
    "usually asks for.  \nFreshness: newer postings score higher (halves every month).  \nLocation: your city "
    "scores highest, then remote, the same country, elsewhere.  \nFar from your level, Old posting, Outside your "
    "city: these multiply the whole score down.")


def place(p: PostingFacts) -> str:
    """"Berlin · remote", "Remote", "Pune", "Location not stated"."""
    where = p.city or p.country
    if p.remote:
        return f"{where} · remote" if where else "Remote"
    return where or "Location not stated"


def date_label(p: PostingFacts) -> str | None:
    """"Posted 18 Nov 2026" (stated), "Added 21 Nov 2026 (posting date not stated)" (first seen), else None."""
    dated = p.dated_at
    if dated is None:
        return None
    return f"Posted {dated:%d %b %Y}" if p.date_stated else f"Added {dated:%d %b %Y} {UNSTATED}"


def money(value: float, currency: str | None) -> str:
    """85000 -> "85k", with the currency symbol or code."""
    symbol = _SYMBOLS.get((currency or "").upper(), f"{currency} " if currency else "")
    amount = f"{value / 1000:.0f}k" if value >= 1000 else f"{value:.0f}"
    return f"{symbol}{amount}"


def salary(p: PostingFacts) -> str | None:
    """"€60k–80k a year" (posting currency), else the USD estimate, else None."""
    if p.salary_min and p.salary_max and p.salary_max != p.salary_min:
        return f"{money(p.salary_min, p.salary_currency)}–{money(p.salary_max, None)} a year"
    if p.salary_min or p.salary_max:
        return f"{money(p.salary_min or p.salary_max, p.salary_currency)} a year"
    if p.salary_annual_usd:
        return f"≈ {money(p.salary_annual_usd, 'USD')} a year"
    return None


def chips_html(result: MatchResult) -> str:
    """Matched (green), missing required (red) and missing nice-to-have (amber) chips."""
    def chips(names, kind: str, label: str) -> list[str]:
        shown = [f'<span class="sg-jchip sg-jchip-{kind}" title="{esc(label)}">{esc(n)}</span>'
                 for n in names[:CHIP_LIMIT]]
        if len(names) > CHIP_LIMIT:
            shown.append(f'<span class="sg-jchip sg-jchip-{kind}">+{len(names) - CHIP_LIMIT} more</span>')
        return shown
    d = result.delta
    parts = (chips(d.matched, "have", "You have this skill") + chips(d.missing_required, "miss", "Required: missing")
             + chips(d.missing_nice, "nice", "Nice-to-have: missing"))
    return f'<div class="sg-job-chips">{"".join(parts)}</div>'


def header_html(result: MatchResult) -> str:
    """Company, place, posted date, salary (and a demo tag) as one meta line."""
    p = result.posting
    items = [p.company or "Company not stated", place(p)]
    when = date_label(p)
    if when:
        items.append(when)
    pay = salary(p)
    if pay:
        items.append(pay)
    meta = "".join(f"<span>{esc(i)}</span>" for i in items)
    demo = '<span class="sg-demo-tag">demo data</span>' if p.is_demo else ""
    return f'<div class="sg-job-meta">{meta}{demo}</div>'


def render_job_card(result: MatchResult, opened: bool, on_toggle: Callable[[int], None],
                    render_detail: Callable[[MatchResult], None]) -> None:
    """One card; `render_detail` draws the opened view (gap, actions) under it."""
    p = result.posting
    with st.container(border=True):
        left, right = st.columns([5, 1])
        with left:
            st.markdown(f"**{md(p.title)}**")
            st.html(header_html(result) + chips_html(result)
                    + f'<div class="sg-job-why">{esc(result.explanation)}</div>')
        with right:
            st.html(f'<div class="sg-job-pct" title="{esc(MATCH_HELP)}">{result.match_pct}%</div>'
                    f'<div class="sg-job-pct-label" title="{esc(MATCH_HELP)}">match</div>')
            st.button("Close" if opened else "Open", key=f"job_open_{p.id}", on_click=on_toggle, args=(p.id,),
                      icon=":material/expand_less:" if opened else ":material/expand_more:",
                      width="stretch", help="Close this job" if opened else "See its description, score and your gap")
        if opened:
            render_detail(result)


def factor_rows(result: MatchResult) -> list[dict[str, str]]:
    """The score breakdown in plain words: each factor's score, what it counts for and the points it gives or takes."""
    rows = []
    for f in result.factors:
        penalty = f.kind == "penalty"
        rows.append({"Factor": factor_name(f.name),
                     "Score": f"× {f.value:.2f}" if penalty else f"{round(100 * f.value)}%",
                     "Counts for": "whole score" if penalty else f"{round(100 * f.weight)}%",
                     "Points": f"{100 * f.contribution:+.1f}", "Why": f.detail})
    return rows


def render_factors(result: MatchResult) -> None:
    """The score breakdown table, each column explained in its tooltip."""
    column = st.column_config.TextColumn
    st.dataframe(factor_rows(result), hide_index=True, width="stretch", column_config={
        "Factor": column("Factor", help=FACTOR_HELP),
        "Score": column("Score", help="How well the posting does on this factor (0-100 %); a penalty multiplies the "
                                      "whole score by its value."),
        "Counts for": column("Counts for", help="The factor's weight in the match."),
        "Points": column("Points", help="Match points it adds (or a penalty takes off); they sum to the match %."),
        "Why": column("Why", help="What the factor saw in this posting."),
    })


def description_html(p: PostingFacts) -> str:
    """The posting's description, escaped, in a scrollable box (a note when it has none)."""
    text = (p.description or "").strip()
    return f'<div class="sg-job-desc">{esc(text) if text else "This posting has no description."}</div>'


def safe_url(url: str | None) -> str | None:
    """The posting's URL when it is a web address (http or https), else None."""
    url = (url or "").strip()
    return url if url.lower().startswith(("https://", "http://")) and " " not in url else None


def inject_card_css() -> None:
    """The card styles (once per run)."""
    st.html(_CSS)
