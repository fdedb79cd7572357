"""Resume service: add (file or paste), latest/list/get/delete, grouping, errors store nothing, restart."""

from __future__ import annotations

import io

import pytest
from sqlmodel import Session, select

from core.context import AppContext
from core.db.models import DocumentExtraction, Resume
from core.db.session import make_engine
from core.errors import EmptyText, NotAResume, NotFound, ParseError, UnsupportedFormat
from core.profiles import create_profile
from core.resumes import (
    add_resume, add_resume_text, delete_resume, evidence, get_resume, group_skills, latest_resume, list_resumes,
    require_resume,
)
from core.skills.gazetteer import GazetteerExtractor
from core.skills.models import SkillMention
from core.taxonomy.models import Skill, Taxonomy
from tests.documents.resume_samples import NOT_RESUMES, RESUMES

RESUME = """Priya Sharma
priya@example.com | +91 98765 43210 | Pune, India

SUMMARY
Data engineer with a focus on reliable pipelines.

EXPERIENCE
Senior Data Engineer, Acme Analytics
Jan 2020 - Dec 2023
Built batch pipelines in Python and SQL on PostgreSQL. Deployed services with Docker.
Mentored two engineers; strong communication with stakeholders.

Data Engineer, Beta Corp
Jan 2017 - Dec 2019
Wrote Python jobs and tuned PostgreSQL queries.

EDUCATION
B.Tech Computer Science, Pune University, 2016

SKILLS
Python, SQL, PostgreSQL, Docker, Communication
"""

_SKILLS = [
    ("python", "Python", "programming_language", ()),
    ("sql", "SQL", "programming_language", ()),
    ("postgresql", "PostgreSQL", "database", ("postgres",)),
    ("docker", "Docker", "devops", ()),
    ("communication", "Communication", "soft_skill", ()),
]


def _taxonomy() -> Taxonomy:
    skills = {sid: Skill(id=sid, name=name, category=cat, aliases=aliases) for sid, name, cat, aliases in _SKILLS}
    return Taxonomy(skills=skills, version="test-resumes")


def _ctx(settings, engine=None) -> AppContext:
    taxonomy = _taxonomy()
    return AppContext(settings=settings, engine=engine or make_engine(settings), taxonomy=taxonomy,
                      extractor=GazetteerExtractor(taxonomy))


@pytest.fixture
def ctx(tmp_settings, engine) -> AppContext:
    return _ctx(tmp_settings, engine)


@pytest.fixture
def profile_id(ctx) -> int:
    return create_profile(ctx.engine, "Priya").id


def _rows(ctx) -> list[Resume]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Resume)).all())


def _pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for line in text.splitlines():
        pdf.drawString(50, y, line)
        y -= 14
    pdf.save()
    return buf.getvalue()


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


FORMATS = {
    "cv.txt": lambda t: t.encode("utf8"),
    "cv.md": lambda t: t.encode("utf8"),
    "cv.docx": _docx,
    "cv.pdf": _pdf,
}


@pytest.mark.parametrize("filename", list(FORMATS))
def test_add_resume_reads_each_format(ctx, profile_id, filename):
    view = add_resume(ctx, profile_id, filename, FORMATS[filename](RESUME))
    assert view.filename == filename and view.profile_id == profile_id and not view.reused
    assert {c.skill_id for g in view.skill_groups for c in g.skills} == {s[0] for s in _SKILLS}
    assert view.total_years == pytest.approx(7.0, abs=0.1)
    assert "Senior Data Engineer" in view.titles
    assert {"summary", "experience", "education", "skills"} <= {s.name for s in view.parse.sections}
    [row] = _rows(ctx)
    assert row.text == view.text and len(row.text_sha256) == 64


def test_skill_groups_follow_taxonomy_category_order_and_count(ctx, profile_id):
    view = add_resume_text(ctx, profile_id, RESUME)
    assert [(g.category, g.label) for g in view.skill_groups] == [
        ("programming_language", "Programming languages"), ("database", "Databases"),
        ("devops", "DevOps & infrastructure"), ("soft_skill", "Soft skills"),
    ]
    languages = view.skill_groups[0].skills
    assert [c.name for c in languages] == ["Python", "SQL"]  # Python: 3 mentions, SQL: 2
    assert [c.count for c in languages] == [3, 2]
    assert all(view.text[m.start:m.end] == m.surface for g in view.skill_groups for c in g.skills for m in c.mentions)


