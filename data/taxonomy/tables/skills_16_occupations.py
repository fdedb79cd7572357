"""Non-software occupations, part 2: HR, logistics and warehouse, trades and construction, retail and hospitality,
office administration, customer service, sales and marketing practice, and licences and certifications.

Names and common alternative labels were checked against O*NET 29.2 (Technology Skills, Alternate Titles) and
ESCO v1 skill labels; the rows themselves are hand-written.
"""

PEOPLE = """
onboarding | Onboarding | 8 | employee onboarding, new hire onboarding, new starter onboarding, onboarding programs, onboarding programmes, ~induction, ~inductions, new hire orientation, employee orientation | human_resources | recruiting | onboarding, new starters, new starter, new hires, new hire, employees, staff, hr, training, recruitment, recruiting, probation, colleagues
benefits_administration | Benefits Administration | 15 | benefits enrollment, benefits enrolment, open enrollment, employee benefits, benefits management, benefits admin, cobra administration | human_resources | compensation_benefits |
leave_management | Leave of Absence Management | 8 | leave of absence, leaves of absence, leave administration, loa management, leave management | human_resources | fmla |
absence_management | Absence Management | 6 | sickness absence management, attendance management, absence reporting, return to work interviews, return-to-work interviews | human_resources | leave_management |
fmla | FMLA | 4 | family and medical leave act, fmla administration, fmla compliance | employment_law | leave_management |
ada_compliance | Americans with Disabilities Act | 4 | ada accommodations, reasonable accommodations, reasonable accommodation, reasonable adjustments | employment_law | fmla |
workers_compensation | Workers' Compensation | 8 | workers compensation, workers' comp, workers comp, workman's compensation, workplace injury claims | employment_law | osha_compliance |
flsa | FLSA | 4 | fair labor standards act, flsa compliance, wage and hour compliance, wage and hour laws | employment_law | payroll |
eeo | EEO | 4 | equal employment opportunity, eeo compliance, eeo-1 reporting, eeo-1, affirmative action, eeoc | employment_law | diversity_inclusion |
aca_compliance | ACA Compliance | 4 | affordable care act, aca reporting, aca compliance | benefits_administration | |
employment_law | Employment Law | 30 | employment laws, labor law, labour law, uk employment law, employment legislation, employment law compliance, hr compliance | human_resources | employee_relations |
form_i9 | Form I-9 | 2 | i-9, i-9s, i-9 verification, i-9 compliance, employment eligibility verification | employment_law | e_verify |
e_verify | E-Verify | 2 | e-verify, everify | form_i9 | |
right_to_work | Right to Work Checks | 2 | right-to-work checks, right to work checks, right to work, pre-employment checks, dbs checks, background checks, background screening | recruiting | form_i9 |
grievance_handling | Grievance Handling | 8 | grievances, grievance procedures, grievance investigations, handling grievances | employee_relations | disciplinary_procedures |
disciplinary_procedures | Disciplinary Procedures | 8 | disciplinaries, disciplinary hearings, disciplinary process, disciplinary investigations, progressive discipline, disciplinary and grievance, capability procedures | employee_relations | grievance_handling |
workplace_investigations | Workplace Investigations | 10 | hr investigations, employee investigations, misconduct investigations, harassment investigations | employee_relations | disciplinary_procedures |
redundancy_consultation | Redundancy Consultation | 8 | redundancy consultation, redundancy consultations, redundancy process, redundancies, collective consultation, layoffs, reductions in force | employment_law | tupe |
tupe | TUPE | 4 | tupe transfers, tupe regulations | employment_law | redundancy_consultation |
hr_policies | HR Policy Development | 10 | hr policies, policy development, employee handbook, employee handbooks, people policies | human_resources | employment_law |
hris | HRIS | 10 | human resources information system, human resources information systems, hr information systems, hr systems, hcm systems, hr software | human_resources | workday, bamboohr |
bamboohr | BambooHR | 3 | bamboo hr | hris | hibob |
hibob | HiBob | 3 | hibob hris, personio, breathe hr, cezanne hr | hris | bamboohr |
adp | ADP | 6 | adp workforce now, adp payroll, adp vantage, adp ez labor manager, adp run | payroll | ukg |
ukg | UKG | 6 | ukg pro, ukg ready, ukg dimensions, kronos, kronos workforce, ultipro | hris | adp |
paylocity | Paylocity | 3 | paycom, paychex, gusto, rippling | payroll | adp |
applicant_tracking | Applicant Tracking Systems | 5 | ats, applicant tracking system, icims, taleo, jobvite, smartrecruiters, lever ats, greenhouse ats | recruiting | hris |
interview_scheduling | Interview Scheduling | 2 | scheduling interviews, interview coordination, candidate scheduling | recruiting | |
job_postings | Job Postings | 2 | job adverts, job advertisements, job ads, writing job descriptions, job descriptions, job posting | recruiting | employer_branding |
employer_branding | Employer Branding | 10 | employer brand, talent branding, employee value proposition | recruiting | |
succession_planning | Succession Planning | 10 | succession management, talent reviews, talent management | performance_management | workforce_planning |
diversity_inclusion | DEI Programs | 10 | dei, dei programmes, dei initiatives, dei strategy, d&i initiatives, diversity and inclusion initiatives, diversity and inclusion programs, diversity and inclusion programmes, diversity recruiting, inclusion initiatives | | employee_relations |
exit_interviews | Exit Interviews | 2 | exit interviewing, offboarding, employee offboarding | | onboarding |
timekeeping | Timekeeping | 3 | time and attendance, timesheet management, time tracking, attendance tracking | | payroll |
hr_metrics | HR Metrics | 6 | hr reporting, headcount reporting, turnover analysis, attrition analysis, hr kpis | human_resources | people_analytics |
hr_business_partnering | HR Business Partnering | 30 | business partnering, hr business partnering experience | human_resources | employee_relations |
organizational_development | Organizational Development | 40 | organisational development, organization design, organisation design, org design | human_resources | change_management |
engagement_surveys | Employee Engagement Surveys | 4 | engagement surveys, pulse surveys, employee surveys, culture amp, glint, peakon, qualtrics employee experience | | hr_metrics |
pension_administration | Pension Administration | 6 | pension auto-enrolment, auto-enrolment, auto enrolment, pension administration, 401(k) administration, 401k administration, retirement plan administration | benefits_administration | payroll |
immigration_compliance | Immigration and Visa Sponsorship | 8 | visa sponsorship, immigration compliance, sponsor licence, work permits, work visas, h-1b processing | employment_law | right_to_work |
unemployment_claims | Unemployment Claims | 3 | unemployment insurance claims, unemployment claims management | employment_law | workers_compensation |
job_evaluation | Job Evaluation | 8 | job grading, job leveling, job levelling, salary benchmarking, pay benchmarking | compensation_benefits | |
"""

