// The paper → model links of the papers naming one model (the focus among them): its co-usage neighbourhood,
// with paper titles so each related model can say which papers tie it to the focus.
MATCH (a:Model {id: $id})<-[]-(p:Paper)
MATCH (p)-[]->(m:Model)
RETURN p.id AS paper, p.title AS title, m.id AS model, m.name AS label, m.degree AS papers
