// The most connected laid-out nodes, for the overview graph.
MATCH (n)
WHERE n.x IS NOT NULL
RETURN n.id AS id, coalesce(n.title, n.name) AS label, n.x AS x, n.y AS y, n.degree AS degree,
       n.community AS community, n.date AS date, n.year AS year
ORDER BY degree DESC, id
LIMIT $limit
