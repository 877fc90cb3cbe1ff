// Position and community of the nodes of one label among $ids (primary-key lookups): where an incremental
// layout places new nodes, next to their neighbours.
UNWIND $ids AS id
MATCH (n:{{LABEL}} {id: id})
RETURN n.id AS id, n.x AS x, n.y AS y, n.community AS community
