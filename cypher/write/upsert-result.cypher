// One reported result. MERGE on its id (paper id and position) keeps a retried Neo4j transaction idempotent.
MERGE (r:Result {id: id})
SET r.paperId = paperId, r.model = model, r.modelId = modelId, r.dataset = dataset, r.datasetId = datasetId,
    r.datasetType = datasetType, r.metric = metric, r.metricId = metricId, r.value = value, r.unit = unit,
    r.kind = kind, r.evidence = evidence, r.charStart = charStart, r.charEnd = charEnd, r.confidence = confidence,
    r.year = year
