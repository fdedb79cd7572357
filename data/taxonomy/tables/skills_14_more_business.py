"""More methodologies, business domains, design practices, testing practices and soft skills."""

METHODS_MORE = """
enterprise_architecture | Enterprise Architecture | 60 | enterprise architect skills, ea frameworks, zachman framework, archimate, business architecture | software_architecture | togaf |
c4_model | C4 Model | 3 | c4 diagrams, c4 architecture diagrams, architecture diagrams | software_architecture | uml |
architecture_decision_records | Architecture Decision Records | 2 | adr, adrs, design docs, technical design documents, rfcs | software_architecture | technical_documentation |
resilience_patterns | Resilience Patterns | 8 | circuit breaker, circuit breakers, retries with backoff, bulkhead pattern, saga pattern, rate limiting | microservices | resilience4j |
dependency_injection | Dependency Injection | 5 | di container, inversion of control, ioc container, dependency inversion | object_oriented_programming | design_patterns |
reactive_programming | Reactive Programming | 15 | reactive streams, reactive systems, functional reactive programming, frp | | rxjs, spring_webflux |
scrumban | Scrumban | 3 | scrum-ban | scrum, kanban | kanban |
shape_up | Shape Up | 3 | shape up methodology, basecamp shape up | agile | scrum |
agile_estimation | Agile Estimation | 4 | story points, planning poker, effort estimation, t-shirt sizing, velocity tracking | agile | backlog_management |
value_stream_mapping | Value Stream Mapping | 6 | vsm, value stream management, value streams | lean | process_mapping |
theory_of_constraints | Theory of Constraints | 6 | drum-buffer-rope, tocp | | lean |
cmmi | CMMI | 15 | capability maturity model integration, cmmi level 3, cmmi level 5 | | itil |
cobit | COBIT | 20 | cobit 5, cobit 2019 | grc | itil |
quality_management | Quality Management Systems | 20 | qms, iso 9001, total quality management, tqm, quality management system | | lean_six_sigma |
statistical_process_control | Statistical Process Control | 15 | spc, control charts, process capability, cpk | statistics | lean_six_sigma |
design_of_experiments | Design of Experiments | 20 | experimental design, factorial design, taguchi methods | statistics | a_b_testing |
technical_debt | Technical Debt Management | 6 | tech debt, technical debt, legacy code management | refactoring | refactoring |
inner_source | InnerSource | 4 | inner source, innersource practices | open_source | |
knowledge_management | Knowledge Management | 10 | knowledge base management, knowledge bases | | technical_documentation |
lean_ux | Lean UX | 6 | lean ux methodology | lean, ux_design | design_thinking |
software_development | Software Development | 150 | software engineering, application development, software programming, software development / engineering, software engineering principles | | sdlc, computer_science |
web_development | Web Development | 120 | web application development, website development, web app development, web programming, web applications development | html, css, javascript | frontend_development, backend_development |
frontend_development | Frontend Development | 100 | front-end development, frontend development, front end development, frontend, front-end, front end, client-side development | javascript, html, css | backend_development, web_development |
backend_development | Backend Development | 100 | back-end development, backend development, back end development, backend, back-end, server-side development, server-side programming | | frontend_development, microservices |
computer_science | Computer Science | 300 | cs fundamentals, computer science fundamentals, computing science, computer science concepts | | algorithms, data_structures |
web_services | Web Services | 15 | web-services, web service, web service development, web services development | http | rest_api, soap, service_oriented_architecture |
data_management | Data Management | 30 | enterprise data management, data lifecycle management, data administration | | data_governance, master_data_management |
dual_track_agile | Dual-Track Agile | 3 | dual track agile, continuous discovery and delivery | agile, product_discovery | |
"""

