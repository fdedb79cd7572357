"""Non-software occupations, part 3: critical care and allied health, pharmacy, social work, legal support, office
and customer service, building services and electrical trades, automotive service, trucking, retail, kitchens,
accounting standards and special education (issue 19: extraction for every trade).

Names and common alternative labels were checked against O*NET 29.2 (Technology Skills, Alternate Titles) and
ESCO v1 skill labels; the rows themselves are hand-written. A "~" marks a form that is also an everyday word (or a
first name); its context words say when it is the skill.
"""

HEALTHCARE = """
hemodynamic_monitoring | Hemodynamic Monitoring | 20 | haemodynamic monitoring, invasive hemodynamic monitoring, invasive monitoring, arterial lines, arterial line, arterial line monitoring, art lines, central venous pressure, central venous pressure monitoring, cvp monitoring | critical_care |
pulmonary_artery_catheter | Pulmonary Artery Catheter | 10 | swan-ganz, swan-ganz catheter, swan-ganz catheters, swan ganz, pa catheter, pa catheters, pulmonary artery catheters | hemodynamic_monitoring |
prone_positioning | Prone Positioning | 4 | proning, ards proning, prone ventilation | ventilator_management |
vasoactive_titration | Vasoactive Drip Titration | 10 | vasoactive drips, vasoactive infusions, vasoactive medications, titration of vasoactive drips, titrated drips, drip titration, vasopressor titration, vasopressors, pressors, ~titration | critical_care | | drips, drip, vasoactive, vasopressors, infusions, infusion, icu, norepinephrine, vasopressin, dobutamine, sedation, nurse, nursing, critical care
crrt | Continuous Renal Replacement Therapy | 20 | crrt, crrt management, prismaflex, continuous renal replacement | critical_care | hemodynamic_monitoring |
iabp | Intra-Aortic Balloon Pump | 10 | iabp, intra aortic balloon pump, intra-aortic balloon pumps, balloon pump management | critical_care | impella |
impella | Impella | 8 | impella management, impella device, mechanical circulatory support, ecmo, extracorporeal membrane oxygenation, lvad management | critical_care | iabp |
sedation_management | Sedation Management | 8 | sedation, conscious sedation, moderate sedation, procedural sedation, sedation and analgesia, sedation monitoring | | pain_management |
delirium_screening | Delirium Screening | 4 | cam-icu, delirium assessment, delirium prevention, delirium screening tools | critical_care |
cardiac_surgery_recovery | Post-Cardiac Surgery Care | 20 | post-cardiac surgery recovery, post-cardiac surgery, post cardiac surgery, open-heart recovery, open heart surgery recovery, cardiac surgery recovery, open-heart patients, cardiothoracic recovery, cvicu | critical_care |
charge_nurse | Charge Nurse | 40 | charge nursing, charge rn, shift charge nurse, relief charge nurse, nurse in charge | | patient_flow |
patient_flow | Patient Flow | 10 | bed management, bed flow, patient flow management, bed placement, patient assignments, assign patients, acuity-based assignments, acuity-based staffing | | charge_nurse |
precepting | Precepting | 10 | preceptor, preceptorship, precepting new graduates, precept, precepted, clinical preceptor, preceptor for new graduates | |
central_line_care | Central Line Care | 8 | central lines, central line, central line management, central line dressing changes, picc lines, picc line, picc line care, cvc care, clabsi prevention | infection_control |
intubation | Intubation | 6 | endotracheal intubation, assisting with intubation, intubation assistance, rapid sequence intubation, extubation | |
manual_therapy | Manual Therapy | 40 | manual therapy techniques, joint mobilisation, joint mobilization, joint mobilisations, spinal manipulation, manipulative therapy | physiotherapy | soft_tissue_therapy |
exercise_prescription | Exercise Prescription | 20 | exercise programming, therapeutic exercise, therapeutic exercises, exercise-based rehab, exercise-based rehabilitation, exercise rehabilitation, home exercise programs, home exercise programmes, home exercise program | physiotherapy |
soft_tissue_therapy | Soft Tissue Therapy | 10 | soft tissue techniques, soft tissue massage, soft tissue mobilisation, soft tissue mobilization, myofascial release, sports massage | physiotherapy | manual_therapy |
dry_needling | Dry Needling | 20 | dry needling certification, intramuscular stimulation, western acupuncture | physiotherapy |
hydrotherapy | Hydrotherapy | 10 | aquatic therapy, aquatic physiotherapy, pool therapy, hydrotherapy classes | physiotherapy |
physiotherapy | Physiotherapy | 500 | physical therapy, physio, msk physiotherapy, musculoskeletal physiotherapy, outpatient physiotherapy, sports physiotherapy, neurological physiotherapy | | rehabilitation |
rehabilitation | Rehabilitation | 40 | post-operative rehabilitation, post-op rehabilitation, physical rehabilitation, musculoskeletal rehabilitation, injury rehabilitation, orthopaedic rehabilitation, orthopedic rehabilitation, cardiac rehabilitation, stroke rehabilitation, ~rehab | | physiotherapy | exercise, physiotherapy, physio, physical therapy, injury, injuries, post-operative, surgery, patients, manual therapy, sports, acl, orthopaedic, orthopedic, based
outcome_measures | Outcome Measures | 6 | outcome measurement, patient-reported outcome measures, clinical outcome measures, functional outcome measures | |
clinical_diagnosis | Clinical Diagnosis | 40 | differential diagnosis, clinical reasoning, diagnostic reasoning, clinical diagnoses | |
evidence_based_practice | Evidence-Based Practice | 10 | evidence-based, evidence based practice, evidence-based treatment, evidence-based care, evidence-based medicine, evidence-based interventions, ebp | |
clinical_supervision | Clinical Supervision | 10 | student supervision, supervising students, supervise students, clinical educator, practice educator, clinical placement supervision | | precepting |
pilates | Pilates | 20 | clinical pilates, pilates instruction, pilates instructor, reformer pilates, mat pilates | | exercise_prescription |
point_of_care_testing | Point-of-Care Testing | 6 | poct, point of care testing, clia-waived tests, clia-waived testing, clia waived tests, rapid strep tests, rapid tests, glucose testing | |
minor_procedures | Minor Procedure Assistance | 8 | minor procedures, assisting with minor procedures, minor surgery assistance, assisting with procedures, in-office procedures | |
instrument_sterilization | Instrument Sterilization | 6 | sterilization of instruments, instrument sterilisation, sterilisation of instruments, autoclave, autoclaving, sterile processing, instrument decontamination | infection_control |
spirometry | Spirometry | 4 | pulmonary function testing, pulmonary function tests, pfts, peak flow testing | |
urinalysis | Urinalysis | 2 | urine testing, urine dipstick, urine dipstick testing, urine drug screens, urine samples | |
referral_management | Referral Management | 4 | referral coordination, patient referrals, processing referrals, handle referrals, referrals to specialists | |
medical_assisting | Medical Assisting | 200 | medical assistant skills, clinical medical assisting, medical assisting diploma, administrative medical assisting | |
prescription_processing | Prescription Processing | 10 | filling prescriptions, fill prescriptions, prescription entry, prescription data entry, processing prescriptions, label medications, labeling prescriptions, prescription labeling, prescription labelling, ~prescriptions | | | pharmacy, pharmacist, pharmacists, dispensing, dispense, fill, filling, technician, rx, medications, insurance, pharmacy management, refill, refills, counter
pharmaceutical_compounding | Pharmaceutical Compounding | 20 | sterile compounding, non-sterile compounding, nonsterile compounding, usp 797, usp 795, usp 800, compounded medications, iv admixture, ~compounding | | | pharmacy, pharmacist, pharmacists, medications, sterile, usp, prescriptions, dispensing, technician, iv, hood, admixture, cleanroom
insurance_claims_processing | Insurance Claims Processing | 8 | insurance claims, third-party billing, third-party rejections, claim rejections, rejected claims, claims follow-up | | medical_billing |
controlled_substances | Controlled Substance Handling | 6 | controlled substances, controlled substance records, controlled substance counts, controlled drugs, controlled drugs register, cd register, narcotics count, narcotic counts, dea compliance, dea regulations, dea, schedule ii medications | |
retail_pharmacy | Retail Pharmacy | 40 | community pharmacy, retail pharmacy experience, outpatient pharmacy, community pharmacy experience | | prescription_processing |
"""

