// Edges among the overview's nodes: each end at least as connected as the least connected paper or entity shown,
// so a big store is not read edge by edge (the caller drops the few edges to tied nodes that did not make the cut).
MATCH (p:Paper)-[r]->(e)
WHERE p.degree >= $minPaperDegree AND e.degree >= $minEntityDegree
RETURN p.id AS source, e.id AS target, {{type(r)}} AS type
ORDER BY source, target, type
