// Every paper's authors with their place in its listing: the index of a frozen store keeps them (each paper's list
// ordered by the index, as paper-authors.cypher orders one), so a paper's details need no store read. In no order,
// a page of papers at a time where the store reads in pages.
MATCH (a:Author)-[w:WROTE]->(p:Paper)
WHERE {{page(p)}}
RETURN p.id AS paper, a.id AS id, a.name AS name, w.position AS position
