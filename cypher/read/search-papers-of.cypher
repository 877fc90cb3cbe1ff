// The laid-out papers among $ids as search-documents returns them: the search documents an incremental
// serve-index update adds.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
WHERE p.x IS NOT NULL
RETURN p.id AS id, p.title AS label, NULL AS aliases, p.degree AS degree
