// Every paper → model link: what the co-usage projection of models is computed from.
MATCH (p:Paper)-[]->(m:Model)
RETURN p.id AS paper, m.id AS model, m.name AS label, m.degree AS papers
ORDER BY paper, model
