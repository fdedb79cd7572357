"""Non-software occupations, part 1: healthcare and nursing, accounting and finance, teaching and education.

Names and common alternative labels were checked against O*NET 29.2 (Technology Skills, Alternate Titles) and
ESCO v1 skill labels; the rows themselves are hand-written.
"""

HEALTHCARE = """
nursing | Nursing | 400 | registered nursing, nursing practice, nursing care, clinical nursing | patient_care, patient_assessment, vital_signs, medication_administration, clinical_documentation | patient_care |
patient_care | Patient Care | 40 | direct patient care, bedside care, hands-on patient care, patient-centered care, patient-centred care | | nursing |
triage | Triage | 30 | patient triage, emergency triage, telephone triage, triaging patients, triage nursing | patient_assessment | emergency_severity_index |
emergency_severity_index | Emergency Severity Index | 6 | esi triage, esi acuity, ~ESI, manchester triage | triage | | triage, acuity, emergency, nurse, nursing, patients, ed
patient_assessment | Patient Assessment | 40 | patient assessments, nursing assessment, nursing assessments, head-to-toe assessment, head-to-toe assessments, physical assessment, clinical assessment, health assessment | vital_signs | care_planning |
vital_signs | Vital Signs Monitoring | 8 | vital signs, vitals monitoring, taking vital signs, vital sign monitoring, observations monitoring, news2, early warning scores | | patient_assessment |
medication_administration | Medication Administration | 30 | administering medications, administer medications, medication management, medication passes, med pass, drug administration, medicines administration, mar documentation | patient_assessment | medication_reconciliation |
medication_reconciliation | Medication Reconciliation | 8 | med reconciliation, medicines reconciliation | medication_administration | |
iv_therapy | IV Therapy | 30 | intravenous therapy, iv infusions, infusion therapy, iv medications, iv fluids, iv administration | medication_administration | iv_insertion |
iv_insertion | IV Insertion | 20 | peripheral iv insertion, peripheral ivs, peripheral iv, iv cannulation, cannulation, iv starts, iv catheter insertion, iv catheters, piv insertion | | iv_therapy, phlebotomy |
phlebotomy | Phlebotomy | 30 | blood draws, blood drawing, blood collection, drawing blood, phlebotomist skills | | venipuncture, specimen_collection |
venipuncture | Venipuncture | 15 | venepuncture, venous blood sampling | | phlebotomy |
specimen_collection | Specimen Collection | 8 | lab specimens, specimen handling, sample collection, collecting specimens, urine specimens | | phlebotomy |
wound_care | Wound Care | 25 | wound management, wound dressing, dressing changes, wound assessment, wound vac, negative pressure wound therapy, pressure injury care, pressure ulcer care, tissue viability | | infection_control |
patient_education | Patient Education | 15 | patient teaching, health education, discharge teaching, discharge instructions, patient and family education | communication | discharge_planning |
infection_control | Infection Control | 15 | infection prevention, infection prevention and control, hand hygiene, standard precautions, isolation precautions, aseptic technique, sterile technique | | patient_safety |
patient_safety | Patient Safety | 15 | fall prevention, falls prevention, safe patient handling, patient safety protocols, hourly rounding | | infection_control |
care_planning | Care Planning | 15 | nursing care plans, care plans, care plan development, individualised care plans, person-centred care planning | patient_assessment | discharge_planning |
discharge_planning | Discharge Planning | 10 | discharge coordination, transitions of care, care transitions | care_planning | case_management_healthcare |
clinical_documentation | Clinical Documentation | 10 | nursing documentation, patient charting, nursing charting, clinical charting, medical documentation, clinical notes, patient charting, accurate charting | | electronic_health_records |
electronic_health_records | Electronic Health Records | 15 | ehr, ehrs, emr charting, electronic medical records, electronic medical record, electronic health record, ehr documentation, emr systems, ehr systems | | epic_ehr, cerner |
cerner | Cerner | 15 | cerner millennium, cerner powerchart, powerchart, oracle health, oracle cerner | electronic_health_records | epic_ehr, meditech |
meditech | MEDITECH | 15 | meditech expanse, meditech ehr | electronic_health_records | cerner |
blood_transfusion | Blood Transfusion | 8 | transfusions, blood transfusions, blood product administration, transfusion administration | iv_therapy | |
defibrillation | Defibrillation | 4 | defibrillator, aed use, automated external defibrillator, cardioversion | | acls |
cardiac_monitoring | Cardiac Monitoring | 20 | telemetry monitoring, ecg interpretation, ekg interpretation, 12-lead ecg, 12-lead ekg, cardiac rhythm interpretation, rhythm strip interpretation, ecg monitoring, ekg | vital_signs | defibrillation |
pain_management | Pain Management | 15 | pain assessment, pain control, analgesia management | patient_assessment | |
urinary_catheterization | Foley Catheter | 6 | foley catheters, foley catheter insertion, urinary catheterization, urinary catheterisation, catheterisation, catheter care | infection_control | |
nasogastric_tube | Nasogastric Tube | 6 | ng tubes, ng tube, nasogastric tubes, ng tube insertion, enteral feeding, tube feeding, peg feeding | | |
oxygen_therapy | Oxygen Therapy | 6 | oxygen administration, airway management, nebulizer treatments, nebuliser, tracheostomy care, suctioning | | ventilator_management |
ventilator_management | Ventilator Management | 25 | mechanical ventilation, ventilator care, vent management | oxygen_therapy | critical_care |
injections | Injections | 6 | intramuscular injections, subcutaneous injections, im injections, giving injections, vaccine administration, immunizations, immunisations | medication_administration | |
blood_glucose_monitoring | Blood Glucose Monitoring | 4 | glucose monitoring, blood sugar monitoring, fingerstick glucose, insulin administration, diabetes management | | diabetes_education |
diabetes_education | Diabetes Education | 15 | diabetes self-management education, diabetic education, diabetes teaching | patient_education | |
sepsis_management | Sepsis Management | 8 | sepsis protocols, sepsis screening, sepsis bundle, sepsis recognition | patient_assessment | critical_care |
rapid_response | Rapid Response | 10 | rapid response team, code blue response, code response, cardiac arrest response, resuscitation, deteriorating patient | acls | critical_care |
emergency_nursing | Emergency Nursing | 120 | emergency department nursing, er nursing, ed nursing, emergency care, emergency medicine, emergency nurse, emergency department nurse, emergency department staff nurse, emergency room nurse, er nurse, ed nurse, emergency department rn, er rn | nursing | triage, critical_care |
critical_care | Critical Care | 150 | intensive care, icu nursing, critical care nursing, intensive care nursing | nursing | emergency_nursing |
med_surg_nursing | Medical-Surgical Nursing | 100 | med-surg, med surg, medical surgical nursing, medical-surgical | nursing | post_operative_care |
post_operative_care | Post-Operative Care | 20 | post-op care, postoperative care, perioperative care, pre-operative care, surgical nursing | patient_assessment | med_surg_nursing |
pediatric_nursing | Pediatric Nursing | 100 | paediatric nursing, pediatric care, paediatric care, pediatrics, paediatrics | nursing | |
geriatric_care | Geriatric Care | 40 | elderly care, aged care, gerontology, care of older adults, dementia care, alzheimer's care | | palliative_care |
palliative_care | Palliative Care | 40 | end-of-life care, end of life care, hospice care | | geriatric_care |
mental_health_care | Mental Health Care | 60 | mental health nursing, psychiatric nursing, behavioral health, behavioural health, crisis intervention | | |
personal_care | Personal Care | 10 | activities of daily living, adl assistance, personal hygiene assistance, bathing and dressing, patient hygiene, feeding assistance | | geriatric_care |
manual_handling | Manual Handling | 4 | moving and handling, patient handling, safe lifting, patient transfers, hoist transfers | | patient_safety |
case_management_healthcare | Case Management | 40 | care coordination, care management, utilization review, utilisation review, case manager skills | | discharge_planning |
medical_terminology | Medical Terminology | 20 | medical vocabulary, clinical terminology | | medical_coding |
medical_coding | Medical Coding | 60 | icd-10, icd-10-cm, cpt coding, clinical coding, hcpcs, diagnosis coding | medical_terminology | medical_billing |
medical_billing | Medical Billing | 40 | healthcare billing, insurance billing, claims submission, revenue cycle management, insurance verification, prior authorization, prior authorisation | | medical_coding |
patient_scheduling | Patient Scheduling | 6 | appointment scheduling, scheduling appointments, patient registration, patient intake, front desk check-in | | medical_billing |
suturing | Suturing | 15 | wound closure, sutures, laceration repair | wound_care | |
splinting | Splinting | 6 | splints, casting and splinting, orthopedic splinting | | |
medication_dispensing | Medication Dispensing | 40 | dispensing, prescription dispensing, pharmacy dispensing, prescription filling, pharmacy operations | medical_terminology | medication_reconciliation |
home_health | Home Health Care | 30 | home care, home healthcare, domiciliary care, community nursing, district nursing | patient_care | |
clinical_procedures | Assisting with Clinical Procedures | 15 | assisting physicians, procedure assistance, sterile field, chaperoning procedures | infection_control | |
"""

