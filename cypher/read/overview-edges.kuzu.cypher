MATCH (p:Paper)-[r]->(e) RETURN p.id AS source, e.id AS target, label(r) AS type