def test_group_skills_orders_chips_and_keeps_unmapped_last():
    tax = _taxonomy()
    mentions = [
        SkillMention("sql", "SQL", "SQL", 0, 3), SkillMention(None, "Airflow", "airflow", 10, 17),
        SkillMention("python", "Python", "python", 20, 26), SkillMention("python", "Python", "Python", 30, 36),
    ]
    groups = group_skills(mentions, tax)
    assert [(g.category, [(c.name, c.count) for c in g.skills]) for g in groups] == [
        ("programming_language", [("Python", 2), ("SQL", 1)]), ("other", [("Airflow", 1)]),
    ]
    assert groups[-1].skills[0].key == "open:airflow"


def test_evidence_from_a_view_has_exact_offsets(ctx, profile_id):
    view = add_resume_text(ctx, profile_id, RESUME)
    docker = next(c for g in view.skill_groups for c in g.skills if c.skill_id == "docker")
    item = evidence(view.text, docker.mentions[0])
    assert (item.before, item.match, item.after) == ("Deployed services with ", "Docker", ".")
    assert view.text[item.sentence_start:item.sentence_start + len(item.sentence)] == item.sentence


def test_extraction_goes_through_the_cache(ctx, profile_id):
    add_resume_text(ctx, profile_id, RESUME)
    add_resume_text(ctx, create_profile(ctx.engine, "Other").id, RESUME)
    with Session(ctx.engine) as session:
        rows = session.exec(select(DocumentExtraction)).all()
    assert [(r.doc_type, r.status) for r in rows] == [("resume", "ready")]


@pytest.mark.parametrize(
    ("filename", "data", "error"),
    [
        ("cv.pdf", b"%PDF-1.4 this is not really a pdf", ParseError),
        ("cv.exe", b"MZ\x90\x00binary", UnsupportedFormat),
        ("cv.txt", b"   \n\t ", EmptyText),
        ("cv.txt", b"", EmptyText),
    ],
)
def test_parse_error_stores_nothing(ctx, profile_id, filename, data, error):
    add_resume_text(ctx, profile_id, RESUME)
    before = latest_resume(ctx, profile_id)
    with pytest.raises(error):
        add_resume(ctx, profile_id, filename, data)
    assert len(_rows(ctx)) == 1
    assert latest_resume(ctx, profile_id).id == before.id


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_paste_is_refused(ctx, profile_id, text):
    with pytest.raises(EmptyText):
        add_resume_text(ctx, profile_id, text)
    assert _rows(ctx) == []


@pytest.mark.parametrize("name", list(NOT_RESUMES))
def test_a_text_that_is_not_a_resume_is_refused_and_stores_nothing(ctx, profile_id, name):
    with pytest.raises(NotAResume) as caught:
        add_resume_text(ctx, profile_id, NOT_RESUMES[name])
    assert str(caught.value).startswith("This does not look like a resume: ")
    assert caught.value.verdict is not None and not caught.value.verdict.usable
    assert _rows(ctx) == [] and latest_resume(ctx, profile_id) is None and list_resumes(ctx, profile_id) == []


@pytest.mark.parametrize("name", list(NOT_RESUMES))
def test_an_upload_that_is_not_a_resume_never_replaces_the_real_one(ctx, profile_id, name):
    real = add_resume_text(ctx, profile_id, RESUME)
    with pytest.raises(NotAResume):
        add_resume(ctx, profile_id, "notes.txt", NOT_RESUMES[name].encode())
    assert [r.id for r in _rows(ctx)] == [real.id] and latest_resume(ctx, profile_id).id == real.id


@pytest.mark.parametrize("name", list(RESUMES))
def test_real_resumes_are_stored(ctx, profile_id, name):
    view = add_resume_text(ctx, profile_id, RESUMES[name])
    assert view.verdict.usable and latest_resume(ctx, profile_id).id == view.id and len(_rows(ctx)) == 1


def test_hello_reasons_name_everything_missing(ctx, profile_id):
    with pytest.raises(NotAResume) as caught:
        add_resume_text(ctx, profile_id, "hello")
    assert str(caught.value) == ("This does not look like a resume: it has only 1 word (a resume has at least 30), "
                                 "no sections such as Experience, Education or Skills, no job title and no skills "
                                 "we recognise.")


