// name: used-together
// description: Methods (models) most often named together with a given method, by papers naming both.
// param: model node(model) = model:bert -- the method: its id or its name
// param: limit int = 20 -- rows at most
MATCH (m:Model {id: $model})<-[:PROPOSES|USES]-(p:Paper)-[:PROPOSES|USES]->(other:Model)
WHERE other.id <> m.id
RETURN other.id AS id, other.name AS model, count(DISTINCT p) AS papers
ORDER BY papers DESC, id
LIMIT $limit
