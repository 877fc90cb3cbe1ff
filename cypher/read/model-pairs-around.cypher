// The paper → model links of the papers naming one model: its co-usage neighbourhood.
MATCH (a:Model {id: $id})<-[]-(p:Paper)-[]->(m:Model)
RETURN p.id AS paper, m.id AS model, m.name AS label, m.degree AS papers
