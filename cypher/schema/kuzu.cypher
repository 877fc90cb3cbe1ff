// Kùzu DDL for the papergraph model. Kùzu has no constraints or secondary indexes: ids are PRIMARY KEYs.
// Keep in step with neo4j.cypher and domain/types.ts (NODE_LABELS, RELATION_TYPES).
CREATE NODE TABLE IF NOT EXISTS Paper(id STRING PRIMARY KEY, title STRING, abstract STRING, titleKey STRING, arxivId STRING, date STRING, year INT64, upvotes INT64, authorCount INT64, organization STRING, venue STRING, links STRING, origins STRING, contentHash STRING, sentences STRING, degree INT64, x DOUBLE, y DOUBLE, community INT64);
// Stores made before papers kept their venue and links gain the columns (a no-op on new stores).
ALTER TABLE Paper ADD IF NOT EXISTS venue STRING;
ALTER TABLE Paper ADD IF NOT EXISTS links STRING;
CREATE NODE TABLE IF NOT EXISTS Model(id STRING PRIMARY KEY, name STRING, aliases STRING, degree INT64, x DOUBLE, y DOUBLE, community INT64);
CREATE NODE TABLE IF NOT EXISTS Dataset(id STRING PRIMARY KEY, name STRING, aliases STRING, degree INT64, x DOUBLE, y DOUBLE, community INT64);
CREATE NODE TABLE IF NOT EXISTS Benchmark(id STRING PRIMARY KEY, name STRING, aliases STRING, degree INT64, x DOUBLE, y DOUBLE, community INT64);
CREATE NODE TABLE IF NOT EXISTS Metric(id STRING PRIMARY KEY, name STRING, aliases STRING, degree INT64, x DOUBLE, y DOUBLE, community INT64);
CREATE NODE TABLE IF NOT EXISTS Task(id STRING PRIMARY KEY, name STRING, aliases STRING, degree INT64, x DOUBLE, y DOUBLE, community INT64);
CREATE NODE TABLE IF NOT EXISTS Repository(id STRING PRIMARY KEY, name STRING, aliases STRING, degree INT64, x DOUBLE, y DOUBLE, community INT64);
CREATE NODE TABLE IF NOT EXISTS HFResource(id STRING PRIMARY KEY, name STRING, aliases STRING, degree INT64, x DOUBLE, y DOUBLE, community INT64);
CREATE NODE TABLE IF NOT EXISTS Author(id STRING PRIMARY KEY, name STRING);
CREATE REL TABLE IF NOT EXISTS PROPOSES(FROM Paper TO Model, FROM Paper TO Dataset, FROM Paper TO Benchmark, FROM Paper TO Metric, FROM Paper TO Task, mentions INT64, sentence INT64, charStart INT64, charEnd INT64, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS USES(FROM Paper TO Model, FROM Paper TO Dataset, mentions INT64, sentence INT64, charStart INT64, charEnd INT64, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS EVALUATES_ON(FROM Paper TO Benchmark, mentions INT64, sentence INT64, charStart INT64, charEnd INT64, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS REPORTS(FROM Paper TO Metric, mentions INT64, sentence INT64, charStart INT64, charEnd INT64, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS ADDRESSES(FROM Paper TO Task, mentions INT64, sentence INT64, charStart INT64, charEnd INT64, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS HAS_CODE(FROM Paper TO Repository, mentions INT64, sentence INT64, charStart INT64, charEnd INT64, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS HAS_RESOURCE(FROM Paper TO HFResource, mentions INT64, sentence INT64, charStart INT64, charEnd INT64, confidence DOUBLE);
// Stores made before a link's evidence sentence moved to its paper (store/types.ts SENTENCE_SEPARATOR) gain the
// new columns; their papers' content hashes changed too, so the next ingest rewrites them. The old `evidence`
// column stays (empty on new links): Kùzu 0.11.3 crashed at the checkpoint after a write that followed its DROP.
ALTER TABLE Paper ADD IF NOT EXISTS sentences STRING;
ALTER TABLE PROPOSES ADD IF NOT EXISTS sentence INT64;
ALTER TABLE USES ADD IF NOT EXISTS sentence INT64;
ALTER TABLE EVALUATES_ON ADD IF NOT EXISTS sentence INT64;
ALTER TABLE REPORTS ADD IF NOT EXISTS sentence INT64;
ALTER TABLE ADDRESSES ADD IF NOT EXISTS sentence INT64;
ALTER TABLE HAS_CODE ADD IF NOT EXISTS sentence INT64;
ALTER TABLE HAS_RESOURCE ADD IF NOT EXISTS sentence INT64;
CREATE REL TABLE IF NOT EXISTS WROTE(FROM Author TO Paper, position INT64);
// Stores made before authorship kept the author list's order gain the column (a no-op on new stores).
ALTER TABLE WROTE ADD IF NOT EXISTS position INT64;
// Reported results (leaderboards): a node per result; links point away from it (see domain/types.ts RESULT_LABEL).
CREATE NODE TABLE IF NOT EXISTS Result(id STRING PRIMARY KEY, paperId STRING, model STRING, modelId STRING, dataset STRING, datasetId STRING, datasetType STRING, metric STRING, metricId STRING, value DOUBLE, unit STRING, kind STRING, evidence STRING, charStart INT64, charEnd INT64, confidence DOUBLE, year INT64);
CREATE REL TABLE IF NOT EXISTS RESULT_OF(FROM Result TO Paper);
CREATE REL TABLE IF NOT EXISTS MEASURED_ON(FROM Result TO Dataset, FROM Result TO Benchmark);
CREATE REL TABLE IF NOT EXISTS ACHIEVED_BY(FROM Result TO Model);
CREATE REL TABLE IF NOT EXISTS IN_METRIC(FROM Result TO Metric);
