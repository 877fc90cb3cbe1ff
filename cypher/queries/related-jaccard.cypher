// name: related-jaccard
// description: Papers related to a given paper by the Jaccard index of the entities both name.
// param: paper node(paper) = title:ed0efcba175ac2c5 -- the paper: its id or its title
// param: limit int = 20 -- rows at most
MATCH (p:Paper {id: $paper})-->(e)
WITH p, count(DISTINCT e) AS mine
MATCH (p)-->(e)<--(q:Paper)
WHERE q.id <> p.id
WITH q, mine, count(DISTINCT e) AS shared
MATCH (q)-->(x)
WITH q, mine, shared, count(DISTINCT x) AS theirs
RETURN q.id AS id, q.title AS title, shared, round(1.0 * shared / (mine + theirs - shared), 4) AS jaccard
ORDER BY jaccard DESC, shared DESC, id
LIMIT $limit
