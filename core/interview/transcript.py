"""A session's transcript as a file to keep: Markdown and JSON with the profile, the date, every question and answer,
the score of each rubric part with what it measures in plain words, and the end summary."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from core.interview.models import AnswerScore, InterviewSummary, SessionView, Turn

PART_MEANING = {
    "coverage": "How many of the points a good answer covers you mentioned.",
    "structure": "How the answer is built: for a technical question the reasons, an example from your work and the "
                 "trade-offs; for a behavioural one the situation, your task, what you did and the result (STAR).",
    "specificity": "Concrete details: numbers, the tools you used (by name) and what came out of it.",
    "relevance": "How closely the answer stays on the question, beyond naming the skill.",
}
PART_NAMES = {"coverage": "Key points", "structure": "Structure", "specificity": "Specificity",
              "relevance": "Relevance"}
STATUS_WORDS = {"answered": "answered", "skipped": "skipped", "pending": "not answered", "follow_up": "not answered"}


def transcript_filename(profile_name: str, day: date, ext: str) -> str:
    """`interview-<profile>-<yyyy-mm-dd>.<ext>` with the profile name reduced to a safe slug."""
    slug = re.sub(r"[^a-z0-9]+", "-", profile_name.lower()).strip("-") or "profile"
    return f"interview-{slug}-{day.isoformat()}.{ext}"


def transcript_json(view: SessionView, profile_name: str) -> str:
    """The transcript as indented JSON."""
    return json.dumps(transcript_record(view, profile_name), indent=2, ensure_ascii=False)


def transcript_record(view: SessionView, profile_name: str) -> dict[str, Any]:
    """The transcript as plain data (what the JSON file holds)."""
    plan = view.plan
    return {
        "profile": profile_name, "date": view.created_at.date().isoformat(), "target": view.target_label,
        "role": plan.role, "difficulty": plan.difficulty, "status": view.status, "questions_from": plan.label,
        "rubric": {PART_NAMES[key]: meaning for key, meaning in PART_MEANING.items()},
        "questions": [_turn_record(turn) for turn in view.turns],
        "summary": _summary_record(view.summary) if view.summary else None,
    }


def _turn_record(turn: Turn) -> dict[str, Any]:
    """One question with its answers and score."""
    q = turn.question
    return {
        "number": turn.position + 1, "category": q.category, "topic": q.topic, "question": q.text.replace("*", ""),
        "why_asked": q.reason, "key_points": list(q.key_points), "status": STATUS_WORDS[turn.status],
        "answer": turn.answer, "follow_up": turn.follow_up, "follow_up_answer": turn.follow_up_answer,
        "score": _score_record(turn.score) if turn.score else None,
    }


def _score_record(score: AnswerScore) -> dict[str, Any]:
    """A score with each rubric part's value, weight, meaning and reason."""
    return {
        "total": score.total, "out_of": 5, "scored_by": score.label, "feedback": score.feedback,
        "covered": list(score.covered), "partly_covered": list(score.partly), "missed": list(score.missing),
        "parts": [{"part": p.label, "percent": round(p.value * 100), "weight_percent": round(p.weight * 100),
                   "what_it_measures": PART_MEANING.get(p.key, ""), "why": p.detail} for p in score.parts],
    }


def _summary_record(summary: InterviewSummary) -> dict[str, Any]:
    """The end summary."""
    return {
        "overall": summary.overall, "out_of": 5, "answered": summary.answered, "skipped": summary.skipped,
        "not_reached": summary.not_reached,
        "categories": [c.model_dump() for c in summary.categories],
        "strengths": list(summary.strengths), "to_practise": list(summary.improvements),
        "resources": [{"topic": t.name, "score": t.score, "missed": list(t.missing), "free": t.free_title,
                       "free_url": t.free_url, "paid": t.paid_title, "paid_url": t.paid_url,
                       "roadmap_week": t.roadmap_week} for t in summary.topics],
        "written_by": summary.label,
    }


def transcript_markdown(view: SessionView, profile_name: str) -> str:
    """The transcript as a Markdown document."""
    data = transcript_record(view, profile_name)
    lines = [f"# Interview transcript: {data['profile']}", "",
             f"- Date: {data['date']}", f"- Target: {data['target']}",
             f"- Level: {data['difficulty']} · {len(view.turns)} questions · {data['questions_from']}",
             f"- Status: {'finished' if view.finished else 'in progress'}", ""]
    if data["summary"]:
        lines += _summary_lines(data["summary"])
    lines += ["## How answers are scored", "", "Each answer is scored 0–5 from four parts:", ""]
    lines += [f"- **{PART_NAMES[key]}**: {meaning}" for key, meaning in PART_MEANING.items()]
    lines += ["", "## Questions and answers", ""]
    for turn in data["questions"]:
        lines += _turn_lines(turn, len(view.turns))
    return "\n".join(lines).rstrip() + "\n"


def _summary_lines(summary: dict[str, Any]) -> list[str]:
    """The summary section."""
    overall = "—" if summary["overall"] is None else f"{summary['overall']:g} / 5"
    lines = ["## Summary", "", f"Overall **{overall}** · answered {summary['answered']} · skipped "
             f"{summary['skipped']} · not reached {summary['not_reached']}", ""]
    for c in summary["categories"]:
        avg = "—" if c["average"] is None else f"{c['average']:g} / 5"
        lines.append(f"- {c['category']}: {avg} ({c['answered']} answered, {c['skipped']} skipped)")
    for title, key in (("Strengths", "strengths"), ("To practise next", "to_practise")):
        lines += ["", f"### {title}", ""] + [f"- {line}" for line in summary[key] or ["—"]]
    if summary["resources"]:
        lines += ["", "### Resources for your weak topics", ""]
        for r in summary["resources"]:
            score = "skipped" if r["score"] is None else f"{r['score']:g}/5"
            week = f" · roadmap week {r['roadmap_week']}" if r["roadmap_week"] else ""
            lines.append(f"- {r['topic']} ({score}): free [{r['free']}]({r['free_url']}) · paid "
                         f"[{r['paid']}]({r['paid_url']}){week}")
    return lines + ["", f"_{summary['written_by']}_", ""]


def _turn_lines(turn: dict[str, Any], total: int) -> list[str]:
    """One question, its answers and its score table."""
    lines = [f"### Question {turn['number']} of {total} · {turn['category']} · {turn['topic']}", "",
             turn["question"], ""]
    if turn["why_asked"]:
        lines += [f"_Why it was asked: {turn['why_asked']}_", ""]
    for label, key in (("Your answer", "answer"), ("Follow-up", "follow_up"),
                       ("Your follow-up answer", "follow_up_answer")):
        if turn[key]:
            lines += [f"**{label}:**", "", *_quote(turn[key]), ""]
    score = turn["score"]
    if score is None:
        return lines + [f"_{turn['status'].capitalize()}._", ""]
    lines += [f"**Score {score['total']:g} / 5** ({score['scored_by']})", "",
              "| Part | Score | Weight | What it measures | Why this score |", "|---|---|---|---|---|"]
    lines += [f"| {p['part']} | {p['percent']}% | {p['weight_percent']}% | {_cell(p['what_it_measures'])} | "
              f"{_cell(p['why'])} |" for p in score["parts"]]
    return lines + ["", f"Feedback: {score['feedback']}", ""] if score["feedback"] else lines + [""]


def _quote(text: str) -> list[str]:
    """Lines of a Markdown block quote (the person's own words, kept apart from the document's structure)."""
    return [f"> {line}".rstrip() for line in text.splitlines()] or [">"]


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")
