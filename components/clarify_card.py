"""Inline clarification cards: the questions SkillGap cannot answer from the resume, with answer, skip and undo.

Pages call `render_clarifications(ctx, profile_id, view=..., report=..., where="resume" | "gaps")`. Answers go
through core.clarify.service in button callbacks, so the page's report (computed after the callback, in the same
rerun) already reflects them. Every piece of resume text is escaped (esc / md).
"""

from __future__ import annotations

import streamlit as st

from components import state
from components.errors import describe
from components.markup import esc, md
from core.clarify.models import SOMETHING_ELSE, ClarifyRound, Question, Reply
from core.clarify.round import Clarifier
from core.clarify.service import (answer_question, clarification_round, clarified_mentions, make_clarifier,
                                  skip_question, sync_corrections, undo)
from core.clarify.store import active_answers
from core.context import AppContext
from core.errors import SkillGapError
from core.gaps.report import GapReport
from core.resumes import ResumeView, SkillGroup, group_skills, latest_resume

KIND_LABELS = {"alias": "Which skill?", "emerging": "New skill", "level": "Your level", "probe": "Gap probe"}
CATEGORY_LABELS = {"technical_skills": "technical skill", "experience_depth": "experience depth",
                   "transferable_skills": "transferable skill", "recent_developments": "recent development"}
ANSWERS_SHOWN = 12

_CSS = """<style>
.sg-q-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; margin-bottom: 0.15rem; }
.sg-q-kind { font-size: 0.7rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase;
  color: #1e3a8a; background: #e0e7ff; border-radius: 999px; padding: 0.1rem 0.6rem; }
.sg-q-tag { font-size: 0.7rem; font-weight: 600; color: #475569; background: #f1f5f9; border-radius: 999px;
  padding: 0.1rem 0.55rem; }
.sg-q-tag.sg-high { color: #9a3412; background: #ffedd5; }
.sg-q-text { font-size: 1.02rem; font-weight: 600; line-height: 1.45; color: #0f172a; margin: 0.25rem 0 0.1rem 0; }
.sg-q-quote { font-size: 0.86rem; color: #334155; border-left: 3px solid #cbd5e1; padding: 0.1rem 0 0.1rem 0.6rem;
  margin: 0.35rem 0 0.1rem 0; overflow-wrap: anywhere; }
.sg-q-note { font-size: 0.8rem; color: #64748b; margin-top: 0.25rem; }
.sg-q-note b { color: #475569; font-weight: 600; }
.sg-q-intro { font-size: 0.9rem; color: #475569; margin: -0.4rem 0 0.6rem 0; }
.sg-q-answer { display: flex; align-items: baseline; gap: 0.5rem; font-size: 0.88rem; color: #1f2937; }
.sg-q-answer .sg-q-tag { flex: none; }
</style>"""


@st.cache_resource(show_spinner=False)
def _clarifier(_ctx: AppContext, db_url: str, taxonomy_version: str) -> Clarifier:
    """One Clarifier per process and database (sources, lexicon, LLM probe memo)."""
    from core.llm.client import make_llm

    return make_clarifier(_ctx, llm=make_llm(_ctx.settings))


def clarifier(ctx: AppContext) -> Clarifier:
    """This process's Clarifier for the context."""
    return _clarifier(ctx, ctx.settings.db_url, ctx.taxonomy.version)


def clarified_groups(ctx: AppContext, profile_id: int, view: ResumeView) -> list[SkillGroup]:
    """The resume's skill groups with the profile's answers applied ("not a skill" gone, confirmed words in)."""
    return group_skills(clarified_mentions(ctx, profile_id, view), ctx.taxonomy)


