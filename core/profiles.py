"""Profile service: list, create, rename, delete (a delete removes the profile's resumes too)."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, delete, func, select

from core.db.models import Profile, ProfilePublic, Resume, utcnow
from core.db.session import session_scope
from core.errors import Conflict, InvalidInput, NotFound

MAX_NAME_CHARS = 80


def clean_name(name: str) -> str:
    """The name trimmed, inner runs of whitespace collapsed; InvalidInput unless 1-80 chars."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput("A profile needs a name.")
    if len(cleaned) > MAX_NAME_CHARS:
        raise InvalidInput(f"Profile names are at most {MAX_NAME_CHARS} characters (this one has {len(cleaned)}).")
    return cleaned


def list_profiles(engine: Engine) -> list[ProfilePublic]:
    """All profiles, alphabetically (case-insensitive)."""
    with Session(engine) as session:
        rows = session.exec(select(Profile).order_by(func.lower(Profile.name), Profile.id)).all()
        return [_public(row) for row in rows]


def get_profile(engine: Engine, profile_id: int) -> ProfilePublic:
    """One profile; NotFound when the id names none."""
    with Session(engine) as session:
        return _public(_require(session, profile_id))


def create_profile(engine: Engine, name: str, location: str | None = None, remote_ok: bool = True) -> ProfilePublic:
    """A new profile; Conflict when the (case-insensitive) name is taken."""
    cleaned = clean_name(name)
    try:
        with session_scope(engine) as session:
            _ensure_free(session, cleaned)
            row = Profile(name=cleaned, location=(location or "").strip() or None, remote_ok=remote_ok)
            session.add(row)
            session.flush()
            return _public(row)
    except IntegrityError as exc:
        raise _taken(cleaned) from exc


def rename_profile(engine: Engine, profile_id: int, name: str) -> ProfilePublic:
    """Give a profile a new name; renaming to its own name is a no-op."""
    cleaned = clean_name(name)
    try:
        with session_scope(engine) as session:
            row = _require(session, profile_id)
            if row.name != cleaned:
                _ensure_free(session, cleaned, except_id=profile_id)
                row.name = cleaned
                row.updated_at = utcnow()
                session.add(row)
                session.flush()
            return _public(row)
    except IntegrityError as exc:
        raise _taken(cleaned) from exc


def delete_profile(engine: Engine, profile_id: int) -> int:
    """Delete a profile and its resumes; returns how many resumes went with it."""
    with session_scope(engine) as session:
        row = _require(session, profile_id)
        count = session.exec(select(func.count()).select_from(Resume).where(Resume.profile_id == profile_id)).one()
        session.exec(delete(Resume).where(Resume.profile_id == profile_id))
        session.delete(row)
    from core.clarify.ownership import forget_profile_corrections  # its answers live on shared cache rows

    forget_profile_corrections(engine, profile_id)
    return int(count)


def _require(session: Session, profile_id: int) -> Profile:
    row = session.get(Profile, profile_id)
    if row is None:
        raise NotFound(f"Profile {profile_id} does not exist (it may have been deleted).")
    return row


def _ensure_free(session: Session, name: str, except_id: int | None = None) -> None:
    query = select(Profile.id).where(func.lower(Profile.name) == name.lower())
    if except_id is not None:
        query = query.where(Profile.id != except_id)
    if session.exec(query).first() is not None:
        raise _taken(name)


def _taken(name: str) -> Conflict:
    return Conflict(f'A profile named "{name}" already exists. Pick another name.')


def _public(row: Profile) -> ProfilePublic:
    return ProfilePublic.model_validate(row, from_attributes=True)
