// The entities the stored papers among $ids link to: before an update rewrites their links, the nodes whose
// degree it may lower.
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[]->(e)
RETURN DISTINCT e.id AS id
