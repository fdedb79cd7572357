"""A small fake world for moves tests: a nursing taxonomy and eight occupations with O*NET-like relations."""

from __future__ import annotations

from core.taxonomy.models import Skill, Taxonomy
from core.taxonomy.occupations import Occupation

SKILLS = [
    Skill("patient_care", "Patient Care", "healthcare", hours=40),
    Skill("triage", "Triage", "healthcare", hours=20),
    Skill("ehr", "Electronic Health Records", "healthcare", hours=15),
    Skill("pharmacology", "Pharmacology", "healthcare", hours=80),
    Skill("advanced_assessment", "Advanced Health Assessment", "healthcare", hours=60, prerequisites=("pharmacology",)),
    Skill("prescribing", "Prescribing", "healthcare", hours=50),
    Skill("curriculum", "Curriculum Development", "education", hours=40),
    Skill("teaching", "Teaching", "education", hours=30),
    Skill("budgeting", "Budgeting", "finance", hours=30),
    Skill("excel", "Microsoft Excel", "tool", hours=10),
    Skill("sql", "SQL", "database", hours=30),
    Skill("surgery", "Surgical Procedures", "healthcare", hours=400),
    Skill("sterile_technique", "Sterile Technique", "healthcare", hours=10),
]
TAXONOMY = Taxonomy(skills={s.id: s for s in SKILLS})

RN = Occupation("29-1141.00", "Registered Nurses", "nursing", 4,
                titles=("Staff Nurse", "Registered Nurse"),
                related=("29-1171.00", "31-1131.00", "29-1215.00", "29-1141.03"),
                skills=("patient_care", "triage", "ehr", "excel"))
NP = Occupation("29-1171.00", "Nurse Practitioners", "nursing", 5, titles=("Nurse Practitioner",),
                related=("29-1141.00",), skills=("patient_care", "advanced_assessment", "prescribing", "ehr"),
                hot=("ehr",))
ICU = Occupation("29-1141.03", "Critical Care Nurses", "nursing", 4, related=("29-1141.00",),
                 skills=("patient_care", "triage", "ehr", "sterile_technique"))
CNA = Occupation("31-1131.00", "Nursing Assistants", "nursing", 2, related=("29-1141.00",),
                 skills=("patient_care", "excel"))
DOC = Occupation("29-1215.00", "Family Medicine Physicians", "allied_health", 5, related=("29-1141.00",),
                 skills=("patient_care", "ehr", "pharmacology", "prescribing", "surgery"))
EDU = Occupation("25-1072.00", "Nursing Instructors and Teachers, Postsecondary", "education", 5,
                 related=("29-1141.00",), skills=("teaching", "curriculum", "patient_care", "ehr"))
MGR = Occupation("11-9111.00", "Medical and Health Services Managers", "management", 4,
                 skills=("triage", "ehr", "patient_care", "budgeting"))
BOOK = Occupation("43-3031.00", "Bookkeeping Clerks", "finance_accounting", 3, skills=("excel",))
OCCUPATIONS = {o.soc: o for o in (RN, NP, ICU, CNA, DOC, EDU, MGR, BOOK)}
