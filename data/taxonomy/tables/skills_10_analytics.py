"""Analytics, BI, marketing, product and business skills."""

ANALYTICS = """
data_analysis | Data Analysis | 40 | data analytics, analyzing data, analysing data, data analyses, data-driven analysis | excel, sql | statistics, data_visualization |
exploratory_data_analysis | Exploratory Data Analysis | 15 | ~eda, exploratory analysis, exploratory data analysis (eda) | data_analysis | data_visualization | data, analysis, python, pandas, visualization, exploratory, statistics, jupyter, insights, dataset
statistics | Statistics | 60 | statistical analysis, statistical methods, applied statistics, descriptive statistics, inferential statistics, biostatistics | | probability, data_analysis |
hypothesis_testing | Hypothesis Testing | 15 | statistical significance, significance testing, t-test, t-tests, chi-square, anova, p-values, statistical tests | statistics | a_b_testing |
regression_analysis | Regression Analysis | 20 | linear regression, logistic regression, multiple regression, regression modeling, regression models (statistics) | statistics | statistical_modeling |
a_b_testing | A/B Testing | 15 | a/b tests, ab testing, split testing, experimentation, online experiments, controlled experiments, multivariate testing | hypothesis_testing | causal_inference |
econometrics | Econometrics | 50 | econometric modeling, econometric analysis, panel data | statistics | causal_inference |
quantitative_analysis | Quantitative Analysis | 40 | quantitative research, quant analysis, quantitative methods, quantitative modeling | statistics | |
qualitative_research | Qualitative Research | 25 | qualitative analysis, qualitative methods, thematic analysis | | user_research |
survey_design | Survey Design | 10 | surveys, survey research, questionnaire design, qualtrics, surveymonkey | | market_research |
data_visualization | Data Visualization | 20 | data visualisation, data viz, dataviz, visualization, visualisation, charts and graphs, visual analytics | | tableau, power_bi |
data_storytelling | Data Storytelling | 10 | storytelling with data, insight communication, communicating insights | data_visualization | presentation_skills |
dashboards | Dashboard Development | 10 | dashboards, dashboard design, dashboarding, building dashboards, kpi dashboards | data_visualization | tableau, power_bi |
reporting | ~Reporting | 10 | business reporting, management reporting, report development, ad hoc reporting, ad-hoc reporting, kpi reporting | | dashboards | dashboards, dashboard, kpi, kpis, power bi, tableau, looker, excel, sql, metrics, bi, ssrs, analytics, data, reports, visualization, visualisation, insights, automated
business_intelligence | Business Intelligence | 40 | ~bi, business intelligence (bi), bi tools, bi reporting, bi development | sql | data_warehousing, tableau, power_bi | tools, reporting, dashboards, dashboard, tableau, power bi, analyst, data, sql, warehouse, analytics, developer, looker, qlik
excel | ~Excel | 20 | microsoft excel, ms excel, advanced excel, excel spreadsheets, spreadsheets, excel formulas, excel modeling | | google_sheets | microsoft, ms, spreadsheet, spreadsheets, vlookup, pivot, pivot tables, formulas, macros, office, word, powerpoint, advanced, sheets, data
excel_macros | Excel Macros | 10 | excel automation, macro development, excel macro | excel | vba |
pivot_tables | Pivot Tables | 4 | pivot table, pivottables, pivot charts | excel | excel |
google_sheets | Google Sheets | 10 | gsheets, google spreadsheets, google sheet, apps script, google apps script | | excel |
tableau | Tableau | 25 | tableau desktop, tableau server, tableau prep, tableau online, tableau cloud, tableau public | | power_bi, looker, qlik |
power_bi | Power BI | 25 | powerbi, power-bi, microsoft power bi, ms power bi, power bi desktop, power bi service, pbi | excel | tableau, looker, dax |
power_pivot | Power Pivot | 8 | powerpivot | excel | power_bi |
qlik | Qlik | 20 | qlikview, qlik sense, qliksense, qlik view | sql | tableau, power_bi |
microstrategy | MicroStrategy | 20 | micro strategy, mstr | sql | tableau |
cognos | IBM Cognos | 20 | cognos, cognos analytics, ibm cognos analytics | sql | microstrategy |
sap_businessobjects | SAP BusinessObjects | 20 | business objects, sap bo, bobj, businessobjects, webi | sql | cognos |
ssrs | SSRS | 12 | sql server reporting services | sql_server | power_bi |
ssas | SSAS | 15 | sql server analysis services, analysis services, tabular models | sql_server | olap |
crystal_reports | Crystal Reports | 10 | sap crystal reports | sql | ssrs |
apache_superset | Apache Superset | 8 | ~superset, superset dashboards | sql | metabase | apache, dashboards, dashboard, bi, visualization, sql, charts, preset
metabase | Metabase | 5 | metabase dashboards | sql | apache_superset |
redash | Redash | 4 | re:dash | sql | metabase |
sisense | Sisense | 10 | sisense bi | sql | tableau |
domo | ~Domo | 10 | domo bi | sql | tableau | bi, dashboards, dashboard, business intelligence, cards, analytics, reporting
thoughtspot | ThoughtSpot | 8 | thought spot | sql | tableau |
spotfire | Spotfire | 12 | tibco spotfire | sql | tableau |
alteryx | Alteryx | 15 | alteryx designer, alteryx workflows | | knime |
knime | KNIME | 15 | knime analytics platform | | alteryx |
spss | SPSS | 20 | ibm spss, spss statistics, spss modeler, pasw | statistics | sas, stata |
minitab | Minitab | 10 | minitab statistical software | statistics | spss |
jmp | JMP | 10 | sas jmp, jmp statistical software | statistics | minitab |
eviews | EViews | 10 | e-views | econometrics | stata |
google_analytics | Google Analytics | 10 | ga4, google analytics 4, universal analytics, google analytics (ga4) | | adobe_analytics, mixpanel |
adobe_analytics | Adobe Analytics | 15 | omniture, sitecatalyst, adobe customer journey analytics | | google_analytics |
google_tag_manager | Google Tag Manager | 6 | ~gtm, tag management, tag manager, tealium | | google_analytics | tag, tags, google, analytics, tracking, ga4, pixels, container, triggers, data layer
mixpanel | Mixpanel | 5 | mix panel | | amplitude, google_analytics |
amplitude | ~Amplitude | 5 | amplitude analytics | | mixpanel | analytics, product analytics, events, funnels, cohorts, dashboards, mixpanel, tracking
heap_analytics | ~Heap | 4 | heap analytics, heap.io | | mixpanel | analytics, product analytics, events, tracking, funnels, mixpanel, amplitude, autocapture
hotjar | Hotjar | 3 | hot jar, fullstory, full story, session recordings, heatmaps | | google_analytics |
segment_cdp | ~Segment | 5 | twilio segment, segment cdp, customer data platform, cdp | | mixpanel | twilio, cdp, customer data, analytics, tracking, events, data platform, mixpanel, amplitude, warehouse
product_analytics | Product Analytics | 20 | product metrics, product data analysis, user analytics, behavioral analytics | data_analysis | mixpanel, amplitude |
web_analytics | Web Analytics | 15 | website analytics, digital analytics, clickstream analysis, traffic analysis | | google_analytics |
marketing_analytics | Marketing Analytics | 25 | marketing analysis, campaign analysis, marketing mix modeling, attribution modeling, multi-touch attribution, marketing attribution | data_analysis | web_analytics |
funnel_analysis | Funnel Analysis | 5 | conversion funnel analysis, conversion funnels | data_analysis | conversion_rate_optimization |
cohort_analysis | Cohort Analysis | 5 | retention analysis, churn analysis | data_analysis | |
customer_segmentation | Customer Segmentation | 10 | market segmentation, rfm analysis, customer clustering | data_analysis | marketing_analytics |
customer_lifetime_value | Customer Lifetime Value | 6 | clv, ltv, cltv, lifetime value | data_analysis | cohort_analysis |
conversion_rate_optimization | Conversion Rate Optimization | 15 | conversion optimization, landing page optimization | web_analytics | a_b_testing |
kpis | KPIs and Metrics | 8 | kpi, key performance indicators, metrics definition, kpi tracking, performance metrics, north star metric | | okrs, dashboards |
seo | SEO | 30 | search engine optimization, search engine optimisation, on-page seo, off-page seo, keyword research, on-page optimisation, on-page optimization, on page seo | | sem, content_marketing |
sem | SEM | 20 | search engine marketing, paid search, ppc, pay per click, pay-per-click, paid media | | seo, google_ads |
google_ads | Google Ads | 15 | adwords, google adwords, google ads campaigns, youtube ads | sem | meta_ads |
meta_ads | Meta Ads | 12 | facebook ads, facebook advertising, instagram ads, meta business suite, facebook ads manager | | google_ads, social_media_marketing |
linkedin_ads | LinkedIn Ads | 8 | linkedin advertising, linkedin campaign manager | | meta_ads |
programmatic_advertising | Programmatic Advertising | 20 | programmatic buying, demand-side platforms, the trade desk, dv360, display & video 360, rtb | digital_marketing | google_ads |
digital_marketing | Digital Marketing | 40 | online marketing, internet marketing, digital marketing strategy, performance marketing, growth marketing | | seo, sem |
content_marketing | Content Marketing | 20 | content strategy, content creation, content writing, editorial calendar | | seo, copywriting |
copywriting | Copywriting | 20 | copy writing, ad copy, marketing copy, copyediting, copy editing | written_communication | content_marketing |
email_marketing | Email Marketing | 15 | email campaigns, email marketing campaigns, email newsletters, lifecycle marketing, crm marketing, drip campaigns | | marketing_automation |
social_media_marketing | Social Media Marketing | 20 | smm, social media management, social media strategy | | content_marketing |
influencer_marketing | Influencer Marketing | 10 | influencer campaigns, creator partnerships, influencer partnerships, creator marketing | social_media_marketing
affiliate_marketing | Affiliate Marketing | 10 | affiliate programs, partner marketing, affiliate programmes, referral marketing, referral programs, referral programmes | digital_marketing
marketing_automation | Marketing Automation | 20 | marketing automation platforms, lead nurturing, drip marketing | | hubspot, marketo |
hubspot | HubSpot | 10 | hubspot crm, hubspot marketing hub, hubspot sales hub | | salesforce, marketo |
marketo | Marketo | 15 | adobe marketo, marketo engage | marketing_automation | hubspot, pardot |
pardot | Pardot | 10 | salesforce pardot, marketing cloud account engagement | marketing_automation | marketo |
salesforce_marketing_cloud | Salesforce Marketing Cloud | 20 | sfmc, marketing cloud, exacttarget, ampscript | marketing_automation | marketo |
mailchimp | Mailchimp | 4 | mail chimp, sendgrid | email_marketing | hubspot |
brand_management | Brand Management | 20 | branding strategy, brand strategy, brand marketing, brand development, brand voice, brand positioning | | marketing_strategy |
marketing_strategy | Marketing Strategy | 30 | marketing planning, marketing plans, integrated marketing | | go_to_market_strategy |
go_to_market_strategy | Go-to-Market Strategy | 20 | gtm strategy, go to market, go-to-market, product launches, product launch | | product_marketing |
product_marketing | Product Marketing | 30 | product positioning, positioning and messaging, messaging framework, competitive positioning | | go_to_market_strategy |
market_research | Market Research | 25 | market analysis, market studies, consumer research, customer research, market sizing, tam sam som | | competitive_analysis, survey_design |
competitive_analysis | Competitive Analysis | 10 | competitor analysis, competitive intelligence, competitive landscape analysis | | market_research |
pricing_strategy | Pricing Strategy | 20 | pricing analysis, price optimization, monetization strategy | | revenue_management |
revenue_management | Revenue Management | 25 | yield management, revenue optimization, revenue operations, revops | | pricing_strategy |
crm | CRM | 15 | customer relationship management, crm systems, crm software, crm tools | | salesforce, hubspot |
salesforce | Salesforce | 30 | salesforce.com, sfdc, salesforce crm, salesforce sales cloud, salesforce service cloud, sales cloud, service cloud, salesforce administration | crm | hubspot, microsoft_dynamics_365 |
microsoft_dynamics_365 | Microsoft Dynamics 365 | 30 | dynamics 365, dynamics crm, ms dynamics, d365, dynamics ax, dynamics nav, business central | | salesforce, sap |
zoho_crm | Zoho | 8 | zoho crm, zoho one | crm | hubspot |
erp | ERP | 30 | enterprise resource planning, erp systems, erp software, erp implementation | | sap, oracle_erp |
sap | SAP | 60 | sap erp, sap ecc, sap r/3, sap modules, sap fico, sap fi/co, sap mm, sap sd, sap pp, sap basis | erp | sap_s4hana, oracle_erp |
sap_s4hana | SAP S/4HANA | 40 | s/4hana, s4hana, sap s4 hana, s4 hana | sap | sap_hana |
oracle_erp | Oracle ERP Cloud | 40 | oracle fusion, oracle e-business suite, oracle ebs, jd edwards, peoplesoft | erp | sap |
netsuite | NetSuite | 25 | oracle netsuite, netsuite erp, suitescript | erp | sap |
workday | Workday | 25 | workday hcm, workday financials, workday integrations | | sap_successfactors |
sap_successfactors | SAP SuccessFactors | 25 | successfactors, success factors | sap | workday |
servicenow | ServiceNow | 25 | service now, snow itsm, servicenow itsm, servicenow development | itil | jira |
business_analysis | Business Analysis | 40 | business analytics, business requirements analysis, business analysis techniques, babok | | requirements_gathering, data_analysis |
requirements_gathering | Requirements Gathering | 15 | requirements analysis, requirements elicitation, requirements engineering, business requirements, brd, functional requirements, frd, requirement gathering | | business_analysis, user_stories |
process_mapping | Business Process Modeling | 15 | process mapping, bpmn, business process modeling, business process modelling, process modeling, workflow mapping, as-is to-be analysis | | process_improvement |
process_improvement | Process Improvement | 20 | continuous improvement, process optimization, business process improvement, operational excellence, process re-engineering, bpr | | lean_six_sigma, process_mapping |
gap_analysis | Gap Analysis | 5 | fit-gap analysis, fit gap analysis | business_analysis | |
swot_analysis | SWOT Analysis | 3 | swot, swot analyses | | competitive_analysis |
feasibility_studies | Feasibility Studies | 8 | feasibility analysis, feasibility study, business case development, business cases, cost-benefit analysis | | business_analysis |
project_management | Project Management | 60 | project planning, project delivery, project coordination, project execution, managing projects, pmo, project management methodologies | | program_management, agile |
program_management | Program Management | 60 | programme management, technical program management, tpm, portfolio management, pmo governance | project_management | project_management |
product_management | Product Management | 60 | product ownership, product owner, product lifecycle management, product development lifecycle, managing products | | product_strategy, user_stories |
product_strategy | Product Strategy | 30 | product vision, product planning, product thinking | product_management | go_to_market_strategy |
product_roadmap | Product Roadmapping | 10 | roadmapping, product roadmaps, roadmap planning, product roadmap, roadmaps | product_management | prioritization |
user_stories | User Stories | 6 | user story, acceptance criteria, story writing, epics and stories | agile | backlog_management |
backlog_management | Backlog Management | 8 | product backlog, backlog grooming, backlog refinement, backlog prioritization | scrum | user_stories |
product_discovery | Product Discovery | 15 | customer discovery, continuous discovery, opportunity solution tree, problem discovery | | user_research |
mvp_development | MVP Development | 10 | mvp, minimum viable product, minimum viable products, prototyping mvps | | product_discovery |
stakeholder_management | Stakeholder Management | 25 | stakeholder engagement, managing stakeholders, stakeholder communication, stakeholder relationships, stakeholder alignment | communication | communication |
vendor_management | Vendor Management | 15 | supplier management, vendor relations, third-party management, outsourcing management | | procurement |
procurement | Procurement | 25 | purchasing, strategic sourcing, procure-to-pay | | vendor_management, supply_chain_management |
supply_chain_management | Supply Chain Management | 50 | supply chain, scm, supply chain planning, supply chain optimization, demand planning, logistics management | | procurement, inventory_management |
inventory_management | Inventory Management | 15 | inventory control, stock management, inventory planning | | supply_chain_management |
logistics | ~Logistics | 30 | logistics operations, transportation management, tms, freight management, last-mile delivery | | supply_chain_management | supply chain, shipping, freight, warehouse, warehousing, transportation, operations, distribution, delivery, fleet
operations_management | Operations Management | 40 | business operations, operational management, ops management | | process_improvement |
change_management | Change Management | 20 | organizational change management, organisational change, change leadership, prosci, adkar | | stakeholder_management |
risk_management | Risk Management | 30 | enterprise risk management, risk mitigation, risk analysis, risk assessment and mitigation | | grc |
financial_analysis | Financial Analysis | 40 | financial analytics, financial statement analysis, ratio analysis | accounting | financial_modeling |
financial_modeling | Financial Modeling | 40 | financial modelling, financial models, dcf, discounted cash flow, three-statement model, lbo modeling | excel, accounting | financial_analysis, valuation |
valuation | ~Valuation | 30 | company valuation, business valuation, equity valuation, valuation models | financial_modeling | financial_modeling | dcf, financial, finance, equity, models, modeling, m&a, comparables, multiples, investment
fpa | FP&A | 40 | financial planning and analysis, fp and a, financial planning & analysis, fpna | financial_analysis | budgeting, forecasting |
budgeting | Budgeting | 15 | budget planning, budget management, budget preparation, annual budget, annual budgeting, budget setting, cost management, cost control | | forecasting |
forecasting | Forecasting | 20 | financial forecasting, demand forecasting, revenue forecasting, business forecasting, reforecasting, reforecasts, re-forecasting | statistics | time_series_analysis, budgeting |
accounting | Accounting | 60 | financial accounting, bookkeeping | | financial_analysis |
auditing | Financial Auditing | 40 | audit, internal audit, external audit, statutory audit | accounting | security_auditing |
taxation | Taxation | 40 | tax compliance, tax planning, gst compliance, vat compliance, corporate tax | accounting | |
quickbooks | QuickBooks | 8 | quickbooks online, intuit quickbooks | accounting | netsuite |
investment_analysis | Investment Analysis | 40 | equity research, portfolio analysis, asset management, investment research | financial_analysis | valuation |
quantitative_finance | Quantitative Finance | 80 | quant finance, derivatives pricing, risk modeling, stochastic calculus, options pricing, algorithmic trading | statistics | |
actuarial_science | Actuarial Science | 100 | actuarial analysis, actuarial modeling, actuarial | statistics | risk_management |
p_and_l_management | P&L Management | 30 | p&l, p&l responsibility, profit and loss management, p&l ownership | | budgeting |
business_strategy | Business Strategy | 40 | corporate strategy, strategy development, strategic planning, strategy consulting, strategic initiatives | | competitive_analysis |
business_development | Business Development | 30 | biz dev, bizdev, strategic partnerships, partnership development | | sales |
sales | ~Sales | 30 | b2b sales, b2c sales, saas sales, sales management, solution selling, consultative selling, enterprise sales, inside sales | | business_development, negotiation | b2b, quota, quotas, pipeline, closing, prospects, prospecting, crm, selling, deals, targets, revenue, clients, negotiation, cold calling
lead_generation | Lead Generation | 10 | lead gen | | sales |
account_management | Account Management | 20 | key account management, client account management, kam, account planning | | customer_success |
customer_success | Customer Success | 20 | customer success management, client success, customer retention, customer onboarding | | account_management |
customer_support | Customer Support | 15 | customer service, technical support, customer care, help desk, helpdesk, service desk, it support | | customer_success |
zendesk | Zendesk | 4 | zendesk support, freshdesk, intercom | customer_support | servicenow |
ecommerce | E-commerce | 30 | ecommerce, e-commerce, online retail, ecommerce platforms, d2c | | shopify, digital_marketing |
fintech | Fintech | 30 | financial technology, payment processing, payment gateways, banking domain | | |
stripe | ~Stripe | 6 | stripe api, stripe payments, braintree, paypal integration, razorpay | api_integration | fintech | payments, api, payment, billing, checkout, subscriptions, integration, integrations, webhooks
healthcare_domain | Healthcare Domain | 40 | healthcare it, health informatics, hl7, fhir, clinical data | | hipaa |
edtech | EdTech | 20 | education technology, learning management systems, lms, moodle | | |
saas | SaaS | 15 | software as a service, saas products, saas platforms, b2b saas | cloud_computing | |
gis | GIS | 40 | geographic information systems, arcgis, esri arcgis, qgis, geospatial analysis, spatial analysis, geospatial | | postgis |
contract_management | Contract Management | 15 | contract negotiation, contract drafting, contract administration, clm | | vendor_management, negotiation |
human_resources | Human Resources | 40 | ~hr, people operations, hr management, hrm, human resource management | | recruiting | human resources, people, employee, employees, payroll, hiring, onboarding, policies, hris, benefits, talent, generalist
recruiting | ~Recruiting | 30 | ~recruitment, talent acquisition, sourcing candidates, technical recruiting, full-cycle recruiting | | human_resources | talent, hiring, sourcing, candidates, recruiter, interviews, interviewing, pipeline, headhunting, linkedin recruiter, full-cycle
"""

BLOCKS = [("analytics_business", ANALYTICS)]