def render_clarifications(ctx: AppContext, profile_id: int, *, view: ResumeView | None = None,
                          report: GapReport | None = None, where: str = "gaps", columns: int = 2) -> None:
    """The clarification section: last-answer banner with undo, a round of up to 5 cards (the next round once all
    are answered or skipped) with how many remain, answered list, assumptions."""
    view = view or latest_resume(ctx, profile_id)
    if view is None:
        return
    st.html(_CSS)
    if sync_corrections(ctx, profile_id, view.text):
        st.rerun()  # a new resume version just took the profile's answers: recompute what the page shows
    engine = clarifier(ctx)
    number, keys = state.clarify_round(where, profile_id)
    round_ = clarification_round(ctx, engine, profile_id, view, report, stored_report=report is None, current=keys)
    shown = tuple(q.key for q in round_.questions)
    if shown and not set(shown) <= set(keys):  # the last round is done: this is the next one
        number, keys = number + 1, shown
        state.set_clarify_round(where, profile_id, number, keys)
    answers = active_answers(ctx.engine, profile_id)
    if not round_.questions and not answers:
        return
    st.subheader("Quick questions", anchor=False)
    st.html('<div class="sg-q-intro">A few things your resume does not say. Each answer updates the analysis '
            'at once; skip anything you would rather not answer.</div>')
    error = state.pop_clarify_error()
    if error:
        st.warning(error, icon=":material/edit:")
    _last_answer_banner(ctx, profile_id, where)
    if round_.questions:
        _cards(ctx, engine, profile_id, round_, where, columns)
        st.caption(round_caption(number, len(round_.questions), len(keys), round_.pending))
    else:
        st.success("Nothing left to ask: every open question is answered.", icon=":material/task_alt:")
    _answered(ctx, profile_id, answers, where)
    if report is None:  # a page showing a report lists its assumptions itself
        _assumptions(round_, where)


def _cards(ctx: AppContext, engine: Clarifier, profile_id: int, round_: ClarifyRound, where: str,
           columns: int) -> None:
    cols = st.columns(max(1, columns), gap="medium")
    for index, question in enumerate(round_.questions):
        with cols[index % len(cols)]:
            render_card(ctx, engine, profile_id, question, where)


def round_caption(number: int, left: int, size: int, pending: int) -> str:
    """"Round 2 · 3 of 5 questions left in this round · 7 more after it"."""
    def plural(n: int) -> str:
        return f"{n} question{'s' if n != 1 else ''}"

    size = max(size, left)
    now = f"{left} of {size} questions left in this round" if left < size else f"{plural(left)} in this round"
    later = f"{pending} more after it" if pending else "no more after it"
    return f"Round {max(number, 1)} · {now} · {later}."


def render_card(ctx: AppContext, engine: Clarifier, profile_id: int, question: Question, where: str) -> None:
    """One question card: kind, question, the resume's words, choices, Save and Skip."""
    with st.container(border=True, key=f"sg-q-{where}-{question.key}"):
        st.html(_head_html(question) + f'<div class="sg-q-text">{esc(question.text)}</div>'
                + (f'<div class="sg-q-quote">“{esc(question.evidence)}”</div>' if question.evidence else ""))
        values = [o.value for o in question.options]
        labels = {o.value: o.label for o in question.options}
        choice_key = state.clarify_widget_key(where, question.key, "choice")
        default = values.index(question.default) if question.default in values else None
        choice = st.radio(
            question.text, values, index=default, key=choice_key, format_func=lambda v: labels.get(v, v),
            captions=[o.hint for o in question.options], label_visibility="collapsed",
        )
        text_key = state.clarify_widget_key(where, question.key, "text")
        if question.allows_text and choice == SOMETHING_ELSE:
            st.text_input("The skill you meant", key=text_key, placeholder="e.g. Kubernetes")
        if question.assumption:
            st.html(f'<div class="sg-q-note"><b>Until you answer:</b> {esc(question.assumption)}</div>')
        with st.container(horizontal=True, vertical_alignment="center"):
            st.button("Save answer", key=f"{choice_key}.save", type="primary", disabled=choice is None,
                      icon=":material/check:", on_click=_on_save,
                      args=(ctx, engine, profile_id, question, where, choice_key, text_key))
            st.button("Skip", key=f"{choice_key}.skip", type="tertiary", on_click=_on_skip,
                      args=(ctx, engine, profile_id, question, where))
        if question.reason:
            st.caption(f"Why we ask: {md(question.reason)}")


