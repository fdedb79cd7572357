"""Milestone projects for roadmap weeks: concrete per-skill templates, per-category fallbacks."""

from __future__ import annotations

from core.taxonomy.models import Skill

BY_SKILL = {
    "python": "Write a {name} command-line tool that reads a CSV of job postings and prints the 10 most "
              "demanded skills per city; add pytest tests and a README.",
    "sql": "Load a public job-postings CSV into a database and answer 5 questions in {name} (top skills per "
           "city, median salary by seniority) using joins, GROUP BY and a window function.",
    "docker": "Containerise your resume-parser (or any small API you wrote) with Docker: a multi-stage "
              "Dockerfile, docker compose with a database, and an image under 200 MB.",
    "kubernetes": "Deploy your containerised app to a local kind cluster: a Deployment, Service and ConfigMap, "
                  "a readiness probe, and scale it to 3 replicas.",
    "terraform": "Describe a small cloud setup (bucket + container service) in Terraform with variables and "
                 "remote state, then `plan`, `apply` and `destroy` it cleanly.",
    "git": "Put a project under Git with a clean history: feature branches, a rebased pull request, a "
           "resolved merge conflict and tagged releases.",
    "linux": "Set up a Linux VM from scratch: users, SSH keys, a systemd service for one of your apps, and a "
             "cron job that rotates its logs.",
    "aws": "Deploy a small web app on AWS free tier: S3 for static files, a Lambda or container for the API, "
           "IAM least-privilege roles, and a teardown script.",
    "azure": "Deploy a small web app on Microsoft Azure: App Service for the API, Blob Storage for files, a "
             "managed identity instead of keys, and a teardown script.",
    "google_cloud": "Deploy a small API on Google Cloud Run with Cloud Storage for files, a service account "
                    "with minimal roles, and a teardown script.",
    "postgresql": "Model a job-postings schema in PostgreSQL (postings, companies, skills), load 1,000 rows, "
                  "and speed up your slowest query with an index; show EXPLAIN ANALYZE before and after.",
    "mysql": "Model a job-postings schema in MySQL, load 1,000 rows, and write 5 reporting queries; add the "
             "index that speeds up the slowest one.",
    "mongodb": "Store job postings as MongoDB documents, build an aggregation pipeline for top skills per "
               "city, and add the index it needs.",
    "redis": "Add a Redis cache in front of a slow endpoint of one of your apps, with expiry and a cache-hit "
             "counter; measure the speed-up.",
    "react": "Build a React job-tracker UI: a list with filters, a detail view, and a form, using hooks and "
             "one component test.",
    "typescript": "Convert a small JavaScript project to TypeScript with strict mode on and zero `any`; type "
                  "its API responses.",
    "javascript": "Build a browser-only JavaScript app that filters a JSON list of jobs by skill and city, "
                  "with no framework.",
    "java": "Write a Java command-line tool that parses a CSV of job postings into records and reports the "
            "top skills, with JUnit tests.",
    "spring_boot": "Build a Spring Boot REST API for job applications (CRUD + validation) with an H2 database "
                   "and integration tests.",
    "django": "Build a Django job-application tracker with the admin, one form, and tests for the views.",
    "flask": "Build a Flask API for job applications with blueprints, input validation and pytest tests.",
    "fastapi": "Build a FastAPI service that scores a resume against a job (typed request/response models, "
               "OpenAPI docs, pytest tests).",
    "go": "Write a small Go HTTP service that serves job postings from a JSON file, with table-driven tests "
          "and graceful shutdown.",
    "pandas": "Clean a messy public job-postings CSV with pandas (types, duplicates, missing salaries) and "
              "produce a tidy table plus 3 charts.",
    "scikit_learn": "Train a scikit-learn pipeline that predicts salary band from posting features, with "
                    "cross-validation and a short error analysis.",
    "pytorch": "Train a small PyTorch text classifier (e.g. posting → role family) with a train/validation "
               "split and a confusion matrix.",
    "tensorflow": "Train a small TensorFlow/Keras model on a public dataset, with early stopping and a saved, "
                  "reloadable model.",
    "machine_learning": "Frame one prediction problem on a public dataset, compare a baseline with two models, "
                        "and write up which you would ship and why.",
    "apache_spark": "Process a large public dataset with Apache Spark (DataFrame API): aggregate, join and "
                    "write partitioned Parquet; compare with a pandas run.",
    "apache_airflow": "Schedule a daily Apache Airflow DAG that downloads a dataset, cleans it and loads it into "
                      "a database, with retries and one sensor.",
    "apache_kafka": "Run Kafka locally and build a producer/consumer pair that streams job postings and keeps "
                    "a running count of skills per city.",
    "tableau": "Publish a Tableau dashboard on a public job-market dataset with 3 views and one filter "
               "that drives them all.",
    "power_bi": "Build a Power BI report on a public job-market dataset: a data model with relationships, "
                "2 DAX measures and a drill-through page.",
    "excel": "Build an Excel workbook that analyses a job-postings export: a pivot table, XLOOKUP, and a "
             "chart on a summary sheet.",
    "github_actions": "Add a GitHub Actions workflow to one repo that runs lint and tests on every push and "
                      "publishes a build artefact on tags.",
    "ci_cd": "Set up a CI/CD pipeline for one repo: tests on every push, a build artefact, and an automatic "
             "deploy to a staging environment.",
    "rest_api": "Design and build a small REST API for job applications: resource URLs, correct status codes, "
                "pagination, validation errors, and an OpenAPI description.",
    "unit_testing": "Add unit tests to one of your projects until its core module is covered: edge cases, one "
                    "mocked dependency, and the suite running on every push.",
    "communication": "Write a one-page design note about a project you built (problem, options, decision) and "
                     "present it in 5 minutes to a friend or colleague; ask for one piece of feedback.",
    "data_analysis": "Answer 3 concrete questions about a public job-market dataset (which skills pay most, "
                     "where, and how that changed) in a notebook with charts and a short conclusion.",
    "agile": "Run your own project for two one-week sprints: a backlog, sprint goals, a daily log and a short "
             "retrospective with one change you applied in sprint 2.",
    "nodejs": "Build a Node.js REST API for job applications with Express-style routing, input validation and "
              "tests, reading config from the environment.",
    "html": "Hand-write a semantic, accessible HTML page for your resume (headings, lists, a contact form) that "
            "passes the W3C validator.",
    "css": "Style your resume page with modern CSS: a responsive grid layout, a print stylesheet and a dark mode.",
    "snowflake": "Load a public dataset into Snowflake (trial account), model it into a small star schema and "
                 "write 5 analytical queries with a clustering or caching note.",
    "microservices": "Split a small app into two services that talk over HTTP or a queue, each with its own "
                     "database, health checks and a docker compose file to run both.",
    "graphql": "Put a GraphQL API in front of a job-postings dataset: a schema with queries, one mutation, "
               "pagination and a resolver test.",
    "figma": "Design a two-screen job-tracker app in Figma with components, auto layout and a clickable "
             "prototype.",
    "statistics": "Test one real hypothesis on a public dataset (e.g. do remote jobs pay more?): state it, pick "
                  "the test, check assumptions and report effect size with a confidence interval.",
    "data_visualization": "Rebuild 3 charts from a news article with your own tool of choice, then improve one "
                          "of them and explain the changes.",
    "deep_learning": "Train a small neural network on a public dataset, compare it with a simple baseline, and "
                     "show learning curves and one failure analysis.",
    "data_modeling": "Design a dimensional model (one fact, three dimensions) for job-postings analytics, draw "
                     "it, and implement it with sample data.",
    "infrastructure_as_code": "Describe a small environment (network, container service, storage) as code, "
                              "apply it, change one setting through a pull request, and destroy it.",
    "system_design": "Write a design doc for a job-search service (requirements, API, data model, scaling, "
                     "failure modes) and review it against a known reference design.",
    "etl": "Build an ETL job that extracts a public dataset daily, cleans and validates it, and loads it into a "
           "database idempotently (a re-run adds no duplicates).",
    "data_pipelines": "Build a small pipeline (ingest, clean, aggregate, publish) with data-quality checks that "
                      "fail loudly, scheduled to run daily.",
    "data_warehousing": "Build a small warehouse: staging tables, a star schema and one incremental load; "
                        "document the grain of each table.",
    "dbt": "Create a dbt project over a sample dataset: staging and mart models, tests on keys, and the "
           "generated docs site.",
    "databricks": "In Databricks Community Edition, load a public dataset into Delta tables, build one "
                  "aggregation notebook and schedule it as a job.",
    "numpy": "Implement linear regression from scratch with NumPy (vectorised, no loops) and check it against "
             "scikit-learn on the same data.",
    "jenkins": "Set up a Jenkins pipeline (Jenkinsfile) for one repo: build, test, archive artefacts and "
               "notify on failure.",
    "ansible": "Write an Ansible playbook that provisions a fresh Linux VM for one of your apps (packages, "
               "user, service) and is safe to re-run.",
    "prometheus": "Instrument one of your apps with Prometheus metrics (requests, latency, errors), scrape it "
                  "locally and write one alert rule.",
    "grafana": "Build a Grafana dashboard for one of your apps (traffic, latency, errors) with a variable and "
               "an alert.",
    "helm": "Package your containerised app as a Helm chart with values for dev and prod, and install both on "
            "a local kind cluster.",
    "flutter": "Ship a two-screen Flutter app (job list + detail) that reads a public JSON API, with state "
               "management and one widget test.",
    "angular": "Build an Angular job-tracker with routing, a reactive form and a service calling a JSON API, "
               "with one component test.",
    "vue": "Build a Vue.js job-tracker with routing, a form with validation and a component test.",
}

