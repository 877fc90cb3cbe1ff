// The most connected laid-out papers, for an overview whose best-connected nodes are all entities (a big corpus).
MATCH (p:Paper)
WHERE p.x IS NOT NULL
RETURN p.id AS id, p.title AS label, p.x AS x, p.y AS y, p.degree AS degree, p.community AS community,
       p.date AS date, p.year AS year
ORDER BY degree DESC, id
LIMIT $limit
