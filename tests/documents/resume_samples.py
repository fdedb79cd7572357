"""Texts people paste as a "resume": things that are not one, and real ones (short, non-tech, long, non-English)."""

from __future__ import annotations

from pathlib import Path

LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore "
    "magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo "
    "consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
    "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. "
) * 3  # 207 words

NOT_RESUMES = {
    "hello": "hello",
    "one skill": "Python",
    "shopping list": "Shopping list\nmilk\neggs\nbread\n2 tomatoes\nolive oil\ncoffee beans\nbananas\ndish soap\n",
    "lorem ipsum": LOREM,
    "news paragraph": (
        "City council approves new budget for public transport\n"
        "The city council on Tuesday approved a budget of 48 million euros for public transport next year, "
        "including two new tram lines and more frequent night buses. The mayor said the plan would cut travel "
        "times for commuters in the northern districts and reduce traffic in the centre. Opposition members "
        "criticised the cost and asked for an independent review before construction starts in the spring.\n"
    ),
}

SHORT_RESUME = """Maria Lopez
Junior Data Analyst
maria.lopez@example.com | Madrid, Spain

Statistics graduate who turns messy spreadsheets into clear weekly reports for a retail team of twelve stores.
Before that, three years as a shop supervisor.

Skills: Python, SQL, PostgreSQL, Docker, Communication
"""  # about 40 words: a title and a Skills line

NURSE_RESUME = """Grace Okafor
Registered Nurse
grace.okafor@example.com | Leeds, UK

PROFESSIONAL SUMMARY
Registered nurse with eight years on busy medical and surgical wards, calm in emergencies and trusted by families.

EXPERIENCE
Staff Nurse, St James's University Hospital
Mar 2018 - Present
Care for up to eight patients a shift on an acute medical ward; administer medication, dress wounds and
escort patients to theatre. Mentor student nurses on placement.

Healthcare Assistant, Leeds General Infirmary
Sep 2015 - Feb 2018
Supported nurses with personal care, observations and admissions.

EDUCATION
BSc (Hons) Adult Nursing, University of Leeds, 2015
"""

SPANISH_RESUME = """Javier Moreno Ruiz

Perfil
Desarrollador con seis años construyendo aplicaciones web para banca y comercio electrónico en Sevilla.

Experiencia laboral
Banco Sur — 2019 a 2024
Desarrollo de servicios con Python y PostgreSQL; despliegues con Docker; consultas SQL para informes.

Conocimientos
Python, SQL, PostgreSQL, Docker, comunicación con clientes
"""  # no English heading, no English title, no contact: only its skills say "resume"

DATA_ENGINEER_RESUME = (Path(__file__).resolve().parents[2] / "bench" / "fixtures" / "resume_two_pages.txt").read_text(
    encoding="utf8")

RESUMES = {
    "40-word resume": SHORT_RESUME,
    "nurse, no tech skills": NURSE_RESUME,
    "two-page data engineer": DATA_ENGINEER_RESUME,
    "Spanish headings": SPANISH_RESUME,
}
