// Content hash and folded title of every stored paper: what incremental ingest compares against.
MATCH (p:Paper) RETURN p.id AS id, p.contentHash AS hash, p.titleKey AS titleKey
ORDER BY id