SOCIAL_WORK = """
social_work | Social Work | 500 | msw, master of social work, masters in social work, bsw, bachelor of social work, social work practice, social casework, casework | | case_management_healthcare |
child_welfare | Child Welfare | 40 | child protective services, child protection casework, cps casework, child welfare services, foster care casework, permanency planning | social_work |
community_mental_health | Community Mental Health | 40 | community mental health services, serious mental illness, severe and persistent mental illness, mental health case management | social_work |
strengths_based_practice | Strengths-Based Practice | 6 | strengths-based, strengths-based approach, strengths based approach, strengths-based practice, strength-based practice, strengths-based case management | |
trauma_informed_care | Trauma-Informed Care | 8 | trauma-informed, trauma informed, trauma-informed practice, trauma-informed approach, trauma-informed care, trauma-informed teaching | |
home_visits | Home Visits | 4 | home visiting, home visit, conducting home visits, home assessments | |
safety_planning | Safety Planning | 4 | safety plans, safety plan, crisis safety planning, suicide safety planning | | suicide_prevention |
court_testimony | Court Testimony | 8 | testify in court, testified in court, testifying in court, court reports, court report writing, court report, expert testimony, family court testimony | |
needs_assessment | Needs Assessment | 6 | needs assessments, holistic assessments, holistic needs assessment, psychosocial assessment, psychosocial assessments, biopsychosocial assessment | |
service_planning | Service Planning | 6 | service plans, individual service plans, individual service plan, isps, support plans, support planning, person-centred planning, person-centered planning | |
benefits_advice | Benefits Advice | 6 | benefits applications, benefits advice, welfare benefits advice, benefits counseling, benefits counselling, benefit applications, medicaid applications, snap applications, ssi applications | |
psychoeducation | Psychoeducation | 6 | psychoeducational groups, psycho-education, psychoeducation groups, psychoeducation group | |
motivational_interviewing | Motivational Interviewing | 10 | motivational interviewing techniques, mi techniques, motivational interviewing (mi) | |
suicide_prevention | Suicide Prevention | 6 | qpr, qpr suicide prevention, asist, asist training, suicide risk assessment, safetalk, suicide intervention | | safety_planning |
case_documentation | Case Documentation | 4 | case notes, case documentation, case recording, progress notes, case records | |
"""

