// name: shared-datasets
// description: Papers that share datasets or benchmarks with a given paper, ranked by how many they share.
// param: paper node(paper) = title:ed0efcba175ac2c5 -- the paper to compare with: its id or its title
// param: limit int = 20 -- rows at most
MATCH (p:Paper {id: $paper})-[:PROPOSES|USES|EVALUATES_ON]->(e)<-[:PROPOSES|USES|EVALUATES_ON]-(other:Paper)
WHERE (e.id STARTS WITH 'dataset:' OR e.id STARTS WITH 'benchmark:') AND other.id <> p.id
// Items sorted (Kùzu allows no ORDER BY without LIMIT in WITH), so they come in one order on both stores.
WITH other, count(DISTINCT e) AS shared, list_sort(collect(DISTINCT e.name)) AS items
RETURN other.id AS id, other.title AS title, shared, items
ORDER BY shared DESC, id
LIMIT $limit
