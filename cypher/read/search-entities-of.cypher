// The laid-out entities of one label among $ids as search-documents returns them: the search documents an
// incremental serve-index update adds or replaces (a new link changes an entity's degree, which ranks it).
UNWIND $ids AS id
MATCH (e:{{LABEL}} {id: id})
WHERE e.x IS NOT NULL
RETURN e.id AS id, e.name AS label, e.aliases AS aliases, e.degree AS degree
