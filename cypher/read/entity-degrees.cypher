// Layout degree (distinct papers linking to it) of the entities of one label among $ids, for an incremental
// layout to rewrite the degree of the entities a run linked to or away from.
UNWIND $ids AS id
MATCH (e:{{LABEL}} {id: id})
OPTIONAL MATCH (p:Paper)-[]->(e)
RETURN e.id AS id, count(DISTINCT p) AS degree
