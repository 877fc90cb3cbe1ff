// A paper's neighbour bundles: how many entities of each label it links to, by relationship type.
MATCH (p:Paper {id: $id})-[r]->(e)
RETURN labels(e)[0] AS label, type(r) AS relation, count(*) AS count