LEGAL = """
ediscovery | E-Discovery | 20 | ediscovery, e-discovery, electronic discovery, ediscovery review, ediscovery platforms, litigation support technology | | document_review |
document_review | Document Review | 8 | doc review, first-level review, second-level review, privilege review, privilege logs, privilege log, responsiveness review, document review projects | | ediscovery |
legal_drafting | Legal Drafting | 30 | drafting pleadings, pleadings, drafting motions, drafting legal documents, legal document drafting, drafting contracts, drafting affidavits, affidavits | |
discovery_management | Discovery | 10 | discovery responses, discovery requests, written discovery, interrogatories, requests for production, discovery management, discovery process | litigation | ediscovery |
depositions | Deposition Preparation | 8 | depositions, deposition outlines, deposition transcripts, deposition summaries, summarizing depositions, summarising depositions, deposition scheduling | litigation |
trial_preparation | Trial Preparation | 10 | trial prep, trial binders, exhibit binders, exhibit preparation, trial exhibits, trial support | litigation |
docketing | Docketing | 6 | court docketing, docket management, calendaring and docketing, litigation calendar, court calendaring, calendaring, legal calendaring, deadline docketing | litigation |
efiling | E-Filing | 4 | e-filing, efiling, electronic filing, electronic court filing, cm/ecf, cm-ecf, e-file, e-filed | docketing |
legal_writing | Legal Writing | 30 | legal writing skills, brief writing, legal memoranda, legal memos, drafting briefs | |
subpoenas | Subpoena Preparation | 4 | subpoenas, subpoena, subpoena duces tecum, drafting subpoenas, records subpoenas | litigation |
cite_checking | Cite-Checking | 4 | cite checking, cite-checked, citechecking, shepardizing, keyciting, citation checking | legal_writing |
bluebook | ~Bluebook | 4 | bluebook citation, bluebook citations, bluebook format, legal citation | legal_writing | | citation, citations, cite, cite-checked, cite-checking, briefs, brief, legal, westlaw, law review, format, paralegal
client_intake | Client Intake | 4 | intake interviews, client intake interviews, new client intake, legal intake, new matter intake | |
conflict_checks | Conflict Checks | 2 | conflicts checks, conflict of interest checks, conflict searches, conflicts searches | client_intake |
litigation | Litigation | 60 | litigation support, civil litigation, commercial litigation, employment litigation, litigation management, litigation experience, complex litigation | |
"""