BY_CATEGORY = {
    "programming_language": "Write a small {name} command-line tool that parses a CSV of job postings and "
                            "prints the most common skills; add unit tests and a README.",
    "framework": "Build a small job-application tracker with {name} (list, add, edit, delete) with one "
                 "automated test per endpoint or view.",
    "database": "Model a job-postings schema in {name}, load 1,000 sample rows, and write 5 queries that "
                "answer real questions (top skills per city, salary by seniority).",
    "cloud": "Deploy a small web app on {name} using its free tier: configuration in code, a health check, "
             "logs you can read, and a teardown script.",
    "devops": "Automate one of your repos with {name}: build and test on every change and publish an "
              "artefact; document how to run it.",
    "data_ml": "Use {name} on a public dataset (e.g. salary prediction from job postings): a notebook with a "
               "baseline, one improvement and a short write-up of the metrics.",
    "security": "Review one of your own apps for {name}: find and fix the top 3 issues and document "
                "before/after.",
    "mobile": "Ship a two-screen {name} app (job list + detail) that reads a public JSON API and works offline.",
    "testing": "Add a {name} test suite to one of your projects: 10+ tests including edge cases, running in CI.",
    "analytics_business": "Produce a one-page {name} analysis of a public dataset: 3 questions, the numbers "
                          "that answer them, and one recommendation.",
    "design": "Redesign one screen of an app you use with {name}: wireframe, high-fidelity mock and a short "
              "rationale.",
    "soft_skill": "Practise {name} on one real situation this week: prepare, do it, and write a short "
                  "reflection with one thing to change next time.",
    "tool": "Set up {name} from scratch for one of your projects, automate one chore with it, and write a "
            "1-page cheat sheet.",
    "methodology": "Run a one-week mini-project the {name} way: plan, deliver, and hold a short retrospective "
                   "with notes on what to keep.",
    "healthcare": "Practise {name} in a skills lab or under supervision on shift; get it signed off by a "
                  "preceptor and note one thing to do differently.",
    "finance": "Work a realistic {name} exercise end to end (a sample ledger or a public company's accounts) and "
               "write a one-page summary a manager could review.",
    "education": "Use {name} in one real or micro-taught lesson; collect evidence of pupil learning and write a "
                 "short reflection with one change for next time.",
    "people_operations": "Handle a realistic {name} case study end to end: the policy, the steps, the records you "
                         "keep and a short note on the legal points.",
    "operations_trades": "Practise {name} on the job or in training with a supervisor; record the procedure, the "
                         "safety checks and one improvement you would suggest.",
    "certification": "Book the {name} exam or course, work through its official syllabus and sit one full practice "
                     "test before the date.",
}
DEFAULT = "Build a small, finished project that uses {name} end to end and publish it with a README."
CHECKPOINT = "Checkpoint for {name} (part {part}/{parts}): work through the next {hours} h of \"{resource}\", " \
             "push the exercises to a repo and note one open question; the project comes when the skill is complete."
REVIEW = "Consolidation week: polish one project from this plan, write its README with what you learned, " \
         "and add it to your resume."


def milestone_for(
    skill: Skill, part: int = 1, parts: int = 1, other: Skill | None = None, resource: str = "the course",
    hours: int = 0,
) -> str:
    """A concrete, small project for a week whose main skill is `skill` (a checkpoint for a non-final part)."""
    if part < parts:
        return CHECKPOINT.format(name=skill.name, part=part, parts=parts, resource=resource, hours=hours or "few")
    text = BY_SKILL.get(skill.id) or BY_CATEGORY.get(skill.category, DEFAULT)
    text = text.format(name=skill.name)
    if other is not None and other.id != skill.id:
        text += f" Use {other.name} in it where it fits."
    return text


def review_milestone() -> str:
    """The milestone of a week with nothing new to learn."""
    return REVIEW
