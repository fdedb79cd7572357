"""CLI: --role-family by id or the name people see (any case) in gaps, market and match; unknown names list close
matches; gaps reports say who, when, what and which data, and --output writes a standalone file."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from core.cli import main
from core.errors import InvalidInput
from core.taxonomy.family_lookup import family_names, resolve_role_family
from core.taxonomy.models import RoleFamily, Taxonomy
from tests.commands.test_gaps_cli import data_dir, env, resume  # noqa: F401 -- shared fixtures

SPELLINGS = ["data_engineer", "Data Engineer", "DATA ENGINEER", "data engineer", "Data-Engineer", " data_Engineer "]


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("given", SPELLINGS)
def test_gaps_takes_the_id_or_the_display_name(resume, capsys, given):  # noqa: F811
    assert main(["gaps", "--resume", str(resume), "--role-family", given, "--json"]) == 0
    target = _json(capsys)["target"]
    assert target["role_family"] == "data_engineer" and target["label"] == "Data Engineer"


@pytest.mark.parametrize("given, needles", [
    ("Data Enginer", ["Unknown role family 'Data Enginer'", "Did you mean: Data Engineer (data_engineer)"]),
    ("astronaut", ["Unknown role family 'astronaut'", "choose one of:", "Data Engineer (data_engineer)"]),
])
def test_gaps_unknown_family_lists_close_matches(resume, capsys, given, needles):  # noqa: F811
    assert main(["gaps", "--resume", str(resume), "--role-family", given]) == 2
    err = capsys.readouterr().err
    assert all(n in err for n in needles) and "Traceback" not in err


@pytest.mark.parametrize("given", ["data_engineer", "Data Engineer", "data ENGINEER"])
def test_market_takes_the_id_or_the_display_name(capsys, given):
    assert main(["market", "--role-family", given, "--json"]) == 0
    out = _json(capsys)
    assert out["role_family"] == "data_engineer" and out["role_family_name"] == "Data Engineer"


def test_market_unknown_family_is_a_clear_error(capsys):
    assert main(["market", "--role-family", "Data Enginer"]) == 2
    assert "Did you mean: Data Engineer (data_engineer)" in capsys.readouterr().err


NAMES = {"data_engineer": "Data Engineer", "devops": "DevOps / SRE / Systems Engineer", "nursing": "Nursing",
         "qa": "QA / Test Engineer"}
TAXONOMY = Taxonomy(skills={}, role_families={
    fid: RoleFamily(fid, name, "00-0000.00", title_keywords=("registered nurse",) if fid == "nursing" else ())
    for fid, name in NAMES.items()})


@pytest.mark.parametrize("given, expected", [
    ("data_engineer", "data_engineer"), ("Data Engineer", "data_engineer"), ("dAtA eNgInEeR", "data_engineer"),
    ("DEVOPS", "devops"), ("sre", "devops"), ("DevOps / SRE / Systems Engineer", "devops"),
    ("Registered Nurse", "nursing"),  # a job title, placed by the taxonomy's title keywords
])
def test_resolver_table(given, expected):
    assert resolve_role_family(given, family_names(TAXONOMY), taxonomy=TAXONOMY) == expected


@pytest.mark.parametrize("given, needle", [
    ("data enginer", "Did you mean: Data Engineer (data_engineer)"),
    ("", "choose one of: Data Engineer (data_engineer), DevOps / SRE / Systems Engineer (devops)"),
    ("engineer", "Engineer"),  # a shared word: ambiguous, never a silent pick
])
def test_resolver_unknown(given, needle):
    with pytest.raises(InvalidInput, match="Unknown role family") as err:
        resolve_role_family(given, family_names(TAXONOMY), taxonomy=TAXONOMY)
    assert needle in str(err.value)


def test_match_resolves_every_role_family_flag():
    from core.commands.match import _families

    assert _families(["Data Engineer", "nursing", "SRE"], TAXONOMY) == ["data_engineer", "nursing", "devops"]
    with pytest.raises(InvalidInput, match="Unknown role family 'astronaut'"):
        _families(["astronaut"], TAXONOMY)


def test_gaps_json_says_who_when_what_and_which_data(resume, capsys):  # noqa: F811
    assert main(["gaps", "--resume", str(resume), "--role-family", "Data Engineer", "--json"]) == 0
    header = _json(capsys)["header"]
    assert header["prepared_for"] == "Asha Rao" and header["generated_on"] == date.today().isoformat()
    assert header["target"] == "Market segment: Data Engineer" and header["dataset"] == "demo"


def test_gaps_without_a_parsed_name_uses_the_file_name(tmp_path, capsys):
    from tests.commands.test_gaps_cli import RESUME

    path = tmp_path / "maya-resume.txt"
    path.write_text(RESUME.replace("Asha Rao\n", ""), encoding="utf8")
    assert main(["gaps", "--resume", str(path), "--role-family", "data_engineer", "--json"]) == 0
    assert _json(capsys)["header"]["prepared_for"] == "maya-resume"


def test_gaps_output_writes_a_standalone_pdf(resume, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "report.pdf"
    assert main(["gaps", "--resume", str(resume), "--role-family", "Data Engineer", "--output", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Prepared for: Asha Rao" in text and date.today().isoformat() in text and "Demo data" in text
    uris = [a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots") or []]
    assert uris and all(str(u).startswith("http") for u in uris)


def test_gaps_output_refuses_an_unknown_extension(resume, tmp_path, capsys):  # noqa: F811
    assert main(["gaps", "--resume", str(resume), "--output", str(tmp_path / "r.docx")]) == 2
    assert "--output must end in .md, .pdf or .json" in capsys.readouterr().err
