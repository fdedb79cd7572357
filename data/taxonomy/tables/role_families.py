"""Role families with O*NET-SOC 2019 codes, title keywords and demanded skills.

`title_keywords` are specific phrases (longest match wins); `generic_keywords` only apply when
no specific keyword of any family matches (e.g. "software engineer" -> backend).
`onet_socs` lists the O*NET-SOC codes or prefixes a family covers; every O*NET occupation belongs to the family
with the longest matching prefix (ties: the earlier family). The non-tech families live in role_families_more.py.
"""

import importlib.util
from pathlib import Path


def _split(text):
    """Comma-separated string -> stripped non-empty items."""
    return [x.strip() for x in text.split(",") if x.strip()]


def _family(fid, name, soc, keywords, core, optional, generic="", socs=""):
    """Compact constructor: comma-separated strings -> a JSON-ready dict."""
    return {"id": fid, "name": name, "onet_soc": soc, "onet_socs": _split(socs or soc),
            "title_keywords": _split(keywords), "generic_keywords": _split(generic), "core_skills": _split(core),
            "optional_skills": _split(optional)}


# O*NET-SOC coverage of the tech families (15-1252.00 is shared by backend / fullstack / mobile: backend owns it).
TECH_SOCS = {
    "backend": "15-1252.00, 15-1251, 15-1299.07", "frontend": "15-1254", "fullstack": "15-1252.00",
    "mobile": "15-1252.00", "data_scientist": "15-2051.00, 15-2041, 15-2031, 15-2099.00", "ml_engineer": "15-1221",
    "data_engineer": "15-1243", "data_analyst": "15-2051.01, 15-2051.02, 15-1211, 15-1299.02, 43-9111",
    "devops": "15-1244, 15-1231, 15-1232, 15-1299", "cloud_architect": "15-1299.08, 15-1241",
    "security": "15-1212, 15-1299.04, 15-1299.05, 15-1299.06", "qa": "15-1253", "product_manager": "11-3021",
    "project_manager": "13-1082, 15-1299.09", "ux_designer": "15-1255", "dba": "15-1242",
}