OFFICE_SERVICE = """
meeting_coordination | Meeting Coordination | 4 | preparing agendas, meeting agendas, agendas, board packs, meeting preparation, meeting organisation, meeting organization, organising meetings, organizing meetings | |
business_correspondence | Business Correspondence | 4 | drafting correspondence, correspondence, letter writing, business letters, business correspondence | written_communication |
switchboard | Switchboard Operation | 2 | switchboard, switchboard operation, switchboard operator, multi-line phones, multi-line phone system, multi-line telephone, multiline phones | |
office_supplies | Office Supplies Management | 2 | office supplies, ordering office supplies, stationery ordering, office supplies ordering, stationery management | |
business_administration | Business Administration | 200 | business admin, diploma in business administration, business administration diploma, level 3 business administration | |
live_chat | Live Chat Support | 3 | live chat, live chats, chat support, webchat, web chat support, live chat support | |
email_support | Email Support | 3 | email support, customer emails, email enquiries, email inquiries | |
billing_support | Billing Support | 4 | billing inquiries, billing enquiries, billing queries, billing questions, billing disputes, billing issues, ~billing | | | customers, customer, account, accounts, refunds, inquiries, enquiries, payment, payments, invoices, questions, support, calls
refund_processing | Refund Processing | 2 | process refunds, processing refunds, refunds and exchanges, returns and refunds, ~refunds | | | customer, customers, billing, exchanges, returns, accounts, process, processing, orders, payments
escalation_management | Escalation Management | 4 | escalations, handling escalations, escalation handling, customer escalations, escalation management | |
first_call_resolution | First Call Resolution | 2 | fcr, first contact resolution, first-call resolution, first-contact resolution | |
average_handle_time | Average Handle Time | 2 | aht, average handling time | |
ticketing_systems | Ticketing Systems | 3 | ticketing system, helpdesk software, helpdesk ticketing, help desk ticketing, ticket management | |
"""

