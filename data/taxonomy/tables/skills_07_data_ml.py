"""Data science, machine learning, AI and their libraries."""

ML_CONCEPTS = """
machine_learning | Machine Learning | 120 | ml, machine-learning, ml algorithms, machine learning algorithms, machine learning models, ml models, statistical learning | python, statistics | deep_learning, data_science |
deep_learning | Deep Learning | 100 | deep neural networks, deep learning models, dnn, dnns | machine_learning | neural_networks, pytorch, tensorflow |
artificial_intelligence | Artificial Intelligence | 80 | ai, a.i., ai/ml, ai & ml, artificial intelligence (ai) | | machine_learning |
data_science | Data Science | 120 | data-science, data science methods | statistics, python | machine_learning, data_analysis |
natural_language_processing | Natural Language Processing | 80 | nlp, natural language processing (nlp), computational linguistics, text mining, text analytics, natural language understanding, nlu, pos tagging, part-of-speech tagging, part of speech tagging | machine_learning | large_language_models, computer_vision |
computer_vision | Computer Vision | 80 | machine vision, image processing, image recognition, image analysis, computer vision (cv) | deep_learning | natural_language_processing, opencv |
reinforcement_learning | Reinforcement Learning | 60 | rl, deep reinforcement learning, drl, q-learning, policy gradients | machine_learning | |
neural_networks | Neural Networks | 40 | neural network, artificial neural networks, anns, multilayer perceptron, backpropagation | machine_learning | deep_learning |
cnn | Convolutional Neural Networks | 25 | ~cnn, cnns, convnets, convolutional networks, resnet | neural_networks | computer_vision | neural, network, networks, deep learning, convolutional, image, images, pytorch, tensorflow, keras, vision, layers, model
rnn_lstm | Recurrent Neural Networks | 25 | rnn, rnns, lstm, lstms, gru, recurrent networks, sequence models | neural_networks | transformer_models |
transformer_models | Transformer Models | 30 | ~transformers, ~transformer, transformer architecture, transformer models, attention mechanism, self-attention, bert, gpt models, encoder-decoder models | deep_learning | large_language_models | bert, gpt, attention, nlp, llm, hugging face, language model, models, encoder, decoder, pretrained, pytorch
large_language_models | Large Language Models | 40 | llm, llms, large language model, foundation models, gpt-4, gpt, chatgpt api, claude api, llama models, open-source llms | natural_language_processing | generative_ai, prompt_engineering |
generative_ai | Generative AI | 30 | genai, gen ai, generative artificial intelligence, gen-ai, generative models | machine_learning | large_language_models |
prompt_engineering | Prompt Engineering | 10 | prompt design, prompting, prompt tuning, few-shot prompting, chain-of-thought prompting | large_language_models | |
retrieval_augmented_generation | Retrieval-Augmented Generation | 20 | ~rag, retrieval augmented generation, rag pipelines, retrieval-augmented generation (rag) | large_language_models, vector_databases | semantic_search | llm, llms, retrieval, vector, embeddings, generation, langchain, pipeline, pipelines, genai, chunking, search
ai_agents | AI Agents | 20 | agentic ai, llm agents, autonomous agents, multi-agent systems, agentic workflows, tool calling, function calling | large_language_models | langchain |
fine_tuning | LLM Fine-Tuning | 25 | fine-tuning, fine tuning, finetuning, lora, qlora, peft, rlhf, instruction tuning | deep_learning | transfer_learning |
transfer_learning | Transfer Learning | 15 | pretrained models, pre-trained models, domain adaptation | deep_learning | fine_tuning |
embeddings | Embeddings | 12 | vector embeddings, text embeddings, word embeddings, word2vec, glove embeddings, sentence embeddings, sentence transformers | machine_learning | vector_databases |
semantic_search | Semantic Search | 15 | neural search, dense retrieval, hybrid search | embeddings | information_retrieval |
information_retrieval | Information Retrieval | 40 | search ranking, learning to rank, bm25, search relevance, ranking algorithms | | semantic_search, elasticsearch |
recommender_systems | Recommender Systems | 40 | recommendation systems, recommendation engines, recommendation engine, recommender system, collaborative filtering, recsys, personalization algorithms | machine_learning | information_retrieval |
time_series_analysis | Time Series Analysis | 40 | time series, time-series, time series forecasting, time series modeling, arima, sarima, time-series analysis | statistics | forecasting |
anomaly_detection | Anomaly Detection | 20 | outlier detection, fraud detection models, novelty detection | machine_learning | |
feature_engineering | Feature Engineering | 20 | feature selection, feature extraction, feature engineering pipelines | machine_learning | |
supervised_learning | Supervised Learning | 30 | classification models, regression models, supervised machine learning, classification and regression | machine_learning | unsupervised_learning |
unsupervised_learning | Unsupervised Learning | 25 | clustering, cluster analysis, k-means, kmeans, dimensionality reduction, pca, principal component analysis, t-sne, umap | machine_learning | supervised_learning |
ensemble_methods | Ensemble Methods | 15 | random forest, random forests, gradient boosting, boosting, bagging, decision trees, gbm | supervised_learning | xgboost |
model_evaluation | Model Evaluation | 15 | model validation, cross-validation, cross validation, hyperparameter tuning, hyperparameter optimization, roc auc, precision and recall | machine_learning | |
explainable_ai | Explainable AI | 15 | xai, model interpretability, interpretability, explainability, shap values | machine_learning | shap |
responsible_ai | Responsible AI | 15 | ai ethics, ai fairness, algorithmic fairness, bias mitigation, ai governance, trustworthy ai | machine_learning | explainable_ai |
mlops | MLOps | 40 | ml ops, machine learning operations, ml engineering, ml pipelines, model deployment, llmops | machine_learning, docker | mlflow, kubeflow, devops |
speech_recognition | Speech Recognition | 30 | asr, automatic speech recognition, speech-to-text, speech to text, text-to-speech, tts, speech processing | deep_learning | natural_language_processing |
ocr | OCR | 15 | optical character recognition, tesseract, document ai, intelligent document processing | computer_vision | |
object_detection | Object Detection | 25 | yolov8, yolov5, faster r-cnn, image segmentation, semantic segmentation, instance segmentation | computer_vision | cnn |
generative_adversarial_networks | Generative Adversarial Networks | 25 | gan, gans, generative adversarial network | deep_learning | diffusion_models |
diffusion_models | Diffusion Models | 25 | stable diffusion, diffusion model, text-to-image, image generation, latent diffusion | deep_learning | generative_adversarial_networks |
graph_neural_networks | Graph Neural Networks | 25 | gnn, gnns, graph neural network, pytorch geometric, dgl | deep_learning | knowledge_graphs |
knowledge_graphs | Knowledge Graphs | 25 | knowledge graph, ontologies, ontology, semantic web, linked data | | graph_databases, rdf |
rdf | RDF | 10 | resource description framework, owl ontology, rdf/owl, triple stores, triplestore | | knowledge_graphs, sparql |
named_entity_recognition | Named Entity Recognition | 15 | ner, entity extraction, entity recognition, information extraction | natural_language_processing | |
sentiment_analysis | Sentiment Analysis | 12 | opinion mining, sentiment classification, emotion detection | natural_language_processing | |
topic_modeling | Topic Modeling | 10 | topic modelling, lda, latent dirichlet allocation, bertopic | natural_language_processing | |
text_classification | Text Classification | 12 | document classification, intent classification, text categorization | natural_language_processing | |
chatbots | Chatbots | 20 | chatbot, conversational ai, virtual assistants, conversational agents, rasa | natural_language_processing | dialogflow |
causal_inference | Causal Inference | 40 | causal analysis, causal modeling, uplift modeling, difference-in-differences, propensity score matching, instrumental variables | statistics | a_b_testing, econometrics |
bayesian_statistics | Bayesian Statistics | 40 | bayesian inference, bayesian methods, bayesian modeling, bayesian analysis, mcmc, probabilistic programming | statistics | pymc |
statistical_modeling | Statistical Modeling | 40 | statistical models, statistical modelling, generalized linear models, glm, glms, mixed models, survival analysis | statistics | regression_analysis |
predictive_modeling | Predictive Modeling | 30 | predictive modelling, predictive analytics, predictive models, propensity modeling, churn prediction | machine_learning | statistical_modeling |
data_mining | Data Mining | 30 | data-mining, knowledge discovery, pattern mining, association rules, market basket analysis | statistics | machine_learning |
mathematical_optimization | Mathematical Optimization | 50 | operations research, linear programming, integer programming, mixed integer programming, milp, convex optimization, gurobi, cplex, or-tools | linear_algebra | |
linear_algebra | Linear Algebra | 40 | matrix algebra, matrices and vectors, vector spaces, eigenvalues | | calculus |
calculus | Calculus | 40 | multivariable calculus, differential calculus, derivatives and integrals | | linear_algebra |
probability | Probability Theory | 30 | probability, probability theory, probability distributions, stochastic processes | | statistics |
simulation_modeling | Simulation Modeling | 25 | monte carlo simulation, monte carlo methods, discrete event simulation, agent-based modeling, simulation modelling | probability | |
"""

