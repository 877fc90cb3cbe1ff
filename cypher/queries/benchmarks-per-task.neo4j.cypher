// name: benchmarks-per-task
// description: Tasks with the benchmarks that papers addressing them propose or evaluate on.
// param: limit int = 25 -- rows at most
MATCH (t:Task)<-[:ADDRESSES]-(p:Paper)-[:PROPOSES|EVALUATES_ON]->(b:Benchmark)
// Sorted before collect (Neo4j keeps that order), so the names come in one order on both stores.
WITH t, p, b
ORDER BY b.name
WITH t, count(DISTINCT b) AS benchmarks, collect(DISTINCT b.name) AS names, count(DISTINCT p) AS papers
RETURN t.id AS id, t.name AS task, benchmarks, papers, names
ORDER BY benchmarks DESC, papers DESC, id
LIMIT $limit