TRADES = """
rooftop_units | Rooftop Units | 10 | rtus, rtu, rooftop unit, packaged rooftop units, rooftop hvac units, packaged units | hvac |
heat_pumps | Heat Pumps | 10 | heat pump, air source heat pumps, ground source heat pumps, heat pump installation, heat pump systems | hvac |
boilers | Boilers | 10 | boiler, boiler maintenance, boiler repair, boiler servicing, boiler installation, gas boilers, combi boilers, steam boilers | hvac |
chillers | Chillers | 10 | chiller, chiller maintenance, chiller plants, centrifugal chillers, chiller systems | hvac |
refrigerant_recovery | Refrigerant Handling | 6 | refrigerant handling, refrigerant recovery, refrigerant charging, recover refrigerant, refrigerant charge, refrigerant charge checks, refrigerant leak detection | hvac |
combustion_analysis | Combustion Analysis | 4 | combustion testing, flue gas analysis, combustion analyzer, combustion analyser | hvac |
building_automation | Building Automation Systems | 20 | building automation systems, building automation system, building automation, building management systems, building management system, ddc controls, direct digital controls, tridium niagara, niagara n4 | hvac |
load_calculations | Load Calculations | 8 | heat load calculations, manual j, manual j load calculations, cooling load calculations, heating load calculations, electrical load calculations, load calcs | hvac |
mechanical_drawings | Mechanical Drawings | 8 | reading mechanical drawings, mechanical blueprints, mechanical plans, hvac drawings, piping diagrams, p&ids | blueprint_reading |
vrf_systems | VRF Systems | 10 | vrf, variable refrigerant flow, vrv, vrf systems, ductless mini-splits, mini-split systems, mini-splits | hvac |
hvac_controls | HVAC Controls | 10 | electrical controls, hvac controls, controls troubleshooting, control wiring, thermostat wiring, thermostats | hvac |
electrical_schematics | Electrical Schematics | 10 | schematics, electrical drawings, reading schematics, electrical prints, schematic diagrams, electrical schematics reading | blueprint_reading |
motor_controls | Motor Controls | 20 | motor control, motor control circuits, motor starters, motor control centers, motor control centres, mccs | |
variable_frequency_drives | Variable Frequency Drives | 10 | vfds, vfd, variable speed drives, vsds, ac drives, variable frequency drive | motor_controls |
fire_alarm_systems | Fire Alarm Systems | 10 | fire alarm, fire alarms, fire alarm installation, fire alarm devices, fire detection systems, fire alarm panels, fire alarm testing | |
programmable_logic_controller | Programmable Logic Controllers | 20 | PLC technology, technology of PLCs, programmable logic controller, plc panels, plc wiring, plc troubleshooting, ~PLC | | plc_programming | plc, plcs, automation, controls, panels, panel, wire, wiring, ladder, hmi, scada, vfd, vfds, allen-bradley, siemens, motor, industrial, electrician, technician, troubleshoot, troubleshooting
power_distribution | Power Distribution | 20 | electrical power distribution, power distribution systems, electrical distribution, distribution boards | electrical_wiring |
panel_upgrades | Panel Upgrades | 6 | panel upgrade, electrical panel upgrades, panel changes, consumer unit upgrades, consumer unit replacement, panel replacements | electrical_wiring |
three_phase_power | Three-Phase Power | 8 | three-phase, three phase, 3-phase, 3 phase power, three-phase systems, three-phase power, polyphase | electrical_wiring |
switchgear | Switchgear | 10 | switchgear installation, switchgear maintenance, medium voltage switchgear, low voltage switchgear | power_distribution |
lighting_controls | Lighting Controls | 6 | lighting control systems, lighting controls installation, low-voltage lighting controls, dali lighting controls | electrical_wiring |
gfci_afci | GFCI/AFCI Protection | 2 | gfci, afci, gfci outlets, gfci installs, afci installs, ground fault protection, rcd testing | electrical_wiring |
generator_installation | Generator Installation | 6 | generator hookups, standby generators, generator installs, generator installation, generator interlocks | electrical_wiring |
obd_ii | OBD-II Diagnostics | 4 | obd-ii, obd2, obd ii, obdii, on-board diagnostics, obd-ii scan tools, obd scanners | automotive_repair | scan_tools |
scan_tools | Scan Tools | 4 | scan tool, diagnostic scan tools, scan tools, ford ids, ford fdrs, autel, launch x431, techstream, gm tech2 | automotive_repair | obd_ii |
oscilloscope | Oscilloscope | 8 | oscilloscopes, lab scope, labscope, automotive oscilloscope, picoscope, scope diagnostics | |
transmission_repair | Transmission Repair | 20 | transmission service, transmission repair, transmission rebuilds, transmission flush, transmission diagnostics, gearbox repair | automotive_repair |
clutch_replacement | Clutch Replacement | 6 | clutch repair, clutch jobs, clutch replacements | automotive_repair |
abs_diagnostics | ABS Diagnostics | 4 | anti-lock brakes, anti-lock braking systems, abs repair, abs brake diagnostics | automotive_repair |
suspension_steering | Suspension and Steering | 10 | suspension and steering, steering and suspension, suspension repair, steering repair, shocks and struts, ~suspension, ~steering | automotive_repair | wheel_alignment | brakes, brake, alignment, wheel, wheels, tires, tyres, automotive, vehicle, vehicles, shocks, struts, engine, repair, mechanic, technician
wheel_alignment | Wheel Alignment | 4 | wheel alignments, four-wheel alignment, 4-wheel alignment, hunter alignment, tire alignment | automotive_repair | suspension_steering |
automotive_ac | Automotive A/C Service | 4 | a/c service, a/c repair, ac recharge, a/c recharge, auto air conditioning, automotive air conditioning, mvac service, vehicle air conditioning | automotive_repair |
cooling_system_repair | Cooling System Repair | 4 | cooling systems, cooling system, radiator repair, coolant flush, cooling system service, engine cooling systems | automotive_repair |
warranty_repairs | Warranty Repairs | 4 | warranty work, warranty repair, warranty claims, warranty repairs and recalls, recall repairs | automotive_repair |
repair_orders | Repair Orders | 2 | repair order, writing repair orders, repair order writing, ro writing | |
oil_changes | Oil Changes | 2 | oil change, oil and filter changes, lube service, oil services, lube technician | |
tire_service | Tire Mounting and Balancing | 2 | tire mounting, tire balancing, tyre fitting, tire rotation, tire rotations, tire service, mount and balance, tire repair | |
tune_ups | Tune-Ups | 2 | tune-ups, tune ups, tuneups, tune-up | automotive_repair |
battery_testing | Battery and Charging System Testing | 2 | battery testing, charging system testing, battery and charging system testing, starting and charging systems, charging systems | automotive_repair |
vehicle_inspections | Vehicle Inspections | 4 | vehicle inspection, state vehicle inspections, mot testing, mot tester, multi-point inspections, multi-point inspection, safety inspections of vehicles | automotive_repair |
repair_estimates | Repair Estimates | 2 | repair estimates, writing estimates, customer estimates, estimates for customers, ~estimates | | | repair, repairs, customers, customer, vehicle, vehicles, inspections, job, jobs, quotes, work, service, orders
evap_testing | EVAP Smoke Testing | 2 | smoke machine, evap smoke test, evap testing, evap diagnostics, vacuum leak testing | automotive_repair |
shop_safety | Shop Safety | 2 | workshop safety, garage safety, shop safety procedures | |
"""

