// Every node of every label: zero means the store is empty (a first ingest may bulk-load it).
MATCH (n) RETURN count(n) AS count
