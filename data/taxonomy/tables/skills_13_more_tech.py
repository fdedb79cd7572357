"""More frameworks, libraries, cloud/devops services and certifications."""

FRAMEWORKS = """
spring_webflux | Spring WebFlux | 20 | webflux, spring reactive, project reactor, reactor core | spring_boot | rxjava |
resilience4j | Resilience4j | 4 | resilience4j circuit breaker, hystrix | spring_boot | resilience_patterns |
jdbc | JDBC | 8 | java database connectivity, jdbc api, jdbc template, jdbctemplate | java, sql | jpa |
jms | JMS | 8 | java message service, jakarta messaging | java | activemq |
jax_rs | JAX-RS | 10 | jax rs, jersey rest, resteasy, jakarta restful web services | java | spring_boot |
javafx | JavaFX | 20 | java fx, openjfx | java | java_swing |
java_swing | Java Swing | 20 | swing gui, java swing gui, awt, java awt | java | javafx |
jni | JNI | 10 | java native interface | java, cpp | |
osgi | OSGi | 15 | osgi bundles, apache felix, apache karaf | java | |
gwt | GWT | 15 | google web toolkit | java | vaadin |
vaadin | Vaadin | 15 | vaadin flow | java | gwt |
netty | Netty | 15 | netty framework, netty io | java | vertx |
apache_poi | Apache POI | 4 | poi library, apache poi excel | java | |
java_logging | Java Logging | 3 | log4j, log4j2, slf4j, logback | java | |
lombok | Lombok | 2 | project lombok | java | |
dapper | ~Dapper | 4 | dapper orm, dapper micro-orm | dotnet, sql | entity_framework | .net, c#, orm, micro-orm, sql, entity framework, ado.net, queries
ado_net | ADO.NET | 8 | ado net, ado.net data access | dotnet | entity_framework |
razor_pages | Razor Pages | 8 | cshtml, razor views, razor syntax | aspnet_core | blazor |
hangfire | Hangfire | 3 | hangfire jobs, quartz.net, quartz scheduler | dotnet | celery |
masstransit | MassTransit | 6 | masstransit bus, nservicebus | dotnet | rabbitmq |
livewire | Laravel Livewire | 8 | livewire, inertia.js, inertiajs | laravel | htmx |
hotwire | Hotwire | 8 | hotwire turbo, stimulus.js, stimulusjs, turbo rails | ruby_on_rails | htmx |
twig | Twig | 3 | twig templates | php | jinja |
composer_php | ~Composer | 2 | php composer, packagist | php | npm | php, packages, dependencies, packagist, laravel, symfony, autoload, composer.json
pm2 | PM2 | 2 | pm2 process manager | nodejs | |
axios | Axios | 2 | axios http | javascript | ajax |
lodash | Lodash | 2 | lodash.js, underscore.js | javascript | |
zod | Zod | 2 | zod schema, yup validation | typescript | pydantic |
xstate | XState | 6 | state machines (xstate), statecharts | javascript | redux |
gsap | GSAP | 8 | greensock, greensock animation platform | javascript | motion_design |
phaser | Phaser | 15 | phaser.js, phaser 3, phaserjs | javascript | game_development |
pygame | Pygame | 10 | py game | python | game_development |
tkinter | Tkinter | 8 | tk inter, python tkinter | python | qt |
kivy | Kivy | 10 | kivy framework, kivymd | python | flutter |
python_cli | Python CLI Tools | 4 | typer, argparse, python click | python | |
boto3 | Boto3 | 6 | boto, aws sdk for python, aws sdk | python, aws | |
paramiko | Paramiko | 3 | fabric python, netmiko | python, ssh | ansible |
wsgi_servers | WSGI/ASGI Servers | 4 | gunicorn, uwsgi, uvicorn, asgi, wsgi | python | nginx |
python_typing | Python Type Hints | 6 | type hints, mypy, pyright, python typing, static typing in python | python | typescript |
python_linting | Python Code Quality Tools | 3 | flake8, pylint, black formatter, ruff, isort, pre-commit | python | eslint |
serde | Serde | 3 | serde json, serde rust | rust | |
nativescript | NativeScript | 20 | native script | javascript | react_native |
react_navigation | React Navigation | 4 | react-navigation | react_native | react_router |
android_ndk | Android NDK | 20 | ndk, android native development kit | android, cpp | jni |
swift_concurrency | Swift Concurrency | 8 | async/await in swift, swift actors, structured concurrency, grand central dispatch | swift | kotlin_coroutines |
firebase_crashlytics | Firebase Crashlytics | 2 | crashlytics, firebase crash reporting | firebase | sentry |
networkx | NetworkX | 6 | network x, graph analytics, graph analysis | python | graph_databases |
geopandas | GeoPandas | 8 | geo pandas, shapely library | pandas | gis |
apache_arrow | Apache Arrow | 6 | arrow format, pyarrow, arrow flight | | parquet |
boto_sdk_js | AWS SDK for JavaScript | 4 | aws-sdk, aws sdk v3 | javascript, aws | boto3 |
"""

