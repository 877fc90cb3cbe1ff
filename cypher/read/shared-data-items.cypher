// The datasets and benchmarks a paper names, with how many papers name each (its degree).
MATCH (p:Paper {id: $id})-[]->(e)
WHERE e.id STARTS WITH 'dataset:' OR e.id STARTS WITH 'benchmark:'
RETURN DISTINCT e.id AS id, e.name AS label, e.degree AS papers
ORDER BY id