FINANCE = """
month_end_close | Month-End Close | 20 | month-end close, month end close, month-end processes, month-end procedures, monthly close, period-end close, month-end closing, year-end close, financial close, close process | accounting | journal_entries, account_reconciliation |
journal_entries | Journal Entries | 8 | journal entry, ~journals, posting journals, accrual journals, adjusting entries, adjusting journal entries | accounting | month_end_close | accounting, ledger, month-end, accruals, reconciliations, posting, close, prepayments, finance, bookkeeping, payroll, sap, erp
account_reconciliation | Account Reconciliation | 10 | account reconciliations, ~reconciliations, reconciling accounts, general ledger reconciliation, gl reconciliation | accounting | balance_sheet_reconciliation, bank_reconciliation | accounts, accounting, ledger, bank, balance, month-end, journals, finance, invoices, payables, receivables, gl, suppliers, intercompany, close, accruals
balance_sheet_reconciliation | Balance Sheet Reconciliation | 8 | balance sheet reconciliations, balance sheet recs, balance sheet review | account_reconciliation | month_end_close |
bank_reconciliation | Bank Reconciliation | 4 | bank reconciliations, bank recs, reconciling bank accounts, reconciled bank accounts, cash reconciliation | | account_reconciliation |
accounts_payable | Accounts Payable | 15 | accounts payable processing, a/p, purchase ledger, payment runs, supplier payments, vendor payments, invoice processing, three-way matching, 3-way match | accounting | accounts_receivable |
accounts_receivable | Accounts Receivable | 15 | a/r, sales ledger, billing and collections, cash application, customer invoicing | accounting | credit_control |
credit_control | Credit Control | 8 | credit management, debt collection, debtor management, aged debt, collections management | accounts_receivable | |
accruals_prepayments | Accruals and Prepayments | 4 | accruals, prepayments, accruals and deferrals, deferred revenue | journal_entries | |
general_ledger | General Ledger | 15 | general ledger accounting, gl accounting, gl maintenance, nominal ledger, chart of accounts | accounting | journal_entries |
financial_reporting | Financial Reporting | 30 | financial reports, external reporting, group reporting, statutory reporting, reporting packs, reporting pack | accounting | financial_statements |
financial_statements | Financial Statements | 25 | financial statement preparation, preparing financial statements, profit and loss statements, balance sheet, cash flow statement, income statement | accounting | financial_reporting |
statutory_accounts | Statutory Accounts | 20 | statutory financial statements, year-end accounts, annual accounts, stat accounts, companies house filings | financial_statements | frs_102 |
management_accounts | Management Accounts | 15 | management accounting, monthly management accounts, management reporting packs, management accountant skills | accounting | variance_analysis |
variance_analysis | Variance Analysis | 8 | budget variance analysis, budget vs actual, budget versus actual, actual vs budget, bva analysis | budgeting | management_accounts |
cost_accounting | Cost Accounting | 30 | standard costing, cost accountancy, product costing, costing, activity-based costing, job costing, cost analysis | accounting | inventory_valuation |
inventory_valuation | Inventory Valuation | 8 | stock valuation, inventory costing, stock accounting, inventory accounting | cost_accounting | |
fixed_asset_accounting | Fixed Asset Accounting | 8 | fixed assets, fixed asset register, fixed asset management, depreciation, depreciation schedules, capex accounting, asset register | accounting | lease_accounting |
lease_accounting | Lease Accounting | 10 | ifrs 16, asc 842, leases accounting, lease accounting standards | fixed_asset_accounting | ifrs |
revenue_recognition | Revenue Recognition | 10 | asc 606, ifrs 15, rev rec, revenue accounting | accounting | us_gaap |
intercompany_accounting | Intercompany Accounting | 10 | intercompany, intercompany reconciliations, intercompany transactions, intercompany eliminations, intercompany billing | account_reconciliation | consolidation |
consolidation | Financial Consolidation | 20 | consolidations, group consolidation, consolidated financial statements, consolidated accounts | financial_reporting | intercompany_accounting |
us_gaap | US GAAP | 40 | gaap, u.s. gaap, us generally accepted accounting principles, generally accepted accounting principles | accounting | ifrs |
ifrs | IFRS | 40 | international financial reporting standards, ifrs reporting | accounting | us_gaap |
uk_gaap | UK GAAP | 30 | uk generally accepted accounting practice, new uk gaap | accounting | frs_102 |
frs_102 | FRS 102 | 15 | frs102, frs 105, frs 101 | uk_gaap | statutory_accounts |
aasb | AASB | 30 | australian accounting standards, aasb standards | accounting | ifrs |
sox_compliance | SOX Compliance | 15 | sox, sarbanes-oxley, sarbanes oxley, sox compliance, sox controls, sox controls testing, sox testing, sox 404, j-sox | internal_controls | auditing |
internal_controls | Internal Controls | 15 | internal control, financial controls, internal controls testing, controls testing, control testing, coso framework | accounting | sox_compliance |
tax_returns | Tax Returns | 20 | tax return preparation, tax preparation, income tax returns, corporate tax returns, tax filing, tax filings | taxation | |
gst | GST | 8 | goods and services tax, gst returns, gst reporting | taxation | bas |
bas | Business Activity Statement | 6 | business activity statements, bas lodgement, bas lodgements, bas preparation, ~BAS | gst | | gst, ato, lodgement, lodgements, tax, australia, payg, accounting
vat_returns | VAT Returns | 8 | vat return, vat reporting, vat accounting, ~VAT | taxation | making_tax_digital | tax, hmrc, returns, mtd, accounting, accounts, bookkeeping, invoices, quarterly, registered
making_tax_digital | Making Tax Digital | 4 | mtd for vat, ~MTD | vat_returns | | vat, hmrc, tax, returns, digital, xero, sage, quickbooks
payroll_tax | Payroll Tax | 10 | payroll taxes, paye, payroll tax filings, w-2 processing, 941 filings | payroll | tax_returns |
cash_flow_forecasting | Cash Flow Forecasting | 10 | cash flow forecasts, cash forecasting, 13-week cash flow, cash flow projections | forecasting | treasury |
expense_management | Expense Management | 4 | expense reports, expense claims, travel and expense, t&e, sap concur, concur | | accounts_payable |
xero | Xero | 15 | xero accounting, xero certified, xero advisor | accounting | quickbooks, sage_accounting |
blackline | BlackLine | 6 | blackline reconciliation | account_reconciliation | month_end_close |
oracle_epm | Oracle EPM | 20 | hyperion, oracle hyperion, hyperion financial management, hfm, oracle fccs, oracle epm cloud, planning and budgeting cloud | | consolidation, anaplan |
anaplan | Anaplan | 20 | anaplan modeling, adaptive insights, workday adaptive planning, pigment | fpa | oracle_epm |
auditing_standards | Audit Procedures | 20 | audit fieldwork, audit testing, substantive testing, audit sampling, audit planning, audit working papers, isa standards | auditing | internal_controls |
financial_planning | Financial Planning | 60 | personal financial planning, wealth management, retirement planning, investment planning, financial advice | | |
banking_operations | Banking Operations | 30 | retail banking, branch banking, loan processing, mortgage processing, account opening, cash management operations | | aml_kyc |
"""

