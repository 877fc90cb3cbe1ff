// name: model-results
// description: A model's reported results across datasets and benchmarks (scores, gains and ratios), with the paper and sentence of each.
// param: model node(model) = model:resnet50 -- a model: its id or its name
// param: limit int = 100 -- rows at most
MATCH (r:Result {modelId: $model})-[:RESULT_OF]->(p:Paper)
RETURN r.dataset AS dataset,
       r.datasetId AS datasetId,
       r.metric AS metric,
       r.kind AS kind,
       r.value AS value,
       coalesce(r.unit, '') AS unit,
       p.id AS paper,
       p.year AS year,
       r.evidence AS sentence
ORDER BY dataset, metric, kind, value DESC, paper, sentence
LIMIT $limit
