"""Who a downloaded report is for, when it was generated, what it targets and which data: the part of a report
file that lets it stand alone, and the file name built from it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from core.gaps.report import GapReport, ReportTarget

DEMO_NOTE = "Demo data: the market behind these numbers is generated, realistic but not real postings."
REAL_NOTE = "Your postings: the market is the job postings you loaded."
UNNAMED = "Unnamed profile"
_SLUG_CHARS = 40  # per part of a file name


@dataclass(frozen=True)
class ReportHeader:
    """The report's reader-facing context: the person (else the profile), the date, the dataset."""

    prepared_for: str
    generated_on: date
    is_demo: bool
    profile_name: str = ""  # the profile the file name carries (prepared_for when empty)

    @property
    def dataset(self) -> str:
        """"demo" or "real"."""
        return "demo" if self.is_demo else "real"

    @property
    def data_note(self) -> str:
        """One sentence on the market data behind the numbers."""
        return DEMO_NOTE if self.is_demo else REAL_NOTE

    def to_dict(self, report: GapReport) -> dict:
        """Plain JSON: prepared_for, generated_on (ISO date), target line, dataset, data note, roadmap engine."""
        return {
            "prepared_for": self.prepared_for, "generated_on": self.generated_on.isoformat(),
            "target": target_line(report.target), "dataset": self.dataset, "data_note": self.data_note,
            "roadmap_by": report.roadmap.generated_by,
        }


def make_header(person_name: str | None, profile_name: str | None, generated_on: date,
                is_demo: bool) -> ReportHeader:
    """The header for a report: the name parsed from the resume, else the profile's name, else "Unnamed profile"."""
    person, profile = _clean(person_name), _clean(profile_name)
    return ReportHeader(person or profile or UNNAMED, generated_on, bool(is_demo), profile)


def target_line(target: ReportTarget) -> str:
    """"Market segment: Data Engineer · Seattle" or "Job posting: Senior DE · Acme (#12)"."""
    if target.kind == "job":
        ref = f" (#{target.job_id})" if target.job_id is not None else ""
        return f"Job posting: {target.label}{ref}"
    return f"Market segment: {target.label}"


def report_file_name(header: ReportHeader, report: GapReport, ext: str) -> str:
    """`skillgap-<profile>-<target>-<yyyy-mm-dd>.<ext>`, lower-case ASCII letters, digits and dashes only."""
    parts = ["skillgap", slugify(header.profile_name or header.prepared_for), slugify(report.target.label),
             header.generated_on.isoformat()]
    return "-".join(p for p in parts if p) + "." + slugify(ext)


def slugify(text: str, limit: int = _SLUG_CHARS) -> str:
    """ASCII lower-case words joined by dashes ("Maya Chen" -> "maya-chen"), at most `limit` chars."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def _clean(name: str | None) -> str:
    return " ".join((name or "").split())[:80]
