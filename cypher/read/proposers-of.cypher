// The papers that propose each entity of one label among $ids, with their dates and titles, and each entity's
// degree: what tells an increment's claims to a stored name from the works already stored
// (ingest/stored-namesakes.ts; their authors come from paper-authors-for-index-of, one query for every label's).
UNWIND $ids AS eid
MATCH (p:Paper)-[:PROPOSES]->(e:{{LABEL}} {id: eid})
RETURN e.id AS entity, e.degree AS degree, p.id AS paper, p.date AS date, p.title AS title
ORDER BY entity, paper