TRANSPORT_RETAIL_FOOD = """
tractor_trailer | Tractor-Trailer Operation | 80 | tractor-trailer, tractor trailer, tractor-trailer driving, semi-truck driving, operating a tractor-trailer, articulated lorry driving, hgv driving, class a driving, otr driving, over-the-road driving | cdl |
pre_trip_inspections | Pre-Trip Inspections | 2 | pre-trip inspection, pre-trip inspections, pre-trip and post-trip inspections, post-trip inspections, post-trip inspection, pre-trip, post-trip, dvir, driver vehicle inspection reports, walkaround checks, vehicle walkaround checks, daily vehicle checks | cdl |
electronic_logging | Electronic Logging Devices | 2 | eld, elds, electronic logging device, electronic logs, e-logs, elogs, keeptruckin, motive eld, omnitracs, peoplenet, geotab | dot_compliance |
fmcsa_regulations | FMCSA Regulations | 6 | fmcsa, federal motor carrier safety regulations, fmcsr, csa scores | dot_compliance |
load_securement | Load Securement | 2 | secure loads, securing loads, cargo securement, load securing, load restraint, tie-downs | |
bills_of_lading | Bills of Lading | 2 | bill of lading, bols, delivery paperwork, proof of delivery | |
drop_and_hook | Drop and Hook | 2 | drop-and-hook, drop & hook, live unload, live unloads | |
dry_van | Dry Van | 4 | dry van freight, dry van trailers, reefer, reefer freight, refrigerated freight, flatbed, flatbed hauling, tanker hauling | tractor_trailer |
sales_performance | Sales Performance Management | 10 | sales performance, driving sales performance, sales target achievement, sales targets, store sales performance | |
labour_cost_control | Labour Cost Control | 4 | wage budget, wage budgets, labour budget, labor budget, labour cost control, labor cost control, payroll budget, wage control | |
food_costing | Food Costing | 6 | recipe costing, menu costing, dish costing, food cost, food costs, food cost control, gross profit on food | |
kitchen_management | Kitchen Management | 40 | running the kitchen, kitchen supervision, back of house management, boh management, kitchen leadership, running a kitchen | |
butchery | Butchery | 20 | whole-animal butchery, meat butchery, butchering, meat cutting, meat preparation | |
pastry | Pastry | 40 | patisserie, pâtisserie, pastry work, pastry and desserts, pastry section, desserts and pastry | |
sauce_making | Sauce Making | 10 | sauces, sauce work, saucier, mother sauces, sauce section | |
sous_vide | Sous Vide | 4 | sous-vide, sous vide cooking | |
stock_control | Stock Control | 6 | stock rotation, fifo stock rotation, stock levels control, stock ordering | | inventory_management |
banqueting | Banqueting | 10 | banquets, banqueting and events, functions catering, banquet cooking | |
batch_cooking | Batch Cooking | 4 | bulk cooking, large-batch cooking, batch cooking | |
grill_cooking | Grill Cooking | 6 | grill section, grill station, grilling, chargrill, char-grill, ~grill | | | chef, chefs, kitchen, section, sections, sauce, sauces, station, cooking, cook, line cook, fryer, menu, butchery, fish, pastry, partie
baking | Baking | 20 | bread baking, bread making, baking bread, artisan baking, baking and pastry | | pastry |
fish_preparation | Fish Preparation | 6 | fish prep, fish butchery, filleting fish, fish filleting, fishmongery, shellfish preparation | |
professional_cookery | Professional Cookery | 200 | nvq professional cookery, culinary arts, culinary diploma, professional cookery diploma, culinary degree, culinary school | |
mise_en_place | Mise en Place | 4 | mise-en-place | |
"""