ML_MORE = """
deepspeed | DeepSpeed | 15 | deep speed, megatron-lm, fsdp | pytorch | distributed_training |
distributed_training | Distributed Training | 25 | multi-gpu training, data parallelism, model parallelism, horovod, ddp | deep_learning | deepspeed |
model_optimization | Model Optimization | 15 | model quantization, quantization, model compression, model pruning, knowledge distillation | deep_learning | tensorrt, onnx |
llm_evaluation | LLM Evaluation | 10 | llm evals, evals, model evaluation for llms, ragas, llm-as-a-judge, benchmarking llms | large_language_models | model_evaluation |
dspy | DSPy | 5 | dspy framework | large_language_models, python | langchain |
semantic_kernel | Semantic Kernel | 6 | microsoft semantic kernel, autogen, crewai | large_language_models | langchain |
model_serving | Model Serving | 10 | model serving frameworks, bentoml, torchserve, kserve, seldon, seldon core, tensorflow serving, tf serving | mlops | tensorrt |
ml_monitoring | ML Model Monitoring | 8 | model monitoring tools, evidently ai, data drift detection, model drift, concept drift, arize | mlops | data_quality |
data_annotation | Data Annotation | 6 | data labeling, data labelling, label studio, labelbox, scale ai | machine_learning | |
synthetic_data | Synthetic Data Generation | 8 | synthetic data, data augmentation | machine_learning | |
mediapipe | MediaPipe | 6 | google mediapipe | computer_vision | opencv |
whisper_asr | ~Whisper | 3 | openai whisper, whisper asr, faster-whisper | speech_recognition | | openai, speech, transcription, asr, audio, model, speech-to-text, python
multi_armed_bandits | Multi-Armed Bandits | 10 | bandit algorithms, contextual bandits, thompson sampling | a_b_testing, probability | reinforcement_learning |
bioinformatics | Bioinformatics | 80 | computational biology, genomics, ngs analysis, sequence analysis, biopython, bioconductor | statistics | |
mathematics | Mathematics | 100 | math, maths, applied mathematics, mathematical modeling, mathematical modelling, discrete mathematics | | statistics, linear_algebra |
data_vault | Data Vault | 15 | data vault 2.0, datavault | data_modeling | data_warehousing |
data_mesh | Data Mesh | 10 | data products, data product thinking | data_engineering | data_governance |
reverse_etl | Reverse ETL | 4 | hightouch, census reverse etl | etl | segment_cdp |
semantic_layer | Semantic Layer | 6 | metrics layer, dbt semantic layer, cube.dev, cube semantic layer, atscale | dbt | looker |
dataops | DataOps | 10 | data ops, data reliability engineering | data_engineering, ci_cd | mlops |
slowly_changing_dimensions | Slowly Changing Dimensions | 3 | scd, scd type 2, scd2, slowly changing dimension | data_modeling | data_warehousing |
"""

