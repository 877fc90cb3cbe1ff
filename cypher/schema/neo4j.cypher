// Neo4j constraints and indexes for the papergraph model (Neo4j 5+). Every statement is idempotent.
// Keep in step with kuzu.cypher and domain/types.ts (NODE_LABELS, RELATION_TYPES).
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_id IF NOT EXISTS FOR (n:Model) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT benchmark_id IF NOT EXISTS FOR (n:Benchmark) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT repository_id IF NOT EXISTS FOR (n:Repository) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hfresource_id IF NOT EXISTS FOR (n:HFResource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT author_id IF NOT EXISTS FOR (n:Author) REQUIRE n.id IS UNIQUE;
CREATE INDEX paper_title_key IF NOT EXISTS FOR (n:Paper) ON (n.titleKey);
CREATE INDEX paper_date IF NOT EXISTS FOR (n:Paper) ON (n.date);
CREATE INDEX model_name IF NOT EXISTS FOR (n:Model) ON (n.name);
CREATE INDEX dataset_name IF NOT EXISTS FOR (n:Dataset) ON (n.name);
CREATE INDEX benchmark_name IF NOT EXISTS FOR (n:Benchmark) ON (n.name);
// Reported results (leaderboards): looked up by dataset (a leaderboard), by model and by paper.
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (n:Result) REQUIRE n.id IS UNIQUE;
CREATE INDEX result_dataset IF NOT EXISTS FOR (n:Result) ON (n.datasetId);
CREATE INDEX result_model IF NOT EXISTS FOR (n:Result) ON (n.modelId);
CREATE INDEX result_paper IF NOT EXISTS FOR (n:Result) ON (n.paperId);
