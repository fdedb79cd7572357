"""Gap reports stored per profile and target: save / load / latest, staleness, and the 7-day refresh.

A stored report is fresh while its inputs (resume text, corrections, market aggregates, taxonomy) are unchanged
and its `next_refresh_at` (saved + 7 days) has not passed. `mark_stale` flags reports whose inputs changed
(the profile's latest resume, its corrections, a market refresh); `refresh_stale_reports` re-runs every stale or
overdue report with the profile's latest resume. `report_for` is what the Gaps page calls: the stored report
when fresh, else a recomputed (and stored) one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import or_
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from core.context import AppContext
from core.db.models import Profile, Resume, utcnow
from core.db.report_models import GapReportRow
from core.db.session import session_scope
from core.errors import NotFound, SkillGapError
from core.gaps.codec import FORMAT, report_from_json, report_to_json
from core.gaps.compute import GapServices, compute_report, current_inputs, make_gap_services
from core.gaps.records import (REFRESH_AFTER, ComputedReport, GapTarget, ReportInputs, ReportOptions,
                               StoredReport)
from core.resumes import check_resume_owner

def save_report(engine: Engine, profile_id: int, target: GapTarget, options: ReportOptions,
                computed: ComputedReport, now: datetime | None = None) -> StoredReport:
    """Store (replace) the report of a profile and target; fresh for 7 days from `now`."""
    now = now or utcnow()
    values = dict(
        resume_id=computed.inputs.resume_id, target_kind=target.kind, target_label=computed.report.target.label[:255],
        role_family=target.role_family, city=target.city, seniority=target.seniority, job_id=target.job_id,
        hours_per_week=options.hours_per_week, weeks=options.weeks, is_demo=computed.is_demo,
        report_json=report_to_json(computed.report), resume_sha256=computed.inputs.resume_sha256,
        corrections_sha256=computed.inputs.corrections_sha256, market_version=computed.inputs.market_version,
        market_watermark=computed.inputs.market_watermark, taxonomy_version=computed.inputs.taxonomy_version,
        fingerprint=computed.inputs.fingerprint(options, FORMAT), stale=False, stale_reason=None,
        created_at=now, next_refresh_at=now + REFRESH_AFTER,
    )
    for attempt in range(2):  # a concurrent first save of the same target wins the insert: update it instead
        try:
            with session_scope(engine) as session:
                row = _find(session, profile_id, target.key)
                if row is None:
                    row = GapReportRow(profile_id=profile_id, target_key=target.key, **values)
                else:
                    for name, value in values.items():
                        setattr(row, name, value)
                session.add(row)
                session.flush()
                report_id = int(row.id)
            break
        except IntegrityError as exc:
            if not _profile_exists(engine, profile_id):
                raise NotFound(f"Profile {profile_id} does not exist (it may have been deleted).") from exc
            if attempt:
                raise
    return StoredReport(report_id, profile_id, target, options, computed.report, computed.inputs, computed.is_demo,
                        now, now + REFRESH_AFTER)


def load_report(engine: Engine, report_id: int, *, profile_id: int) -> StoredReport:
    """One of the profile's stored reports; NotFound when the id names none of that profile's (or its stored shape
    is outdated)."""
    with Session(engine) as session:
        row = session.get(GapReportRow, report_id)
    stored = _decode(row) if row is not None and row.profile_id == profile_id else None
    if stored is None:
        raise NotFound(f"Gap report {report_id} does not exist (it may have been refreshed or deleted).")
    return stored


def latest_report(engine: Engine, profile_id: int, target: GapTarget) -> StoredReport | None:
    """The stored report of a profile and target, or None (none yet, or stored in an outdated shape)."""
    with Session(engine) as session:
        row = _find(session, profile_id, target.key)
    return _decode(row) if row is not None else None


def list_reports(engine: Engine, profile_id: int) -> list[StoredReport]:
    """A profile's stored reports, newest first."""
    with Session(engine) as session:
        rows = session.exec(select(GapReportRow).where(GapReportRow.profile_id == profile_id)
                            .order_by(GapReportRow.created_at.desc(), GapReportRow.id.desc())).all()
    return [s for s in (_decode(r) for r in rows) if s is not None]


def report_for(ctx: AppContext, services: GapServices, profile_id: int, resume_id: int, target: GapTarget,
               options: ReportOptions = ReportOptions(), *, force: bool = False,
               now: datetime | None = None) -> tuple[StoredReport, bool]:
    """(report, recomputed): the stored one when fresh for this resume and options, else computed and stored;
    NotFound when the resume is not the profile's."""
    now = now or utcnow()
    options = options.checked()
    check_resume_owner(ctx.engine, resume_id, profile_id)
    stored = None if force else latest_report(ctx.engine, profile_id, target)
    if stored is not None and stored.options == options and not stored.due(now):
        if stored.inputs == current_inputs(ctx, resume_id):
            return stored, False
    computed = compute_report(ctx, services, resume_id, target, options)
    return save_report(ctx.engine, profile_id, target, options, computed, now), True


