"""Widget keys (Streamlit stores a keyed widget's value under its key) and the defaults set on a profile switch.

Every "w." key belongs to the active profile (components/profile_scope.py). components.state re-exports these
names, so pages write state.JOBS_CITY.
"""

from __future__ import annotations

PROFILE_SELECT = "w.profile_select"
NEW_PROFILE_NAME = "w.new_profile_name"
RENAME_PROFILE_NAME = "w.rename_profile_name"
CONFIRM_DELETE = "w.confirm_delete_profile"
NEW_PROFILE_OPEN = "w.new_profile_open"  # the sidebar's "New profile" expander
MANAGE_PROFILE_OPEN = "w.manage_profile_open"  # the sidebar's "Rename or delete" expander
RESUME_UPLOAD = "w.resume_upload"
RESUME_PASTE = "w.resume_paste"
RESUME_HISTORY = "w.resume_history"
JOBS_FAMILIES = "w.jobs_families"
JOBS_CITY = "w.jobs_city"
JOBS_REMOTE_ONLY = "w.jobs_remote_only"
JOBS_MIN_SALARY = "w.jobs_min_salary"
JOBS_POSTED_WITHIN = "w.jobs_posted_within"
JOBS_TOP = "w.jobs_top"
JOBS_DATASET = "w.jobs_dataset"  # "yours" | "demo"
MARKET_DATASET = "w.market_dataset"  # "yours" | "demo"
MARKET_ROLE = "w.market_role"
MARKET_CITY = "w.market_city"  # "" = all cities
MARKET_SENIORITY = "w.market_seniority"  # "" = all levels
MARKET_REMOTE = "w.market_remote"  # "Any" | "Remote" | "On-site"
MARKET_MONTHS = "w.market_months"  # (first, last) "YYYY-MM"
MARKET_TREND_SKILLS = "w.market_trend_skills"
MARKET_TREND_SMOOTH = "w.market_trend_smooth"
MARKET_CITY_SKILL = "w.market_city_skill"
DATA_UPLOAD = "w.data_upload"
DATA_TAB = "w.data_tab"  # the chosen "Add postings" tab
DATA_MAPPING = "w.data_mapping"
DATA_PASTE = "w.data_paste"
DATA_PASTE_TITLE = "w.data_paste_title"
DATA_PASTE_COMPANY = "w.data_paste_company"
DATA_PASTE_LOCATION = "w.data_paste_location"
DATA_URL = "w.data_url"
GAPS_MODE = "w.gaps_mode"  # "market" | "job"
GAPS_DATASET = "w.gaps_dataset"  # "yours" | "demo" (shown when both exist)
GAPS_ROLE = "w.gaps_role"
GAPS_CITY = "w.gaps_city"  # "" = all cities
GAPS_SENIORITY = "w.gaps_seniority"  # "" = all levels
GAPS_HOURS = "w.gaps_hours_per_week"
GAPS_WEEKS = "w.gaps_weeks"
INTERVIEW_TARGET_KIND = "w.interview_target_kind"  # "job" | "market"
INTERVIEW_JOB_SELECT = "w.interview_job_select"
INTERVIEW_ROLE = "w.interview_role"
INTERVIEW_CITY = "w.interview_city"  # "" = any city
INTERVIEW_SENIORITY = "w.interview_seniority"  # "" = any level
INTERVIEW_LENGTH = "w.interview_length"
INTERVIEW_ANSWER = "w.interview_answer"  # the chat input


def uploader_key(base: str, profile_id: int | None) -> str:
    """A file uploader's key for one profile: a new widget per profile, so one client's file never shows on
    another's page (an uploader's value cannot be reset by code)."""
    return f"{base}.{profile_id}"


# Widgets with a fixed default, set on every profile switch unless the incoming profile chose otherwise (see
# components/profile_scope.py). Widgets whose default depends on the data (role, city lists) are reset by the
# pages' keep_choice before they are drawn.
WIDGET_DEFAULTS = {
    JOBS_FAMILIES: [], JOBS_CITY: "Anywhere", JOBS_REMOTE_ONLY: False, JOBS_MIN_SALARY: 0,
    JOBS_POSTED_WITHIN: "Any time", JOBS_TOP: 20, "w.jobs_include_remote": False,
    RESUME_PASTE: "", DATA_PASTE: "", DATA_PASTE_TITLE: "", DATA_PASTE_COMPANY: "", DATA_PASTE_LOCATION: "",
    DATA_URL: "", DATA_MAPPING: "", MARKET_REMOTE: "Any", MARKET_TREND_SMOOTH: True,
    RENAME_PROFILE_NAME: "", CONFIRM_DELETE: False, MANAGE_PROFILE_OPEN: False,
    "w.gaps.assumptions_open": True, "w.gaps.roi_open": False,
    "w.clarify.gaps.answers_open": False, "w.clarify.resume.answers_open": False,
    "w.clarify.gaps.assumptions_open": False, "w.clarify.resume.assumptions_open": False,
}


__all__ = [
    "PROFILE_SELECT",
    "NEW_PROFILE_NAME",
    "RENAME_PROFILE_NAME",
    "CONFIRM_DELETE",
    "NEW_PROFILE_OPEN",
    "MANAGE_PROFILE_OPEN",
    "RESUME_UPLOAD",
    "RESUME_PASTE",
    "RESUME_HISTORY",
    "JOBS_FAMILIES",
    "JOBS_CITY",
    "JOBS_REMOTE_ONLY",
    "JOBS_MIN_SALARY",
    "JOBS_POSTED_WITHIN",
    "JOBS_TOP",
    "JOBS_DATASET",
    "MARKET_DATASET",
    "MARKET_ROLE",
    "MARKET_CITY",
    "MARKET_SENIORITY",
    "MARKET_REMOTE",
    "MARKET_MONTHS",
    "MARKET_TREND_SKILLS",
    "MARKET_TREND_SMOOTH",
    "MARKET_CITY_SKILL",
    "DATA_UPLOAD",
    "DATA_TAB",
    "DATA_MAPPING",
    "DATA_PASTE",
    "DATA_PASTE_TITLE",
    "DATA_PASTE_COMPANY",
    "DATA_PASTE_LOCATION",
    "DATA_URL",
    "GAPS_MODE",
    "GAPS_DATASET",
    "GAPS_ROLE",
    "GAPS_CITY",
    "GAPS_SENIORITY",
    "GAPS_HOURS",
    "GAPS_WEEKS",
    "INTERVIEW_TARGET_KIND",
    "INTERVIEW_JOB_SELECT",
    "INTERVIEW_ROLE",
    "INTERVIEW_CITY",
    "INTERVIEW_SENIORITY",
    "INTERVIEW_LENGTH",
    "INTERVIEW_ANSWER",
    "WIDGET_DEFAULTS",
    "uploader_key",
]
