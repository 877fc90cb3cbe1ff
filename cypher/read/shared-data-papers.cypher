// Every other paper naming one of the focus paper's datasets or benchmarks: one row per shared item.
MATCH (p:Paper {id: $id})-[]->(e)<-[]-(q:Paper)
WHERE q.id <> p.id AND (e.id STARTS WITH 'dataset:' OR e.id STARTS WITH 'benchmark:')
RETURN DISTINCT q.id AS paper, q.title AS title, q.date AS date, e.id AS item
ORDER BY paper, item
