"""Whose corrections are whose: clarification answers are stored as user corrections on the shared extraction
cache row of a resume text, tagged `clarify:p<profile>:`. Two profiles holding the same text share that row, so
every reader keeps only the untagged corrections and its own profile's; a deleted profile's tags are removed
(SQLite may hand its id to the next profile).
"""

from __future__ import annotations

import json

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from core.db.models import DocumentExtraction
from core.db.session import session_scope
from core.skills.models import UserCorrection

TAG_PREFIX = "clarify:p"


def profile_tag(profile_id: int) -> str:
    """The note prefix of this profile's answer corrections."""
    return f"{TAG_PREFIX}{profile_id}:"


def own_corrections(corrections: list[UserCorrection], profile_id: int | None) -> list[UserCorrection]:
    """The corrections that apply to this profile: untagged ones and its own answers (None: untagged only)."""
    mine = profile_tag(profile_id) if profile_id is not None else None
    return [c for c in corrections
            if not (c.note or "").startswith(TAG_PREFIX) or (mine is not None and (c.note or "").startswith(mine))]


def forget_profile_corrections(engine: Engine, profile_id: int) -> int:
    """Remove this profile's tagged corrections from every cache row; returns how many rows changed."""
    tag = profile_tag(profile_id)
    with Session(engine) as session:
        ids = session.exec(select(DocumentExtraction.id).where(
            DocumentExtraction.user_corrections_json.contains(tag))).all()
    changed = 0
    with session_scope(engine) as session:
        for row in (session.get(DocumentExtraction, i) for i in ids):
            kept = [c for c in json.loads(row.user_corrections_json or "[]")
                    if not str(c.get("note") or "").startswith(tag)]
            row.user_corrections_json = json.dumps(kept)
            session.add(row)
            changed += 1
    return changed


def resume_corrections(engine: Engine, extractor, text: str, profile_id: int | None) -> list[UserCorrection]:
    """The corrections of a resume text that apply to this profile (the one read every view must use)."""
    from core.skills.cache import get_user_corrections

    return own_corrections(get_user_corrections(engine, extractor, text, "resume"), profile_id)
