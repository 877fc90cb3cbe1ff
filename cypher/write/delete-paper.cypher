// A paper no source names any more (`ingest --prune`), with its links.
MATCH (p:Paper {id: id}) DETACH DELETE p
