// The links of one relationship type from the papers among $ids, with the columns of all-links-for-index: a run's
// new papers' links, for an incremental serve-index update.
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[r:{{REL}}]->(e)
RETURN p.id AS source, e.id AS target, r.mentions AS mentions, {{evidence(p, r)}} AS evidence, r.charStart AS charStart,
       r.charEnd AS charEnd
ORDER BY source, target
