// The entities of one label among $ids (primary-key lookups) with the columns of all-entities-for-index: the
// entities a run's new papers link to, appended or patched by an incremental serve-index update.
UNWIND $ids AS id
MATCH (e:{{LABEL}} {id: id})
RETURN e.id AS id, e.name AS label, e.aliases AS aliases, e.degree AS degree
