// The last step of a bulk load: each paper's content hash, once its links are all written. A load killed earlier
// leaves papers without a hash, which the next run sees as changed and rewrites whole.
MATCH (p:Paper {id: id})
SET p.contentHash = contentHash
