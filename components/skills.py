"""Skill chips grouped by category, and per-skill evidence with the matched words highlighted.

Every piece of document text is HTML-escaped (st.html, sanitised again by the browser) or markdown-escaped
(expander labels), so a hostile resume cannot inject markup.
"""

from __future__ import annotations

import re

import streamlit as st

from components.markup import esc, md
from core.resumes import Evidence, SkillChip, SkillGroup, evidence_for
from core.skills.levels import LevelReason

EVIDENCE_LIMIT = 4  # sentences shown per skill
_SAFE_CLASS = re.compile(r"[^a-z0-9_]")


def chip_html(chip: SkillChip, category: str) -> str:
    """One chip: the skill name and, when mentioned more than once, the count."""
    count = f'<span class="sg-chip-count">{chip.count}</span>' if chip.count > 1 else ""
    title = f"{chip.count} mention{'s' if chip.count != 1 else ''}"
    return (f'<span class="sg-chip sg-cat-{_css_class(category)}" title="{esc(title)}">'
            f"{esc(chip.name)}{count}</span>")


def groups_html(groups: list[SkillGroup]) -> str:
    """All groups as rows of a two-column grid: category label (with count) | chips."""
    rows = []
    for group in groups:
        chips = "".join(chip_html(chip, group.category) for chip in group.skills)
        rows.append(
            f'<div class="sg-group-label"><span class="sg-dot sg-cat-{_css_class(group.category)}"></span>'
            f'{esc(group.label)}<span class="sg-group-count">{len(group.skills)}</span></div>'
            f'<div class="sg-chips">{chips}</div>'
        )
    return f'<div class="sg-groups">{"".join(rows)}</div>'


def evidence_html(item: Evidence, section: str | None = None) -> str:
    """One evidence sentence with the match in <mark>, ellipses where the sentence was clipped."""
    before = ("… " if item.clipped_before else "") + esc(item.before)
    after = esc(item.after) + (" …" if item.clipped_after else "")
    where = f'<div class="sg-evidence-where">{esc(section.replace("_", " "))}</div>' if section else ""
    return (f'<div class="sg-evidence">{where}<div class="sg-evidence-text">{before}'
            f'<mark class="sg-mark">{esc(item.match)}</mark>{after}</div></div>')


def render_skill_groups(groups: list[SkillGroup]) -> None:
    """Chips overview of every category."""
    if not groups:
        st.info("No skills from the taxonomy were found in this resume yet. "
                "Make sure it lists the tools and technologies you use.", icon=":material/search_off:")
        return
    st.html(groups_html(groups))


def level_html(why: LevelReason | None) -> str:
    """The skill's level and where it comes from ("L4 — used in Data Engineer, Acme (...)"); "" when unknown."""
    if why is None:
        return ""
    head = f"Assumed L{why.level}" if why.source == "default" else f"L{why.level}"
    return f'<div class="sg-evidence-level"><b>{esc(head)}</b> — {esc(why.text)}</div>'


def render_evidence(groups: list[SkillGroup], text: str, columns: int = 3,
                    levels: dict[str, LevelReason] | None = None) -> None:
    """An expander per skill (with its level and why, when known); category blocks are spread over columns."""
    cols = st.columns(columns, gap="medium")
    heights = [0] * columns
    for group in groups:
        target = heights.index(min(heights))
        heights[target] += len(group.skills) + 1
        with cols[target]:
            st.html(f'<div class="sg-group-label sg-evidence-heading"><span class="sg-dot '
                    f'sg-cat-{_css_class(group.category)}"></span>{esc(group.label)}</div>')
            for chip in group.skills:
                render_skill_evidence(chip, text, (levels or {}).get(chip.skill_id or ""))


def render_skill_evidence(chip: SkillChip, text: str, why: LevelReason | None = None) -> None:
    """One skill's expander: its level and why, then its evidence sentences, the matched words highlighted."""
    level = f" · L{why.level}{' assumed' if why.source == 'default' else ''}" if why else ""
    label = f"{md(chip.name)}{level} · {chip.count} mention{'s' if chip.count != 1 else ''}"
    with st.expander(label):
        found = evidence_for(text, chip.mentions)
        sections = {m.start: m.section for m in chip.mentions}
        body = "".join(evidence_html(item, _section_label(sections.get(item.sentence_start + len(item.before))))
                       for item in found[:EVIDENCE_LIMIT])
        hidden = len(found) - EVIDENCE_LIMIT
        more = f'<div class="sg-evidence-more">+ {hidden} more</div>' if hidden > 0 else ""
        st.html(f'<div class="sg-evidence-list">{level_html(why)}{body}{more}</div>')


def _section_label(section: str | None) -> str | None:
    """A section name worth showing (not the catch-all "other")."""
    return section if section and section != "other" else None


def _css_class(category: str) -> str:
    """A category id reduced to a safe CSS class suffix."""
    return _SAFE_CLASS.sub("", category.lower()) or "other"