CLOUD_DEVOPS_MORE = """
aws_lightsail | Amazon Lightsail | 3 | lightsail, aws lightsail | aws | digitalocean |
aws_app_runner | AWS App Runner | 3 | app runner | docker, aws | google_cloud_run |
amazon_textract | Amazon Textract | 4 | textract, aws textract | aws | ocr |
amazon_lex | Amazon Lex | 5 | aws lex, lex bots | aws | dialogflow, chatbots |
aws_config | AWS Config | 3 | aws config rules | aws | aws_cloudtrail |
aws_dms | AWS Database Migration Service | 6 | aws dms, database migration service, aws schema conversion tool, aws sct | aws | cloud_migration |
azure_arc | Azure Arc | 6 | azure stack hci, azure stack | azure | google_anthos |
azure_virtual_desktop | Azure Virtual Desktop | 8 | avd, windows virtual desktop, wvd | azure | citrix |
microsoft_intune | Microsoft Intune | 12 | intune, endpoint manager, microsoft endpoint manager, mecm, sccm, configuration manager | windows_server | jamf |
jamf | Jamf | 8 | jamf pro, jamf school | macos | microsoft_intune |
microsoft_365_admin | Microsoft 365 Administration | 15 | office 365 administration, o365 administration, m365 administration, microsoft 365 admin center, exchange online administration | microsoft_office | microsoft_exchange |
kubernetes_operators | Kubernetes Operators | 15 | kubernetes operator, custom resource definitions, crds, operator sdk, kubebuilder | kubernetes, go | helm |
cilium | Cilium | 10 | project calico, kubernetes networking, cni, cni plugins | kubernetes, networking | istio |
ebpf | eBPF | 25 | extended berkeley packet filter, bpf | linux_kernel | cilium |
harbor | ~Harbor | 4 | harbor registry, container registry, docker registry, quay.io | docker | artifactory | registry, container, containers, images, docker, kubernetes, helm, cncf
dependency_management | Dependency Management | 4 | dependabot, renovate, renovate bot, dependency updates | git | software_composition_analysis |
rundeck | Rundeck | 4 | pagerduty process automation | linux | ansible |
thanos | ~Thanos | 6 | thanos prometheus, cortex metrics, victoriametrics, grafana mimir metrics | prometheus | | prometheus, metrics, long-term storage, monitoring, grafana, kubernetes, observability
honeycomb | Honeycomb | 3 | honeycomb.io, lightstep | opentelemetry | datadog |
graylog | Graylog | 4 | gray log | | elk_stack |
sumo_logic | Sumo Logic | 4 | sumologic | | splunk |
cloud_init | cloud-init | 3 | cloud init, user data scripts | linux | packer |
cron | Cron | 2 | cron jobs, crontab, cronjobs, scheduled jobs | linux | |
selinux | SELinux | 8 | security-enhanced linux, apparmor | linux | |
nfs_samba | NFS and Samba | 5 | nfs, samba shares, cifs, smb shares | linux | storage_systems |
kerberos | Kerberos | 8 | kerberos authentication, kdc | active_directory | ldap |
data_center_operations | Data Center Operations | 30 | data center, datacenter, data centre, datacenter operations, server racks, rack and stack | | storage_systems |
server_hardware | Server Hardware | 20 | hardware troubleshooting, server administration hardware, dell poweredge, hpe proliant | | data_center_operations |
desktop_support | Desktop Support | 20 | end user support, end-user computing, it helpdesk, deskside support, pc support | windows_server | customer_support |
"""

