"""Occupation skill lists a coach would sign: curated signature skills first, O*NET technology oddities out.

O*NET's Technology Skills list software seen in some job ads of an occupation (".NET" and "Apache Spark" for nurse
anesthetists). For occupations outside the software & data families, programming, framework, devops, cloud and
database skills are dropped unless the family's core names them. Family core skills alone do not tell apart the
occupations of one family (a nurse practitioner from a registered nurse), so a few occupations people commonly move
to carry curated signature skills: what distinguishes the occupation, listed first (most important); for a few
(OWN_CORE) the signature replaces a family core that describes another job.
"""

from __future__ import annotations

TECH_FAMILIES = frozenset({
    "backend", "frontend", "fullstack", "mobile", "data_scientist", "ml_engineer", "data_engineer", "data_analyst",
    "devops", "cloud_architect", "security", "qa", "product_manager", "project_manager", "ux_designer", "dba"})
TECH_CATEGORIES = frozenset({"programming_language", "framework", "devops", "cloud", "database", "mobile", "data_ml",
                             "testing"})
# science and engineering really program (Python, R, MATLAB): only the software-stack categories are dropped
STACK_CATEGORIES = frozenset({"framework", "devops", "cloud", "mobile", "testing"})
TECHNICAL_FAMILIES = frozenset({"science_research", "engineering"})

# O*NET-SOC -> skill ids that distinguish the occupation from its neighbours (ids must exist in the taxonomy)
SIGNATURES: dict[str, tuple[str, ...]] = {
    # nursing: advanced practice, education, management, informatics
    "29-1171.00": ("clinical_diagnosis", "pharmacology", "primary_care", "evidence_based_practice"),
    "29-1141.04": ("evidence_based_practice", "clinical_supervision", "staff_training", "pharmacology"),
    "29-1151.00": ("pharmacology", "clinical_diagnosis", "evidence_based_practice", "acls"),
    "29-1161.00": ("clinical_diagnosis", "pharmacology", "primary_care", "evidence_based_practice"),
    "29-1141.02": ("mental_health_care", "pharmacology", "clinical_diagnosis", "counselling_methods"),
    "29-1071.00": ("clinical_diagnosis", "pharmacology", "primary_care", "medical_terminology"),
    "25-1072.00": ("nursing", "registered_nurse", "curriculum_development", "teaching", "clinical_supervision",
                   "evidence_based_practice", "patient_care", "mentoring", "canvas_lms"),
    "11-9111.00": ("healthcare_domain", "patient_safety", "budgeting", "people_management", "quality_management",
                   "hipaa", "staff_scheduling", "electronic_health_records", "regulatory_reporting"),
    "15-1211.01": ("medical_informatics", "electronic_health_records", "clinical_documentation", "data_analysis",
                   "hipaa", "sql"),
    "21-1091.00": ("patient_education", "community_education", "program_management", "needs_assessment",
                   "presentation_skills"),
    # education: coordination, training, counselling, administration
    "25-9031.00": ("instructional_design", "curriculum_development", "coaching", "data_driven_instruction",
                   "staff_training", "learning_needs_analysis"),
    "13-1151.00": ("instructional_design", "teaching", "curriculum_development", "learning_development",
                   "facilitation", "learning_needs_analysis", "presentation_skills", "staff_training", "onboarding",
                   "performance_management", "communication", "canvas_lms"),
    "21-1012.00": ("counselling_methods", "academic_assessment", "safeguarding", "parent_communication",
                   "mental_health_care", "active_listening", "developmental_psychology", "crisis_management",
                   "record_keeping", "empathy", "communication"),
    "11-9032.00": ("education_administration", "people_management", "budgeting", "education_law",
                   "staff_training", "strategic_thinking"),
    "11-9033.00": ("education_administration", "people_management", "budgeting", "program_management"),
    "25-1081.00": ("curriculum_development", "research_skills", "teaching", "mentoring"),
    # finance: auditing, analysis, control, tax, fraud
    "13-2061.00": ("auditing", "regulatory_reporting", "risk_management", "internal_controls"),
    "13-2031.00": ("budgeting", "forecasting", "variance_analysis", "financial_modeling"),
    "13-2051.00": ("financial_modeling", "valuation", "investment_analysis", "forecasting"),
    "11-3031.01": ("cash_flow_forecasting", "treasury", "financial_planning", "people_management", "sox_compliance"),
    "11-3031.00": ("financial_planning", "people_management", "strategic_thinking", "forecasting"),
    "13-2081.00": ("taxation", "tax_returns", "auditing", "legal_compliance"),
    "13-2082.00": ("tax_returns", "taxation"),
    "13-2041.00": ("credit_risk", "financial_analysis", "risk_management"),
    "13-2054.00": ("risk_management", "credit_risk", "market_risk", "financial_modeling"),
    "13-2099.04": ("fraud_detection", "auditing", "investigation_research_methods", "cfe"),
    "13-1111.00": ("business_analysis", "process_improvement", "change_management", "stakeholder_management"),
    # software & data
    "15-1243.00": ("database_design", "data_modeling", "data_governance", "enterprise_architecture"),
    "15-1243.01": ("data_warehousing", "etl", "data_modeling", "data_quality"),
    "15-1242.00": ("database_administration", "query_optimization", "backup_recovery", "high_availability"),
    "15-1252.00": ("software_architecture", "system_design", "unit_testing", "rest_api"),
    "15-2051.00": ("machine_learning", "statistics", "feature_engineering", "data_visualization"),
    "15-2051.01": ("business_intelligence", "dashboards", "data_visualization", "kpis"),
}

# occupations whose family core describes another job (HR recruiting for a trainer): the signature stands for it
OWN_CORE = frozenset({"13-1151.00", "21-1012.00", "25-1072.00", "15-1211.01", "11-9111.00"})


def skill_categories(skills: list[dict]) -> dict[str, str]:
    """skill id -> category."""
    return {row["id"]: row.get("category", "") for row in skills}


def dropped_categories(family: str) -> frozenset[str]:
    """The technology categories that are O*NET noise for an occupation of `family`."""
    if family in TECH_FAMILIES:
        return frozenset()
    return STACK_CATEGORIES if family in TECHNICAL_FAMILIES else TECH_CATEGORIES


def occupation_skills(soc: str, family: str, core: list[str], derived: list[str],
                      categories: dict[str, str]) -> list[str]:
    """Signature skills, then the family's core, then O*NET-derived skills without the family's technology noise."""
    drop = dropped_categories(family)
    signature = [s for s in SIGNATURES.get(soc, ()) if s in categories]
    core = [] if soc in OWN_CORE else core
    kept = [s for s in derived if s in core or categories.get(s) not in drop]
    return list(dict.fromkeys(signature + core + kept))