CERTIFICATIONS = """
nihss | NIH Stroke Scale | 4 | nihss, nih stroke scale, nihss certified, nihss certification, stroke scale | |
ahpra_registration | Professional Registration (AHPRA/HCPC) | 10 | ahpra, ahpra registration, ahpra registered, hcpc registration, hcpc registered, hcpc, physiotherapy board registration, physical therapy license, pt license | |
working_with_children_check | Working with Children Check | 2 | working with children check, wwcc, working with vulnerable people check | |
licensed_social_worker | Licensed Social Worker | 500 | lmsw, lcsw, licensed master social worker, licensed clinical social worker, licensed social worker, lsw, registered social worker, social work england registration | social_work |
certified_paralegal | Certified Paralegal | 120 | nala certified paralegal, nala cp, certified legal assistant, paralegal certificate, paralegal studies, paralegal certification, certificate in paralegal studies, advanced certified paralegal | |
nfpa_70e | NFPA 70E | 8 | nfpa 70e, arc flash safety, arc flash training, arc flash, electrical safety training, 70e, electrical safety in the workplace | |
epa_609 | EPA Section 609 | 8 | epa 609, section 609, mvac certification, epa section 609 (mvac), epa 609 certification | automotive_ac |
dot_medical_card | DOT Medical Card | 2 | dot medical card, dot physical, dot medical certificate, medical examiner's certificate, dot med card | cdl |
clad | ~CLAD | 20 | clad authorization, clad certificate, crosscultural language and academic development, el authorization | teaching_license | | teaching, teacher, teachers, credential, credentials, authorization, english learners, ell, els, education, certificate, cset, bclad
"""

TOOLS = """
cliniko | Cliniko | 3 | nookal, power diary, jane app, practice management software for clinics | |
athenahealth | athenahealth | 6 | athenaone, athena ehr, athenaclinicals, athenacollector | electronic_health_records | eclinicalworks |
eclinicalworks | eClinicalWorks | 6 | ecw ehr, eclinical works, nextgen healthcare, nextgen ehr, practice fusion, kareo, greenway intergy | electronic_health_records | athenahealth |
pioneerrx | PioneerRx | 3 | pioneer rx, qs/1, rx30, mckesson enterpriserx, enterpriserx, liberty pharmacy software, pharmacy management system, pharmacy management systems | prescription_processing |
thomson_reuters_westlaw | Westlaw | 6 | thomson reuters westlaw, westlaw edge, westlaw uk, westlaw next | |
relativity | ~Relativity | 8 | relativityone, relativity one, kcura relativity, relativity review, everlaw, concordance review | ediscovery | | e-discovery, ediscovery, discovery, review, documents, document, litigation, paralegal, privilege, legal, everlaw, reviewer, matters, platform
clio | ~Clio | 3 | clio manage, clio grow, mycase, practicepanther, legal practice management software | | | legal, law, matter, matters, practice management, paralegal, billing, lawyers, attorneys, firm, case management, files, westlaw, docketing, intake
pacer | ~PACER | 2 | pacer filing, public access to court electronic records | efiling | | court, courts, filing, e-filing, e-file, federal, docket, docketing, cm/ecf, cm-ecf, paralegal, legal, litigation, westlaw
mail_merge | Mail Merge | 2 | mail merges, mail-merge | |
johnson_controls_metasys | Johnson Controls Metasys | 8 | metasys, jci metasys, johnson controls, metasys bas | building_automation |
servicetitan | ServiceTitan | 3 | service titan, housecall pro, fieldedge, simpro, servicem8, workiz, field service management software | |
snap_on_diagnostics | Snap-on Diagnostics | 2 | snap-on, snap-on zeus, snap-on verus, snap-on solus, snap-on modis | scan_tools |
mitchell_1 | Mitchell 1 | 2 | mitchell1, prodemand, mitchell prodemand, shopkey | automotive_repair | alldata |
alldata | ALLDATA | 2 | alldata repair, alldata collision, identifix | automotive_repair | mitchell_1 |
samsara | ~Samsara | 2 | samsara eld, samsara fleet, samsara telematics | electronic_logging | | eld, elds, fleet, logging, log, dispatch, telematics, gps, drivers, driver, trucks, truck, hos, hours of service, dashcam, dashcams
lightspeed_retail | Lightspeed Retail | 2 | lightspeed retail, lightspeed restaurant, vend pos, ~lightspeed | | | pos, retail, store, stores, shopify, square, vend, reporting, till, epos, point of sale, restaurant, inventory, power bi
kurzweil_3000 | Kurzweil 3000 | 3 | kurzweil, read&write, texthelp read&write, learning ally, bookshare | |
"""

