// Every paper → entity edge, untyped: the edge set the layout runs over.
MATCH (p:Paper)-[]->(e) RETURN p.id AS source, e.id AS target
ORDER BY source, target
