"""Hostile DOCX (issue 24.1, 24.2, 24.9): bounded reading, a zip bomb lying about its sizes, too many members.

Every file is generated here (tests/documents/hostile_docx.py); nothing is timed (bench/bench_docx.py measures).
"""

from __future__ import annotations

import tracemalloc

import pytest

from core.config import Limits
from core.documents import docx as docx_reader
from core.documents import docx_xml, load_document
from core.documents.zipguard import MISMATCH, open_zip
from core.errors import ParseError, TooLarge
from tests.documents import hostile_docx as h


def _load(data: bytes, limits: Limits | None = None):
    return load_document("cv.docx", data, limits or Limits())


def test_many_styled_paragraphs_read_with_one_style_lookup(monkeypatch):
    calls = []
    original = docx_reader._styles
    monkeypatch.setattr(docx_reader, "_styles", lambda budget: calls.append(1) or original(budget))
    doc = _load(h.many_paragraphs_docx(34_000))
    assert doc.text.split("\n") == ["• x"] * 34_000 and doc.warnings == []
    assert len(calls) == 1  # the style map is built once per document, not per paragraph


def test_text_past_the_character_limit_is_cut_with_a_warning():
    limits = Limits(max_chars=20_000)
    doc = _load(h.big_text_docx(unpacked_mb=2), limits)
    assert 19_000 < len(doc.text) <= 20_000
    assert doc.warnings == ["The Word document has more than 20,000 characters of text; only the first part was "
                            "read (the rest was ignored)."]


def test_one_huge_paragraph_is_cut_not_lost():
    body = [b"<w:p><w:r><w:t>" + b"python sql " * 5_000 + b"</w:t></w:r>"] + [b"<w:r><w:t>more</w:t></w:r>"] * 10
    doc = _load(h.docx_from_chunks(body + [b"</w:p>"]), Limits(max_chars=30_000))
    assert doc.text.startswith("python sql python") and len(doc.text) <= 30_000 and doc.warnings


def test_paragraph_count_is_bounded():
    doc = _load(h.many_paragraphs_docx(51_000, style="Normal"))
    assert doc.text.count("x") == docx_xml.MAX_PARAGRAPHS
    assert "more than 50,000 paragraphs" in doc.warnings[0]


def test_markup_without_text_stops_at_the_element_cap(monkeypatch):
    monkeypatch.setattr(docx_xml, "MAX_ELEMENTS", 20_000)
    runs = [b"<w:p>", b"<w:r><w:rPr><w:i/></w:rPr></w:r>" * 30_000, b"<w:r><w:t>Python</w:t></w:r></w:p>",
            b"<w:p><w:r><w:t>never reached</w:t></w:r></w:p>"]
    with pytest.raises(ParseError, match="no text"):  # the text comes after the cap
        _load(h.docx_from_chunks(runs))
    head = [b"<w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p>"] + runs
    doc = _load(h.docx_from_chunks(head))
    assert doc.text == "Jane Doe" and "pieces of formatting" in doc.warnings[0]


def test_zip_bomb_that_under_declares_its_size_is_refused_in_little_memory():
    data = h.lie_about_size(h.zeros_docx(unpacked_mb=200), declared=50_000)  # ~200 KB packed, 200 MB real
    assert len(data) < 1_000_000
    tracemalloc.start()
    try:
        with pytest.raises(ParseError) as caught:
            _load(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(caught.value) == MISMATCH
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB while refusing"


def test_real_unpacked_bytes_are_counted_against_the_budget():
    data = h.many_paragraphs_docx(2_000)
    budget = open_zip(data, Limits(), docx_reader.CORRUPT, docx_reader.DOCUMENT)
    budget.left = 10_000  # as if earlier members had spent the rest
    with pytest.raises(TooLarge, match="unpacks to more than 9.8 KB"):
        list(budget.stream(docx_reader.DOCUMENT))


def test_too_many_members_names_the_member_count():
    with pytest.raises(TooLarge) as caught:
        _load(h.many_members_docx(5_001))
    message = str(caught.value)
    assert "files inside it" in message and "the limit is 5,000" in message and "unpacks" not in message


def test_a_doctype_is_refused_so_no_entity_is_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    dtd = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">'
           '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    head = dtd + h._HEAD.split("?>", 1)[1]
    body = [b"<w:p><w:r><w:t>Jane Doe &x; &c;</w:t></w:r></w:p>"]
    with pytest.raises(ParseError) as caught:
        _load(h.docx_from_chunks(body, head=head))
    assert str(caught.value) == docx_xml.DTD
