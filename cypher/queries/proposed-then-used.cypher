// name: proposed-then-used
// description: Models proposed in one paper and used in others, by how many other papers use them.
// param: minUses int = 1 -- only models used by at least this many other papers
// param: limit int = 25 -- rows at most
MATCH (origin:Paper)-[:PROPOSES]->(m:Model)<-[:USES]-(user:Paper)
WHERE user.id <> origin.id
WITH m, origin, count(DISTINCT user) AS usedBy
WHERE usedBy >= $minUses
RETURN m.id AS id, m.name AS model, origin.id AS proposedBy, origin.title AS proposedIn, usedBy
ORDER BY usedBy DESC, id, proposedBy
LIMIT $limit
