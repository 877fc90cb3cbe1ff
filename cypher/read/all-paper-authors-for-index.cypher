// Every paper's authors, as paper-authors.cypher lists one paper's (by name, then id): the neighbourhood index of a
// frozen store keeps them, so a paper's details need no store read.
MATCH (a:Author)-[:WROTE]->(p:Paper)
RETURN p.id AS paper, a.id AS id, a.name AS name
ORDER BY paper, name, id
