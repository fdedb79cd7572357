"""Heading vocabularies for split_sections: section name -> phrases ('(s)' = optional s, '&' = & or and)."""

from __future__ import annotations

JOB_HEADINGS: dict[str, tuple[str, ...]] = {
    "nice_to_have": (
        "nice to have(s)", "nice to haves", "good to have(s)", "bonus point(s)", "bonus", "bonus skills",
        "preferred qualification(s)", "preferred skill(s)", "preferred experience", "preferred",
        "pluses", "plus", "it's a plus", "would be a plus", "desirable", "desirable skill(s)", "desired skill(s)",
        "desired qualification(s)", "desired experience", "extra credit", "even better if", "ideally",
        "additional qualification(s)", "optional", "what would make you stand out", "you'll stand out if",
    ),
    "requirements": (
        "requirement(s)", "job requirement(s)", "minimum requirement(s)", "key requirement(s)",
        "qualification(s)", "minimum qualification(s)", "basic qualification(s)", "required qualification(s)",
        "key qualification(s)", "your qualification(s)", "what you'll need", "what you will need",
        "what you need", "what you'll bring", "what you bring", "what we're looking for",
        "what we are looking for", "who you are", "who we're looking for", "who we are looking for",
        "must have(s)", "must haves", "required skill(s)", "required experience", "skills", "key skills",
        "essential skills", "skills & experience", "skills & qualifications", "experience", "your profile",
        "about you", "you have", "you should have", "you are", "profile", "technical skills",
        "competencies", "the ideal candidate", "ideal candidate", "candidate profile", "your skills",
        "your experience", "education",
    ),
    "responsibilities": (
        "responsibilities", "key responsibilities", "job responsibilities", "your responsibilities",
        "main responsibilities", "roles & responsibilities", "role & responsibilities", "duties",
        "key duties", "duties & responsibilities", "what you'll do", "what you will do", "what you'll be doing",
        "what you will be doing", "what you'll work on", "your tasks", "tasks", "your mission", "the job",
        "your role", "in this role", "in this role you will", "day to day", "a typical day", "your impact",
        "what the job involves", "job duties", "accountabilities", "the work",
    ),
    "benefits": (
        "benefits", "what we offer", "we offer", "our offer", "perks", "perks & benefits",
        "benefits & perks", "compensation", "compensation & benefits", "salary", "salary & benefits",
        "pay", "why join us", "why you'll love working here", "why work with us", "what's in it for you",
        "package", "rewards", "total rewards",
    ),
    "intro": (
        "about the role", "about this role", "about the job", "about the position", "the role",
        "role overview", "position overview", "job description", "job summary", "position summary",
        "overview", "summary", "description", "the opportunity", "the position", "role description",
    ),
    "other": (
        "about us", "about the company", "about the team", "who we are", "our company", "company overview",
        "company description", "the company", "our team", "our story", "our mission", "our values",
        "how to apply", "to apply", "application process", "hiring process", "interview process",
        "next steps", "equal opportunity", "equal opportunity employer", "equal employment opportunity",
        "eeo statement", "diversity", "diversity & inclusion", "additional information", "location",
        "working hours", "schedule", "job type", "contract type", "employment type", "disclaimer",
    ),
}

RESUME_HEADINGS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience", "work experience", "professional experience", "relevant experience", "work history",
        "employment history", "employment", "professional history", "career history", "career experience",
        "job history", "experience details", "professional background", "work", "internships", "internship",
        "internship experience", "working experience", "industry experience", "technical experience",
        "experience summary", "organisational experience", "organizational experience",
    ),
    "education": (
        "education", "educational qualification(s)", "educational background", "academic qualification(s)",
        "academic background", "academics", "academic profile", "academic details", "education & training",
        "qualification(s)", "scholastic profile", "academic credentials",
    ),
    "skills": (
        "skills", "technical skills", "key skills", "core skills", "skill set", "skillset", "skills summary",
        "technical skill set", "technical expertise", "areas of expertise", "expertise", "core competencies",
        "competencies", "technologies", "tools", "tech stack", "technical proficiency", "it skills",
        "computer skills", "professional skills", "soft skills", "key strengths", "strengths",
        "abilities", "technical qualification(s)", "knowledge", "skill highlights", "programming languages",
    ),
    "projects": (
        "projects", "project", "academic projects", "academic project", "personal projects", "key projects",
        "project details", "project experience", "projects undertaken", "side projects", "selected projects",
        "project profile", "major projects",
    ),
    "certifications": (
        "certifications", "certification", "certificates", "licenses", "licences", "certifications/licenses",
        "licenses & certifications", "courses", "courses & certifications", "training", "trainings",
        "professional development", "certifications & training", "training & certifications",
    ),
    "summary": (
        "summary", "professional summary", "career summary", "executive summary", "profile",
        "professional profile", "career profile", "personal profile", "objective", "career objective",
        "professional objective", "about me", "overview", "summary of qualification(s)", "personal statement",
        "highlights", "career highlights", "profile summary",
    ),
    "contact": (
        "contact", "contact information", "contact details", "contact info", "personal details",
        "personal information", "personal data",
    ),
    "other": (
        "additional information", "awards", "honors", "honours", "awards & honors", "achievements",
        "accomplishments", "publications", "interests", "hobbies", "hobbies & interests", "languages",
        "references", "volunteer", "volunteering", "volunteer experience", "activities",
        "extracurricular activities", "extra curricular activities", "leadership", "declaration", "links",
        "affiliations", "memberships", "patents", "conferences", "additional", "miscellaneous",
    ),
}
