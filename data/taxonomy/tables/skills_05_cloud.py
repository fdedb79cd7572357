"""Cloud providers, platforms and managed services (AWS, Azure, Google Cloud, others)."""

PROVIDERS = """
aws | AWS | 80 | amazon web services, aws cloud, amazon aws, aws services | | azure, google_cloud |
azure | Microsoft Azure | 80 | azure, ms azure, azure cloud, windows azure | | aws, google_cloud |
google_cloud | Google Cloud | 70 | gcp, google cloud platform, google cloud services, gcloud | | aws, azure |
oracle_cloud | Oracle Cloud Infrastructure | 40 | oci, oracle cloud, oracle cloud infrastructure (oci) | | aws |
ibm_cloud | IBM Cloud | 40 | ibm bluemix, bluemix, ibm cloud platform | | aws |
alibaba_cloud | Alibaba Cloud | 40 | aliyun, alibaba cloud computing | | aws |
digitalocean | DigitalOcean | 10 | digital ocean, do droplets, digitalocean droplets | linux | linode |
linode | Linode | 10 | akamai linode, akamai cloud computing | linux | digitalocean |
heroku | Heroku | 6 | heroku platform, heroku deployment | git | vercel, render |
vercel | Vercel | 4 | vercel deployment, zeit now | nextjs | netlify |
netlify | Netlify | 4 | netlify functions, netlify deployment | | vercel |
render | ~Render | 4 | render.com, render hosting | git | heroku | hosting, deploy, deployment, paas, heroku, render.com
cloudflare | Cloudflare | 12 | cloudflare workers, cloudflare cdn, cloudflare pages | | cdn |
fly_io | Fly.io | 4 | fly io, flyio | docker | heroku |
openstack | OpenStack | 50 | open stack, openstack nova, openstack neutron | linux | vmware |
cloud_computing | Cloud Computing | 40 | cloud, cloud services, cloud platforms, cloud technologies, cloud infrastructure, iaas, paas, cloud native, cloud-native, public cloud | | aws, azure, google_cloud |
cloud_architecture | Cloud Architecture | 60 | cloud solutions architecture, cloud design, cloud solution design, cloud architectures | cloud_computing | aws_well_architected |
multi_cloud | Multi-Cloud | 20 | multicloud, multi cloud, hybrid cloud, hybrid-cloud | cloud_computing | cloud_architecture |
cloud_migration | Cloud Migration | 30 | migration to cloud, lift and shift, cloud migrations, cloud modernization | cloud_computing | cloud_architecture |
serverless | Serverless | 20 | serverless architecture, serverless computing, faas, functions as a service | cloud_computing | aws_lambda, azure_functions, google_cloud_functions |
serverless_framework | Serverless Framework | 8 | serverless.yml, sls framework | serverless | aws_sam |
cdn | CDN | 6 | content delivery network, content delivery networks, edge caching | | cloudflare, amazon_cloudfront |
finops | FinOps | 20 | cloud cost optimization, cloud cost management, cloud financial management | cloud_computing | |
aws_well_architected | AWS Well-Architected Framework | 15 | well-architected framework, well architected, aws well architected | aws | cloud_architecture |
"""