BUSINESS_MORE = """
sales_operations | Sales Operations | 20 | sales ops, salesops, sales enablement, sales analytics | sales | revenue_management |
salesforce_cpq | Salesforce CPQ | 20 | cpq, configure price quote, steelbrick | salesforce | |
presales | Pre-Sales | 30 | pre-sales, presales engineering, solution consulting, technical sales, sales engineering, solutions engineering | | sales |
proposal_writing | Proposal Writing | 10 | rfp responses, rfp writing, rfps, bid writing, tender writing, rfi responses | written_communication | presales |
management_consulting | Management Consulting | 60 | strategy consulting engagements, business consulting, consulting skills | | business_strategy |
customer_experience | Customer Experience | 20 | cx, cx strategy, customer experience management, voice of the customer | | customer_success, journey_mapping |
net_promoter_score | Net Promoter Score | 3 | nps, net promoter, csat, customer satisfaction score | | customer_experience |
public_relations | Public Relations | 30 | media relations, press releases, corporate communications, communications strategy | | content_marketing |
event_management | Event Management | 20 | event planning, events management, conference planning, trade shows | | project_management |
community_management | Community Management | 15 | community building, developer community, online community management, developer relations, devrel | | social_media_marketing |
people_analytics | People Analytics | 20 | hr analytics, workforce analytics, talent analytics | data_analysis | human_resources |
workforce_planning | Workforce Planning | 15 | headcount planning, strategic workforce planning, resource planning | | human_resources |
compensation_benefits | Compensation and Benefits | 25 | comp and ben, total rewards, c&b, compensation analysis | human_resources | payroll |
payroll | ~Payroll | 15 | payroll processing, payroll administration, payroll management | | compensation_benefits | processing, administration, hr, adp, taxes, deductions, salaries, wages, accounting, compliance
performance_management | Performance Management | 15 | performance reviews, performance appraisal, performance appraisals, employee performance management, performance managing | human_resources | people_management |
learning_development | Learning and Development | 25 | l&d, learning & development, training and development, employee development, talent development | | teaching |
employee_relations | Employee Relations | 20 | labor relations, labour relations, industrial relations, employee engagement | human_resources | |
corporate_finance | Corporate Finance | 60 | capital budgeting, capital structure, working capital management, corporate financial management | accounting | financial_analysis |
mergers_acquisitions | Mergers and Acquisitions | 60 | m&a, mergers & acquisitions, due diligence, deal structuring, post-merger integration | corporate_finance | valuation |
treasury | ~Treasury | 40 | treasury management, cash management, liquidity management, cash flow management | corporate_finance | | cash, liquidity, finance, banking, fx, hedging, management, corporate, forecasting, funding
credit_risk | Credit Risk | 40 | credit risk modeling, credit analysis, credit scoring, pd lgd ead, loan underwriting | statistics | risk_management |
market_risk | Market Risk | 40 | value at risk, var modeling, market risk management | statistics | credit_risk |
aml_kyc | AML/KYC | 20 | aml, kyc, anti-money laundering, know your customer, transaction monitoring, sanctions screening | | regulatory_reporting |
regulatory_reporting | Regulatory Reporting | 25 | basel iii, basel iv, ifrs 9, ccar, solvency ii, mifid ii | accounting | aml_kyc |
capital_markets | Capital Markets | 50 | investment banking, equities trading, fixed income, derivatives trading, securities trading, trading systems | | quantitative_finance |
bloomberg_terminal | Bloomberg Terminal | 10 | bloomberg, bloomberg api, refinitiv eikon, factset, capital iq, s&p capital iq | | capital_markets |
insurance_domain | Insurance Domain | 40 | insurance industry, underwriting, claims processing, policy administration, guidewire, duck creek | | actuarial_science |
clinical_research | Clinical Research | 60 | clinical trials, clinical data management, cdisc, sdtm, adam datasets, good clinical practice, gcp compliance | | healthcare_domain |
pharmacovigilance | Pharmacovigilance | 40 | drug safety, adverse event reporting, argus safety | clinical_research | |
esg_reporting | ESG and Sustainability | 30 | esg, sustainability reporting, carbon accounting, csr reporting, ghg accounting | | regulatory_reporting |
category_management | Category Management | 20 | category manager skills, assortment planning, merchandising, retail merchandising | | procurement |
sales_and_operations_planning | S&OP | 20 | s&op, sales and operations planning, integrated business planning, ibp | supply_chain_management | forecasting |
lean_manufacturing | Lean Manufacturing | 30 | lean production, toyota production system, kanban manufacturing, just-in-time, jit | lean | lean_six_sigma |
manufacturing_execution | Manufacturing Execution Systems | 30 | mes, manufacturing execution system, sap me, shop floor systems | erp | scada |
real_estate_domain | Real Estate | 40 | commercial real estate, property management, real estate analysis, yardi | | |
legal_compliance | Legal and Regulatory Compliance | 30 | regulatory affairs, legal compliance, corporate compliance | | grc |
earned_value_management | Earned Value Management | 10 | earned value, earned value analysis | project_management | |
resource_management | Resource Management | 10 | resource allocation, capacity and resource planning, resourcing | project_management | workforce_planning |
project_scheduling | Project Scheduling | 8 | critical path method, gantt charts, gantt, project timelines | project_management | ms_project |
risk_register | Project Risk Management | 10 | project risk management, risk registers, raid logs, issue management | project_management | risk_management |
scope_management | Scope Management | 6 | scope definition, scope creep management, statement of work, work breakdown structure, wbs | project_management | |
"""

