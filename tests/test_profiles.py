"""Profile service: CRUD, name rules, cascade delete, persistence across engines."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from core.db.models import Resume
from core.db.session import make_engine
from core.errors import Conflict, InvalidInput, NotFound
from core.profiles import (
    clean_name, create_profile, delete_profile, get_profile, list_profiles, rename_profile,
)


def _add_resume_row(engine, profile_id: int, text: str = "Python developer") -> None:
    with Session(engine) as session:
        session.add(Resume(profile_id=profile_id, filename="cv.txt", text=text, text_sha256="0" * 64))
        session.commit()


def _resume_count(engine, profile_id: int) -> int:
    with Session(engine) as session:
        return len(session.exec(select(Resume).where(Resume.profile_id == profile_id)).all())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Alice", "Alice"),
        ("  Alice  ", "Alice"),
        ("Alice \t  Smith", "Alice Smith"),
        ("x" * 80, "x" * 80),
        ("Zoë — data roles", "Zoë — data roles"),
    ],
)
def test_clean_name_accepts(raw, expected):
    assert clean_name(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "\n\t", "x" * 81, None])
def test_clean_name_rejects(raw):
    with pytest.raises(InvalidInput):
        clean_name(raw)


def test_create_returns_detached_public_record(engine):
    profile = create_profile(engine, "  Priya  ", location=" Pune ")
    assert profile.id is not None
    assert (profile.name, profile.location, profile.remote_ok) == ("Priya", "Pune", True)
    assert profile.created_at is not None
    assert get_profile(engine, profile.id) == profile


def test_list_is_alphabetical_case_insensitive(engine):
    for name in ("bob", "Alice", "carol"):
        create_profile(engine, name)
    assert [p.name for p in list_profiles(engine)] == ["Alice", "bob", "carol"]


@pytest.mark.parametrize("duplicate", ["Alice", "alice", "  ALICE "])
def test_create_duplicate_name_conflicts(engine, duplicate):
    create_profile(engine, "Alice")
    with pytest.raises(Conflict, match="already exists"):
        create_profile(engine, duplicate)
    assert len(list_profiles(engine)) == 1


@pytest.mark.parametrize(
    ("new_name", "error"),
    [("Bob", Conflict), (" bob ", Conflict), ("", InvalidInput), ("y" * 81, InvalidInput)],
)
def test_rename_refusals_change_nothing(engine, new_name, error):
    alice = create_profile(engine, "Alice")
    create_profile(engine, "Bob")
    with pytest.raises(error):
        rename_profile(engine, alice.id, new_name)
    assert get_profile(engine, alice.id).name == "Alice"


@pytest.mark.parametrize("new_name", ["Alice Cooper", "ALICE", "  Alice  "])
def test_rename_including_own_name_in_other_case(engine, new_name):
    alice = create_profile(engine, "Alice")
    renamed = rename_profile(engine, alice.id, new_name)
    assert renamed.id == alice.id
    assert renamed.name == " ".join(new_name.split())
    assert [p.name for p in list_profiles(engine)] == [renamed.name]


@pytest.mark.parametrize(
    "call",
    [
        lambda e: get_profile(e, 999),
        lambda e: rename_profile(e, 999, "X"),
        lambda e: delete_profile(e, 999),
    ],
    ids=["get", "rename", "delete"],
)
def test_missing_profile_is_not_found(engine, call):
    with pytest.raises(NotFound):
        call(engine)


def test_delete_cascades_to_own_resumes_only(engine):
    alice, bob = create_profile(engine, "Alice"), create_profile(engine, "Bob")
    _add_resume_row(engine, alice.id)
    _add_resume_row(engine, alice.id, "Second version")
    _add_resume_row(engine, bob.id)
    assert delete_profile(engine, alice.id) == 2
    assert [p.name for p in list_profiles(engine)] == ["Bob"]
    assert _resume_count(engine, alice.id) == 0
    assert _resume_count(engine, bob.id) == 1


def test_name_is_free_again_after_delete(engine):
    alice = create_profile(engine, "Alice")
    delete_profile(engine, alice.id)
    assert create_profile(engine, "Alice").name == "Alice"


def test_profiles_survive_a_restart(tmp_settings):
    first = make_engine(tmp_settings)
    created = create_profile(first, "Alice")
    _add_resume_row(first, created.id)
    first.dispose()
    second = make_engine(tmp_settings)
    assert [(p.id, p.name) for p in list_profiles(second)] == [(created.id, "Alice")]
    assert _resume_count(second, created.id) == 1
    second.dispose()
