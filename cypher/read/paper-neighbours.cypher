MATCH (p:Paper {id: $id})-[r]->(e)
RETURN e.id AS id, e.name AS label, {{type(r)}} AS relation, r.mentions AS mentions, {{evidence(p, r)}} AS evidence,
       r.charStart AS charStart, r.charEnd AS charEnd
ORDER BY mentions DESC, id
LIMIT $limit
