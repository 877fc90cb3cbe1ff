// Every paper's authors, as paper-authors.cypher lists one paper's (in the listing's order): the neighbourhood
// index of a frozen store keeps them, so a paper's details need no store read.
MATCH (a:Author)-[w:WROTE]->(p:Paper)
RETURN p.id AS paper, a.id AS id, a.name AS name, w.position AS position
ORDER BY paper, position, name, id
