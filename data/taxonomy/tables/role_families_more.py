"""Role families beyond software & data (issue 19): one row per family, read by role_families.py.

Row: (id, name, primary O*NET-SOC, onet_socs, title_keywords, core_skills, optional_skills, generic_keywords).
`onet_socs` are O*NET-SOC codes or prefixes ("29-", "13-2", "29-1141"); an occupation belongs to the family whose
prefix is the longest match (ties: earlier family in ROLE_FAMILIES). Title keywords are specific phrases; they
compete with the tech families' keywords by length, so none may be a longer phrase inside a tech title.
"""

MORE_FAMILIES = [
    ("nursing", "Nursing", "29-1141.00",
     "29-1141, 29-1151, 29-1161, 29-1171, 29-2061, 31-1131",
     "nurse, nursing, registered nurse, rn, staff nurse, charge nurse, nurse practitioner, lpn, lvn, "
     "licensed practical nurse, licensed vocational nurse, nursing assistant, certified nursing assistant, cna, "
     "nurse aide, midwife, nurse midwife, nurse anesthetist, crna, clinical nurse specialist, nurse educator, "
     "nurse manager, director of nursing, travel nurse, psychiatric nurse, clinical nurse, ward sister",
     "nursing, patient_care, patient_assessment, vital_signs, medication_administration, care_planning, "
     "clinical_documentation, electronic_health_records, infection_control, patient_safety, patient_education, "
     "iv_therapy, wound_care, triage, bls, registered_nurse, communication, teamwork",
     "acls, pals, critical_care, emergency_nursing, med_surg_nursing, pediatric_nursing, geriatric_care, "
     "palliative_care, mental_health_care, cardiac_monitoring, pain_management, discharge_planning, "
     "medication_reconciliation, epic_ehr, cerner, ccrn, bsn, nclex, iv_insertion, sepsis_management",
     ""),
    ("allied_health", "Allied Health & Care", "31-9092.00", "29-, 31-",
     "medical assistant, physician assistant, physician, doctor, surgeon, dentist, dental assistant, "
     "dental hygienist, dental nurse, pharmacist, pharmacy technician, pharmacy assistant, phlebotomist, "
     "physical therapist, "
     "physiotherapist, occupational therapist, speech therapist, speech-language pathologist, respiratory therapist, "
     "radiographer, radiologic technologist, x-ray technician, sonographer, ultrasound technician, paramedic, "
     "emergency medical technician, emt, medical laboratory scientist, medical laboratory technician, "
     "medical technologist, surgical technologist, surgical technician, optometrist, optician, dietitian, "
     "nutritionist, veterinarian, veterinary technician, vet tech, veterinary nurse, caregiver, care assistant, "
     "carer, healthcare assistant, health care assistant, home health aide, personal care aide, "
     "patient care technician, medical coder, medical scribe, psychiatrist, chiropractor, audiologist, "
     "massage therapist, ekg technician, orderly, health information technician",
     "patient_care, vital_signs, medical_terminology, infection_control, electronic_health_records, "
     "clinical_documentation, patient_safety, specimen_collection, phlebotomy, patient_scheduling, cpr, bls, "
     "first_aid, communication, empathy, attention_to_detail",
     "venipuncture, medication_dispensing, clinical_procedures, personal_care, home_health, manual_handling, "
     "medical_coding, medical_billing, injections, emt, cna, patient_education, wound_care, epic_ehr, "
     "healthcare_domain, splinting, suturing, oxygen_therapy", ""),
    ("finance_accounting", "Finance & Accounting", "13-2011.00",
     "13-2, 43-3, 11-3031, 15-2011, 13-1031, 13-1032",
     "accountant, accounting, accounting clerk, accounts clerk, financial analyst, finance analyst, fp&a, "
     "financial controller, finance controller, comptroller, auditor, internal auditor, external auditor, audit, "
     "bookkeeper, "
     "accounts payable, accounts receivable, ap clerk, ar clerk, ap specialist, ar specialist, tax, tax accountant, "
     "tax advisor, tax preparer, cfo, chief financial officer, finance manager, finance director, finance officer, "
     "credit analyst, credit controller, investment analyst, financial advisor, financial planner, treasury analyst, "
     "underwriter, loan officer, mortgage advisor, actuary, cpa, chartered accountant, management accountant, "
     "cost accountant, bank teller, teller, investment banker, budget analyst, claims adjuster, billing clerk",
     "accounting, general_ledger, journal_entries, account_reconciliation, month_end_close, financial_reporting, "
     "financial_statements, excel, accounts_payable, accounts_receivable, us_gaap, ifrs, budgeting, "
     "variance_analysis, financial_analysis, internal_controls, attention_to_detail",
     "fpa, forecasting, financial_modeling, auditing, taxation, tax_returns, quickbooks, xero, "
     "sage_accounting, netsuite, sap, bank_reconciliation, sox_compliance, revenue_recognition, cpa, "
     "acca, chartered_accountant, power_bi, gst, vat_returns",
     ""),
    ("sales", "Sales & Account Management", "41-3091.00", "41-, 11-2022, 13-1199.06",
     "sales, sales representative, sales rep, sales executive, account executive, account manager, "
     "key account manager, sales manager, sales associate, sales consultant, sales assistant, sales engineer, "
     "sales director, head of sales, vp sales, business development, business development representative, "
     "business development manager, business developer, bdr, sdr, sales development representative, inside sales, "
     "outside sales, territory manager, retail sales, retail assistant, retail associate, store associate, "
     "shop assistant, cashier, merchandiser, store manager, retail manager, real estate agent, estate agent, "
     "realtor, insurance agent, insurance broker, presales, pre-sales, sales operations, telemarketer",
     "sales, prospecting, lead_generation, pipeline_management, crm, salesforce, account_management, negotiation, "
     "cold_calling, new_business_development, customer_focus, communication, persuasion, "
     "sales_forecasting_practice, product_demonstrations, client_management, territory_management",
     "hubspot, sales_methodologies, challenger_sale, bant, lead_qualification, sales_navigator, zoominfo, "
     "sales_engagement, gong_io, presales, proposal_writing, channel_sales, business_development, retail_sales, "
     "pos_systems, cash_handling, customer_success, sales_operations, microsoft_dynamics_365, active_listening", ""),
    ("marketing", "Marketing & Communications", "13-1161.00",
     "11-2011, 11-2021, 11-2032, 11-2033, 13-1161, 27-3031, 13-1131, 13-1121",
     "marketing, marketing manager, marketing specialist, marketing coordinator, marketing executive, "
     "marketing director, digital marketing, digital marketer, seo specialist, seo manager, seo executive, "
     "ppc specialist, ppc manager, sem specialist, content marketer, content marketing manager, content strategist, "
     "social media manager, social media specialist, social media coordinator, brand manager, "
     "communications manager, communications specialist, communications officer, pr manager, pr executive, "
     "pr specialist, public relations, email marketing specialist, growth marketer, growth marketing, "
     "campaign manager, product marketing, media planner, media buyer, event manager, event planner, "
     "event coordinator, fundraiser, fundraising",
     "marketing_strategy, digital_marketing, content_marketing, social_media_marketing, seo, sem, google_ads, "
     "email_marketing, google_analytics, campaign_management, copywriting, brand_management, market_research, "
     "marketing_analytics, hubspot, content_management_systems, communication, creativity",
     "meta_ads, linkedin_ads, marketing_automation, marketo, mailchimp, klaviyo, demand_generation, "
     "product_marketing, go_to_market_strategy, conversion_rate_optimization, public_relations, "
     "event_management, semrush, ahrefs, google_tag_manager, canva, adobe_creative_suite, "
     "social_media_management, editing_proofreading, a_b_testing",
     ""),
    ("hr", "Human Resources", "13-1071.00",
     "13-1071, 13-1075, 13-1141, 13-1151, 11-3111, 11-3121, 11-3131, 43-4161, 43-3051, 13-1041.03",
     "hr, human resources, hr manager, hr generalist, hr business partner, hrbp, hr coordinator, hr assistant, "
     "hr advisor, hr officer, hr administrator, recruiter, talent acquisition, technical recruiter, recruitment "
     "consultant, recruiting coordinator, people partner, people operations, compensation analyst, "
     "benefits specialist, payroll specialist, payroll administrator, payroll officer, payroll clerk, "
     "learning and development, training coordinator, employee relations, chro, head of people",
     "human_resources, recruiting, onboarding, employee_relations, employment_law, hris, benefits_administration, "
     "performance_management, compensation_benefits, payroll, hr_policies, interviewing, applicant_tracking, "
     "communication, conflict_resolution, organizational_skills",
     "learning_development, workforce_planning, people_analytics, hr_metrics, succession_planning, "
     "diversity_inclusion, workday, sap_successfactors, bamboohr, adp, ukg, shrm_cp, phr, cipd, "
     "grievance_handling, disciplinary_procedures, workplace_investigations, hr_business_partnering, "
     "organizational_development, leave_management",
     "trainer"),
    ("education", "Education & Teaching", "25-2021.00", "25-, 11-9031, 11-9032, 11-9033, 11-9039",
     "teacher, teaching assistant, teacher assistant, substitute teacher, supply teacher, tutor, lecturer, "
     "professor, school principal, assistant principal, vice principal, headteacher, head teacher, deputy head, "
     "senco, paraprofessional, paraeducator, learning support assistant, early years practitioner, nursery nurse, "
     "preschool teacher, kindergarten teacher, librarian, dean, curriculum developer, instructional coach, "
     "academic advisor, teaching fellow, school counselor",
     "teaching, lesson_planning, classroom_management, curriculum_development, differentiated_instruction, "
     "formative_assessment, summative_assessment, student_engagement, parent_communication, behaviour_management, "
     "special_education, safeguarding, marking_feedback, data_driven_instruction, communication, google_classroom, "
     "teaching_license",
     "iep, inclusive_education, co_teaching, eal, tefl, response_to_intervention, instructional_design, "
     "guided_reading, phonics, literacy_instruction, small_group_instruction, project_based_learning, "
     "early_childhood_education, national_curriculum, qts, pgce, canvas_lms, powerschool, "
     "online_teaching, tutoring",
     "instructor, educator"),
    ("operations_logistics", "Operations, Supply Chain & Logistics", "13-1081.00",
     "13-1081, 11-3071, 11-3061, 13-1021, 13-1022, 13-1023, 13-1041.08, 43-5, 43-3061, 53-, 11-9131",
     "logistics, logistics coordinator, logistics manager, supply chain, supply chain analyst, supply chain manager, "
     "warehouse worker, warehouse operations, warehouse associate, warehouse operative, warehouse manager, "
     "warehouse clerk, warehouse assistant, warehouse team member, "
     "warehouse supervisor, picker, packer, order picker, forklift operator, forklift driver, reach truck driver, "
     "truck driver, lorry driver, hgv driver, delivery driver, cdl driver, van driver, bus driver, courier, "
     "dispatcher, fleet manager, transport manager, transport planner, procurement, procurement manager, "
     "purchasing, purchasing manager, inventory, inventory control, inventory analyst, stock controller, "
     "shipping clerk, receiving clerk, material handler, freight, freight forwarder, demand planner, "
     "production planner, air traffic controller, pilot, flight attendant, mail carrier, postal worker",
     "logistics, supply_chain_management, inventory_management, warehouse_operations, wms, shipping_receiving, "
     "procurement, vendor_management, transport_planning, health_and_safety, excel, erp, forklift_operation, "
     "order_picking, material_handling, process_improvement, organizational_skills",
     "sap, sap_ewm, manhattan_wms, blue_yonder, cycle_counting, rf_scanning, fleet_management, "
     "dot_compliance, hazmat, third_party_logistics, import_export, cdl, forklift_certification, "
     "labor_planning, shift_management, lean, sales_and_operations_planning, forecasting, kpis, "
     "driving_licence",
     "driver, buyer"),
    ("customer_service", "Customer Service & Support", "43-4051.00",
     "43-4051, 43-4181, 43-4141, 43-4041, 43-4131",
     "customer service, customer service representative, customer service advisor, customer service agent, "
     "customer support, customer care, call center, call centre, contact center, contact centre, csr, "
     "client services, customer success, customer experience, reservations agent, complaints handler",
     "customer_support, communication, active_listening, complaint_handling, de_escalation, problem_solving, crm, "
     "call_center, customer_focus, empathy, zendesk, data_entry, multitasking, customer_experience, "
     "verbal_communication, written_communication, time_management",
     "salesforce, servicenow, net_promoter_score, customer_success, microsoft_office, conflict_resolution, "
     "record_keeping, pos_systems, cash_handling, spanish, adaptability, retail_sales, account_management", ""),
    ("legal", "Legal", "23-1011.00", "23-, 13-1041.00, 13-1041.07, 11-9199.01, 11-9199.02, 27-3092",
     "lawyer, attorney, solicitor, barrister, paralegal, legal assistant, legal secretary, legal counsel, "
     "general counsel, in-house counsel, counsel, legal, law clerk, judge, conveyancer, legal executive, "
     "compliance officer, compliance analyst, compliance manager, regulatory affairs, court reporter",
     "legal_compliance, contract_management, research_skills, written_communication, attention_to_detail, "
     "negotiation, critical_thinking, analytical_thinking, record_keeping, verbal_communication, time_management, "
     "ethics, microsoft_word",
     "employment_law, regulatory_reporting, risk_management, docusign, aml_kyc, mergers_acquisitions, "
     "public_speaking, persuasion, client_management, sox_compliance, data_entry, project_management", ""),
    ("design_media", "Design, Media & Writing", "27-1024.00", "27-",
     "writer, copywriter, content writer, technical writer, editor, copy editor, journalist, reporter, "
     "photographer, videographer, video editor, video producer, animator, illustrator, art director, "
     "creative director, translator, interpreter, fashion designer, interior designer, motion designer, "
     "3d artist, sound engineer, broadcaster, producer, musician, actor",
     "graphic_design, adobe_creative_suite, adobe_photoshop, adobe_illustrator, adobe_indesign, typography, "
     "branding, visual_design, copywriting, editing_proofreading, video_editing, photography, creativity, "
     "written_communication, attention_to_detail, canva",
     "adobe_premiere_pro, adobe_after_effects, adobe_lightroom, final_cut_pro, motion_design, illustration, "
     "three_d_modeling, blender, figma, content_marketing, social_media_marketing, seo, storytelling, "
     "presentation_design, packaging_design, color_theory, storyboarding, content_management_systems", ""),
    ("construction_trades", "Construction & Skilled Trades", "47-2111.00", "47-, 49-, 11-9021, 13-1051",
     "electrician, journeyman electrician, electrical apprentice, plumber, carpenter, joiner, hvac technician, "
     "hvac engineer, mechanic, auto mechanic, diesel mechanic, automotive technician, maintenance technician, "
     "maintenance engineer, maintenance worker, bricklayer, mason, roofer, painter and decorator, laborer, "
     "labourer, construction worker, site manager, construction manager, construction project manager, foreman, "
     "site supervisor, pipefitter, sheet metal worker, glazier, drywaller, tiler, scaffolder, "
     "heavy equipment operator, excavator operator, crane operator, elevator technician, field service technician, "
     "installer, lineman, locksmith, estimator, quantity surveyor, handyman, service technician",
     "blueprint_reading, power_tools, health_and_safety, osha_compliance, safety_risk_assessment, ppe, "
     "electrical_wiring, electrical_troubleshooting, national_electrical_code, hvac, plumbing, carpentry, "
     "preventive_maintenance, problem_solving, attention_to_detail, teamwork",
     "welding, heavy_equipment, construction_site_management, construction_estimating, automotive_repair, "
     "lockout_tagout, journeyman_electrician, epa_608, osha_certification, cscs, driving_licence, cdl, "
     "autocad, first_aid, fire_safety, cmms, quality_control, project_scheduling", ""),
    ("manufacturing", "Manufacturing & Production", "51-2092.00", "51-, 11-3051",
     "machine operator, production operator, production worker, production operative, assembler, assembly worker, "
     "cnc machinist, machinist, cnc operator, production supervisor, production manager, manufacturing technician, "
     "process technician, quality inspector, quality control inspector, qc inspector, quality technician, "
     "packaging operator, fabricator, welder, plant manager, butcher, baker, press operator, line operator",
     "machine_operation, quality_control, health_and_safety, lean_manufacturing, standard_work, five_s, "
     "preventive_maintenance, blueprint_reading, ppe, lockout_tagout, root_cause_analysis, process_improvement, "
     "attention_to_detail, teamwork, problem_solving",
     "cnc_machining, welding, six_sigma_green_belt, lean_six_sigma, kaizen, statistical_process_control, "
     "quality_management, manufacturing_execution, cmms, plc_programming, forklift_operation, material_handling, "
     "inventory_management, shift_management, aws_welding_cert, osha_compliance, sap, erp", ""),
    ("hospitality_food", "Hospitality & Food Service", "35-2014.00",
     "35-, 11-9051, 11-9081, 43-4081, 39-6, 39-7, 37-2012",
     "chef, sous chef, head chef, line cook, cook, prep cook, commis chef, chef de partie, pastry chef, "
     "kitchen porter, kitchen assistant, dishwasher, waiter, waitress, waiting staff, restaurant server, "
     "food server, banquet server, bartender, barista, host, hostess, restaurant manager, food service, "
     "catering, caterer, hotel manager, front desk agent, front office manager, guest services, housekeeper, "
     "room attendant, concierge, hotel receptionist, tour guide, food and beverage",
     "food_safety, food_preparation, food_beverage_service, customer_focus, teamwork, time_management, "
     "cash_handling, pos_systems, health_and_safety, communication, multitasking, servsafe, inventory_management, "
     "attention_to_detail",
     "bartending, housekeeping, front_desk, hotel_pms, staff_scheduling, shift_management, complaint_handling, "
     "budgeting, vendor_management, p_and_l_management, customer_experience, event_management, first_aid", ""),
    ("administration", "Administration & Office Support", "43-6014.00", "43-, 15-1299.03",
     "administrative assistant, admin assistant, administrative officer, office administrator, office manager, "
     "executive assistant, personal assistant, receptionist, secretary, medical secretary, office assistant, "
     "data entry clerk, data entry, office coordinator, virtual assistant, medical receptionist, file clerk, "
     "records clerk, administrative coordinator, team assistant",
     "office_administration, microsoft_office, excel, microsoft_word, outlook, calendar_management, data_entry, "
     "record_keeping, communication, organizational_skills, time_management, attention_to_detail, "
     "written_communication, multitasking, minute_taking",
     "google_workspace, powerpoint, sharepoint, customer_focus, complaint_handling, front_desk, "
     "expense_management, patient_scheduling, confluence, zoom, microsoft_teams, quickbooks",
     "assistant, clerk, administrator, coordinator"),
    ("management", "Management & Leadership", "11-1021.00", "11-, 13-1011, 13-1111, 13-1199",
     "general manager, operations manager, managing director, chief executive officer, ceo, "
     "chief operating officer, coo, director of operations, head of operations, business owner, branch manager, "
     "facilities manager, executive director, area manager, regional manager, country manager, "
     "department manager, practice manager, hospital administrator, healthcare administrator, "
     "nursing home administrator, operations director",
     "leadership, people_management, operations_management, budgeting, p_and_l_management, strategic_thinking, "
     "business_strategy, decision_making, stakeholder_management, change_management, kpis, communication, "
     "performance_management, process_improvement, delegation, problem_solving",
     "risk_management, team_building, coaching, mentoring, negotiation, vendor_management, project_management, "
     "forecasting, okrs, business_acumen, conflict_resolution, executive_presence, crisis_management, "
     "financial_analysis, workforce_planning, customer_experience",
     "manager, director, head of, owner, founder"),
    ("science_research", "Science & Research", "19-1029.04", "19-, 15-2021, 15-2099.01, 11-9121, 13-1041.01",
     "chemist, biologist, microbiologist, laboratory technician, lab technician, lab assistant, "
     "research technician, postdoctoral researcher, postdoc, clinical research associate, "
     "clinical research coordinator, environmental scientist, geologist, physicist, epidemiologist, economist, "
     "biochemist, laboratory analyst, lab analyst, food scientist, geneticist, ecologist, research fellow",
     "research_skills, laboratory_safety, data_analysis, statistics, biology, chemistry, design_of_experiments, "
     "analytical_thinking, attention_to_detail, written_communication, critical_thinking, excel, "
     "quality_control, problem_solving",
     "physics, python, r, matlab, spss, clinical_research, gis, qualitative_research, quantitative_analysis, "
     "regression_analysis, data_visualization, technical_documentation, presentation_skills, "
     "pharmacovigilance, hypothesis_testing, project_management",
     "scientist, researcher"),
    ("engineering", "Engineering (non-software)", "17-2141.00", "17-, 11-9041",
     "mechanical engineer, civil engineer, electrical engineer, chemical engineer, structural engineer, "
     "aerospace engineer, manufacturing engineer, process engineer, industrial engineer, biomedical engineer, "
     "environmental engineer, petroleum engineer, mining engineer, design engineer, electronics engineer, "
     "project engineer, drafter, draughtsman, cad technician, cad designer, "
     "architectural designer, architectural technologist, landscape architect, surveyor, land surveyor, "
     "engineering technician",
     "autocad, solidworks, blueprint_reading, technical_documentation, project_management, problem_solving, "
     "root_cause_analysis, quality_management, health_and_safety, matlab, analytical_thinking, "
     "attention_to_detail, teamwork, communication",
     "revit, catia, fusion_360, sketchup, plc_programming, scada, lean_six_sigma, six_sigma_green_belt, "
     "statistical_process_control, design_of_experiments, lean_manufacturing, embedded_systems, pcb_design, "
     "simulink, labview, python, excel, construction_estimating, safety_risk_assessment", ""),
    ("social_services", "Social & Community Services", "21-1021.00", "21-, 11-9151",
     "social worker, case manager, support worker, youth worker, counselor, counsellor, mental health counselor, "
     "substance abuse counselor, family support worker, community outreach, outreach worker, probation officer, "
     "chaplain, pastor, community health worker, residential support worker, care coordinator, "
     "health educator, family therapist, rehabilitation counselor",
     "case_management_healthcare, mental_health_care, safeguarding, empathy, active_listening, de_escalation, "
     "crisis_management, record_keeping, communication, interpersonal_skills, conflict_resolution, "
     "cross_cultural, problem_solving, written_communication",
     "community_management, mental_health_first_aid, first_aid, patient_education, resilience, teamwork, "
     "coaching, facilitation, spanish, data_entry, personal_care, home_health, driving_licence", ""),
    ("public_safety", "Public Safety & Security", "33-9032.00", "33-, 55-, 11-9161, 11-3013.01, 43-5031, 13-1041.04, "
     "13-1041.06, 13-1199.07",
     "security officer, security guard, police officer, police, firefighter, fire fighter, correctional officer, "
     "prison officer, detective, lifeguard, loss prevention, border officer, soldier, military, army, infantry, "
     "sheriff, deputy sheriff, patrol officer, 911 dispatcher, emergency dispatcher, bailiff",
     "health_and_safety, first_aid, cpr, de_escalation, conflict_resolution, attention_to_detail, "
     "verbal_communication, record_keeping, fire_safety, safety_risk_assessment, teamwork, crisis_management, "
     "decision_making, resilience",
     "accident_investigation, emt, driving_licence, customer_focus, leadership, "
     "problem_solving, ppe, written_communication, active_listening, mental_health_first_aid, empathy", ""),
    ("personal_care", "Personal Care & Services", "39-5012.00", "39-, 37-1011, 37-2, 11-9171, 11-9179",
     "hairdresser, hair stylist, hairstylist, barber, beautician, cosmetologist, beauty therapist, nail technician, "
     "esthetician, makeup artist, personal trainer, fitness instructor, nanny, childcare worker, babysitter, "
     "cleaner, janitor, custodian, pest control technician, funeral director, dog groomer, pet groomer, "
     "animal caretaker, spa manager",
     "customer_focus, communication, attention_to_detail, time_management, health_and_safety, "
     "interpersonal_skills, cash_handling, pos_systems, first_aid, professionalism, creativity, "
     "empathy",
     "cpr, safeguarding, early_childhood_education, housekeeping, retail_sales, social_media_marketing, "
     "staff_scheduling, complaint_handling, ppe, coaching, customer_experience, "
     "social_media_management", ""),
    ("agriculture", "Agriculture, Grounds & Forestry", "45-2092.00", "45-, 37-1012, 37-3, 11-9013, 13-1074",
     "farmer, farm worker, farm hand, farmhand, farm manager, agricultural worker, landscaper, gardener, "
     "groundskeeper, grounds maintenance, arborist, tree surgeon, forestry worker, ranch hand, fisherman, "
     "horticulturist, greenkeeper",
     "health_and_safety, heavy_equipment, power_tools, preventive_maintenance, ppe, teamwork, "
     "attention_to_detail, time_management, problem_solving, safety_risk_assessment, communication, first_aid",
     "driving_licence, cdl, forklift_operation, inventory_management, budgeting, gis, record_keeping, "
     "material_handling, welding, customer_focus", ""),
]
