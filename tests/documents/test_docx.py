"""DOCX loading on real files made with python-docx: order of paragraphs/tables, corrupt files, zip bombs."""

from __future__ import annotations

import zipfile

import pytest

from core.config import Limits
from core.documents import load_document
from core.errors import EmptyText, ParseError, TooLarge
from tests.factories import make_docx, make_zip_bomb_docx, truncate


def _load(path, limits: Limits | None = None):
    return load_document(path.name, path.read_bytes(), limits or Limits())


def test_paragraphs_tables_and_bullets_keep_document_order(tmp_path):
    path = make_docx(
        tmp_path / "cv.docx",
        ["Jane Doe", "# Skills"],
        table=[["Language", "Years"], ["Python", "6"], ["Go", "2"]],
        bullets=["Led the data team"],
        after_table=["References on request"],
    )
    doc = _load(path)
    assert (doc.kind, doc.pages, doc.warnings) == ("docx", None, [])
    assert doc.text.split("\n") == [
        "Jane Doe", "Skills", "Language | Years", "Python | 6", "Go | 2", "• Led the data team",
        "References on request",
    ]


def test_merged_cells_appear_once_and_multi_paragraph_cells_stay_on_lines(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Experience"
    cell = table.cell(1, 0)
    cell.text = "Senior Engineer"
    cell.add_paragraph("Acme Corp")
    table.cell(1, 1).text = "2019 - 2023"
    document.sections[0].header.paragraphs[0].text = "jane@example.com"
    document.save(tmp_path / "layout.docx")
    lines = _load(tmp_path / "layout.docx").text.split("\n")
    assert lines == ["jane@example.com", "Experience", "Senior Engineer", "Acme Corp", "", "2019 - 2023"]


def _not_a_docx_zip(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return path


@pytest.mark.parametrize(
    ("make", "limits", "error", "message"),
    [
        (lambda p: truncate(make_docx(p / "cut.docx", ["Hello"] * 50), keep=0.5), None, ParseError,
         "The file is corrupt or not a real Word document (.docx)."),
        (lambda p: _not_a_docx_zip(p / "other.docx"), None, ParseError, "not a real Word document"),
        (lambda p: make_docx(p / "empty.docx", []), None, EmptyText, "The Word document has no text."),
        (lambda p: make_zip_bomb_docx(p / "bomb.docx", unpacked_mb=64), None, TooLarge, "looks like a zip bomb"),
        # Under a small file limit, unpacked content over 10x the limit is refused even at a modest ratio.
        (lambda p: make_zip_bomb_docx(p / "fat.docx", unpacked_mb=3), Limits(max_file_bytes=200_000), TooLarge,
         "This Word file unpacks to "),
    ],
    ids=["truncated", "zip-not-docx", "empty", "zip-bomb-ratio", "zip-bomb-cap"],
)
def test_docx_refusals_name_the_problem(tmp_path, make, limits, error, message):
    with pytest.raises(error) as caught:
        _load(make(tmp_path), limits)
    assert message in str(caught.value)


def test_docx_named_txt_is_refused(tmp_path):
    data = make_docx(tmp_path / "cv.docx", ["Hello"]).read_bytes()
    with pytest.raises(ParseError, match="named 'cv.txt' but it is actually a ZIP archive"):
        load_document("cv.txt", data, Limits())
