// Every paper's authors, for stores written before authorship kept the listing's order (no position): ordered by
// name, then id, by the index.
MATCH (a:Author)-[:WROTE]->(p:Paper)
WHERE {{page(p)}}
RETURN p.id AS paper, a.id AS id, a.name AS name, NULL AS position
