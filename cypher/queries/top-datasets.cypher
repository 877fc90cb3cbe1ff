// name: top-datasets
// description: The most used datasets and benchmarks, by how many papers propose, use or evaluate on them.
// param: limit int = 25 -- rows at most
MATCH (p:Paper)-[:PROPOSES|USES|EVALUATES_ON]->(e)
WHERE e.id STARTS WITH 'dataset:' OR e.id STARTS WITH 'benchmark:'
RETURN e.id AS id,
       e.name AS name,
       CASE WHEN e.id STARTS WITH 'dataset:' THEN 'dataset' ELSE 'benchmark' END AS kind,
       count(DISTINCT p) AS papers
ORDER BY papers DESC, id
LIMIT $limit
