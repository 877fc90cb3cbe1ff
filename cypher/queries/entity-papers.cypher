// name: entity-papers
// description: Papers that name a given entity, most mentions first, with the evidence sentence.
// param: entity node(model|dataset|benchmark|metric|task|repo|hf) = dataset:imagenet -- a model, dataset, benchmark, metric, task, repository or HF resource: its id or its name
// param: limit int = 50 -- rows at most
MATCH (p:Paper)-[r]->(e {id: $entity})
RETURN p.id AS id, p.title AS title, r.mentions AS mentions, r.confidence AS confidence, {{evidence(p, r)}} AS evidence
ORDER BY mentions DESC, id
LIMIT $limit
