// name: entity-papers
// description: Papers that name a given entity, most mentions first, with the evidence sentence.
// param: entity string = dataset:imagenet -- id of a model, dataset, benchmark, metric, task, repository or HF resource
// param: limit int = 50 -- rows at most
MATCH (p:Paper)-[r]->(e {id: $entity})
RETURN p.id AS id, p.title AS title, r.mentions AS mentions, r.confidence AS confidence, r.evidence AS evidence
ORDER BY mentions DESC, id
LIMIT $limit
