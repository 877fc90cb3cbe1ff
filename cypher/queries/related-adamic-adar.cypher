// name: related-adamic-adar
// description: Papers related to a given paper by Adamic–Adar: shared entities weighted by 1/ln(their paper count).
// param: paper node(paper) = title:ed0efcba175ac2c5 -- the paper: its id or its title
// param: limit int = 20 -- rows at most
MATCH (p:Paper {id: $paper})-->(e)<--(q:Paper)
WHERE q.id <> p.id
MATCH (e)<--(citing:Paper)
WITH q, e, count(DISTINCT citing) AS degree
// ln(x) = log10(x) · ln(10): one spelling both dialects read the same way (Kùzu's log is base 10, Neo4j's is e).
WITH q, count(e) AS shared, sum(1.0 / (2.302585092994046 * log10(degree))) AS score
RETURN q.id AS id, q.title AS title, shared, round(score, 4) AS adamicAdar
ORDER BY adamicAdar DESC, id
LIMIT $limit
