// The authors of one paper.
MATCH (a:Author)-[:WROTE]->(p:Paper {id: $id})
RETURN a.id AS id, a.name AS name
ORDER BY name, id
