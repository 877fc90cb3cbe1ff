// The authors of one paper by name: for stores written before authorship kept the listing's order (no position).
MATCH (a:Author)-[:WROTE]->(p:Paper {id: $id})
RETURN a.id AS id, a.name AS name
ORDER BY name, id
