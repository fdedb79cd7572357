"""Resumes written for each demo role family (quality tests and the benchmark)."""

from __future__ import annotations

# family id -> (title, summary, earlier title, skills line)
_PEOPLE = {
    "backend": ("Backend Engineer", "Backend engineer building REST APIs and microservices.",
                "Software Engineer", "Python, Java, Go, PostgreSQL, MySQL, REST APIs, Microservices, Docker, Redis"),
    "frontend": ("Frontend Engineer", "Frontend engineer building fast, accessible web interfaces.",
                 "Web Developer", "JavaScript, TypeScript, React, Redux, Next.js, HTML, CSS, Responsive Design, Jest"),
    "fullstack": ("Full-Stack Developer", "Full-stack developer shipping features end to end.",
                  "Web Developer", "JavaScript, TypeScript, React, Node.js, Express, PostgreSQL, SQL, HTML, CSS"),
    "mobile": ("Mobile Developer", "Mobile developer shipping iOS and Android apps.",
               "Android Developer", "Swift, SwiftUI, Kotlin, Android, iOS, Jetpack Compose, Xcode, Flutter"),
    "data_scientist": ("Data Scientist", "Data scientist running experiments and building models.",
                       "Data Analyst", "Python, SQL, Machine Learning, Statistics, pandas, NumPy, scikit-learn, "
                       "A/B testing, Hypothesis testing, Data Visualization"),
    "ml_engineer": ("Machine Learning Engineer", "ML engineer training and serving deep learning models.",
                    "Software Engineer", "Python, PyTorch, TensorFlow, Deep Learning, Machine Learning, MLOps, "
                    "Docker, Kubernetes, Hugging Face"),
    "data_engineer": ("Data Engineer", "Data engineer building reliable batch and streaming pipelines.",
                      "ETL Developer", "Python, SQL, Apache Spark, Apache Airflow, Apache Kafka, ETL, "
                      "Data Modeling, Data Warehousing, AWS"),
    "data_analyst": ("Data Analyst", "Data analyst turning data into dashboards and decisions.",
                     "Reporting Analyst", "SQL, Excel, Tableau, Power BI, Data Analysis, Data Visualization, "
                     "Dashboards, Reporting, Statistics"),
    "devops": ("DevOps Engineer", "DevOps engineer automating infrastructure and deployments.",
               "Systems Administrator", "Linux, Docker, Kubernetes, Terraform, CI/CD, AWS, Bash, Ansible, Git"),
    "cloud_architect": ("Cloud Architect", "Cloud architect designing secure multi-cloud platforms.",
                        "Cloud Engineer", "AWS, Microsoft Azure, Google Cloud, Cloud Architecture, Terraform, "
                        "Networking, Identity and Access Management, Cloud Security"),
    "security": ("Security Engineer", "Security engineer defending networks and responding to incidents.",
                 "Security Analyst", "Cybersecurity, Network Security, SIEM, Incident Response, Vulnerability "
                 "Management, Penetration Testing, Firewalls, Splunk"),
    "qa": ("QA Engineer", "QA engineer automating tests and protecting releases.",
           "QA Analyst", "Software Testing, Test Automation, Selenium, Manual Testing, API Testing, "
           "Test Case Design, Regression Testing, Cypress"),
    "product_manager": ("Product Manager", "Product manager owning strategy and the roadmap.",
                        "Product Owner", "Product Management, Product Strategy, Product Roadmap, User Stories, "
                        "Backlog Management, Agile, A/B testing, Stakeholder Management"),
    "project_manager": ("Project Manager", "Project manager delivering programs on time and on budget.",
                        "Scrum Master", "Project Management, Agile, Scrum, Stakeholder Management, Jira, "
                        "Risk Management, Budgeting, Leadership"),
    "ux_designer": ("UX Designer", "Product designer focused on research-led UX.",
                    "UI Designer", "UX Design, UI Design, Figma, User Research, Wireframing, Prototyping, "
                    "Usability Testing, Interaction Design, Design Systems"),
    "dba": ("Database Administrator", "DBA keeping production databases fast and available.",
            "Database Developer", "SQL, PostgreSQL, MySQL, Oracle Database, SQL Server, Query Optimization, "
            "Backup and Recovery, Database Replication, High Availability"),
}


def resume_text(family: str, years: int = 6, city: str = "Berlin, Germany") -> str:
    """A plain-text resume for a role family, with `years` of experience over two roles."""
    title, summary, earlier, skills = _PEOPLE[family]
    split = max(1, years // 2)
    start, middle = 2026 - years, 2026 - years + split
    return (
        f"Alex Morgan\nalex.morgan@example.com | {city}\n\n"
        f"SUMMARY\n{summary}\n\n"
        f"EXPERIENCE\n{title}, Northwind Labs\nJan {middle} - Present\n"
        f"Worked daily with {skills.split(', ')[0]} and {skills.split(', ')[1]}.\n\n"
        f"{earlier}, Contoso\nJan {start} - Dec {middle - 1}\nDelivered projects for internal teams.\n\n"
        f"EDUCATION\nB.Sc. Computer Science, 2015\n\n"
        f"SKILLS\n{skills}\n"
    )


FAMILIES = tuple(_PEOPLE)