OPERATIONS = """
warehouse_operations | Warehouse Operations | 30 | warehouse management, warehousing, warehouse operations management, distribution center operations, distribution centre operations, dc operations | | inventory_management, wms |
wms | Warehouse Management System | 10 | wms, warehouse management systems, warehouse management software | warehouse_operations | manhattan_wms, sap_ewm, blue_yonder |
manhattan_wms | Manhattan WMS | 10 | manhattan associates, manhattan scale, manhattan active, manhattan scale wms, manhattan active wm | wms | blue_yonder |
sap_ewm | SAP EWM | 20 | sap extended warehouse management, extended warehouse management, sap wm, sap warehouse management | wms, sap | manhattan_wms |
blue_yonder | Blue Yonder | 10 | blue yonder wms, jda, jda wms, korber, highjump | wms | manhattan_wms |
cycle_counting | Cycle Counting | 4 | cycle counts, cycle count, stock counts, stock counting, stocktakes, stocktaking, physical inventory, inventory counts, stock accuracy, inventory accuracy | inventory_management | |
shipping_receiving | Shipping and Receiving | 8 | shipping & receiving, shipping/receiving, receiving goods, goods receiving, receiving and putaway, receiving dock, goods in, goods receipt, goods inwards, inbound operations, outbound operations, goods dispatch, order dispatch, dispatch operations | warehouse_operations | |
order_picking | Order Picking | 4 | pick and pack, picking and packing, order fulfillment, order fulfilment, putaway, put-away, replenishment, order picking accuracy | warehouse_operations | rf_scanning |
rf_scanning | RF Scanning | 2 | rf scanners, rf scanner, handheld scanners, barcode scanning, barcode scanners, rf guns | | order_picking |
material_handling | Material Handling | 6 | materials handling, mhe, mhe operation, pallet jack, pallet jacks, electric pallet truck, loading and unloading | | forklift_operation |
forklift_operation | Forklift Operation | 10 | forklift, forklifts, forklift driving, forklift operator, fork lift, lift truck, powered industrial truck, powered industrial trucks, order picker | material_handling | reach_truck |
reach_truck | Reach Truck | 8 | reach trucks, reach truck operation, reach forklift | forklift_operation | counterbalance_forklift |
counterbalance_forklift | Counterbalance Forklift | 8 | counterbalance, counterbalance truck, counterbalance forklift truck, sit-down forklift | forklift_operation | reach_truck |
labor_planning | Labor Planning | 8 | labour planning, labor management, labour management, labor scheduling, labour scheduling, labour management system, labor management system | warehouse_operations | staff_scheduling |
shift_management | Shift Management | 10 | managing shifts, shift leadership, shift supervision, shift handover, shift handovers | people_management | labor_planning |
staff_scheduling | Staff Scheduling | 4 | rota management, rotas, shift scheduling, employee scheduling, rostering, staff rostering, work scheduling, scheduling staff | | labor_planning |
transport_planning | Transport Planning | 15 | transportation planning, route planning, route optimization, load planning, dispatch planning, fleet scheduling | logistics | fleet_management |
fleet_management | Fleet Management | 15 | vehicle fleet management, fleet operations, telematics, tachograph | logistics | transport_planning |
dot_compliance | DOT Compliance | 6 | dot regulations, fmcsa compliance, hours of service, dot compliance, dvsa compliance | | fleet_management |
hazmat | Hazardous Materials Handling | 6 | hazmat, dangerous goods, hazardous materials, adr dangerous goods, coshh, hazardous substances | health_and_safety | |
third_party_logistics | Third-Party Logistics | 15 | 3pl, third-party logistics, third party logistics, 3pl management, fulfillment centers, fulfilment centres | logistics | warehouse_operations |
import_export | Import and Export | 15 | customs clearance, customs compliance, freight forwarding, incoterms, import/export, export documentation | logistics | |
health_and_safety | Health and Safety | 20 | health & safety, occupational health and safety, ohs, osh, workplace safety, safety management, ehs, hse, h&s, safety compliance, health and safety legislation, toolbox talks, safety walks, safety inspections | | safety_risk_assessment, osha_compliance |
osha_compliance | OSHA Compliance | 8 | osha, osha regulations, osha standards, osha compliance | health_and_safety | osha_certification |
safety_risk_assessment | Risk Assessment | 6 | risk assessments, health and safety risk assessments, hazard identification, hazard assessments, job hazard analysis, jha | health_and_safety | accident_investigation |
accident_investigation | Accident Investigation | 6 | accident investigations, incident investigation, incident investigations, near-miss reporting, near miss reporting, riddor reporting, riddor | health_and_safety | root_cause_analysis |
lockout_tagout | Lockout/Tagout | 3 | lockout tagout, loto, lock out tag out, lockout-tagout | health_and_safety | |
ppe | PPE | 2 | personal protective equipment, ppe compliance | health_and_safety | |
fire_safety | Fire Safety | 4 | fire warden, fire marshal, fire risk assessment, fire safety training | health_and_safety | |
five_s | 5S | 4 | 5s, 5s methodology, 5s audits, 6s, sort set in order shine | lean | kaizen |
standard_work | Standard Work | 4 | standard operating procedures, sops, sop development, standardized work, gemba walks, gemba | lean | five_s |
quality_control | Quality Control | 15 | qc, quality inspection, quality inspections, product inspection, quality checks, goods inspection, first article inspection | | quality_management |
preventive_maintenance | Preventive Maintenance | 15 | preventative maintenance, planned maintenance, equipment maintenance, maintenance planning, total productive maintenance | | cmms |
cmms | CMMS | 6 | computerized maintenance management system, maintenance management software, maximo, ibm maximo, fiix | preventive_maintenance | |
machine_operation | Machine Operation | 15 | machine operator, production line, production line operation, machinery operation, equipment operation | | quality_control |
cnc_machining | CNC Machining | 60 | cnc, cnc programming, cnc machines, cnc operation, cnc milling, cnc turning, g-code, machining, lathe operation | blueprint_reading | machine_operation |
blueprint_reading | Blueprint Reading | 15 | reading blueprints, blueprint interpretation, technical drawings, reading technical drawings, schematics reading, engineering drawings, drawing interpretation | | electrical_wiring |
electrical_wiring | Electrical Wiring | 80 | house wiring, building wiring, wiring installation, electrical installation, electrical installations, residential wiring, commercial wiring, conduit bending, electrical systems | blueprint_reading | national_electrical_code |
national_electrical_code | National Electrical Code | 20 | ~NEC, nec code, nfpa 70, bs 7671, 18th edition wiring regulations | electrical_wiring | | electrical, code, wiring, electrician, nfpa, conduit, installation, circuits, journeyman, inspections, compliance
electrical_troubleshooting | Electrical Troubleshooting | 30 | electrical fault finding, fault finding, electrical testing, electrical diagnostics, multimeter | electrical_wiring | |
hvac | HVAC | 80 | heating ventilation and air conditioning, hvac systems, hvac installation, hvac maintenance, hvac repair, hvac/r, refrigeration, air conditioning | | electrical_troubleshooting |
plumbing | Plumbing | 80 | pipefitting, pipe fitting, plumbing installation, plumbing repairs, gas fitting | blueprint_reading | hvac |
welding | Welding | 60 | mig welding, tig welding, stick welding, arc welding, smaw, gmaw, gtaw, fcaw, metal fabrication, fabrication welding | blueprint_reading | |
carpentry | Carpentry | 80 | joinery, timber framing, wood framing, framing carpentry, finish carpentry, woodworking, cabinetry | blueprint_reading | |
power_tools | Power Tools | 6 | hand and power tools, hand tools, power tool operation | | carpentry |
construction_site_management | Construction Site Management | 60 | site management, site supervision, construction management, construction supervision, site manager skills, general contracting | health_and_safety | construction_estimating |
construction_estimating | Construction Estimating | 30 | cost estimating, estimating and tendering, construction cost estimating, quantity surveying, quantity takeoffs, takeoffs, bill of quantities, bid estimating | blueprint_reading | construction_site_management |
heavy_equipment | Heavy Equipment Operation | 40 | heavy equipment, heavy machinery, excavator, excavators, backhoe, bulldozer, skid steer, crane operation, plant operation | | |
automotive_repair | Automotive Repair | 80 | auto repair, vehicle maintenance, vehicle repair, automotive diagnostics, vehicle diagnostics, brake repair, engine repair, mechanic skills | | |
food_safety | Food Safety | 6 | food hygiene, food safety standards, haccp, food handling, safe food handling, food safety compliance, allergen management | | servsafe |
food_preparation | Food Preparation | 20 | food prep, cooking, culinary skills, knife skills, line cooking, kitchen operations, menu planning, recipe development | food_safety | |
food_beverage_service | Food and Beverage Service | 10 | food and beverage, f&b service, table service, waiting tables, fine dining service, banquet service, catering | | bartending |
bartending | Bartending | 10 | mixology, cocktail making, bar service, barista, barista skills, espresso preparation | | food_beverage_service |
housekeeping | Housekeeping | 6 | room cleaning, janitorial, cleaning services, commercial cleaning, custodial | | |
front_desk | Front Desk Operations | 6 | front desk, reception desk, reception duties, receptionist duties, guest check-in, guest services, hotel reception, concierge, hotel reservations, handling reservations, reservations systems | customer_support | hotel_pms |
hotel_pms | Hotel PMS | 6 | property management system, opera pms, oracle opera, opera pms hotel, cloudbeds, mews pms | front_desk | |
pos_systems | POS Systems | 3 | point of sale, point-of-sale, point of sale systems, pos system, ~POS, epos, square pos, toast pos, clover pos, lightspeed pos, till operation | | cash_handling | retail, cash, till, tills, store, stores, sales, register, square, toast, clover, restaurant, hospitality, payments, checkout, customers, shop, cashier
cash_handling | Cash Handling | 2 | cash management skills, handling cash, cash register, till management, cash counting, cashiering, balancing cash drawers, cash drawer | | pos_systems |
visual_merchandising | Visual Merchandising | 15 | merchandising displays, store displays, window displays, planograms, planogram | | category_management |
retail_operations | Retail Operations | 20 | store operations, retail management, store management, shop floor management, stock replenishment, loss prevention, shrink reduction | | visual_merchandising |
retail_sales | Retail Sales | 10 | sales floor, upselling, up-selling, cross-selling, cross selling, suggestive selling, clienteling | | sales |
"""