AWS = """
amazon_ec2 | Amazon EC2 | 10 | ec2, aws ec2, elastic compute cloud, ec2 instances, auto scaling groups, aws auto scaling | aws | azure_virtual_machines, google_compute_engine |
amazon_s3 | Amazon S3 | 6 | s3, aws s3, s3 buckets, simple storage service, amazon s3 buckets | aws | azure_blob_storage, google_cloud_storage |
aws_lambda | AWS Lambda | 10 | amazon lambda, ~lambda, lambda functions, aws lambda functions | aws | azure_functions, google_cloud_functions | aws, serverless, function, functions, api gateway, python, node, event, s3, dynamodb
amazon_rds | Amazon RDS | 10 | rds, aws rds, relational database service | aws, sql | azure_sql_database, google_cloud_sql |
amazon_aurora | Amazon Aurora | 10 | aurora db, aws aurora, aurora postgresql, aurora mysql | amazon_rds | | aws, rds, mysql, postgresql, database, serverless, cluster
amazon_dynamodb | Amazon DynamoDB | 12 | dynamodb, dynamo db, aws dynamodb | aws | mongodb, azure_cosmos_db |
amazon_documentdb | Amazon DocumentDB | 8 | documentdb, aws documentdb | aws | mongodb |
amazon_neptune | Amazon Neptune | 10 | neptune graph database, aws neptune | aws | neo4j |
amazon_elasticache | Amazon ElastiCache | 6 | elasticache, aws elasticache | aws, redis | |
amazon_ecs | Amazon ECS | 12 | ecs, aws ecs, elastic container service | aws, docker | amazon_eks |
amazon_eks | Amazon EKS | 20 | eks, aws eks, elastic kubernetes service | aws, kubernetes | azure_aks, google_gke |
aws_fargate | AWS Fargate | 6 | fargate, amazon fargate | amazon_ecs | |
amazon_ecr | Amazon ECR | 3 | ecr, aws ecr, elastic container registry | docker | |
aws_cloudformation | AWS CloudFormation | 15 | cloudformation, cfn, cloud formation, cloudformation templates | aws | terraform, aws_cdk, arm_templates |
aws_cdk | AWS CDK | 15 | cdk, aws cloud development kit, cdk for terraform, cdktf | aws_cloudformation | pulumi |
aws_sam | AWS SAM | 6 | serverless application model, aws serverless application model | aws_lambda | serverless_framework |
aws_iam | AWS IAM | 8 | aws identity and access management, iam roles, iam policies, aws iam policies | aws | identity_access_management |
amazon_vpc | Amazon VPC | 10 | aws vpc, vpc, virtual private cloud, aws networking, security groups | aws, networking | azure_vnet |
amazon_route53 | Amazon Route 53 | 4 | route 53, route53, aws route 53 | aws, dns | |
amazon_cloudfront | Amazon CloudFront | 4 | cloudfront, aws cloudfront | aws | cdn |
amazon_api_gateway | Amazon API Gateway | 6 | aws api gateway, api gateway aws | aws | azure_api_management, apigee |
amazon_sqs | Amazon SQS | 4 | sqs, aws sqs, simple queue service | aws | rabbitmq, azure_service_bus |
amazon_sns | Amazon SNS | 3 | sns, aws sns, simple notification service | aws | amazon_sqs |
amazon_eventbridge | Amazon EventBridge | 4 | eventbridge, aws eventbridge, cloudwatch events | aws | |
aws_step_functions | AWS Step Functions | 6 | step functions, aws step function, amazon states language | aws_lambda | apache_airflow |
amazon_kinesis | Amazon Kinesis | 10 | kinesis, aws kinesis, kinesis data streams, kinesis firehose, amazon data firehose | aws | apache_kafka, google_pubsub |
amazon_msk | Amazon MSK | 8 | msk, aws msk, managed streaming for kafka | apache_kafka | amazon_kinesis |
aws_glue | AWS Glue | 12 | amazon glue, glue etl, glue jobs, glue data catalog, ~glue | aws | azure_data_factory | aws, etl, spark, crawler, catalog, data catalog, pyspark, athena, s3, jobs
amazon_athena | Amazon Athena | 6 | aws athena, ~athena | amazon_s3, sql | google_bigquery, presto | aws, s3, sql, query, queries, glue, presto, serverless, data lake
amazon_redshift | Amazon Redshift | 20 | redshift, aws redshift, redshift spectrum | sql | snowflake, google_bigquery, azure_synapse |
amazon_emr | Amazon EMR | 12 | ~emr, aws emr, elastic mapreduce, elastic map reduce | apache_spark | google_dataproc, databricks | aws, spark, hadoop, hive, cluster, clusters, presto, big data, s3
aws_lake_formation | AWS Lake Formation | 6 | lake formation | aws | data_lakes |
amazon_quicksight | Amazon QuickSight | 10 | quicksight, aws quicksight | aws | tableau, power_bi |
amazon_sagemaker | Amazon SageMaker | 20 | sagemaker, aws sagemaker, sagemaker studio, sagemaker pipelines | machine_learning, aws | google_vertex_ai, azure_machine_learning |
amazon_bedrock | Amazon Bedrock | 8 | ~bedrock, aws bedrock, bedrock agents | aws | azure_openai, google_vertex_ai | aws, amazon, llm, genai, generative, claude, titan, models, foundation models, agents
amazon_rekognition | Amazon Rekognition | 5 | rekognition, aws rekognition | aws | computer_vision |
amazon_comprehend | Amazon Comprehend | 5 | comprehend nlp, aws comprehend | aws | natural_language_processing |
amazon_cloudwatch | Amazon CloudWatch | 6 | cloudwatch, aws cloudwatch, cloudwatch logs, cloudwatch alarms | aws | azure_monitor, google_cloud_monitoring |
aws_cloudtrail | AWS CloudTrail | 3 | cloudtrail, amazon cloudtrail | aws | amazon_cloudwatch |
aws_elastic_beanstalk | AWS Elastic Beanstalk | 6 | elastic beanstalk, beanstalk, aws beanstalk | aws | heroku, azure_app_service |
aws_amplify | AWS Amplify | 8 | amplify framework, amplify console | aws | firebase |
aws_appsync | AWS AppSync | 6 | appsync | graphql, aws | apollo |
amazon_cognito | Amazon Cognito | 6 | cognito, aws cognito, cognito user pools | aws | auth0 |
aws_kms | AWS KMS | 4 | kms, key management service, aws key management service | aws | azure_key_vault |
aws_secrets_manager | AWS Secrets Manager | 3 | secrets manager, aws parameter store, ssm parameter store | aws | hashicorp_vault |
aws_systems_manager | AWS Systems Manager | 6 | aws ssm, systems manager, ssm session manager | aws | |
aws_codepipeline | AWS CodePipeline | 6 | codepipeline, codebuild, aws codebuild, codedeploy, aws codedeploy, codecommit | aws, ci_cd | jenkins, github_actions |
aws_waf | AWS WAF | 4 | aws web application firewall, aws shield | aws | web_application_firewall |
amazon_guardduty | Amazon GuardDuty | 4 | guardduty, aws guardduty, aws security hub, security hub | aws | siem |
amazon_efs | Amazon EFS | 3 | efs, elastic file system, amazon ebs, ebs, elastic block store | aws | |
aws_direct_connect | AWS Direct Connect | 4 | direct connect, aws transit gateway, transit gateway, aws site-to-site vpn | amazon_vpc | |
aws_organizations | AWS Organizations | 4 | aws control tower, control tower, aws landing zone, landing zone | aws | |
aws_batch | AWS Batch | 4 | amazon batch | aws | |
amazon_connect | Amazon Connect | 8 | aws connect contact center | aws | |
"""

