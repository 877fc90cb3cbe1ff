// The paper → model links of the papers naming one model: its co-usage neighbourhood. Two MATCH clauses, not one
// pattern: within one pattern Neo4j never uses a relationship twice, so the focus model's own link would be
// dropped from each paper (Kùzu keeps it), and the two stores would answer differently.
MATCH (a:Model {id: $id})<-[]-(p:Paper)
WITH DISTINCT p
MATCH (p)-[]->(m:Model)
RETURN p.id AS paper, m.id AS model, m.name AS label, m.degree AS papers
ORDER BY paper, model