def mark_stale(ctx: AppContext, profile_id: int | None = None) -> int:
    """Flag reports whose inputs changed (latest resume, corrections, market, taxonomy); returns how many."""
    marked = 0
    for row in _rows(ctx.engine, profile_id, only_fresh=True):
        reasons = _changes(ctx, row)
        if reasons:
            with session_scope(ctx.engine) as session:
                fresh = session.get(GapReportRow, row.id)
                if fresh is not None:
                    fresh.stale, fresh.stale_reason = True, "; ".join(reasons)[:255]
                    session.add(fresh)
            marked += 1
    return marked


@dataclass
class RefreshOutcome:
    """What one refresh of stored reports did."""

    checked: int = 0
    marked_stale: int = 0
    refreshed: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain JSON."""
        return {"checked": self.checked, "marked_stale": self.marked_stale, "refreshed": self.refreshed,
                "failed": self.failed, "errors": self.errors[:10]}


def refresh_reports(ctx: AppContext, services: GapServices | None = None, *,
                    now: datetime | None = None) -> RefreshOutcome:
    """Mark changed reports stale, then re-run every stale or overdue one with the profile's latest resume."""
    now = now or utcnow()
    outcome = RefreshOutcome(marked_stale=mark_stale(ctx))
    rows = _rows(ctx.engine)
    outcome.checked = len(rows)
    due = [row for row in rows if row.stale or _aware(row.next_refresh_at) <= now]
    for row in due:
        services = services or make_gap_services(ctx)
        target = GapTarget.from_row(row.target_kind, row.role_family, row.city, row.seniority, row.job_id,
                                  row.target_key)
        try:
            resume_id = _latest_resume_id(ctx.engine, row.profile_id)
            options = ReportOptions(row.hours_per_week, row.weeks)
            computed = compute_report(ctx, services, resume_id, target, options)
            save_report(ctx.engine, row.profile_id, target, options, computed, now)
            outcome.refreshed += 1
        except SkillGapError as exc:  # the posting was removed, the segment emptied, the resume deleted...
            outcome.failed += 1
            outcome.errors.append(f"report {row.id} ({row.target_label}): {exc}")
            _flag(ctx.engine, row.id, f"refresh failed: {exc}")
    return outcome


def refresh_stale_reports(ctx: AppContext, services: GapServices | None = None, *,
                          now: datetime | None = None) -> int:
    """Re-run reports older than 7 days or whose inputs changed; returns how many were re-run."""
    return refresh_reports(ctx, services, now=now).refreshed


def _changes(ctx: AppContext, row: GapReportRow) -> list[str]:
    """Why a stored report no longer matches the current inputs (empty when it does)."""
    try:
        current = current_inputs(ctx, _latest_resume_id(ctx.engine, row.profile_id))
    except NotFound:
        return ["the profile has no resume any more"]
    reasons = current.changes_from(_inputs(row))
    if not reasons and row.fingerprint != current.fingerprint(ReportOptions(row.hours_per_week, row.weeks), FORMAT):
        reasons.append("the stored report format changed")
    return reasons


def _latest_resume_id(engine: Engine, profile_id: int) -> int:
    with Session(engine) as session:
        resume_id = session.exec(select(Resume.id).where(Resume.profile_id == profile_id)
                                 .order_by(Resume.created_at.desc(), Resume.id.desc())).first()
    if resume_id is None:
        raise NotFound(f"Profile {profile_id} has no resume.")
    return int(resume_id)


def _rows(engine: Engine, profile_id: int | None = None, only_fresh: bool = False) -> list[GapReportRow]:
    query = select(GapReportRow).order_by(GapReportRow.id)
    if profile_id is not None:
        query = query.where(GapReportRow.profile_id == profile_id)
    if only_fresh:
        query = query.where(or_(GapReportRow.stale.is_(False), GapReportRow.stale.is_(None)))
    with Session(engine) as session:
        return list(session.exec(query).all())


def _flag(engine: Engine, report_id: int, reason: str) -> None:
    with session_scope(engine) as session:
        row = session.get(GapReportRow, report_id)
        if row is not None:
            row.stale, row.stale_reason = True, reason[:255]
            session.add(row)


def _find(session: Session, profile_id: int, key: str) -> GapReportRow | None:
    return session.exec(select(GapReportRow).where(GapReportRow.profile_id == profile_id,
                                                   GapReportRow.target_key == key)).first()


def _profile_exists(engine: Engine, profile_id: int) -> bool:
    with Session(engine) as session:
        return session.get(Profile, profile_id) is not None


def _inputs(row: GapReportRow) -> ReportInputs:
    return ReportInputs(row.resume_id, row.resume_sha256, row.corrections_sha256, row.market_version,
                        row.market_watermark, row.taxonomy_version)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _decode(row: GapReportRow) -> StoredReport | None:
    """The row as a StoredReport, or None when its JSON is in an outdated format."""
    try:
        report = report_from_json(row.report_json)
    except (ValueError, KeyError, TypeError):
        return None
    target = GapTarget.from_row(row.target_kind, row.role_family, row.city, row.seniority, row.job_id,
                                  row.target_key)
    return StoredReport(row.id, row.profile_id, target, ReportOptions(row.hours_per_week, row.weeks), report,
                        _inputs(row), row.is_demo, _aware(row.created_at), _aware(row.next_refresh_at),
                        row.stale, row.stale_reason)
