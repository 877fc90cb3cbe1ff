// What one author's papers name, most named first.
MATCH (a:Author {id: $id})-[:WROTE]->(p:Paper)-[]->(e)
RETURN e.id AS id, e.name AS label, count(DISTINCT p) AS papers
ORDER BY papers DESC, id
LIMIT $limit
