// The paper → model links of the papers naming one model (the focus among them): its co-usage neighbourhood, with
// paper titles so each related model can say which papers tie it to the focus. Two MATCH clauses, not one
// pattern: within one pattern Neo4j never uses a relationship twice, so the focus model's own link would be
// dropped from each paper (Kùzu keeps it), and the two stores would answer differently.
MATCH (a:Model {id: $id})<-[]-(p:Paper)
WITH DISTINCT p
MATCH (p)-[]->(m:Model)
RETURN p.id AS paper, p.title AS title, m.id AS model, m.name AS label, m.degree AS papers
ORDER BY paper, model