EDUCATION = """
lesson_planning | Lesson Planning | 20 | lesson plans, lesson plan, planning lessons, unit planning, lesson design, lesson preparation | | curriculum_development |
classroom_management | Classroom Management | 30 | managing classrooms, classroom behavior management, classroom behaviour management, classroom routines | | behaviour_management |
behaviour_management | Behavior Management | 20 | behaviour management, behavior management, behaviour policy, behavior intervention, positive behaviour support, behavior plans, behaviour plans | | classroom_management, pbis |
pbis | PBIS | 10 | positive behavioral interventions and supports, positive behavioural interventions and supports, swpbis | behaviour_management | |
differentiated_instruction | Differentiated Instruction | 20 | differentiation strategies, lesson differentiation, differentiated learning, differentiated teaching, differentiating instruction, adaptive teaching, scaffolded instruction | lesson_planning | special_education |
special_education | Special Education | 60 | special educational needs, ~SEND, special education needs, ~SEN, special needs education, send support, exceptional student education | | iep, inclusive_education | special, needs, educational, pupils, students, support, inclusion, sendco, senco, ehcp, teaching, school, classroom, learners, iep, eal, disabilities
iep | Individualized Education Program | 15 | iep, ieps, individualized education programs, individualised education plans, individual education plans, iep development, iep meetings, ehcp, education health and care plans | special_education | section_504 |
section_504 | Section 504 Plan | 6 | 504 plans, 504 plan, section 504, 504 accommodations, ~504 | special_education | iep | iep, ieps, special education, accommodations, disabilities, plans, plan, students, sped, inclusion, special needs
inclusive_education | Inclusive Education | 20 | inclusion classroom, inclusion classrooms, inclusion teacher, full inclusion, inclusion support, inclusion strategies, inclusive classrooms, inclusive teaching, inclusive practice, inclusive education practice | | special_education, co_teaching |
co_teaching | Co-Teaching | 10 | co-teach, co teaching, team teaching, collaborative teaching | | inclusive_education |
eal | English as an Additional Language | 20 | eal, esl, esol, ell, english language learners, english learners, english as a second language, ell instruction, esl instruction, ells | | tefl |
tefl | TEFL | 120 | tefl certificate, tesol, celta, teaching english as a foreign language, tesl | | eal |
formative_assessment | Formative Assessment | 10 | formative assessments, assessment for learning, checks for understanding, exit tickets | | summative_assessment, data_driven_instruction |
summative_assessment | Summative Assessment | 8 | summative assessments, benchmark assessments, end-of-unit assessments, standardized testing, standardised testing, exam preparation | | formative_assessment |
marking_feedback | Marking and Feedback | 6 | marking books, exam marking, marking and assessment, grading assignments, grading papers, student feedback, written feedback, assessment and feedback | | formative_assessment |
data_driven_instruction | Data-Driven Instruction | 15 | data-informed instruction, data-driven teaching, using assessment data, progress monitoring, tracking pupil progress, student progress tracking | formative_assessment | response_to_intervention |
response_to_intervention | Response to Intervention | 15 | rti, mtss, multi-tiered system of supports, multi-tiered systems of support, intervention groups, academic interventions | data_driven_instruction | special_education |
curriculum_development | Curriculum Development | 40 | curriculum design, curriculum planning, curriculum writing, schemes of work, scheme of work, course design, syllabus design | lesson_planning | instructional_design |
instructional_design | Instructional Design | 40 | learning design, addy model, addie, e-learning design, elearning development, articulate storyline, articulate 360, instructional designer skills | | curriculum_development |
guided_reading | Guided Reading | 10 | guided reading groups, leveled reading, levelled reading, reading groups | literacy_instruction | phonics |
phonics | Phonics | 15 | synthetic phonics, systematic phonics, phonics instruction, read write inc, letters and sounds, orton-gillingham | literacy_instruction | guided_reading |
literacy_instruction | Literacy Instruction | 30 | literacy intervention, early literacy, literacy and numeracy, teaching literacy, literacy coaching, reading instruction, teaching reading, writing instruction, english language arts, ela instruction | | phonics |
small_group_instruction | Small-Group Instruction | 8 | small-group instruction, small group instruction, small-group teaching, small group tutoring | differentiated_instruction | |
project_based_learning | Project-Based Learning | 10 | project based learning, pbl, inquiry-based learning, inquiry based learning | lesson_planning | |
parent_communication | Parent Communication | 6 | parent-teacher conferences, parent teacher conferences, communicating with parents, parents and carers, family engagement, parent engagement | communication | |
student_engagement | Student Engagement | 10 | engaging students, student motivation, active learning | classroom_management | |
safeguarding | Safeguarding | 8 | safeguarding children, child protection, safeguarding training, keeping children safe in education, kcsie, designated safeguarding lead, prevent duty, safeguarding adults | | |
early_childhood_education | Early Childhood Education | 60 | early years, eyfs, early years foundation stage, preschool education, pre-k, early childhood development, childcare | | |
common_core | Common Core | 10 | common core state standards, ccss, common core standards | | lesson_planning |
ngss | Next Generation Science Standards | 10 | ngss, next gen science standards | | common_core |
national_curriculum | National Curriculum | 10 | uk national curriculum, gcse specification, gcse specifications, a-level specification, eyfs framework | | curriculum_development |
dibels | DIBELS | 4 | dibels 8, acadience reading | formative_assessment | iready |
iready | i-Ready | 4 | iready, i ready, map growth, nwea map | formative_assessment | dibels |
google_classroom | Google Classroom | 4 | google for education, google classroom lms | | seesaw, canvas_lms |
nearpod | Nearpod | 3 | nearpod lessons, peardeck, pear deck | | kahoot |
kahoot | Kahoot! | 2 | kahoot, kahoot!, quizizz, blooket | | nearpod, quizlet |
quizlet | Quizlet | 2 | quizlet live | | kahoot |
classdojo | ClassDojo | 2 | class dojo | | seesaw |
canvas_lms | Canvas LMS | 8 | instructure canvas, canvas learning management system, canvas course design | | google_classroom, blackboard_lms |
powerschool | PowerSchool | 4 | power school, infinite campus, skyward sis, student information systems, student information system | | school_mis |
online_teaching | Online Teaching | 15 | virtual instruction, remote teaching, distance learning, virtual teaching, online instruction, hybrid learning, blended learning | | instructional_design |
tutoring | Tutoring | 10 | tutor, one-to-one tuition, private tutoring, academic tutoring, peer tutoring | | teaching |
biology | Biology | 200 | biological sciences, gcse biology, a-level biology, life sciences teaching | | chemistry |
chemistry | Chemistry | 200 | gcse chemistry, a-level chemistry, organic chemistry, analytical chemistry | | biology, physics |
physics | Physics | 200 | gcse physics, a-level physics, applied physics | mathematics | chemistry |
laboratory_safety | Laboratory Safety | 6 | lab safety, practical work safety, science practicals, laboratory practicals | | safety_risk_assessment |
academic_advising | Academic Advising | 20 | student advising, college counseling, career counseling, career guidance, student support services | | |
"""
OCCUPATION_TOOLS = """
epic_ehr | ~Epic | 15 | epic ehr, epic emr, epic systems, epic hyperspace, epiccare, epic charting, epic certification | electronic_health_records | cerner | ehr, emr, charting, clinical, nurse, nursing, hospital, patient, patients, documentation, cerner, hyperspace, meditech, health, medical
sage_accounting | ~Sage | 15 | sage 50, sage 200, sage 300, sage intacct, sage accounting, sage line 50, sage x3, sage 50cloud | accounting | quickbooks, xero | accounting, bookkeeping, ledger, xero, quickbooks, payroll, accounts, finance, erp, invoices, vat, netsuite
seesaw | ~Seesaw | 3 | seesaw app, seesaw learning, seesaw portfolios | | google_classroom, classdojo | classroom, students, google classroom, nearpod, kahoot, teacher, teaching, learning, portfolio, portfolios, classdojo, families, parents
blackboard_lms | ~Blackboard | 8 | blackboard learn, blackboard lms, blackboard ultra, d2l brightspace, brightspace, schoology | | canvas_lms | lms, moodle, canvas, course, courses, online learning, e-learning, elearning, students, faculty, learning management, teaching
school_mis | School MIS | 6 | ~Arbor, ~SIMS, sims.net, arbor mis, capita sims, bromcom, scholarpack | | powerschool | mis, sims, arbor, bromcom, pupil, pupils, registers, attendance, behaviour, safeguarding, cpoms, gcse, ofsted
"""

BLOCKS = [("healthcare", HEALTHCARE), ("finance", FINANCE), ("education", EDUCATION),
          ("tool", OCCUPATION_TOOLS)]