OFFICE = """
data_entry | Data Entry | 4 | data input, keyboarding, typing skills, touch typing, fast typing, accurate typing, typing speed, 10-key, ten key, data capture | | record_keeping |
record_keeping | Record Keeping | 4 | records management, recordkeeping, filing systems, paper filing, filing and archiving, office filing, document management, file management, archiving records | | data_entry |
office_administration | Office Administration | 15 | office management, administrative support, clerical, clerical work, admin support, office coordination, general administration | | record_keeping |
calendar_management | Calendar Management | 3 | diary management, calendar coordination, scheduling meetings, meeting scheduling, travel arrangements, travel booking, executive support | | office_administration |
minute_taking | Minute Taking | 3 | taking minutes, meeting minutes, note taking, note-taking | | office_administration |
complaint_handling | Complaint Handling | 6 | handling complaints, complaints handling, complaint resolution, complaints management, customer complaints | customer_support | de_escalation |
de_escalation | De-escalation | 6 | de-escalation techniques, de-escalating, deescalation, handling difficult customers, conflict de-escalation | | complaint_handling, conflict_resolution |
call_center | Call Center Operations | 10 | call centre, call center, contact centre, contact center, inbound calls, outbound calls, phone support, telephone support, handling calls | customer_support | complaint_handling |
"""

