"""Lossless JSON of a GapReport (what the report store keeps); `report_from_json(report_to_json(r)) == r`."""

from __future__ import annotations

import json
from dataclasses import asdict

from core.gaps.models import GapAnalysis, RoiFactors, SkillGap, SkillMatch
from core.gaps.report import GapReport, ReportTarget
from core.gaps.roadmap import Roadmap, RoadmapItem, RoadmapWeek
from core.gaps.settings import RoiWeights
from core.taxonomy.models import Resource

FORMAT = 2  # 2: gap kinds, prerequisite hours, optional courses; bump when the stored shape changes; older rows then count as stale


def report_to_dict(report: GapReport) -> dict:
    """The whole report as plain JSON-able data."""
    return {
        "format": FORMAT,
        "target": asdict(report.target),
        "analysis": asdict(report.analysis),
        "roadmap": asdict(report.roadmap),
        "courses": {sid: [asdict(r) for r in pair] for sid, pair in report.courses.items()},
        "assumptions": list(report.assumptions),
        "top_n": report.top_n,
    }


def report_to_json(report: GapReport) -> str:
    """The report as compact JSON text."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, separators=(",", ":"))


def report_from_json(text: str) -> GapReport:
    """Inverse of report_to_json; ValueError for another format."""
    return report_from_dict(json.loads(text))


def report_from_dict(data: dict) -> GapReport:
    """Inverse of report_to_dict."""
    if data.get("format") != FORMAT:
        raise ValueError(f"stored report format {data.get('format')!r} is not {FORMAT}")
    return GapReport(
        target=ReportTarget(**data["target"]),
        analysis=_analysis(data["analysis"]),
        roadmap=_roadmap(data["roadmap"]),
        courses={sid: tuple(Resource(**r) for r in pair) for sid, pair in data["courses"].items()},
        assumptions=tuple(data["assumptions"]),
        top_n=int(data["top_n"]),
    )


def _analysis(d: dict) -> GapAnalysis:
    return GapAnalysis(
        kind=d["kind"], target_label=d["target_label"], overall_match=d["overall_match"],
        gaps=tuple(_gap(g) for g in d["gaps"]), matches=tuple(SkillMatch(**m) for m in d["matches"]),
        missing_skills=tuple(d["missing_skills"]), assumptions=tuple(d["assumptions"]),
    )


def _gap(d: dict) -> SkillGap:
    f = d["factors"]
    factors = RoiFactors(f["demand"], f["salary"], f["trend"], f["effort"], RoiWeights(**f["weights"]),
                         f["level_weight"])
    tuples = ("adjacent_from", "missing_prerequisites", "prerequisite_names", "prerequisite_hours")
    return SkillGap(**{**d, "factors": factors, **{k: tuple(d[k]) for k in tuples}})


def _roadmap(d: dict) -> Roadmap:
    weeks = tuple(
        RoadmapWeek(w["number"], tuple(_item(i) for i in w["items"]), w["hours"], w["summary"], w["milestone"])
        for w in d["weeks"]
    )
    return Roadmap(
        weeks=weeks, hours_per_week=d["hours_per_week"], generated_by=d["generated_by"],
        unscheduled=tuple((name, hours) for name, hours in d["unscheduled"]),
        fallback_reason=d["fallback_reason"], intro=d["intro"], requested_weeks=d["requested_weeks"],
        deferred=tuple(d["deferred"]),
    )


def _item(d: dict) -> RoadmapItem:
    return RoadmapItem(**{**d, "free": _resource(d["free"]), "paid": _resource(d["paid"]),
                          "prerequisite_for": tuple(d["prerequisite_for"])})


def _resource(d: dict | None) -> Resource | None:
    return Resource(**d) if d is not None else None
