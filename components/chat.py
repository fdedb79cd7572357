"""The interview chat: transcript (questions, answers, follow-ups, rubric parts per answer with who scored it),
the end summary, and the past-sessions table. Pure rendering of core.interview records."""

from __future__ import annotations

import streamlit as st

from components.markup import md
from core.interview.models import AnswerScore, InterviewSummary, Plan, SessionSummary, SessionView, Turn

ASSISTANT_AVATAR = ":material/record_voice_over:"
USER_AVATAR = ":material/person:"


def question_md(text: str) -> str:
    """Question text escaped for markdown, keeping only *emphasis* (key points are set in italics)."""
    return md(text).replace("\\*", "*")


def render_transcript(view: SessionView) -> None:
    """Every asked question with its answers and scores, up to and including the current question."""
    current = None if view.finished else view.current
    for turn in view.turns:
        if turn.status == "pending" and turn.answer is None and turn is not current:
            continue  # not asked yet (or never asked: the session ended first)
        render_turn(turn, len(view.turns))


def render_turn(turn: Turn, total: int) -> None:
    """One question, its answer(s), and its score card."""
    q = turn.question
    with st.chat_message("assistant", avatar=ASSISTANT_AVATAR):
        st.caption(f"Question {turn.position + 1} of {total} · {md(q.category)}"
                   + (f" · {md(q.skill_name)}" if q.skill_name else ""))
        st.markdown(question_md(q.text))
        if q.reason:
            st.caption(md(q.reason))
    if turn.answer:
        with st.chat_message("user", avatar=USER_AVATAR):
            st.markdown(md(turn.answer))
    if turn.follow_up:
        with st.chat_message("assistant", avatar=ASSISTANT_AVATAR):
            st.caption("Follow-up")
            st.markdown(md(turn.follow_up))
    if turn.follow_up_answer:
        with st.chat_message("user", avatar=USER_AVATAR):
            st.markdown(md(turn.follow_up_answer))
    if turn.status == "skipped":
        with st.chat_message("assistant", avatar=ASSISTANT_AVATAR):
            st.caption("Skipped. It is listed in the summary so you can prepare it.")
    if turn.score is not None:
        with st.chat_message("assistant", avatar=":material/grading:"):
            render_score(turn.score)


def render_score(score: AnswerScore) -> None:
    """The total, the four rubric parts with their reasons, the feedback, and the scorer label."""
    st.markdown(f"**Score {score.total:g} / 5**")
    columns = st.columns(len(score.parts))
    for column, part in zip(columns, score.parts):
        with column:
            st.progress(part.value, text=f"{part.label} · {part.value:.0%} (weight {part.weight:.0%})")
            st.caption(md(part.detail))
    if score.feedback:
        st.markdown(md(score.feedback))
    icon = ":material/smart_toy:" if score.source == "llm" else ":material/rule:"
    st.caption(f"{icon} {md(score.label)}")


def render_summary(summary: InterviewSummary, plan: Plan) -> None:
    """Overall and per-category scores, strengths, improvements, and resources for the weak topics."""
    cols = st.columns(4)
    cols[0].metric("Overall", f"{summary.overall:g} / 5" if summary.overall is not None else "—")
    cols[1].metric("Answered", summary.answered)
    cols[2].metric("Skipped", summary.skipped)
    cols[3].metric("Not reached", summary.not_reached, help="Questions left when the interview was ended early.")
    if summary.categories:
        st.dataframe(
            [{"Category": c.category, "Average": c.average, "Answered": c.answered, "Skipped": c.skipped}
             for c in summary.categories],
            hide_index=True, width="stretch",
            column_config={"Average": st.column_config.ProgressColumn("Average (0-5)", min_value=0, max_value=5,
                                                                      format="%.1f")},
        )
    left, right = st.columns(2)
    with left:
        st.markdown("##### Strengths")
        for line in summary.strengths or ["—"]:
            st.markdown(f"- {md(line)}")
    with right:
        st.markdown("##### To practise next")
        for line in summary.improvements or ["—"]:
            st.markdown(f"- {md(line)}")
    st.caption(md(summary.label))
    if summary.topics:
        st.markdown("##### Resources for your weak topics")
        for topic in summary.topics:
            _topic(topic)


def _topic(topic) -> None:
    """One weak topic: score, what was missing, two catalog resources, its roadmap week."""
    score = "skipped" if topic.score is None else f"{topic.score:g}/5"
    week = (f"week {topic.roadmap_week} of your roadmap (Gaps page)" if topic.roadmap_week
            else "not in your current roadmap weeks")
    with st.container(border=True):
        st.markdown(f"**{md(topic.name)}** · {score} · {week}")
        if topic.missing:
            st.caption("Missing: " + md("; ".join(topic.missing)))
        st.markdown(f"Free: [{md(topic.free_title)}]({topic.free_url}) · Paid: [{md(topic.paid_title)}]"
                    f"({topic.paid_url})")


def render_sessions(sessions: list[SessionSummary]) -> None:
    """The past-sessions table."""
    st.dataframe(
        [{"Started": f"{s.created_at:%d %b %Y, %H:%M}", "Target": s.target_label,
          "Status": "finished" if s.status == "finished" else "in progress",
          "Answered": f"{s.answered}/{s.length}", "Skipped": s.skipped, "Average": s.average}
         for s in sessions],
        hide_index=True, width="stretch",
        column_config={"Average": st.column_config.NumberColumn("Average (0-5)", format="%.1f")},
    )
