// One page of the papers linking to an entity, optionally by one relationship type, newest first.
MATCH (p:Paper)-[r]->(e:{{LABEL}} {id: $id})
WHERE $relation = '' OR {{type(r)}} = $relation
RETURN p.id AS id, p.title AS label, {{type(r)}} AS relation, r.mentions AS mentions, {{evidence(p, r)}} AS evidence,
       r.charStart AS charStart, r.charEnd AS charEnd, p.date AS date, p.degree AS degree
ORDER BY coalesce(date, '') DESC, id
SKIP $offset
LIMIT $limit
