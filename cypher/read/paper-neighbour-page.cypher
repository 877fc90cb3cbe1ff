// One page of a paper's entities, optionally of one relationship type and id prefix (the entity kind).
MATCH (p:Paper {id: $id})-[r]->(e)
WHERE ($relation = '' OR {{type(r)}} = $relation) AND ($prefix = '' OR e.id STARTS WITH $prefix)
RETURN e.id AS id, e.name AS label, {{type(r)}} AS relation, r.mentions AS mentions, {{evidence(p, r)}} AS evidence,
       r.charStart AS charStart, r.charEnd AS charEnd, e.degree AS degree
ORDER BY mentions DESC, degree DESC, id
SKIP $offset
LIMIT $limit
