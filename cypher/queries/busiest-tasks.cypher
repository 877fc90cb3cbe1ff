// name: busiest-tasks
// description: Tasks addressed by the most papers, with how many distinct models those papers name.
// param: limit int = 25 -- rows at most
MATCH (t:Task)<-[:ADDRESSES]-(p:Paper)
WITH t, count(DISTINCT p) AS papers
OPTIONAL MATCH (t)<-[:ADDRESSES]-(:Paper)-[:PROPOSES|USES]->(m:Model)
RETURN t.id AS id, t.name AS task, papers, count(DISTINCT m) AS models
ORDER BY papers DESC, id
LIMIT $limit