AZURE = """
azure_virtual_machines | Azure Virtual Machines | 8 | azure vms, azure vm, azure virtual machine, azure vm scale sets, vmss | azure | amazon_ec2 |
azure_functions | Azure Functions | 8 | azure function, azure function apps, function apps | azure | aws_lambda |
azure_app_service | Azure App Service | 6 | azure web apps, azure app services, azure web app | azure | aws_elastic_beanstalk |
azure_aks | Azure Kubernetes Service | 20 | aks, azure aks, azure kubernetes | azure, kubernetes | amazon_eks, google_gke |
azure_container_apps | Azure Container Apps | 5 | container apps, azure container instances, aci, azure container registry, acr | azure, docker | google_cloud_run |
azure_blob_storage | Azure Blob Storage | 4 | blob storage, azure blob, azure storage, azure storage account, adls, adls gen2, azure data lake storage | azure | amazon_s3 |
azure_sql_database | Azure SQL Database | 8 | azure sql, azure sql db, azure sql managed instance | azure, sql_server | amazon_rds |
azure_cosmos_db | Azure Cosmos DB | 12 | cosmos db, cosmosdb, azure cosmosdb | azure | amazon_dynamodb, mongodb |
azure_data_factory | Azure Data Factory | 15 | adf, data factory, azure datafactory | azure | aws_glue, ssis |
azure_synapse | Azure Synapse Analytics | 15 | ~synapse, azure synapse, synapse analytics, azure sql data warehouse | azure, sql | amazon_redshift, snowflake | azure, microsoft, data warehouse, sql, analytics, spark, pipelines, data factory
azure_databricks | Azure Databricks | 10 | databricks on azure | databricks, azure | |
microsoft_fabric | Microsoft Fabric | 15 | ms fabric, fabric lakehouse, onelake | azure | azure_synapse, power_bi |
azure_machine_learning | Azure Machine Learning | 15 | azure ml, azureml, azure machine learning studio | machine_learning, azure | amazon_sagemaker |
azure_openai | Azure OpenAI Service | 8 | azure openai, azure open ai, azure ai foundry | azure | openai_api |
azure_ai_services | Azure AI Services | 8 | azure cognitive services, cognitive services, azure ai search, azure cognitive search | azure | |
microsoft_entra_id | Microsoft Entra ID | 10 | azure ad, azure active directory, entra id, aad, azure entra | azure | active_directory, okta |
arm_templates | ARM Templates | 8 | azure resource manager, azure resource manager templates, arm template | azure | bicep, aws_cloudformation |
bicep | ~Bicep | 6 | azure bicep, bicep templates | azure | arm_templates, terraform | azure, arm, templates, infrastructure as code, iac, deployment
azure_devops | Azure DevOps | 15 | azure pipelines, azure devops services, vsts, tfs, team foundation server, azure repos, azure boards | | github_actions, jenkins |
azure_monitor | Azure Monitor | 6 | application insights, app insights, log analytics, azure log analytics, kql, kusto | azure | amazon_cloudwatch |
azure_key_vault | Azure Key Vault | 3 | key vault, azure keyvault | azure | aws_kms, hashicorp_vault |
azure_service_bus | Azure Service Bus | 5 | service bus, azure event hubs, event hubs, azure event grid, event grid | azure | amazon_sqs, apache_kafka |
azure_logic_apps | Azure Logic Apps | 6 | logic apps, logic app | azure | power_automate |
azure_api_management | Azure API Management | 6 | apim, azure apim | azure | amazon_api_gateway, apigee |
azure_vnet | Azure Virtual Network | 8 | vnet, azure vnet, azure networking, nsg, azure expressroute, expressroute, azure front door | azure, networking | amazon_vpc |
azure_stream_analytics | Azure Stream Analytics | 6 | stream analytics | azure | amazon_kinesis |
azure_policy | Azure Policy | 4 | azure governance, azure blueprints | azure | |
"""

