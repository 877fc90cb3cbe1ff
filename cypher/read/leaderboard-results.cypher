// Every reported result on one dataset or benchmark, with the paper that states it (the leaderboard ranks them).
MATCH (r:Result {datasetId: $id})-[:RESULT_OF]->(p:Paper)
RETURN r.id AS id, r.model AS model, r.modelId AS modelId, r.metric AS metric, r.value AS value,
       coalesce(r.unit, '') AS unit, r.kind AS kind, r.evidence AS sentence, r.charStart AS charStart,
       r.charEnd AS charEnd, r.confidence AS confidence, r.dataset AS dataset, p.id AS paperId,
       p.title AS title, p.year AS year
ORDER BY id
LIMIT $limit