DESIGN_MORE = """
ux_strategy | UX Strategy | 30 | experience strategy, design strategy | ux_design | product_strategy |
design_ops | DesignOps | 15 | design operations, design ops | design_systems | |
design_critique | Design Critique | 5 | design reviews, design crits, design feedback | ui_design | feedback_skills |
user_flows | User Flows | 5 | user flow, task flows, flow diagrams, screen flows | ux_design | wireframing |
contextual_inquiry | Contextual Inquiry | 6 | field studies, ethnographic research, ethnography, diary studies | user_research | qualitative_research |
conversation_design | Conversation Design | 15 | conversational design, voice user interface design, vui design, voice ux, chatbot design | ux_design | chatbots |
storyboarding | Storyboarding | 6 | storyboards, storyboard, animatics | | illustration |
packaging_design | Packaging Design | 30 | package design, label design | graphic_design | |
presentation_design | Presentation Design | 10 | slide design, pitch decks, pitch deck design, deck design | visual_design | powerpoint |
character_animation | Character Animation | 60 | 3d animation, keyframe animation, rigging, character rigging | three_d_modeling | autodesk_maya |
vfx_compositing | VFX Compositing | 50 | compositing, visual effects, vfx, foundry nuke, nuketx | | adobe_after_effects, houdini |
maze_tool | ~Maze | 3 | maze.co, maze usability testing, optimal workshop, lyssna, usabilityhub | usability_testing | | usability, testing, ux, research, prototype, figma, unmoderated, user testing
dovetail | ~Dovetail | 3 | dovetail research repository, research repository, research repositories | user_research | | research, repository, insights, ux, user research, interviews, tagging, synthesis
"""

TESTING_MORE = """
test_data_management | Test Data Management | 8 | test data, test data generation, data masking, synthetic test data | software_testing | |
service_virtualization | Service Virtualization | 6 | api virtualization, service mocking, mountebank | api_testing | wiremock |
page_object_model | Page Object Model | 3 | pom pattern, page objects, page object pattern | test_automation | selenium |
shift_left_testing | Shift-Left Testing | 4 | shift left, continuous testing, shift-left, quality engineering | ci_cd, software_testing | devsecops |
defect_management | Defect Management | 5 | bug tracking, defect tracking, bug reporting, bugzilla, defect lifecycle, bug triage | software_testing | jira |
etl_testing | ETL Testing | 10 | data warehouse testing, data testing, data validation testing, database testing | sql, software_testing | data_quality |
game_testing | Game Testing | 10 | game qa, playtesting, video game testing | software_testing | game_development |
serenity_bdd | Serenity BDD | 6 | serenityjs, serenity bdd framework, screenplay pattern | bdd, selenium | cucumber |
allure_report | ~Allure | 2 | allure report, allure reports, allure testops, reportportal | test_automation | | report, reports, reporting, testing, tests, pytest, junit, testng, automation, qa
testcomplete | TestComplete | 8 | smartbear testcomplete, test complete | test_automation | ranorex |
artillery_io | ~Artillery | 4 | artillery.io, artillery load testing | performance_testing | k6 | load testing, performance, testing, node, scenarios, yaml, load, stress
blazemeter | BlazeMeter | 4 | blaze meter, neoload, tricentis neoload | performance_testing | jmeter |
"""

SOFT_MORE = """
diplomacy | Diplomacy | 8 | diplomatic communication, tact and diplomacy | | conflict_resolution |
crisis_management | Crisis Management | 15 | managing crises, crisis response, working in high-pressure situations | | incident_management, resilience |
executive_presence | Executive Presence | 15 | c-level communication, executive communication, communicating with executives, board presentations | communication | presentation_skills |
servant_leadership | Servant Leadership | 10 | servant leader, servant-leadership | leadership | coaching |
consensus_building | Consensus Building | 8 | building consensus, alignment building, driving alignment | | stakeholder_management, facilitation |
interviewing | Interviewing | 10 | technical interviewing, conducting interviews, candidate interviewing, structured interviews | | recruiting |
open_mindedness | Open-Mindedness | 5 | open minded, open-minded, receptive to feedback, openness to feedback | | learning_agility |
positive_attitude | Positive Attitude | 5 | can-do attitude, positive mindset, enthusiasm, optimism | | resilience |
motivation_skills | Motivating Others | 10 | motivating teams, team motivation, inspiring teams, inspiring others | leadership | leadership |
ethics | Professional Ethics | 10 | business ethics, ethical judgment, ethical conduct, code of conduct adherence | | professionalism |
"""

BLOCKS = [("methodology", METHODS_MORE), ("analytics_business", BUSINESS_MORE), ("design", DESIGN_MORE),
          ("testing", TESTING_MORE), ("soft_skill", SOFT_MORE)]
