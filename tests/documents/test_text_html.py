"""Text, Markdown and HTML loading: encodings, binary refusal, dispatch errors, normalisation, safe HTML."""

from __future__ import annotations

import pytest

from core.config import Limits
from core.documents import load_document
from core.documents.base import human_size
from core.documents.normalize import normalize_text
from core.errors import EmptyText, ParseError, UnsupportedFormat

SAMPLE = "Café – naïve résumé\nSkills: Python, SQL"


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (SAMPLE.encode("utf-8"), False),
        (SAMPLE.encode("utf-8-sig"), False),
        (SAMPLE.encode("utf-16"), False),  # with BOM
        (SAMPLE.encode("utf-16-le"), False),  # no BOM: detected from the NUL pattern
        (SAMPLE.encode("utf-16-be"), False),
        (SAMPLE.encode("utf-32"), False),
        (SAMPLE.encode("cp1252"), True),
    ],
    ids=["utf-8", "utf-8-sig", "utf-16-bom", "utf-16-le", "utf-16-be", "utf-32", "cp1252"],
)
def test_text_encodings_decode_to_the_same_text(tmp_path, data, warned):
    path = tmp_path / "cv.txt"
    path.write_bytes(data)
    doc = load_document(path.name, path.read_bytes(), Limits())
    assert (doc.text, doc.kind, doc.pages) == (SAMPLE, "txt", None)
    assert any("cp1252" in w for w in doc.warnings) == warned


def test_markdown_keeps_its_kind():
    doc = load_document("job.md", b"## Requirements\n\n- Python\r\n- SQL\r\n", Limits())
    assert (doc.kind, doc.text) == ("md", "## Requirements\n\n- Python\n- SQL")


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))


@pytest.mark.parametrize(
    ("filename", "data", "error", "message"),
    [
        ("cv.txt", bytes(range(256)) * 8, UnsupportedFormat, "This looks like binary data, not text."),
        ("cv.txt", b"\x01\x02\x03\x04garbage\x05\x06\x07\x08" * 50, UnsupportedFormat, "binary data, not text"),
        ("cv.md", PNG, UnsupportedFormat, "named 'cv.md' but it is actually an image"),
        ("page.html", b"%PDF-1.7\n...", UnsupportedFormat, "actually a PDF"),
        ("cv.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, UnsupportedFormat, "old Microsoft Office"),
        ("cv.exe", b"MZ\x90\x00", UnsupportedFormat, "Files of type '.exe' are not supported."),
        ("cv.doc", b"\xd0\xcf\x11\xe0", UnsupportedFormat, "old Word (.doc) file"),
        ("resume", b"plain text", UnsupportedFormat, "has no extension"),
        ("cv.txt", b"", EmptyText, "The file is empty."),
        ("cv.txt", b" \n\t\r\n ", EmptyText, "The file is empty."),
        ("cv.txt", "\u200b\u200b".encode("utf-8"), EmptyText, "The file has no text."),
        ("page.html", b"<html><script>alert(1)</script></html>", EmptyText, "The file has no text."),
    ],
)
def test_wrong_or_empty_content_is_refused(filename, data, error, message):
    with pytest.raises(error) as caught:
        load_document(filename, data, Limits())
    assert message in str(caught.value)
    assert isinstance(caught.value, ParseError)


@pytest.mark.parametrize(
    ("size", "expected"),
    [(int(14.2 * 1024 * 1024), "14.2 MB"), (10 * 1024 * 1024, "10 MB"), (512 * 1024, "512 KB"), (900, "900 bytes")],
)
def test_human_size(size, expected):
    assert human_size(size) == expected


def test_limits_are_checked_against_bytes_and_characters():
    with pytest.raises(ParseError, match=r"^The file is 2 KB; the limit is 1 KB\.$"):
        load_document("cv.txt", b"x" * 2048, Limits(max_file_bytes=1024))
    with pytest.raises(ParseError, match=r"^The text is 1,250 characters; the limit is 1,000\.$"):
        load_document("cv.txt", b"y" * 1250, Limits(max_chars=1000))


@pytest.mark.parametrize(
    ("raw", "dehyphenate", "expected"),
    [
        ("a\r\nb\rc", False, "a\nb\nc"),
        ("many    spaces\tand\u00a0nbsp", False, "many spaces and nbsp"),
        ("ctrl\x00\x07chars\x1b\u200bhere\ufeff", False, "ctrlcharshere"),
        ("Cafe\u0301", False, "Café"),  # NFC
        ("\ufb01nance o\ufb03ce", False, "finance office"),  # ligatures
        ("manage-\nment", True, "management"),
        ("manage-\nment", False, "manage-\nment"),
        ("state-of-the-art\nUpper-\nCase", True, "state-of-the-art\nUpper-\nCase"),
        ("•\nPython\n●\nSQL\n▪\nGo\n–\nRust", False, "• Python\n● SQL\n▪ Go\n– Rust"),
        ("\uf0b7 Wingdings bullet", False, "• Wingdings bullet"),
        ("  indented  \n\n\n\n\nnext  ", False, "indented\n\nnext"),
        ("page one\fpage two", False, "page one\npage two"),
    ],
)
def test_normalize_text(raw, dehyphenate, expected):
    assert normalize_text(raw, dehyphenate=dehyphenate) == expected


HOSTILE = """<!doctype html><html><head><title>Ignore me</title>
<style>body { color: red } .secret { display: none }</style>
<script type="text/javascript">alert(1); document.write("injected")</script></head>
<body onload="steal()"><h1 onclick="alert('x')">Senior Python Developer</h1>
<p>We build <b>data</b> tools&nbsp;&amp; APIs.</p>
<noscript>Enable JavaScript to continue</noscript>
<iframe src="https://evil.example">frame text</iframe>
<h2>Requirements</h2><ul><li>Python</li><li onmouseover="x()">PostgreSQL</li></ul>
<table><tr><td>Salary</td><td>€90k</td></tr></table>
<svg><text>vector label</text></svg><template>hidden template</template>
<script>unterminated = "<p>still script</p>"</script>
<p>Apply now</p></body></html>"""


def test_html_keeps_visible_text_in_blocks_and_drops_active_content():
    doc = load_document("job.html", HOSTILE.encode("utf-8"), Limits())
    assert doc.kind == "html"
    lines = [line for line in doc.text.split("\n") if line]
    assert lines == [
        "Senior Python Developer", "We build data tools & APIs.", "Requirements", "• Python", "• PostgreSQL",
        "Salary €90k", "Apply now",
    ]
    for banned in ("alert", "steal", "injected", "color", "Ignore me", "JavaScript", "frame text", "vector",
                   "template", "still script", "onclick", "onmouseover"):
        assert banned not in doc.text


def test_html_meta_charset_is_used_when_not_utf8():
    data = '<meta charset="windows-1252"><p>Résumé – naïve</p>'.encode("cp1252")
    assert load_document("a.htm", data, Limits()).text == "Résumé – naïve"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Python \ud800 SQL".encode("utf-8", "surrogatepass"), "Python \ufffd SQL"),  # a lone surrogate
        ("Café \ud83d\ude00 SQL".encode("utf-8", "surrogatepass"), "Café \U0001F600 SQL"),  # CESU-8 pair: joined
    ],
    ids=["lone", "cesu-8-pair"],
)
def test_utf8_with_encoded_surrogates_is_read_as_utf8_not_cp1252(data, expected):
    doc = load_document("cv.txt", data, Limits())
    assert doc.text == expected
    assert not any("cp1252" in w for w in doc.warnings)
    assert any("replaced" in w for w in doc.warnings) == ("\ufffd" in expected)
