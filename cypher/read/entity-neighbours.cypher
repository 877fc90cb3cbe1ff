MATCH (p:Paper)-[r]->(e:{{LABEL}} {id: $id})
RETURN p.id AS id, p.title AS label, {{type(r)}} AS relation, r.mentions AS mentions, {{evidence(p, r)}} AS evidence,
       r.charStart AS charStart, r.charEnd AS charEnd, p.date AS date
ORDER BY date DESC, id
LIMIT $limit
