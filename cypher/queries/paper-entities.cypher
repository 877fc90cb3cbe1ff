// name: paper-entities
// description: Everything one paper names, with the relationship, evidence sentence and mention count.
// param: paper node(paper) = title:ed0efcba175ac2c5 -- the paper: its id or its title
MATCH (p:Paper {id: $paper})-[r]->(e)
RETURN p, r, e, {{type(r)}} AS relation, e.id AS entity, r.mentions AS mentions, {{evidence(p, r)}} AS evidence
ORDER BY relation, entity
