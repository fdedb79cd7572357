"""Page CSS (chips, evidence, section cards) and the category palette, injected once per run by app.py."""

from __future__ import annotations

import streamlit as st

# category -> (text colour, background); text on background passes WCAG AA.
CATEGORY_COLORS: dict[str, tuple[str, str]] = {
    "programming_language": ("#1e40af", "#dbeafe"),
    "framework": ("#3730a3", "#e0e7ff"),
    "database": ("#115e59", "#ccfbf1"),
    "cloud": ("#075985", "#e0f2fe"),
    "devops": ("#9a3412", "#ffedd5"),
    "data_ml": ("#5b21b6", "#ede9fe"),
    "security": ("#991b1b", "#fee2e2"),
    "mobile": ("#9d174d", "#fce7f3"),
    "testing": ("#3f6212", "#ecfccb"),
    "analytics_business": ("#92400e", "#fef3c7"),
    "design": ("#86198f", "#fae8ff"),
    "soft_skill": ("#065f46", "#d1fae5"),
    "tool": ("#334155", "#e2e8f0"),
    "methodology": ("#155e75", "#cffafe"),
    "healthcare": ("#be123c", "#ffe4e6"),
    "finance": ("#166534", "#dcfce7"),
    "education": ("#1d4ed8", "#dbeafe"),
    "people_operations": ("#a21caf", "#fdf4ff"),
    "operations_trades": ("#854d0e", "#fef9c3"),
    "certification": ("#0f766e", "#f0fdfa"),
    "other": ("#4b5563", "#f3f4f6"),
}

_BASE_CSS = """
.sg-groups { display: grid; grid-template-columns: minmax(11rem, max-content) 1fr; gap: 0.7rem 1.5rem;
  align-items: start; padding: 1rem 1.2rem; border: 1px solid #e2e8f0; border-radius: 0.6rem; background: #fcfdff; }
.sg-groups .sg-group-label { margin: 0.3rem 0 0 0; }
.sg-group-label { font-size: 0.76rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase;
  color: #475569; display: flex; align-items: center; gap: 0.45rem; margin-bottom: 0.4rem; white-space: nowrap; }
.sg-group-count { font-weight: 500; color: #94a3b8; }
.sg-dot { width: 0.6rem; height: 0.6rem; border-radius: 50%; display: inline-block; background: #4b5563; }
.sg-chips { display: flex; flex-wrap: wrap; gap: 0.4rem; }
.sg-chip { display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.22rem 0.7rem;
  border-radius: 999px; font-size: 0.86rem; font-weight: 500; line-height: 1.4; border: 1px solid transparent;
  color: #4b5563; background: #f3f4f6; }
.sg-chip-count { font-size: 0.72rem; font-weight: 700; padding: 0 0.38rem; border-radius: 999px;
  background: rgba(255,255,255,0.7); }
.sg-evidence-heading { margin: 0.6rem 0 0 0; }
[data-testid="stMetricValue"] { font-size: 1.85rem; }
.sg-evidence-list { display: flex; flex-direction: column; gap: 0.55rem; }
.sg-evidence { border-left: 3px solid #cbd5e1; padding: 0.2rem 0 0.2rem 0.7rem; }
.sg-evidence-where { font-size: 0.7rem; text-transform: uppercase; letter-spacing: 0.05em; color: #94a3b8;
  margin-bottom: 0.1rem; }
.sg-evidence-text { font-size: 0.9rem; line-height: 1.5; color: #1f2937; white-space: normal; overflow-wrap: anywhere; }
.sg-mark { background: #fde68a; color: #111827; padding: 0 0.15rem; border-radius: 3px; font-weight: 600; }
.sg-evidence-more { font-size: 0.78rem; color: #64748b; }
.sg-evidence-level { font-size: 0.82rem; line-height: 1.45; color: #334155; margin-bottom: 0.1rem; }
.sg-section-text { font-size: 0.9rem; line-height: 1.55; white-space: pre-wrap; word-break: break-word;
  color: #1f2937; background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 0.5rem; padding: 0.8rem 1rem;
  max-height: 26rem; overflow-y: auto; }
.sg-titles { display: flex; flex-wrap: wrap; gap: 0.4rem; }
.sg-title { padding: 0.2rem 0.7rem; border-radius: 0.4rem; background: #f1f5f9; border: 1px solid #e2e8f0;
  font-size: 0.86rem; color: #0f172a; }
.sg-kv { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; font-size: 0.9rem; }
.sg-kv dt { color: #64748b; } .sg-kv dd { margin: 0; color: #0f172a; word-break: break-word; }
.sg-muted { color: #64748b; font-size: 0.85rem; }
/* st.dataframe's own "Download as CSV" writes cells verbatim (a posting title "=HYPERLINK(...)" runs as a
   formula in a spreadsheet): hidden; pages offer st.download_button(core.export.safe_csv(...)) instead. */
[data-testid="stElementToolbarButton"]:has(button[aria-label^="Download as CSV"]) { display: none; }
"""


def css() -> str:
    """The full stylesheet: base rules plus one colour rule per category."""
    rules = [
        f".sg-chip.sg-cat-{cat} {{ color: {fg}; background: {bg}; border-color: {fg}22; }}\n"
        f".sg-dot.sg-cat-{cat} {{ background: {fg}; }}"
        for cat, (fg, bg) in CATEGORY_COLORS.items()
    ]
    return "<style>" + _BASE_CSS + "\n".join(rules) + "</style>"


def inject_css() -> None:
    """Add the stylesheet to the page (style-only HTML takes no space)."""
    st.html(css())
