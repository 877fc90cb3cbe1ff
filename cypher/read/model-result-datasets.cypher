// The datasets and benchmarks a model has reported results on, most results first (its leaderboards).
MATCH (r:Result {modelId: $id})
RETURN r.datasetId AS id, r.dataset AS label, count(*) AS results
ORDER BY results DESC, id
LIMIT $limit
