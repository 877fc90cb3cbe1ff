// The datasets and benchmarks with the most reported results (leaderboards worth opening).
MATCH (r:Result)
RETURN r.datasetId AS id, r.dataset AS label, count(*) AS results
ORDER BY results DESC, id
LIMIT $limit