def _head_html(question: Question) -> str:
    tags = [f'<span class="sg-q-kind">{esc(KIND_LABELS.get(question.kind, question.kind))}</span>']
    if question.probe is not None:
        high = " sg-high" if question.probe.impact == "HIGH" else ""
        tags.append(f'<span class="sg-q-tag{high}">{esc(question.probe.impact.lower())} impact</span>')
        tags.append(f'<span class="sg-q-tag">{esc(CATEGORY_LABELS.get(question.probe.category, ""))}</span>')
    if question.produced_by not in ("", "template") and not question.produced_by.startswith("Template"):
        tags.append(f'<span class="sg-q-tag">{esc(question.produced_by)}</span>')
    return f'<div class="sg-q-head">{"".join(tags)}</div>'


def _last_answer_banner(ctx: AppContext, profile_id: int, where: str) -> None:
    last = state.clarify_last()
    if not last or last[0] != where:
        return
    _, key, summary = last
    with st.container(horizontal=True, vertical_alignment="center", key=f"sg-q-last-{where}"):
        st.success(f"Saved: {md(summary)}. The analysis is updated.", icon=":material/check_circle:")
        st.button("Undo", key=f"w.clarify.{where}.undo_last", icon=":material/undo:",
                  on_click=_on_undo, args=(ctx, profile_id, key, where))


def _answered(ctx: AppContext, profile_id: int, answers, where: str) -> None:
    if not answers:
        return
    with st.expander(f"Your answers ({len(answers)})", icon=":material/fact_check:",
                     key=f"w.clarify.{where}.answers_open"):  # the profile's own (components/profile_scope.py)
        for record in reversed(answers[-ANSWERS_SHOWN:]):
            with st.container(horizontal=True, vertical_alignment="center"):
                kind = KIND_LABELS.get(record.kind, record.kind)
                st.html(f'<div class="sg-q-answer"><span class="sg-q-tag">{esc(kind)}</span>'
                        f"<span>{esc(record.effect.summary or record.question.text)}</span></div>")
                st.button("Undo", key=f"w.clarify.{where}.undo.{record.id}", type="tertiary",
                          icon=":material/undo:", on_click=_on_undo, args=(ctx, profile_id, record.key, where))
        if len(answers) > ANSWERS_SHOWN:
            st.caption(f"and {len(answers) - ANSWERS_SHOWN} earlier answers.")


def _assumptions(round_: ClarifyRound, where: str) -> None:
    if not round_.assumptions:
        return
    with st.expander(f"Assumptions still standing ({len(round_.assumptions)})", icon=":material/rule:",
                     key=f"w.clarify.{where}.assumptions_open"):
        st.markdown("\n".join(f"- {md(note)}" for note in round_.assumptions))


def _on_save(ctx, engine, profile_id, question, where, choice_key, text_key) -> None:
    choice = state.widget_value(choice_key)
    if choice is None:
        state.set_clarify_error("Pick an answer first, or skip the question.")
        return
    try:
        record = answer_question(ctx, engine, profile_id, question,
                                 Reply(choice, state.widget_value(text_key) or None))
    except SkillGapError as exc:
        state.set_clarify_error(describe(exc)[0])
        return
    state.set_clarify_last(where, record.key, record.effect.summary)


def _on_skip(ctx, engine, profile_id, question, where) -> None:
    try:
        record = skip_question(ctx, engine, profile_id, question)
    except SkillGapError as exc:
        state.set_clarify_error(describe(exc)[0])
        return
    state.set_clarify_last(where, record.key, f"skipped “{question.text}”")


def _on_undo(ctx, profile_id, key, where) -> None:
    try:
        undo(ctx, profile_id, key)
    except SkillGapError as exc:
        state.set_clarify_error(describe(exc)[0])
    else:  # the question comes back in the round on screen, not after it
        number, keys = state.clarify_round(where, profile_id)
        state.set_clarify_round(where, profile_id, number, (*keys, key) if key not in keys else keys)
    last = state.clarify_last()
    if last and last[1] == key:
        state.clear_clarify_last()
