// The papers linked to one entity with the sentence of each link: what "Proposed by" is decided from.
MATCH (p:Paper)-[r]->(e:{{LABEL}} {id: $id})
RETURN p.id AS id, p.title AS title, p.date AS date, {{type(r)}} AS relation, {{evidence(p, r)}} AS evidence
ORDER BY date, id, relation
LIMIT $limit