ML_LIBRARIES = """
numpy | NumPy | 15 | numpy arrays, num py | python | pandas, scipy |
pandas | ~Pandas | 25 | pandas library, python pandas, pandas dataframes, pandas dataframe | python, numpy | polars, numpy, r | python, dataframe, dataframes, numpy, data analysis, jupyter, matplotlib, library, scikit-learn, csv
polars | ~Polars | 8 | polars dataframe, pola.rs, python polars | python | pandas | dataframe, dataframes, python, rust, pandas, lazy, data
scipy | SciPy | 15 | sci py, scipy stats | numpy | numpy |
matplotlib | Matplotlib | 8 | matplotlib pyplot, pyplot | python | seaborn, plotly |
seaborn | Seaborn | 5 | seaborn plots | matplotlib | plotly |
plotly | Plotly | 8 | plotly express, plotly.py, plotly.js | python | matplotlib, dash |
bokeh | ~Bokeh | 6 | bokeh plots | python | plotly | python, visualization, plots, charts, interactive, dashboard
altair | ~Altair | 4 | vega-lite, vega lite, altair charts | python | plotly | python, vega, visualization, charts, declarative, plots
scikit_learn | scikit-learn | 30 | sklearn, scikit learn, scikitlearn, sci-kit learn, scikit | python, numpy | statsmodels, xgboost |
statsmodels | statsmodels | 10 | stats models | python, statistics | scikit_learn |
xgboost | XGBoost | 8 | xg boost, xgb | scikit_learn | lightgbm, catboost |
lightgbm | LightGBM | 6 | light gbm, lgbm | scikit_learn | xgboost |
catboost | CatBoost | 5 | cat boost | scikit_learn | xgboost |
pytorch | PyTorch | 40 | ~torch, py torch, pytorch lightning, lightning ai, torchvision | python, deep_learning | tensorflow, jax | deep learning, neural, model, models, training, gpu, cuda, python, tensor, tensors, machine learning, ml, nn
tensorflow | TensorFlow | 40 | tensor flow, tf2, tensorflow 2, tf.keras, tfx, tensorflow extended | python, deep_learning | pytorch, keras |
keras | Keras | 20 | keras api, keras 3 | python | tensorflow |
jax | ~JAX | 30 | google jax, jax/flax | python, numpy | pytorch | google, numpy, autodiff, xla, flax, gpu, tpu, deep learning, python, machine learning
tensorflow_lite | TensorFlow Lite | 10 | tflite, tf lite, litert | tensorflow | onnx |
onnx | ONNX | 8 | onnx runtime, onnxruntime, open neural network exchange | deep_learning | tensorrt |
tensorrt | TensorRT | 12 | nvidia tensorrt, triton inference server, nvidia triton | cuda | onnx |
hugging_face | Hugging Face | 15 | huggingface, hugging face transformers, huggingface transformers, hf transformers, hugging face hub, hf hub | python, deep_learning | transformer_models, pytorch |
spacy | spaCy | 10 | spacy nlp | python | nltk |
nltk | NLTK | 8 | natural language toolkit | python | spacy |
gensim | Gensim | 6 | gensim word2vec | python | nltk |
opencv | OpenCV | 20 | open cv, opencv-python, cv2 | python | computer_vision, scikit_image |
scikit_image | scikit-image | 8 | skimage, scikit image | python | opencv |
pillow | ~Pillow | 3 | pil, python imaging library | python | opencv | python, image, images, pil, imaging, library
langchain | LangChain | 12 | lang chain, langgraph, langsmith | python, large_language_models | llamaindex |
llamaindex | LlamaIndex | 10 | llama index, llama_index, gpt index | python, large_language_models | langchain |
openai_api | OpenAI API | 6 | openai, open ai api, openai gpt api, chatgpt api integration, openai sdk | python | gemini_api, azure_openai |
anthropic_api | Anthropic API | 5 | ~claude, anthropic claude, claude sdk | python | openai_api | anthropic, llm, api, model, models, ai, prompt, prompts, genai, sonnet, opus
ollama | Ollama | 3 | llama.cpp, vllm, local llms | large_language_models | |
dask | Dask | 10 | dask distributed, dask dataframe | pandas | apache_spark, ray |
ray | ~Ray | 15 | ray framework, anyscale, ray serve, ray tune, ray distributed | python | dask, apache_spark | anyscale, distributed, python, cluster, tune, serve, rllib, ml, scaling, parallel
numba | Numba | 6 | numba jit | numpy | cython |
cython | Cython | 10 | cython extensions | python, c | numba |
fastai | fastai | 20 | fast.ai library, fastai library | pytorch | pytorch |
mlflow | MLflow | 8 | ml flow, mlflow tracking, mlflow model registry | python, machine_learning | kubeflow, weights_and_biases |
kubeflow | Kubeflow | 15 | kube flow, kubeflow pipelines | kubernetes, machine_learning | mlflow |
weights_and_biases | Weights & Biases | 4 | wandb, w&b, weights and biases | machine_learning | mlflow |
dvc | DVC | 5 | data version control, dvc pipelines | git | mlflow |
optuna | Optuna | 4 | hyperopt, ray tune hyperparameter | machine_learning | |
shap | SHAP | 5 | shap library, shapley values, shapley additive explanations | machine_learning | explainable_ai |
prophet | ~Prophet | 5 | facebook prophet, fbprophet, meta prophet | python | time_series_analysis | forecasting, time series, facebook, meta, python, seasonality, forecast
pymc | PyMC | 15 | pymc3, pystan, cmdstan | python, bayesian_statistics | |
jupyter | Jupyter | 4 | jupyter notebook, jupyter notebooks, jupyterlab, jupyter lab, ipython, ipynb | python | google_colab |
google_colab | Google Colab | 2 | colaboratory, colab notebooks | jupyter | jupyter |
streamlit | Streamlit | 6 | streamlit apps, streamlit app | python | dash, gradio |
dash | ~Dash | 8 | plotly dash, dash plotly | python, plotly | streamlit | plotly, python, dashboard, dashboards, app, apps, callbacks, flask
gradio | Gradio | 3 | gradio app, gradio apps | python | streamlit |
feast | ~Feast | 6 | feast feature store, feature store, feature stores, tecton | mlops | | feature store, features, ml, mlops, online, offline, serving
rstudio | RStudio | 4 | r studio, rstudio ide, posit workbench | r | jupyter |
tidyverse | tidyverse | 15 | dplyr, tidyr, purrr, readr, tidy verse | r | pandas |
ggplot2 | ggplot2 | 8 | ggplot, gg plot | r | matplotlib |
r_shiny | ~Shiny | 15 | r shiny, shiny apps, rshiny, shiny dashboards | r | streamlit, dash | r, rstudio, app, apps, dashboard, dashboards, reactive, server, ui, tidyverse
caret | ~Caret | 8 | caret package, tidymodels | r | scikit_learn | r, package, machine learning, models, training, tidymodels, cran
data_table_r | data.table | 6 | r data.table, data table r | r | tidyverse |
weka | Weka | 10 | weka workbench | machine_learning | |
h2o_ai | H2O.ai | 10 | h2o, h2o automl, driverless ai | machine_learning | automl |
automl | AutoML | 8 | automated machine learning, auto ml, auto-sklearn, autogluon | machine_learning | h2o_ai |
"""

