// paper-authors-for-index-of by name: for stores written before authorship kept the listing's order (no position).
UNWIND $ids AS pid
MATCH (a:Author)-[:WROTE]->(p:Paper {id: pid})
RETURN p.id AS paper, a.id AS id, a.name AS name
ORDER BY paper, name, id
