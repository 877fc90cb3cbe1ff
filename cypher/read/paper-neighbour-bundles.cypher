// A paper's neighbour bundles: how many entities of each label it links to, by relationship type.
MATCH (p:Paper {id: $id})-[r]->(e)
RETURN {{label(e)}} AS label, {{type(r)}} AS relation, count(*) AS count
ORDER BY label, relation
