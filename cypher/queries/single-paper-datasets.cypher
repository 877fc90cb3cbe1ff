// name: single-paper-datasets
// description: Datasets only one paper proposes or uses, with that paper.
// param: limit int = 100 -- rows at most
MATCH (d:Dataset)<-[:PROPOSES|USES]-(p:Paper)
WITH d, count(DISTINCT p) AS papers
WHERE papers = 1
MATCH (d)<-[:PROPOSES|USES]-(sole:Paper)
RETURN d.id AS id, d.name AS dataset, sole.id AS paper, sole.title AS title
ORDER BY id
LIMIT $limit
