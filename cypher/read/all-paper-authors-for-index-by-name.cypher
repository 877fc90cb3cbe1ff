// Every paper's authors by name: for stores written before authorship kept the listing's order (no position).
MATCH (a:Author)-[:WROTE]->(p:Paper)
RETURN p.id AS paper, a.id AS id, a.name AS name
ORDER BY paper, name, id
