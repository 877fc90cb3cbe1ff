// Papers without a position: a previous ingest stopped before its layout step finished.
MATCH (p:Paper) WHERE p.x IS NULL RETURN count(p) AS count