SALES_MARKETING = """
pipeline_management | Pipeline Management | 8 | sales pipeline management, pipeline building, pipeline generation, managing pipeline, sales pipeline, pipeline reviews | sales | sales_forecasting_practice |
prospecting | Prospecting | 6 | sales prospecting, outbound prospecting, prospect research, prospecting new clients | | cold_calling, lead_generation |
cold_calling | Cold Calling | 4 | cold calls, cold-calling, cold outreach, outbound calling, telesales, telemarketing | prospecting | lead_generation |
sales_methodologies | MEDDICC | 6 | meddic, meddicc, meddpicc, medpicc | sales | bant, challenger_sale |
bant | BANT | 2 | bant qualification, budget authority need timeline | | sales_methodologies |
challenger_sale | Challenger Sale | 4 | challenger selling, the challenger sale, challenger methodology, spin selling, sandler selling, sandler training, value selling, command of the message | sales | sales_methodologies |
lead_qualification | Lead Qualification | 4 | qualifying leads, qualified leads, sales qualification, lead scoring | lead_generation | bant |
product_demonstrations | Product Demonstrations | 6 | product demos, product demo, product demonstration, software demos, sales demos, running demos | | presales |
territory_management | Territory Management | 6 | territory planning, sales territory management, territory sales | sales | account_management |
new_business_development | New Business Development | 20 | ~new business, new business sales, new logo acquisition, hunting new business, winning new business | sales | business_development | sales, pipeline, prospecting, quota, clients, accounts, revenue, targets, deals, driving, winning, generating, selling, saas, b2b
sales_forecasting_practice | Sales Forecasting | 6 | sales forecasting, sales forecasts, pipeline forecasting, forecast accuracy, quota forecasting | pipeline_management | forecasting |
channel_sales | Channel Sales | 15 | channel partners, partner sales, partner management, reseller management, co-selling, co-sell | sales | business_development |
sales_navigator | LinkedIn Sales Navigator | 2 | linkedin sales navigator, sales navigator | prospecting | zoominfo |
zoominfo | ZoomInfo | 2 | zoom info, apollo.io, lusha, cognism, seamless.ai | prospecting | sales_navigator |
sales_engagement | ~Outreach | 3 | outreach.io, salesloft, sales engagement platform, sales cadences, sales sequences | prospecting | gong_io | sales, salesloft, cadence, cadences, sequences, gong, crm, salesforce, hubspot, sdr, bdr, zoominfo, prospecting, navigator
gong_io | ~Gong | 2 | gong.io, chorus.ai, conversation intelligence, call recording software | | sales_engagement | sales, outreach, salesforce, hubspot, chorus, calls, call recording, conversation, crm, zoominfo, navigator, deals, coaching
technical_seo | Technical SEO | 15 | technical seo, technical seo audits, seo audits, technical audits, site audits, crawlability, site speed optimization, schema markup, structured data markup | seo | google_search_console |
link_building | Link Building | 8 | link-building, backlinks, backlink building, backlink acquisition, digital pr outreach | seo | technical_seo |
google_search_console | Google Search Console | 3 | search console, gsc, google webmaster tools, bing webmaster tools | seo | technical_seo |
ahrefs | Ahrefs | 3 | ahrefs site explorer | seo | semrush |
semrush | SEMrush | 3 | sem rush, se ranking, similarweb | seo | ahrefs |
moz | ~Moz | 3 | moz pro, mozbar, moz local | seo | ahrefs, semrush | seo, ahrefs, semrush, keyword, keywords, backlinks, domain authority, search, rankings, screaming frog, google search console
screaming_frog | Screaming Frog | 2 | screaming frog seo spider, sitebulb | technical_seo | |
yoast | Yoast SEO | 2 | yoast, rank math, all in one seo | seo, wordpress | |
content_management_systems | Content Management Systems | 6 | cms, content management system, cms platforms, web content management | | wordpress, headless_cms |
conversion_tracking | Conversion Tracking | 4 | conversion tracking, conversion tracking setup, conversion pixels, tracking pixels, meta pixel, facebook pixel, conversions api, utm tracking, utm parameters | google_tag_manager | google_analytics |
klaviyo | Klaviyo | 3 | klaviyo flows, omnisend, braze, iterable, customer.io | email_marketing | mailchimp |
email_automation | Email Automation | 4 | email flows, automated email flows, email journeys, email nurture campaigns, nurture campaigns, nurture sequences | email_marketing | marketing_automation |
social_media_management | Social Media Management Tools | 3 | hootsuite, buffer app, sprout social, later.com, social media scheduling | social_media_marketing | |
editing_proofreading | Editing and Proofreading | 6 | proofreading, proof-reading, editing and proofreading, ~editing, copy-editing, subediting | written_communication | copywriting | copy, content, proofreading, writing, copywriting, blog, blogs, articles, editorial, writers, written, newsletters, grammar
campaign_management | Campaign Management | 10 | marketing campaigns, campaign planning, campaign execution, multichannel campaigns, integrated campaigns | | digital_marketing |
demand_generation | Demand Generation | 15 | demand gen, demand generation campaigns, abm, account-based marketing, account based marketing | digital_marketing | lead_generation |
"""

