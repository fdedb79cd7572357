"""Persistence of clarification answers and per-profile aliases (tables in core.db.clarify_models)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, delete, select

from core.clarify.models import AnswerEffect, AnswerRecord, Question, Reply
from core.db.clarify_models import ClarificationAnswer, ProfileAlias
from core.db.models import Profile, utcnow
from core.db.session import session_scope
from core.errors import NotFound
from core.skills.models import UserCorrection


def save_answer(engine: Engine, profile_id: int, question: Question, reply: Reply,
                effect: AnswerEffect) -> AnswerRecord:
    """Store an answer (replacing an active one with the same key) and its alias; NotFound for an unknown profile."""
    payload = json.dumps({"question": question.to_dict(), "reply": asdict(reply), "effect": _effect_dict(effect)})
    try:
        with session_scope(engine) as session:
            if session.get(Profile, profile_id) is None:
                raise NotFound(f"Profile {profile_id} does not exist (it may have been deleted).")
            _retire(session, profile_id, question.key, utcnow())
            row = ClarificationAnswer(profile_id=profile_id, question_key=question.key, kind=question.kind,
                                      subject=question.subject[:200], answer_json=payload)
            session.add(row)
            session.flush()
            if effect.alias is not None:
                _set_alias(session, profile_id, effect.alias, int(row.id))
            return _record(row)
    except IntegrityError as exc:  # the profile went away between the check and the insert
        raise NotFound(f"Profile {profile_id} does not exist (it may have been deleted).") from exc


def undo_answer(engine: Engine, profile_id: int, key: str) -> AnswerRecord:
    """Mark the active answer of `key` undone (its question returns); NotFound when there is none."""
    with session_scope(engine) as session:
        rows = _retire(session, profile_id, key, utcnow())
        if not rows:
            raise NotFound("That answer was already undone.")
        return _record(rows[-1])


def active_answers(engine: Engine, profile_id: int) -> list[AnswerRecord]:
    """The profile's answers in force, oldest first (later ones win when corrections overlap)."""
    return [r for r in answer_history(engine, profile_id) if r.undone_at is None]


def answer_history(engine: Engine, profile_id: int) -> list[AnswerRecord]:
    """Every answer of the profile, undone ones included, oldest first."""
    with Session(engine) as session:
        rows = session.exec(select(ClarificationAnswer).where(ClarificationAnswer.profile_id == profile_id)
                            .order_by(ClarificationAnswer.created_at, ClarificationAnswer.id)).all()
    return [_record(row) for row in rows]


def profile_aliases(engine: Engine, profile_id: int) -> dict[str, str]:
    """Surface (as written) -> skill id confirmed by this profile."""
    with Session(engine) as session:
        rows = session.exec(select(ProfileAlias).where(ProfileAlias.profile_id == profile_id)).all()
    return {row.surface: row.skill_id for row in rows}


def _retire(session: Session, profile_id: int, key: str, now: datetime) -> list[ClarificationAnswer]:
    """Set undone_at on the active rows of a key and drop their aliases; returns them."""
    rows = list(session.exec(select(ClarificationAnswer).where(
        ClarificationAnswer.profile_id == profile_id, ClarificationAnswer.question_key == key,
        ClarificationAnswer.undone_at.is_(None)).order_by(ClarificationAnswer.id)).all())
    for row in rows:
        row.undone_at = now
        session.add(row)
    if rows:
        session.exec(delete(ProfileAlias).where(ProfileAlias.profile_id == profile_id,
                                                ProfileAlias.answer_id.in_([r.id for r in rows])))
    session.flush()
    return rows


def _set_alias(session: Session, profile_id: int, alias: tuple[str, str], answer_id: int) -> None:
    surface = " ".join(alias[0].split())[:120]
    session.exec(delete(ProfileAlias).where(ProfileAlias.profile_id == profile_id, ProfileAlias.surface == surface))
    session.add(ProfileAlias(profile_id=profile_id, surface=surface, skill_id=alias[1], answer_id=answer_id))


def _effect_dict(effect: AnswerEffect) -> dict:
    return {"corrections": [c.to_dict() for c in effect.corrections],
            "alias": list(effect.alias) if effect.alias else None, "summary": effect.summary}


def _record(row: ClarificationAnswer) -> AnswerRecord:
    data = json.loads(row.answer_json)
    eff = data.get("effect") or {}
    effect = AnswerEffect(tuple(UserCorrection.from_dict(c) for c in eff.get("corrections") or ()),
                          tuple(eff["alias"]) if eff.get("alias") else None, eff.get("summary", ""))
    reply = Reply(**data.get("reply", {"choice": "skip"}))
    return AnswerRecord(int(row.id), row.profile_id, row.question_key, row.kind,
                        Question.from_dict(data["question"]), reply, effect, _aware(row.created_at),
                        _aware(row.undone_at) if row.undone_at else None)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
