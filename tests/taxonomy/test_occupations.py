"""Occupations: the build step (O*NET -> occupations.jsonl), family assignment by O*NET-SOC prefix, the loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import InvalidInput
from core.taxonomy.build.base import BuildContext
from core.taxonomy.build.occupations_step import OccupationsStep, build_occupations, family_of, skill_for_example
from core.taxonomy.occupations import Occupation, load_occupations

from .conftest import TAXONOMY_DIR

ONET = TAXONOMY_DIR.parents[2] / "shared" / "data" / "onet"
needs_onet = pytest.mark.skipif(not (ONET / "Occupation Data.txt").is_file(),
                                reason="../shared/data/onet (O*NET 29.2) is not beside the project")
ROLES = [
    {"id": "backend", "onet_socs": ["15-1252.00", "15-1251"], "core_skills": ["python"]},
    {"id": "fullstack", "onet_socs": ["15-1252.00"], "core_skills": ["react"]},
    {"id": "nursing", "onet_socs": ["29-1141", "31-1131"], "core_skills": ["nursing"]},
    {"id": "allied_health", "onet_socs": ["29-", "31-"], "core_skills": ["patient_care"]},
]


@pytest.mark.parametrize("soc, family", [
    ("29-1141.03", "nursing"),  # "29-1141" is longer than "29-"
    ("29-2052.00", "allied_health"),
    ("31-1131.00", "nursing"),
    ("15-1252.00", "backend"),  # shared code: the earlier family wins the tie
    ("15-1251.00", "backend"),
    ("41-2031.00", None),
])
def test_family_is_the_longest_prefix(soc, family):
    assert family_of(soc, ROLES) == family


@pytest.mark.parametrize("example, skill", [
    ("Microsoft Excel", "excel"), ("Epic Systems", "epic"), ("Epic Systems software", "epic"), ("Unknown Tool", None),
])
def test_example_to_skill(example, skill):
    surfaces = {"microsoft excel": "excel", "epic systems": "epic"}
    assert skill_for_example(example, surfaces) == skill


def _write_onet(root: Path) -> Path:
    """A two-occupation O*NET extract in the real file layout."""
    files = {
        "Occupation Data.txt": "O*NET-SOC Code\tTitle\tDescription\n29-1141.00\tRegistered Nurses\tx\n"
                               "29-2061.00\tLicensed Practical and Licensed Vocational Nurses\tx\n",
        "Alternate Titles.txt": "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
                                "29-1141.00\tStaff Nurse\tn/a\t08\n29-1141.00\tstaff nurse\tn/a\t08\n"
                                "29-1141.00\tRegistered Nurse\tRN\t08\n29-2061.00\tLPN\tn/a\t08\n",
        "Sample of Reported Titles.txt": "O*NET-SOC Code\tReported Job Title\tShown in My Next Move\n"
                                         "29-1141.00\tCharge Nurse\tY\n29-1141.00\tRegistered Nurses\tN\n",
        "Related Occupations.txt": "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n"
                                   "29-1141.00\t29-9999.00\tSupplemental\t1\n"
                                   "29-1141.00\t29-2061.00\tPrimary-Short\t2\n",
        "Job Zones.txt": "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\n29-1141.00\t3\tx\tx\n",
        "Technology Skills.txt": "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
                                 "29-1141.00\tEpic Systems\t1\tMedical software\tY\tN\n"
                                 "29-1141.00\tMicrosoft Excel\t2\tSpreadsheet software\tN\tN\n",
        "Tools Used.txt": "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\n29-2061.00\tStethoscopes\t3\tx\n",
    }
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


SKILLS = [{"id": "epic_ehr", "name": "Epic", "aliases": ["Epic Systems"]},
          {"id": "excel", "name": "Excel", "aliases": ["Microsoft Excel"]},
          {"id": "nursing", "name": "Nursing", "aliases": []}]


def test_build_rows_from_an_onet_extract(tmp_path):
    rows = build_occupations(_write_onet(tmp_path / "onet"), SKILLS, ROLES)
    rn, lpn = rows
    assert (rn["soc"], rn["family"], rn["job_zone"], lpn["job_zone"]) == ("29-1141.00", "nursing", 3, None)
    assert rn["titles"] == ["Charge Nurse", "Staff Nurse", "Registered Nurse", "RN"]  # reported first, deduped
    assert rn["related"] == ["29-2061.00", "29-9999.00"]  # Primary-Short before Supplemental
    assert rn["skills"] == ["nursing", "epic_ehr", "excel"] and rn["hot"] == ["epic_ehr"]
    assert lpn["family"] == "allied_health" and lpn["skills"] == ["patient_care"]


def test_an_occupation_without_a_family_is_an_error(tmp_path):
    with pytest.raises(InvalidInput, match="29-2061.00"):  # nursing alone does not cover LPNs
        build_occupations(_write_onet(tmp_path / "onet"), SKILLS, [ROLES[2]])


def test_step_writes_then_keeps_the_file_without_onet(tmp_path, capsys):
    onet, out = _write_onet(tmp_path / "onet"), tmp_path / "tax"
    out.mkdir()
    ctx = BuildContext(tables_dir=tmp_path, out_dir=out, onet_dir=onet, esco_dir=None, skills=SKILLS, roles=ROLES)
    assert OccupationsStep().run(ctx)["occupations"] == 2
    written = (out / "occupations.jsonl").read_text(encoding="utf-8")
    ctx.onet_dir = None
    assert OccupationsStep().run(ctx) == {"kept": 2}
    assert (out / "occupations.jsonl").read_text(encoding="utf-8") == written
    assert "kept 2 occupations" in capsys.readouterr().out


def test_loader_reads_tuples_caches_and_refuses_bad_lines(tmp_path):
    row = {"soc": "29-1141.00", "title": "Registered Nurses", "family": "nursing", "job_zone": 3,
           "titles": ["Staff Nurse"], "related": [], "skills": ["nursing"], "hot": [], "extra": 1}
    (tmp_path / "occupations.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    loaded = load_occupations(tmp_path)
    assert loaded["29-1141.00"] == Occupation("29-1141.00", "Registered Nurses", "nursing", 3, ("Staff Nurse",),
                                              (), ("nursing",), ())
    assert load_occupations(tmp_path) is loaded
    assert load_occupations(tmp_path / "missing") == {}
    (tmp_path / "occupations.jsonl").write_text('{"soc": "x"}\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="line 1"):
        load_occupations(tmp_path)


def test_shipped_occupations_are_complete_and_consistent(taxonomy):
    occupations = load_occupations(TAXONOMY_DIR)
    assert len(occupations) == 1016
    assert {o.family for o in occupations.values()} <= set(taxonomy.role_families)
    for occ in occupations.values():
        assert set(occ.skills) <= set(taxonomy.skills) and set(occ.hot) <= set(occ.skills), occ.soc
        assert set(occ.related) <= set(occupations), occ.soc
        lowered = [t.lower() for t in occ.titles]
        assert len(set(lowered)) == len(lowered) and occ.title.lower() not in lowered, occ.soc
    size = (TAXONOMY_DIR / "occupations.jsonl").stat().st_size
    assert size < 4_000_000


@needs_onet
def test_every_onet_occupation_has_exactly_one_family(taxonomy):
    roles = [{"id": f.id, "onet_socs": list(f.onet_socs)} for f in taxonomy.role_families.values()]
    lines = (ONET / "Occupation Data.txt").read_text(encoding="utf-8").splitlines()[1:]
    socs = [line.split("\t")[0] for line in lines if line.strip()]
    assert len(socs) == 1016
    assert [s for s in socs if family_of(s, roles) is None] == []
    shipped = load_occupations(TAXONOMY_DIR)
    assert {s: family_of(s, roles) for s in socs} == {s: o.family for s, o in shipped.items()}
