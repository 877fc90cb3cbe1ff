// The authors of the papers among $ids, as all-paper-authors-for-index lists every paper's (in the listing's
// order): what an incremental serve-index update writes for a run's new papers.
UNWIND $ids AS pid
MATCH (a:Author)-[w:WROTE]->(p:Paper {id: pid})
RETURN p.id AS paper, a.id AS id, a.name AS name, w.position AS position
ORDER BY paper, position, name, id
