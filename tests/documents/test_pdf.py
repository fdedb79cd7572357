"""PDF loading on real files made with reportlab/pypdf: text, pages, and every refusal with its message."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import Limits
from core.documents import load_document
from core.documents.sections import split_sections
from core.errors import EmptyText, ParseError, TooLarge, UnsupportedFormat
from tests.factories import (
    make_blank_pdf, make_encrypted_pdf, make_image_pdf, make_pdf, make_resume_pdf, truncate,
)

RESUME = """Jane Doe
jane@example.com
SUMMARY
Platform engineer who likes to automate infra-
structure and mentor people.
WORK EXPERIENCE
Senior Software Engineer, Acme Corp
Jan 2019 - Present
•
Built the billing service in Go
\fEDUCATION
B.Sc. Computer Science, 2014
SKILLS
Go, Python, Kubernetes"""


def _load(path: Path, limits: Limits | None = None, name: str | None = None):
    return load_document(name or path.name, path.read_bytes(), limits or Limits())


def test_two_page_resume_reads_both_pages_in_order(tmp_path):
    doc = _load(make_resume_pdf(tmp_path / "cv.pdf", RESUME))
    assert (doc.kind, doc.filename, doc.pages, doc.warnings) == ("pdf", "cv.pdf", 2, [])
    assert doc.text.index("Built the billing service") < doc.text.index("B.Sc. Computer Science")
    assert "infrastructure and mentor" in doc.text  # line-end hyphenation joined
    assert "• Built the billing service in Go" in doc.text  # lone bullet glyph joined onto its line
    names = [s.name for s in split_sections(doc.text, "resume")]
    assert names == ["contact", "summary", "experience", "education", "skills"]


def test_owner_password_only_pdf_opens(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "plain.pdf", ["Readable without a password"])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner-only")
    with open(tmp_path / "owner.pdf", "wb") as handle:
        writer.write(handle)
    assert _load(tmp_path / "owner.pdf").text == "Readable without a password"


def _corrupt(tmp_path: Path) -> Path:
    return truncate(make_resume_pdf(tmp_path / "broken.pdf", RESUME), keep=0.5)


@pytest.mark.parametrize(
    ("make", "limits", "error", "message"),
    [
        (lambda p: make_encrypted_pdf(p / "locked.pdf", "secret"), None, ParseError,
         "This PDF is password-protected."),
        (lambda p: make_image_pdf(p / "scan.pdf", pages=2), None, EmptyText,
         "This PDF has no extractable text (it looks like a scanned image)."),
        (lambda p: make_blank_pdf(p / "blank.pdf"), None, EmptyText, "This PDF has no text: its pages are empty."),
        (_corrupt, None, ParseError, "The file is corrupt or not a real PDF."),
        (lambda p: make_pdf(p / "long.pdf", ["one", "two", "three"]), Limits(max_pages=2), TooLarge,
         "The PDF has 3 pages; the limit is 2."),
        (lambda p: make_resume_pdf(p / "big.pdf", RESUME), Limits(max_file_bytes=1024), TooLarge,
         "; the limit is 1 KB."),
        (lambda p: make_resume_pdf(p / "wordy.pdf", "word " * 300), Limits(max_chars=1_000), TooLarge,
         "The text is 1,499 characters; the limit is 1,000."),
    ],
    ids=["encrypted", "image-only", "blank", "truncated", "page-cap", "file-size", "char-cap"],
)
def test_pdf_refusals_name_the_problem(tmp_path, make, limits, error, message):
    with pytest.raises(error) as caught:
        _load(make(tmp_path), limits)
    assert message in str(caught.value)


def test_file_size_message_states_both_sizes(tmp_path):
    path = make_resume_pdf(tmp_path / "big.pdf", RESUME)
    size_kb = path.stat().st_size / 1024
    with pytest.raises(TooLarge, match=rf"^The file is {size_kb:.1f} KB; the limit is 1 KB\.$"):
        _load(path, Limits(max_file_bytes=1024))


def test_pdf_named_txt_is_refused(tmp_path):
    path = make_resume_pdf(tmp_path / "cv.pdf", RESUME)
    with pytest.raises(UnsupportedFormat, match="named 'cv.txt' but it is actually a PDF"):
        _load(path, name="cv.txt")


def test_text_named_pdf_is_corrupt(tmp_path):
    with pytest.raises(ParseError, match="corrupt or not a real PDF"):
        load_document("cv.pdf", b"Just some text pretending to be a PDF", Limits())