DATA_ENGINEERING = """
data_engineering | Data Engineering | 100 | data-engineering, data engineering pipelines | sql, python | data_science, etl |
etl | ETL | 30 | etl pipelines, etl processes, extract transform load, etl development, elt, elt pipelines, etl/elt | sql | data_pipelines, data_warehousing |
data_pipelines | Data Pipelines | 30 | data pipeline, data pipeline development, pipeline orchestration, data ingestion, data integration, batch data pipelines, streaming data pipelines, ingestion pipelines | python, sql | etl, apache_airflow |
big_data | Big Data | 40 | big-data, big data technologies, big data ecosystem, large-scale data processing | | hadoop, apache_spark |
hadoop | Hadoop | 40 | apache hadoop, hadoop ecosystem, cloudera, hortonworks, cdh, hdp | java, linux | apache_spark, big_data |
hdfs | HDFS | 8 | hadoop distributed file system | hadoop | amazon_s3 |
mapreduce | MapReduce | 12 | map reduce, map-reduce, hadoop mapreduce | hadoop | apache_spark |
yarn_hadoop | Hadoop YARN | 6 | hadoop yarn, yarn resource manager, apache yarn | hadoop | |
apache_spark | Apache Spark | 40 | ~spark, spark sql, spark core, spark 3, spark dataframes, spark rdd | python, sql | hadoop, apache_flink, databricks | pyspark, scala, hadoop, databricks, big data, sql, streaming, cluster, rdd, dataframe, emr, etl, data engineering
pyspark | PySpark | 20 | py spark, pyspark sql, spark python api | apache_spark, python | pandas |
spark_streaming | Spark Streaming | 12 | spark structured streaming, structured streaming, dstreams | apache_spark | apache_flink, kafka_streams |
apache_flink | Apache Flink | 30 | flink, pyflink, flink sql | java | apache_spark, kafka_streams |
apache_beam | Apache Beam | 20 | ~beam, beam sdk | java | google_dataflow, apache_flink | apache, dataflow, pipeline, pipelines, streaming, batch, python, java, google
apache_storm | Apache Storm | 20 | ~storm, storm topology | java | apache_flink | apache, streaming, topology, real-time, bolts, spouts, hadoop, kafka
apache_kafka | Apache Kafka | 30 | kafka, kafka connect, confluent, confluent kafka, kafka topics, kafka consumers, kafka producers | | rabbitmq, amazon_kinesis, apache_pulsar |
kafka_streams | Kafka Streams | 15 | ksql, ksqldb, kafka streams api | apache_kafka | apache_flink |
apache_pulsar | Apache Pulsar | 15 | ~pulsar, pulsar messaging | | apache_kafka | apache, messaging, streaming, topics, kafka, brokers
apache_nifi | Apache NiFi | 15 | nifi, apache nifi flows | | apache_airflow |
apache_airflow | Apache Airflow | 20 | airflow, airflow dags, airflow dag, mwaa | python, data_pipelines | prefect, dagster, luigi |
prefect | ~Prefect | 8 | prefect flows, prefect 2 | python | apache_airflow, dagster | workflow, orchestration, flows, python, dag, pipelines, airflow, dagster
dagster | Dagster | 10 | dagster pipelines | python | apache_airflow, prefect |
luigi | ~Luigi | 8 | spotify luigi, luigi pipelines | python | apache_airflow | spotify, pipelines, pipeline, workflow, tasks, python, airflow, batch
oozie | Oozie | 6 | apache oozie | hadoop | apache_airflow |
dbt | dbt | 15 | data build tool, dbt core, dbt cloud, dbt models | sql, etl | apache_airflow, snowflake |
apache_hive | Apache Hive | 15 | ~hive, hiveql, hive sql, hive metastore | hadoop, sql | presto, apache_impala | hadoop, sql, hiveql, hdfs, spark, big data, tables, metastore, query, queries, warehouse, data lake
apache_pig | Apache Pig | 10 | ~pig, pig latin | hadoop | apache_hive | hadoop, latin, scripts, mapreduce, big data, hive, hdfs
apache_impala | Apache Impala | 10 | ~impala, cloudera impala | hadoop, sql | apache_hive, presto | hadoop, cloudera, sql, hive, hdfs, query, queries, big data, kudu
apache_sqoop | Apache Sqoop | 4 | sqoop | hadoop | apache_nifi |
presto | ~Presto | 10 | prestodb, presto sql, prestosql | sql | trino, amazon_athena | sql, query, queries, engine, trino, hive, data lake, athena, facebook
trino | Trino | 10 | trino sql, starburst | sql | presto |
apache_druid | Apache Druid | 15 | ~druid, druid db | sql | clickhouse, apache_pinot | apache, olap, real-time, analytics, database, time series, imply, superset
apache_pinot | Apache Pinot | 15 | ~pinot, startree | sql | apache_druid | apache, olap, real-time, analytics, database, linkedin, startree
databricks | Databricks | 20 | databricks lakehouse, databricks platform, databricks sql, unity catalog | apache_spark | snowflake, delta_lake |
delta_lake | Delta Lake | 8 | delta tables, delta lake tables, delta live tables, dlt | apache_spark | apache_iceberg, apache_hudi |
apache_iceberg | Apache Iceberg | 8 | iceberg tables, ~iceberg | | delta_lake, apache_hudi | apache, tables, table format, lakehouse, spark, trino, data lake, parquet, snowflake
apache_hudi | Apache Hudi | 8 | hudi | | delta_lake, apache_iceberg |
parquet | Apache Parquet | 4 | ~parquet, parquet files, columnar storage, orc files | | apache_avro | files, format, columnar, spark, avro, data lake, s3, arrow, orc, delta, iceberg
apache_avro | Apache Avro | 4 | avro, avro schemas, schema registry | | parquet, protobuf |
change_data_capture | Change Data Capture | 10 | debezium, log-based cdc | sql | apache_kafka |
stream_processing | Stream Processing | 30 | streaming data, real-time data processing, event streaming, real-time streaming, streaming pipelines | data_pipelines | apache_kafka, apache_flink |
batch_processing | Batch Processing | 15 | batch jobs, batch data processing, batch pipelines | data_pipelines | stream_processing |
fivetran | Fivetran | 4 | five tran | | airbyte |
airbyte | Airbyte | 5 | air byte | | fivetran |
stitch_data | ~Stitch | 3 | stitch data, stitch etl | | fivetran | etl, elt, data, pipelines, fivetran, connectors, warehouse, ingestion, talend
informatica | Informatica | 30 | informatica powercenter, powercenter, informatica cloud, iics, informatica idmc | sql, etl | talend, ssis |
talend | Talend | 25 | talend open studio, talend data integration | etl | informatica |
ssis | SSIS | 20 | sql server integration services, ms ssis | sql_server, etl | azure_data_factory, informatica |
ibm_datastage | IBM DataStage | 25 | datastage, infosphere datastage | etl | informatica |
matillion | Matillion | 8 | matillion etl | etl | fivetran |
data_quality | Data Quality | 15 | data validation, data profiling, data quality checks, ~great expectations, data observability, monte carlo data | sql | data_governance | data, validation, pipeline, pipelines, python, expectations, dbt, checks, quality
data_governance | Data Governance | 25 | data stewardship, data catalog, data catalogs, data lineage, collibra, alation, metadata management | | data_quality, master_data_management |
master_data_management | Master Data Management | 20 | master data, reference data management | | data_governance |
data_cleaning | Data Cleaning | 10 | data cleansing, data wrangling, data munging, data preparation, data preprocessing, data prep | | data_analysis |
web_scraping | Web Scraping | 10 | web crawling, scraping, scrapy, beautifulsoup, beautiful soup, bs4, selenium scraping | python, html | |
requests_library | Python Requests | 3 | python requests, ~requests | python | | python, http, library, api, apis, scraping, urllib, get, post
"""

BLOCKS = [("data_ml", ML_CONCEPTS), ("data_ml", ML_LIBRARIES), ("data_ml", DATA_ENGINEERING)]