def _more_families():
    """The non-tech families from role_families_more.py (loaded by path: the build imports tables by path)."""
    path = Path(__file__).resolve().parent / "role_families_more.py"
    spec = importlib.util.spec_from_file_location("_tax_role_families_more", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return [_family(fid, name, soc, keywords, core, optional, generic, socs)
            for fid, name, soc, socs, keywords, core, optional, generic in mod.MORE_FAMILIES]


ROLE_FAMILIES = [
    _family(
        "backend", "Backend Engineer", "15-1252.00",
        "backend, back-end, back end, backend engineer, backend developer, server-side, server side, api developer, "
        "api engineer, python developer, python engineer, java developer, java engineer, golang developer, go developer, "
        "golang engineer, ruby developer, rails developer, ruby on rails developer, php developer, laravel developer, "
        "node.js developer, nodejs developer, node developer, .net developer, c# developer, dotnet developer, "
        "django developer, spring boot developer, scala developer, rust developer, elixir developer, kotlin backend, "
        "c++ developer, c++ engineer, microservices engineer, integration engineer",
        "python, java, go, nodejs, sql, postgresql, mysql, rest_api, microservices, docker, kubernetes, git, aws, "
        "redis, ci_cd, unit_testing, linux, system_design",
        "spring_boot, django, fastapi, express, csharp, aspnet_core, ruby_on_rails, php, laravel, graphql, grpc, "
        "apache_kafka, rabbitmq, mongodb, elasticsearch, terraform, distributed_systems, design_patterns, typescript, kotlin",
        generic="software engineer, software developer, software development engineer, programmer, application developer, "
                "applications developer, sde, swe, developer engineer, computer programmer, coder",
    ),
    _family(
        "frontend", "Frontend Engineer", "15-1254.00",
        "frontend, front-end, front end, frontend engineer, frontend developer, ui developer, ui engineer, "
        "react developer, react engineer, angular developer, vue developer, vue.js developer, javascript developer, "
        "javascript engineer, typescript developer, web developer, web engineer, web application developer, "
        "wordpress developer, shopify developer",
        "javascript, typescript, react, html, css, git, rest_api, redux, nextjs, responsive_design, web_accessibility, "
        "jest, webpack, unit_testing",
        "angular, vue, tailwind_css, sass, graphql, cypress, playwright, vite, storybook, design_systems, figma, "
        "web_performance, nodejs, pwa, d3js, material_ui, ci_cd",
    ),
    _family(
        "fullstack", "Full-Stack Engineer", "15-1252.00",
        "full stack, full-stack, fullstack, full stack developer, full stack engineer, mern developer, mern stack, "
        "mean stack, lamp developer, full stack web developer",
        "javascript, typescript, react, nodejs, html, css, sql, postgresql, rest_api, git, docker, aws, mongodb, "
        "express, ci_cd, unit_testing",
        "nextjs, angular, vue, python, django, java, spring_boot, graphql, redis, kubernetes, tailwind_css, "
        "microservices, jest, cypress, php, laravel",
    ),
    _family(
        "mobile", "Mobile Engineer", "15-1252.00",
        "mobile, mobile developer, mobile engineer, mobile app developer, ios developer, ios engineer, android developer, "
        "android engineer, flutter developer, react native developer, swift developer, kotlin developer, "
        "xamarin developer, mobile application developer, app developer",
        "android, ios, kotlin, swift, java, swiftui, jetpack_compose, react_native, flutter, dart, git, rest_api, "
        "mobile_development, unit_testing, firebase",
        "objective_c, uikit, xcode, android_studio, kotlin_coroutines, rxjava, core_data, graphql, ci_cd, fastlane, "
        "app_store_deployment, push_notifications, mvvm, typescript, xcuitest, espresso",
    ),
    _family(
        "data_scientist", "Data Scientist", "15-2051.00",
        "data scientist, data science, decision scientist, applied scientist, statistician, quantitative analyst, "
        "quant analyst, data science manager, research data scientist",
        "python, sql, machine_learning, statistics, pandas, numpy, scikit_learn, data_visualization, "
        "a_b_testing, hypothesis_testing, regression_analysis, feature_engineering, deep_learning, jupyter, "
        "data_analysis, communication",
        "r, pytorch, tensorflow, xgboost, natural_language_processing, time_series_analysis, apache_spark, "
        "causal_inference, bayesian_statistics, tableau, google_bigquery, snowflake, mlops, large_language_models, "
        "data_storytelling",
    ),
    _family(
        "ml_engineer", "Machine Learning Engineer", "15-1221.00",
        "machine learning engineer, ml engineer, machine learning, mlops engineer, ai engineer, deep learning engineer, "
        "nlp engineer, computer vision engineer, llm engineer, genai engineer, generative ai engineer, "
        "research scientist, ai researcher, research engineer, applied ml",
        "python, machine_learning, deep_learning, pytorch, tensorflow, mlops, docker, kubernetes, sql, "
        "scikit_learn, natural_language_processing, large_language_models, aws, git, data_structures, ci_cd",
        "computer_vision, hugging_face, retrieval_augmented_generation, langchain, apache_spark, mlflow, kubeflow, "
        "amazon_sagemaker, google_vertex_ai, cuda, onnx, vector_databases, fine_tuning, prompt_engineering, "
        "model_serving, distributed_training, cpp",
    ),
    _family(
        "data_engineer", "Data Engineer", "15-1243.00",
        "data engineer, data engineering, big data engineer, etl developer, etl engineer, data platform engineer, "
        "analytics engineer, data architect, data warehouse engineer, data warehouse developer, pipeline engineer, "
        "data integration engineer, spark developer, hadoop developer",
        "python, sql, apache_spark, etl, data_pipelines, apache_airflow, apache_kafka, data_modeling, "
        "data_warehousing, aws, snowflake, dbt, databricks, docker, git, scala",
        "pyspark, google_bigquery, amazon_redshift, azure_data_factory, hadoop, apache_flink, delta_lake, "
        "postgresql, terraform, kubernetes, data_quality, data_governance, aws_glue, java, ci_cd, change_data_capture",
    ),
    _family(
        "data_analyst", "Data Analyst / BI Analyst", "15-2051.01",
        "data analyst, business intelligence, bi analyst, bi developer, bi engineer, business intelligence analyst, "
        "business intelligence developer, reporting analyst, business analyst, analytics analyst, insights analyst, "
        "product analyst, marketing analyst, mis analyst, analytics specialist",
        "sql, excel, data_analysis, data_visualization, tableau, power_bi, statistics, python, dashboards, "
        "reporting, business_intelligence, data_cleaning, communication, kpis",
        "looker, dax, power_query, google_analytics, r, pandas, a_b_testing, google_bigquery, snowflake, "
        "data_storytelling, requirements_gathering, stakeholder_management, dbt, business_analysis, data_modeling",
    ),
    _family(
        "devops", "DevOps / SRE / Systems Engineer", "15-1244.00",
        "devops, dev ops, devops engineer, site reliability, site reliability engineer, sre, platform engineer, "
        "infrastructure engineer, build engineer, release engineer, build and release engineer, systems administrator, "
        "system administrator, sysadmin, linux administrator, linux engineer, systems engineer, kubernetes engineer, "
        "network engineer, network administrator, observability engineer, production engineer",
        "linux, docker, kubernetes, terraform, ci_cd, aws, git, bash, python, ansible, prometheus, grafana, "
        "jenkins, github_actions, networking, monitoring, helm, infrastructure_as_code",
        "azure, google_cloud, gitlab_ci, argo_cd, elk_stack, datadog, site_reliability_engineering, go, nginx, "
        "incident_management, hashicorp_vault, openshift, istio, powershell, windows_server, observability",
    ),
    _family(
        "cloud_architect", "Cloud Engineer / Architect", "15-1299.08",
        "cloud architect, cloud engineer, cloud solutions architect, solutions architect, solution architect, "
        "aws architect, azure architect, gcp architect, aws engineer, azure engineer, gcp engineer, cloud consultant, "
        "cloud infrastructure engineer, cloud platform engineer, enterprise architect, technical architect",
        "aws, azure, google_cloud, cloud_architecture, terraform, kubernetes, networking, identity_access_management, "
        "cloud_security, docker, serverless, infrastructure_as_code, ci_cd, linux",
        "aws_certified_solutions_architect, azure_solutions_architect_cert, cloud_migration, multi_cloud, finops, "
        "aws_cloudformation, bicep, amazon_vpc, microservices, high_availability, disaster_recovery, "
        "software_architecture, python, stakeholder_management, system_design",
    ),
    _family(
        "security", "Security Engineer / Analyst", "15-1212.00",
        "security engineer, security analyst, cybersecurity, cyber security, information security, infosec, "
        "penetration tester, pentester, pen tester, soc analyst, application security, appsec, security architect, "
        "devsecops, ethical hacker, incident responder, threat analyst, security consultant, grc analyst, "
        "vulnerability analyst, cloud security engineer",
        "cybersecurity, network_security, siem, incident_response, vulnerability_management, "
        "identity_access_management, linux, firewalls, penetration_testing, cloud_security, python, "
        "application_security, threat_intelligence, networking",
        "splunk, owasp, burp_suite, metasploit, nmap, wireshark, iso_27001, nist_frameworks, soc2, cryptography, "
        "zero_trust, threat_modeling, edr, devsecops, cissp, comptia_security_plus, aws, azure, grc",
    ),
    _family(
        "qa", "QA / Test Engineer", "15-1253.00",
        "qa, quality assurance, qa engineer, qa analyst, qa automation, test engineer, test automation engineer, "
        "automation engineer, tester, software tester, sdet, software development engineer in test, quality engineer, "
        "test analyst, test lead, performance tester, manual tester, engineer in test",
        "software_testing, test_automation, selenium, manual_testing, api_testing, test_case_design, "
        "regression_testing, sql, java, python, jira, agile, ci_cd, postman",
        "cypress, playwright, appium, jmeter, cucumber, bdd, testng, junit, pytest, performance_testing, "
        "javascript, git, jenkins, mobile_testing, istqb, rest_assured, test_planning",
    ),
    _family(
        "product_manager", "Product Manager", "11-3021.00",
        "product manager, product owner, product management, product lead, head of product, product director, "
        "technical product manager, vp product, chief product officer, growth product manager",
        "product_management, product_strategy, product_roadmap, user_stories, backlog_management, agile, scrum, "
        "stakeholder_management, data_analysis, a_b_testing, user_research, communication, prioritization, kpis, jira",
        "sql, product_analytics, go_to_market_strategy, market_research, competitive_analysis, ux_design, "
        "product_discovery, okrs, leadership, presentation_skills, mixpanel, amplitude, figma, requirements_gathering, "
        "business_strategy",
    ),
    _family(
        "project_manager", "Project / Program Manager", "13-1082.00",
        "project manager, program manager, programme manager, scrum master, delivery manager, agile coach, "
        "project coordinator, pmo, technical project manager, it project manager, release manager, "
        "technical program manager, project lead, engagement manager",
        "project_management, agile, scrum, stakeholder_management, risk_register, jira, communication, leadership, "
        "project_scheduling, budgeting, kanban, scope_management",
        "pmp, prince2, safe, certified_scrum_master, ms_project, confluence, program_management, change_management, "
        "vendor_management, resource_management, waterfall, itil, excel, reporting, sdlc",
    ),
    _family(
        "ux_designer", "UX / UI Designer", "15-1255.00",
        "ux, ui/ux, ux/ui, ui ux, ux designer, ui designer, product designer, interaction designer, visual designer, "
        "user researcher, ux researcher, web designer, graphic designer, ux writer, design lead, ux architect",
        "ux_design, ui_design, figma, user_research, wireframing, prototyping, usability_testing, "
        "interaction_design, design_systems, visual_design, information_architecture, responsive_design",
        "web_accessibility, sketch, adobe_xd, adobe_photoshop, adobe_illustrator, html, css, design_thinking, "
        "journey_mapping, user_personas, typography, motion_design, framer, mobile_ui_design, ux_writing",
    ),
    _family(
        "dba", "Database Administrator", "15-1242.00",
        "database administrator, dba, database engineer, database developer, sql developer, oracle dba, "
        "sql server dba, postgres dba, postgresql dba, mysql dba, database architect, database reliability engineer",
        "sql, database_administration, postgresql, mysql, oracle_database, sql_server, query_optimization, "
        "backup_recovery, database_replication, high_availability, linux, database_design",
        "plsql, tsql, mongodb, redis, amazon_rds, azure_sql_database, bash, python, performance_tuning, "
        "data_modeling, stored_procedures, disaster_recovery, cassandra, database_migrations, snowflake",
    ),
]
for _row in ROLE_FAMILIES:
    _row["onet_socs"] = _split(TECH_SOCS[_row["id"]])
ROLE_FAMILIES += _more_families()
