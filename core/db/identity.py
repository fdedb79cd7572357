"""Which database this is: a random id written once (core.db.models.DatabaseIdentity), read by derived stores."""

from __future__ import annotations

import uuid

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from core.db.models import DatabaseIdentity
from core.db.session import session_scope


def database_uid(engine: Engine) -> str:
    """This database's identity, created on first call (two first callers agree: the primary key decides)."""
    with Session(engine) as session:
        row = session.get(DatabaseIdentity, 1)
        if row is not None:
            return row.uid
    try:
        with session_scope(engine) as session:
            session.add(DatabaseIdentity(id=1, uid=uuid.uuid4().hex))
    except IntegrityError:  # another process or thread wrote it first
        pass
    with Session(engine) as session:
        return session.get(DatabaseIdentity, 1).uid
