// name: top-models
// description: The most used models, by how many papers use them (proposing papers counted apart).
// param: limit int = 25 -- rows at most
MATCH (m:Model)<-[:USES]-(p:Paper)
WITH m, count(DISTINCT p) AS usedBy
OPTIONAL MATCH (m)<-[:PROPOSES]-(o:Paper)
RETURN m.id AS id, m.name AS model, usedBy, count(DISTINCT o) AS proposedBy
ORDER BY usedBy DESC, id
LIMIT $limit
