"""Certifications and licences across occupations (hand-written; names checked against the issuing bodies' own
titles). Existing certification rows live in skills_12/15/16; the taxonomy build (core.taxonomy.build.finish_step)
also files older certification rows that sat in `tool` or `methodology` under `certification`.
"""

CERTIFICATIONS = """
cia_auditor | Certified Internal Auditor | 300 | certified internal auditor (cia), iia cia, cia certification | auditing | cisa_cert |
cfe | Certified Fraud Examiner | 150 | cfe certification, acfe cfe | | |
series_7 | FINRA Series 7 | 120 | series 7, series 7 license, series 7 licence, general securities representative | | series_63 |
series_63 | FINRA Series 63 | 30 | series 63, series 63 license, series 66 | | series_7 |
cpht | Certified Pharmacy Technician | 120 | cpht, ptcb certified, ptcb certification, pharmacy technician certification, pharmacy technician license | | |
ccma | Certified Clinical Medical Assistant | 120 | ccma, nha ccma, certified medical assistant (cma), rma certification, registered medical assistant | | |
cpc_coder | Certified Professional Coder | 150 | certified professional coder, aapc cpc, cpc certification, cpc-a, ccs certification, certified coding specialist | medical_coding | rhit |
rhit | RHIT | 200 | registered health information technician, rhia, registered health information administrator | | cpc_coder |
rbt | Registered Behavior Technician | 40 | rbt certification, registered behaviour technician, bcba, board certified behavior analyst | | |
cpi_training | CPI Crisis Prevention Training | 8 | cpi certified, nonviolent crisis intervention training, cpi nci training, mandt training | | |
praxis | Praxis Exams | 80 | praxis ii, praxis core, praxis certification, praxis exam | | teaching_license |
ase_certification | ASE Certification | 120 | ase certified, ase certification, ase master technician, ase master certified | | |
nccer | NCCER Certification | 80 | nccer certified, nccer credentials, nccer core | | |
nate_certification | NATE Certification | 60 | nate certified, north american technician excellence | | epa_608 |
hazmat_endorsement | Hazmat Endorsement | 16 | hazmat endorsement, tanker endorsement, twic card, twic | cdl | |
apics_cscp | APICS CSCP | 120 | cscp, certified supply chain professional, apics cpim, cpim, ascm cscp | | |
pmi_acp | PMI-ACP | 60 | pmi agile certified practitioner, pmi-acp certification | | pmp |
cipp | CIPP | 60 | cipp/e, cipp/us, certified information privacy professional | | |
real_estate_license | Real Estate License | 80 | real estate licence, licensed real estate agent, licensed realtor, real estate salesperson license | | |
notary_public | Notary Public | 8 | notary public commission, commissioned notary, notary signing agent | | |
tips_certification | TIPS Certification | 4 | tips certified, tips alcohol certification, responsible beverage service, rsa certificate, responsible service of alcohol | | servsafe |
nasm_cpt | Certified Personal Trainer | 80 | nasm cpt, nasm certified, ace certified personal trainer, certified personal trainer (cpt), issa certified | | |
leed_ap | LEED AP | 60 | leed accredited professional, leed green associate, leed ga | | |
ncidq | NCIDQ | 120 | ncidq certification, ncidq certified | | |
pe_license | Professional Engineer License | 300 | professional engineer (pe), pe license, pe licence, licensed professional engineer, chartered engineer, ceng | | |
fe_exam | FE Exam | 80 | fundamentals of engineering exam, engineer in training, eit certification | | pe_license |
"""

BLOCKS = [("certification", CERTIFICATIONS)]
