"""Databases, data stores, search engines and database practices."""

DATABASES = """
postgresql | PostgreSQL | 40 | postgres, pg, psql, postgre, postgresql 15, postgresql 16, pl/pgsql, plpgsql, postgres db | sql | mysql, sql_server, oracle_database |
mysql | MySQL | 30 | my sql, mysql 8, mysql server, mysql database | sql | postgresql, mariadb |
mariadb | MariaDB | 20 | maria db, mariadb server | sql | mysql |
sqlite | SQLite | 8 | sqlite3, sqlite 3, sql lite | sql | postgresql |
oracle_database | Oracle Database | 50 | oracle db, oracle rdbms, oracle 19c, oracle 12c, oracle sql, ~oracle, oracle 21c | sql | postgresql, sql_server, plsql | database, db, pl/sql, sql, rac, dba, rman, 19c, 12c, schema, tables, data guard
sql_server | Microsoft SQL Server | 40 | sql server, mssql, ms sql, ms sql server, sqlserver, sql server 2019, sql server 2022 | sql | postgresql, oracle_database, tsql |
db2 | IBM Db2 | 40 | db2, ibm db2, db2 luw, db2 z/os | sql | oracle_database |
sybase | SAP ASE (Sybase) | 30 | sybase, sybase ase, sap ase | sql | sql_server |
teradata | Teradata | 30 | teradata sql, teradata vantage | sql | snowflake, netezza |
netezza | Netezza | 20 | ibm netezza, puredata | sql | teradata |
vertica | Vertica | 20 | hp vertica, micro focus vertica | sql | teradata |
greenplum | Greenplum | 20 | greenplum database | postgresql | teradata |
snowflake | ~Snowflake | 30 | snowflake data cloud, snowflake db, snowflake data warehouse, snowpark, snowsql | sql | google_bigquery, amazon_redshift, databricks | data warehouse, warehouse, sql, dbt, cloud, data, etl, elt, snowpipe, analytics, databricks, redshift, bigquery
clickhouse | ClickHouse | 20 | click house, clickhouse db | sql | apache_druid, google_bigquery |
duckdb | DuckDB | 8 | duck db | sql | sqlite, clickhouse |
singlestore | SingleStore | 15 | memsql, single store | sql | clickhouse |
cockroachdb | CockroachDB | 20 | cockroach db, crdb | postgresql | google_spanner |
yugabytedb | YugabyteDB | 20 | yugabyte | postgresql | cockroachdb |
tidb | TiDB | 20 | pingcap tidb | mysql | cockroachdb |
timescaledb | TimescaleDB | 12 | timescale | postgresql | influxdb |
influxdb | InfluxDB | 12 | influx db, influxql, flux query | | timescaledb, prometheus |
mongodb | MongoDB | 30 | mongo, mongo db, mongodb atlas, mongodb 6, mongo shell | | couchbase, amazon_dynamodb, postgresql |
couchbase | Couchbase | 20 | couchbase server, n1ql | | mongodb |
couchdb | CouchDB | 15 | apache couchdb, couch db, pouchdb | | couchbase |
cassandra | ~Cassandra | 40 | apache cassandra, cassandra db, cql, datastax | | scylladb, hbase, amazon_dynamodb | database, nosql, apache, datastax, cql, cluster, keyspace, wide-column, distributed
scylladb | ScyllaDB | 20 | scylla db, scylla | | cassandra |
hbase | HBase | 30 | apache hbase | hadoop | cassandra, google_bigtable |
redis | Redis | 15 | redis cache, redis cluster, redis streams, redis db, valkey | | memcached |
memcached | Memcached | 6 | memcache | | redis |
hazelcast | Hazelcast | 15 | hazelcast imdg | java | redis |
etcd | etcd | 8 | etcd cluster | | consul, zookeeper |
zookeeper | ZooKeeper | 15 | apache zookeeper, zookeeper ensemble | | etcd |
rocksdb | RocksDB | 15 | rocks db, leveldb | cpp | |
neo4j | Neo4j | 20 | neo4j graph database, neo 4j, neo4j aura | | graph_databases, arangodb |
arangodb | ArangoDB | 15 | arango db | | neo4j |
janusgraph | JanusGraph | 20 | janus graph, titan graph, gremlin, apache tinkerpop | | neo4j |
graph_databases | Graph Databases | 20 | graph database, graph db, graph dbs | | neo4j, knowledge_graphs |
elasticsearch | Elasticsearch | 30 | elastic search, elastic stack search, elasticsearch 8, elastic cloud | | opensearch, solr |
opensearch | OpenSearch | 25 | open search, amazon opensearch, amazon opensearch service, aws opensearch | | elasticsearch |
solr | Apache Solr | 25 | solr, solrcloud, solr cloud | lucene | elasticsearch |
lucene | Apache Lucene | 25 | lucene, lucene.net | java | solr, elasticsearch |
algolia | Algolia | 6 | algolia search | | elasticsearch |
meilisearch | Meilisearch | 5 | meili search, typesense | | algolia |
nosql | NoSQL | 20 | nosql databases, no sql, non-relational databases, nosql database | | sql, mongodb |
relational_databases | Relational Databases | 25 | rdbms, relational database, relational database management systems, relational db, sql databases, databases | sql | nosql |
database_design | Database Design | 30 | database schema design, schema design, db design, relational database design, database normalization | relational_databases | data_modeling |
data_modeling | Data Modeling | 30 | data modelling, dimensional modeling, dimensional modelling, star schema, snowflake schema, kimball, erd, entity relationship diagrams, logical data model, modelled data, modeled data, modelling data, modeling data, data models | sql | database_design, data_warehousing |
query_optimization | Query Optimization | 25 | sql tuning, sql performance tuning, query tuning, sql optimization, database performance tuning, execution plans, indexing | sql | database_administration |
database_administration | Database Administration | 60 | dba, database administrator, db administration, database management, database maintenance | relational_databases | query_optimization |
stored_procedures | Stored Procedures | 10 | stored procedure, stored procs, triggers and stored procedures, database triggers | sql | plsql, tsql |
database_replication | Database Replication | 20 | high availability databases, database clustering, sharding, read replicas, database sharding | relational_databases | database_administration |
backup_recovery | Backup and Recovery | 15 | database backup, backup and restore, rman, point-in-time recovery | | database_administration, disaster_recovery |
database_migrations | Database Migrations | 8 | schema migrations, flyway, liquibase, db migrations | sql | database_design |
orm | ORM | 10 | object-relational mapping, object relational mapping, orms | sql | hibernate, sqlalchemy, entity_framework |
ms_access | Microsoft Access | 15 | ms access, ~access, access database, microsoft access database | | excel, sql | microsoft, ms, database, queries, forms, vba, office, excel, tables, reports
firebase | Firebase | 15 | google firebase, firebase auth, firebase authentication, firebase realtime database, firebase hosting, firebase cloud messaging, fcm | | supabase, firestore |
firestore | Cloud Firestore | 8 | firestore, firestore db | | firebase, mongodb |
supabase | Supabase | 8 | supabase db, supabase auth | postgresql | firebase |
realm_db | ~Realm | 8 | realm database, mongodb realm, realm db, realm mobile | | sqlite, core_data | database, mobile, ios, android, mongodb, sync, swift, kotlin, offline
offline_first | Offline-First Sync | 10 | offline-first, offline first, local-first, data synchronization | | realm_db |
pinecone | Pinecone | 5 | pinecone db, pinecone vector database | | vector_databases |
weaviate | Weaviate | 6 | weaviate vector db | | vector_databases |
milvus | Milvus | 8 | milvus vector database, zilliz | | vector_databases |
qdrant | Qdrant | 5 | qdrant vector db | | vector_databases |
chroma_db | Chroma | 4 | chromadb, chroma db, chroma vector store | python | vector_databases |
faiss | FAISS | 8 | facebook ai similarity search, faiss index | python | vector_databases |
pgvector | pgvector | 4 | pg vector, postgres vector | postgresql | vector_databases |
vector_databases | Vector Databases | 10 | vector database, vector db, vector store, vector stores, vector search, similarity search, ann search | | embeddings, semantic_search |
postgis | PostGIS | 15 | post gis, postgis extension | postgresql | gis |
sap_hana | SAP HANA | 30 | hana, hana db, sap hana db, hana studio | sql | sap |
ibm_i | IBM i (AS/400) | 40 | as400, as/400, iseries, ibm iseries, system i, os/400 | | db2, rpg_ibm |
mainframe | Mainframe | 60 | ibm mainframe, z/os, zos, mainframes, ibm z, tso/ispf, cics, ims db, vsam | | cobol, jcl |
data_warehousing | Data Warehousing | 40 | data warehouse, data warehouses, edw, enterprise data warehouse, dwh, dw/bi | sql, data_modeling | data_lakes, snowflake |
data_lakes | Data Lakes | 20 | data lake, datalake, data lakes architecture | | data_warehousing, data_lakehouse |
data_lakehouse | Data Lakehouse | 20 | lakehouse, lakehouse architecture, medallion architecture | data_lakes | delta_lake, databricks |
olap | OLAP | 15 | olap cubes, olap cube, online analytical processing, multidimensional cubes | data_warehousing | ssas |
oltp | OLTP | 10 | online transaction processing, transactional databases | relational_databases | olap |
acid_transactions | Database Transactions | 10 | acid transactions, acid compliance, transaction isolation, isolation levels, concurrency control | relational_databases | |
"""

BLOCKS = [("database", DATABASES)]