GCP = """
google_compute_engine | Google Compute Engine | 8 | compute engine, gce, gcp compute engine | google_cloud | amazon_ec2 |
google_gke | Google Kubernetes Engine | 20 | gke, google kubernetes engine (gke), gcp gke, gke autopilot | google_cloud, kubernetes | amazon_eks, azure_aks |
google_cloud_run | Google Cloud Run | 5 | cloud run, gcp cloud run | docker, google_cloud | aws_fargate |
google_cloud_functions | Google Cloud Functions | 5 | cloud functions, gcp cloud functions, gcf | google_cloud | aws_lambda, azure_functions |
google_app_engine | Google App Engine | 6 | app engine, gae, gcp app engine | google_cloud | heroku |
google_cloud_storage | Google Cloud Storage | 3 | gcs, cloud storage buckets, gcp storage, gcs buckets | google_cloud | amazon_s3 |
google_bigquery | Google BigQuery | 15 | bigquery, big query, bq, gcp bigquery, bigquery ml, bqml | sql | snowflake, amazon_redshift |
google_cloud_sql | Google Cloud SQL | 5 | cloud sql, gcp cloud sql, alloydb | google_cloud, sql | amazon_rds |
google_spanner | Google Cloud Spanner | 10 | cloud spanner, ~spanner | google_cloud | cockroachdb | google, gcp, cloud, database, sql, distributed
google_bigtable | Google Cloud Bigtable | 8 | bigtable, cloud bigtable | google_cloud | hbase |
google_pubsub | Google Cloud Pub/Sub | 5 | pub/sub, pubsub, gcp pubsub, cloud pub/sub | google_cloud | apache_kafka, amazon_kinesis |
google_dataflow | Google Cloud Dataflow | 12 | ~dataflow, gcp dataflow, cloud dataflow | apache_beam | apache_spark | google, gcp, beam, apache beam, pipeline, pipelines, streaming, bigquery, pub/sub
google_dataproc | Google Cloud Dataproc | 8 | dataproc, cloud dataproc | apache_spark | amazon_emr |
google_cloud_composer | Google Cloud Composer | 6 | cloud composer, gcp composer | apache_airflow | |
google_vertex_ai | Google Vertex AI | 15 | vertex ai, ~vertex, vertexai, google ai platform, gcp ai platform | machine_learning | amazon_sagemaker, azure_machine_learning | google, gcp, cloud, ai, ml, pipelines, model, models, training, gemini
gemini_api | Google Gemini API | 5 | ~gemini, gemini pro, google gemini, palm api | python | openai_api | google, llm, api, model, models, ai, vertex, genai, generative
google_cloud_build | Google Cloud Build | 4 | cloud build, gcp cloud build | google_cloud | github_actions |
google_cloud_monitoring | Google Cloud Monitoring | 4 | stackdriver, cloud logging, google cloud operations suite, cloud monitoring | google_cloud | amazon_cloudwatch |
google_anthos | Google Anthos | 15 | anthos, gke enterprise | google_gke | openshift |
apigee | Apigee | 12 | google apigee, apigee edge, apigee x | rest_api | amazon_api_gateway, azure_api_management |
dialogflow | Dialogflow | 8 | dialogflow cx, dialogflow es, api.ai | | chatbots |
firebase_analytics | Firebase Analytics | 4 | google analytics for firebase | firebase | google_analytics |
looker | ~Looker | 20 | looker bi, lookml, google looker | sql | tableau, power_bi, looker_studio | lookml, bi, dashboards, sql, data, analytics, google, explores, business intelligence, dashboard
looker_studio | Looker Studio | 6 | google data studio, data studio, google looker studio | | looker, tableau |
"""

BLOCKS = [("cloud", PROVIDERS), ("cloud", AWS), ("cloud", AZURE), ("cloud", GCP)]
