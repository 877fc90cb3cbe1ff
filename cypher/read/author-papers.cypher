// One author's papers, newest first.
MATCH (a:Author {id: $id})-[:WROTE]->(p:Paper)
RETURN a.name AS name, p.id AS id, p.title AS label, p.date AS date
ORDER BY date DESC, id
LIMIT $limit
