"""Common career paths a coach in the field knows and O*NET's related lists miss (a teacher into training and
development, a nurse into health services management): origin O*NET-SOC prefix -> target occupations."""

from __future__ import annotations

PATH_RELATEDNESS = 0.8  # as strong as an O*NET Primary-Short relation one way
PATH_LABEL = "a common career path"
PATHS: dict[str, tuple[str, ...]] = {
    "25-20": ("25-9031.00", "13-1151.00", "21-1012.00", "11-9032.00"),  # K-12 teachers
    "25-30": ("25-9031.00", "13-1151.00", "21-1012.00"),  # adult, self-enrichment teachers, tutors
    "29-1141": ("25-1072.00", "11-9111.00", "15-1211.01", "21-1091.00"),  # registered nurses
    "13-2011": ("11-3031.01", "13-2051.00", "13-2099.04", "13-1111.00"),  # accountants and auditors
    "15-1243": ("15-2051.00", "15-1242.00", "15-1252.00"),  # database architects, data warehousing
    "47-2111": ("47-4011.00", "11-9021.00", "13-1051.00"),  # electricians: inspector, construction manager, estimator
    "35-1011": ("11-9051.00", "35-1012.00"),  # chefs: food service manager, kitchen supervisor
    "23-2011": ("13-1041.00", "23-2093.00"),  # paralegals: compliance officer, title examiner
    "41-30": ("11-2022.00", "41-9031.00", "41-1012.00", "11-2021.00", "13-1161.00"),  # sales reps of services
    "41-40": ("11-2022.00", "41-9031.00", "41-1012.00", "11-2021.00", "13-1161.00"),  # wholesale / technical sales
    "13-1071": ("11-3121.00", "13-1151.00", "11-3131.00", "13-1141.00", "13-1111.00"),  # HR specialists
    "13-1161": ("11-2021.00", "11-2011.00", "27-3031.00", "15-2051.01"),  # marketing specialists, analysts
}


def career_paths(soc: str) -> tuple[str, ...]:
    """Target occupations a coach would name for someone in `soc` (the longest matching prefix), else ()."""
    best = max((p for p in PATHS if soc.startswith(p)), key=len, default=None)
    return PATHS[best] if best else ()