CERTIFICATIONS = """
aws_certified_solutions_architect | AWS Certified Solutions Architect | 80 | aws solutions architect, aws certified solutions architect associate, aws saa, saa-c03, aws solutions architect professional | aws | aws_certified_developer, azure_solutions_architect_cert |
aws_certified_developer | AWS Certified Developer | 60 | aws developer associate, dva-c02, aws certified developer associate | aws | aws_certified_solutions_architect |
aws_certified_devops | AWS Certified DevOps Engineer | 80 | aws devops professional, aws certified devops engineer professional, dop-c02 | aws, devops | aws_certified_solutions_architect |
aws_cloud_practitioner | AWS Certified Cloud Practitioner | 20 | aws cloud practitioner, clf-c02, aws ccp | | azure_fundamentals |
azure_fundamentals | Azure Fundamentals (AZ-900) | 15 | az-900, az900, microsoft azure fundamentals | | aws_cloud_practitioner |
azure_administrator_cert | Azure Administrator (AZ-104) | 60 | az-104, az104, azure administrator associate, microsoft certified azure administrator | azure | azure_solutions_architect_cert |
azure_solutions_architect_cert | Azure Solutions Architect (AZ-305) | 80 | az-305, az305, azure solutions architect expert | azure | aws_certified_solutions_architect |
azure_data_engineer_cert | Azure Data Engineer (DP-203) | 60 | dp-203, azure data engineer associate | azure | |
google_cloud_architect_cert | Google Professional Cloud Architect | 80 | gcp professional cloud architect, professional cloud architect, pca certification | google_cloud | aws_certified_solutions_architect |
google_data_engineer_cert | Google Professional Data Engineer | 70 | gcp professional data engineer, professional data engineer | google_cloud | azure_data_engineer_cert |
cka | CKA | 60 | certified kubernetes administrator, cka certification | kubernetes | ckad, cks |
ckad | CKAD | 50 | certified kubernetes application developer, ckad certification | kubernetes | cka |
cks | CKS | 60 | certified kubernetes security specialist | cka | cka |
terraform_associate | HashiCorp Terraform Associate | 25 | terraform associate certification, hashicorp certified terraform associate | terraform | |
comptia_a_plus | CompTIA A+ | 80 | a+ certification, comptia a+ certification, comptia a plus | | comptia_network_plus |
comptia_network_plus | CompTIA Network+ | 60 | network+, network plus, comptia network plus | networking | comptia_security_plus |
ccna | CCNA | 80 | cisco certified network associate, ccna certification | networking | cisco |
ccsp | CCSP | 80 | certified cloud security professional | cloud_security | cissp |
giac_certs | GIAC Certifications | 80 | giac, gsec, gcih, gpen, gcia | information_security | cissp |
crisc | CRISC | 60 | certified in risk and information systems control | grc | cism |
comptia_cysa | CompTIA CySA+ | 60 | cysa+, cybersecurity analyst+ | comptia_security_plus | |
oracle_java_cert | Oracle Certified Java Professional | 60 | ocjp, ocp java, oracle certified professional java se, java certification, scjp | java | |
databricks_cert | Databricks Certified Data Engineer | 40 | databricks certification, databricks certified associate, databricks data engineer associate | databricks | |
snowflake_cert | SnowPro Core Certification | 30 | snowpro, snowpro core, snowflake certification | snowflake | |
tableau_cert | Tableau Certification | 30 | tableau desktop specialist, tableau certified data analyst | tableau | |
pl_300 | Power BI Data Analyst (PL-300) | 40 | pl-300, da-100, microsoft certified data analyst associate | power_bi | |
google_analytics_cert | Google Analytics Certification | 10 | google analytics certified, ga4 certification, google analytics individual qualification, gaiq | google_analytics | |
salesforce_admin_cert | Salesforce Certified Administrator | 50 | salesforce administrator certification, salesforce admin certified, adm 201, adm-201 | salesforce | |
cfa | CFA | 300 | chartered financial analyst, cfa level i, cfa level ii, cfa charterholder, cfa level iii, cfa level 1, cfa level 2, cfa level 3 | financial_analysis | frm |
frm | FRM | 200 | financial risk manager, garp frm | risk_management | cfa |
cpa | ~CPA | 300 | certified public accountant, us cpa, certified practising accountant, cpa australia, cpa qualified, cpa-qualified, cpa licence, cpa license | accounting | | accounting, accountant, certified, audit, tax, gaap, ifrs, licensed, finance, chartered
itil_foundation | ITIL Foundation Certification | 20 | itil 4 foundation, itil foundation, itil certified | itil | |
six_sigma_green_belt | Six Sigma Green Belt Certification | 40 | lssgb, cssgb, certified six sigma green belt | lean_six_sigma | |
togaf | TOGAF | 40 | togaf 9, togaf 10, togaf certified, the open group architecture framework | enterprise_architecture | |
cbap | CBAP | 60 | certified business analysis professional, iiba cbap, ccba | business_analysis | |
"""

BLOCKS = [("framework", FRAMEWORKS), ("data_ml", ML_MORE), ("devops", CLOUD_DEVOPS_MORE), ("tool", CERTIFICATIONS)]
