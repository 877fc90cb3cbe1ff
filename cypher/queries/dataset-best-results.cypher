// name: dataset-best-results
// description: Best reported results on a dataset or benchmark: absolute scores per metric with model, paper, year and sentence (sort by direction per metric: higher is not always better).
// param: dataset node(dataset|benchmark) = dataset:imagenet -- a dataset or benchmark: its id or its name
// param: limit int = 100 -- rows at most
MATCH (r:Result {datasetId: $dataset})-[:RESULT_OF]->(p:Paper)
WHERE r.kind = 'score'
RETURN r.metric AS metric,
       r.value AS value,
       coalesce(r.unit, '') AS unit,
       r.model AS model,
       p.id AS paper,
       p.title AS title,
       p.year AS year,
       r.evidence AS sentence
ORDER BY metric, value DESC, paper, model, sentence
LIMIT $limit