CERTIFICATIONS = """
bls | Basic Life Support | 4 | ~BLS, bls certification, bls certified, bls for healthcare providers, aha bls | | acls, cpr | acls, pals, cpr, life support, certification, certified, nurse, nursing, aha, tncc, healthcare, emt, american heart association, current
acls | ACLS | 12 | advanced cardiovascular life support, advanced cardiac life support, acls certification, acls certified | bls | pals, defibrillation |
pals | ~PALS | 12 | pediatric advanced life support, paediatric advanced life support, pals certification, epals, european paediatric advanced life support | bls | acls | bls, acls, pediatric, paediatric, nursing, nurse, certification, certified, life support, cpr, tncc, nrp, aha, emergency
tncc | TNCC | 16 | trauma nursing core course, tncc certification | emergency_nursing | acls |
nrp | NRP | 8 | neonatal resuscitation program, neonatal resuscitation programme | bls | pals |
cen_cert | Certified Emergency Nurse | 60 | certified emergency nurse, ~CEN, cen certification, bcen | emergency_nursing | tncc | nurse, nursing, emergency, certified, certification, tncc, acls, pals, bls, rn, bcen, trauma
ccrn | CCRN | 60 | critical care registered nurse, ccrn certification | critical_care | acls |
registered_nurse | Registered Nurse | 500 | registered nurse license, rn license, rn licence, rn licensure, registered nurse licence, ~RN, compact license, multistate license, nmc registration, nmc pin | nursing | bsn | nurse, nursing, hospital, patient, patients, bsn, license, licence, licensed, clinical, care, ward, acls, bls, emergency, icu, charge
bsn | Bachelor of Science in Nursing | 500 | bsn, b.s.n., bachelor of nursing, bsc nursing | | registered_nurse |
lpn | Licensed Practical Nurse | 500 | lpn, lvn, licensed vocational nurse, lpn license | | registered_nurse |
cna | Certified Nursing Assistant | 120 | cna certification, nursing assistant certification, certified nurse aide, state tested nursing assistant, stna, ~CNA, healthcare assistant certificate | | patient_care | nursing, nurse, patient, patients, resident, residents, certified, certification, care, hospital, home, assistant
nclex | NCLEX | 80 | nclex-rn, nclex-pn | nursing | registered_nurse |
emt | Emergency Medical Technician | 150 | emt certification, emt certified, certified emt, emt license, emt-b, emt-basic, nremt, paramedic, paramedic certification | bls | |
cpr | CPR | 4 | cardiopulmonary resuscitation, cpr certification, cpr certified, cpr/aed, cpr and aed | | first_aid, bls |
first_aid | First Aid | 6 | first aid certification, first aid certified, first aider, first aid at work, emergency first aid, first aid trained, first aid/cpr | | cpr |
mental_health_first_aid | Mental Health First Aid | 8 | mental health first aider, mhfa | | first_aid |
acca | ACCA | 500 | association of chartered certified accountants, acca qualified, acca qualification, fcca, acca part-qualified | accounting | cima, aca |
cima | CIMA | 500 | chartered institute of management accountants, cgma, cima qualified, cima qualification, acma | accounting | acca |
aca | ~ACA | 500 | icaew chartered accountant, icaew, icas, aca qualified, aca/acca | accounting | acca, chartered_accountant | icaew, icas, acca, cima, chartered, accountancy, accountant, cpa
chartered_accountant | Chartered Accountant | 500 | chartered accountancy, icai, caanz, cpa canada, ca final, ca inter, ca intermediate, qualified ca, ~CA | accounting | cpa, aca | chartered, icai, caanz, icaew, articleship, accountancy, acca, cima
cma | CMA | 400 | certified management accountant, ima cma | accounting | cima |
enrolled_agent | Enrolled Agent | 200 | enrolled agent (ea), irs enrolled agent | taxation | cpa |
cfp | CFP | 300 | certified financial planner, cfp certification | financial_planning | |
shrm_cp | SHRM-CP | 80 | shrm certified professional, shrm-scp, shrm senior certified professional, shrm certification | human_resources | phr |
phr | PHR | 80 | professional in human resources, sphr, senior professional in human resources, aphr, hrci certification | human_resources | shrm_cp |
cipd | CIPD | 300 | cipd level 3, cipd level 5, cipd level 7, chartered member of cipd, chartered mcipd, assoc cipd, mcipd, cipd qualified | human_resources | |
qts | Qualified Teacher Status | 500 | qts, qualified teacher status (qts) | teaching | pgce |
pgce | PGCE | 500 | postgraduate certificate in education, pgde, school direct | teaching | qts |
teaching_license | Teaching License | 500 | teaching licence, teaching certificate, teaching credential, state teaching license, teacher certification, clde endorsement, esl endorsement | teaching | |
nebosh | NEBOSH | 80 | nebosh general certificate, nebosh certificate, nebosh igc, nebosh diploma | health_and_safety | iosh |
iosh | IOSH Managing Safely | 24 | iosh, iosh managing safely, iosh working safely, tech iosh | health_and_safety | nebosh |
osha_certification | OSHA 30 | 30 | osha 30, osha 30-hour, osha 30 hour, osha 10, osha 10-hour, osha 10 hour, osha outreach training | osha_compliance | |
forklift_certification | Forklift Certification | 8 | forklift license, forklift licence, forklift certified, rtitb, itssar, mhe licence, mhe license, flt licence | forklift_operation | |
cdl | CDL | 160 | commercial driver's license, commercial drivers license, commercial driver license, cdl class a, cdl class b, cdl-a, class a cdl, hgv licence, hgv class 1, hgv class 2, lgv licence, cpc card | | fleet_management |
driving_licence | Driving Licence | 40 | driving license, driver's license, drivers license, full uk driving licence, full driving licence, clean driving licence, valid driver's license | | |
cscs | CSCS Card | 8 | cscs, cscs card, construction skills certification scheme, smsts, sssts | health_and_safety | |
journeyman_electrician | Journeyman Electrician License | 500 | journeyman electrician, journeyman license, master electrician, licensed electrician, electrician license | electrical_wiring | national_electrical_code |
epa_608 | EPA 608 Certification | 20 | epa 608, epa section 608, epa universal certification, f-gas certification, f gas | hvac | |
aws_welding_cert | AWS Certified Welder | 60 | aws d1.1, certified welder, welding certification, cwi, certified welding inspector | welding | |
servsafe | ServSafe | 8 | servsafe food handler, servsafe manager, food handler certification, food handlers card, food hygiene certificate, level 2 food hygiene, level 2 food safety | food_safety | |
"""

BLOCKS = [("people_operations", PEOPLE), ("operations_trades", OPERATIONS), ("operations_trades", OFFICE),
          ("analytics_business", SALES_MARKETING), ("certification", CERTIFICATIONS)]
