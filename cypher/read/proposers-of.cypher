// The papers that propose each entity of one label among $ids, with their dates and authors in the listing's
// order, and each entity's degree: what tells an increment's proposals of a stored name from the works already
// stored (ingest/stored-namesakes.ts).
UNWIND $ids AS eid
MATCH (p:Paper)-[:PROPOSES]->(e:{{LABEL}} {id: eid})
MATCH (a:Author)-[w:WROTE]->(p)
RETURN e.id AS entity, e.degree AS degree, p.id AS paper, p.date AS date, a.name AS name, w.position AS position
ORDER BY entity, paper, position
