// Content hash and folded title of the stored papers among $ids (primary-key lookups): what an incremental ingest
// compares its incoming papers against, without reading every stored hash.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.contentHash AS hash, p.titleKey AS titleKey
