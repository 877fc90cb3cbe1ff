// An entity's neighbour bundles: how many papers link to it, by relationship type.
MATCH (p:Paper)-[r]->(e:{{LABEL}} {id: $id})
RETURN 'Paper' AS label, {{type(r)}} AS relation, count(*) AS count
ORDER BY relation