def test_a_stored_non_resume_is_flagged_and_require_resume_refuses_it(ctx, profile_id):
    with Session(ctx.engine) as session:  # a row stored before the check existed
        session.add(Resume(profile_id=profile_id, filename="Pasted resume", content_type="text/plain", text="Python",
                           text_sha256="0" * 64))
        session.commit()
    view = latest_resume(ctx, profile_id)
    assert not view.verdict.usable and view.verdict.skills == ("Python",)
    with pytest.raises(NotAResume):
        require_resume(ctx, view.text)
    assert require_resume(ctx, RESUME).usable


def test_unknown_profile_is_not_found(ctx):
    with pytest.raises(NotFound):
        add_resume_text(ctx, 999, RESUME)
    assert _rows(ctx) == []


def test_latest_list_get_delete(ctx, profile_id):
    assert latest_resume(ctx, profile_id) is None and list_resumes(ctx, profile_id) == []
    first = add_resume_text(ctx, profile_id, RESUME, title="v1")
    second = add_resume(ctx, profile_id, "C:\\Users\\p\\cv-v2.txt", (RESUME + "\nKubernetes").encode())
    assert second.filename == "cv-v2.txt"
    assert latest_resume(ctx, profile_id).id == second.id
    assert [(r.id, r.filename) for r in list_resumes(ctx, profile_id)] == [(second.id, "cv-v2.txt"), (first.id, "v1")]
    assert get_resume(ctx, first.id, profile_id=profile_id).text == first.text
    delete_resume(ctx, second.id, profile_id=profile_id)
    assert latest_resume(ctx, profile_id).id == first.id
    with pytest.raises(NotFound):
        get_resume(ctx, second.id, profile_id=profile_id)
    with pytest.raises(NotFound):
        delete_resume(ctx, second.id, profile_id=profile_id)


def test_another_profiles_resume_is_not_found_never_shown_or_deleted(ctx, profile_id):
    mine = add_resume_text(ctx, profile_id, RESUME)
    other = create_profile(ctx.engine, "Someone else").id
    with pytest.raises(NotFound):
        get_resume(ctx, mine.id, profile_id=other)
    with pytest.raises(NotFound):
        delete_resume(ctx, mine.id, profile_id=other)
    assert get_resume(ctx, mine.id, profile_id=profile_id).text == mine.text  # still there


def test_same_text_as_latest_is_not_stored_twice(ctx, profile_id):
    first = add_resume_text(ctx, profile_id, RESUME)
    again = add_resume(ctx, profile_id, "cv.txt", RESUME.encode())
    assert again.reused and again.id == first.id
    assert len(_rows(ctx)) == 1


def test_resumes_survive_a_restart(tmp_settings):
    first = _ctx(tmp_settings)
    pid = create_profile(first.engine, "Priya").id
    stored = add_resume_text(first, pid, RESUME)
    first.engine.dispose()
    second = _ctx(tmp_settings)
    again = latest_resume(second, pid)
    assert (again.id, again.text, again.total_years) == (stored.id, stored.text, stored.total_years)
    assert again.skill_groups == stored.skill_groups
    second.engine.dispose()


def test_pasted_text_with_a_lone_surrogate_is_cleaned_and_stored(ctx, profile_id):
    view = add_resume_text(ctx, profile_id, RESUME.replace("Python, SQL, PostgreSQL", "Python \ud800, SQL, PostgreSQL"))
    assert "Python \ufffd, SQL" in view.text and "\ud800" not in view.text
    assert any("replaced" in w for w in view.warnings)
    assert {c.skill_id for g in view.skill_groups for c in g.skills} == {s[0] for s in _SKILLS}


def test_a_hebrew_resume_with_no_skills_says_the_language_is_not_supported(ctx, profile_id):
    from tests.documents.test_resume_check import HEBREW_RESUME

    with pytest.raises(NotAResume) as caught:
        add_resume_text(ctx, profile_id, HEBREW_RESUME)
    assert "written in Hebrew" in str(caught.value) and "not supported yet" in str(caught.value)
    view = add_resume_text(ctx, profile_id, "EXPERIENCE\n" + HEBREW_RESUME + "\nSKILLS\n")  # English headings: usable
    assert view.skill_count == 0 and any("written in Hebrew" in w for w in view.warnings)