FINANCE = """
purchase_orders | Purchase Order Processing | 4 | purchase orders, raising purchase orders, po processing, purchase order management, purchase order processing | |
petty_cash | Petty Cash | 2 | petty cash management, petty cash reconciliation, petty cash float, petty cash handling | |
margin_management | Margin Management | 6 | gross margin management, margin improvement, margin control, margin analysis | |
sfrs | SFRS(I) | 20 | sfrs(i), singapore financial reporting standards, singapore frs, sfrs | ifrs |
ind_as | Ind AS | 20 | indian accounting standards, ind-as | ifrs |
withholding_tax | Withholding Tax | 8 | withholding taxes, wht, withholding tax compliance, tax withholding | |
transfer_pricing | Transfer Pricing | 30 | transfer pricing documentation, tp documentation, intercompany pricing, transfer pricing studies | |
"""

SOFT_SKILLS = """
group_facilitation | Group Facilitation | 8 | facilitating groups, group work, group sessions, support groups, facilitated groups, group facilitation skills | |
cultural_competence | Cultural Competence | 6 | cultural competency, cultural humility, culturally responsive practice, cross-cultural competence | |
confidentiality | Confidentiality | 2 | handling confidential information, confidential information, maintaining confidentiality | |
phone_etiquette | Phone Etiquette | 2 | telephone etiquette, telephone manner, phone manner, telephone skills, phone skills | |
patience | ~Patience | 2 | | | | customers, customer, empathy, listening, calm, service, caring, patients, children, students, clients
customer_communication | Customer Communication | 4 | communicating with customers, customer-facing communication | |
"""

PEOPLE = """
staff_training | Staff Training | 6 | training staff, training new staff, team member training, staff development, training team members | |
"""

EDUCATION = """
learning_disabilities | Learning Disabilities | 20 | specific learning disabilities, sld, specific learning difficulties, dyslexia support, students with learning disabilities | special_education |
autism_support | Autism Support | 20 | autism, autism spectrum disorder, autism spectrum, asd, autistic students, autistic pupils, autism spectrum condition | special_education |
adhd_support | ADHD Support | 10 | adhd, add/adhd, attention deficit hyperactivity disorder | special_education |
transition_planning | Transition Planning | 8 | transition plans, individual transition plans, post-secondary transition planning, transition services | special_education |
read_180 | Read 180 | 6 | read180, system 44, math 180 | |
wilson_reading | Wilson Reading System | 20 | wilson reading, wilson language, fundations, wilson reading program | |
behavior_intervention_plans | Behavior Intervention Plans | 8 | behaviour intervention plans, bips, behaviour support plans, positive behaviour support plans, functional behavior assessment, functional behaviour assessment, behavior intervention plans (bips) | special_education |
applied_behavior_analysis | Applied Behavior Analysis | 40 | applied behaviour analysis, aba therapy, aba techniques, aba-informed strategies, aba-based strategies | | behavior_intervention_plans | autism, autistic, behavior, behaviour, behavioral, therapy, bcba, rbt, students, student, special education, asd, interventions, strategies, informed, discrete trial, children
visual_supports | Visual Supports | 4 | visual schedules, visual supports, visual timetables, picture exchange communication system, social stories | special_education |
social_skills_instruction | Social Skills Instruction | 6 | social skills training, social skills groups, social skills instruction, social skills lessons | special_education |
academic_assessment | Academic Assessment | 10 | academic assessments, standardized academic assessments, educational assessments, psychoeducational testing, achievement testing | |
woodcock_johnson | Woodcock-Johnson | 6 | woodcock-johnson iv, woodcock johnson, wj-iv, wj iv, wiat, wiat-iii, wechsler individual achievement test | academic_assessment |
special_education_law | Special Education Law | 20 | individuals with disabilities education act, idea compliance, special education law, fape, least restrictive environment, ~IDEA | special_education | | special education, iep, ieps, 504, section 504, disabilities, disability, compliance, law, fape, lre, students, idea 2004
"""

BLOCKS = [("healthcare", HEALTHCARE), ("healthcare", SOCIAL_WORK), ("methodology", LEGAL),
          ("operations_trades", OFFICE_SERVICE), ("operations_trades", TRADES), ("operations_trades", TRANSPORT_RETAIL_FOOD),
          ("certification", CERTIFICATIONS), ("tool", TOOLS), ("finance", FINANCE), ("soft_skill", SOFT_SKILLS),
          ("people_operations", PEOPLE), ("education", EDUCATION)]
