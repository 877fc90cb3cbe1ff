// Node counts per label and relationship counts per type, one row each.
MATCH (n:Paper) RETURN 'Paper' AS name, count(n) AS count
UNION ALL MATCH (n:Model) RETURN 'Model' AS name, count(n) AS count
UNION ALL MATCH (n:Dataset) RETURN 'Dataset' AS name, count(n) AS count
UNION ALL MATCH (n:Benchmark) RETURN 'Benchmark' AS name, count(n) AS count
UNION ALL MATCH (n:Metric) RETURN 'Metric' AS name, count(n) AS count
UNION ALL MATCH (n:Task) RETURN 'Task' AS name, count(n) AS count
UNION ALL MATCH (n:Repository) RETURN 'Repository' AS name, count(n) AS count
UNION ALL MATCH (n:HFResource) RETURN 'HFResource' AS name, count(n) AS count
UNION ALL MATCH (n:Author) RETURN 'Author' AS name, count(n) AS count
UNION ALL MATCH ()-[r:PROPOSES]->() RETURN 'PROPOSES' AS name, count(r) AS count
UNION ALL MATCH ()-[r:USES]->() RETURN 'USES' AS name, count(r) AS count
UNION ALL MATCH ()-[r:EVALUATES_ON]->() RETURN 'EVALUATES_ON' AS name, count(r) AS count
UNION ALL MATCH ()-[r:REPORTS]->() RETURN 'REPORTS' AS name, count(r) AS count
UNION ALL MATCH ()-[r:ADDRESSES]->() RETURN 'ADDRESSES' AS name, count(r) AS count
UNION ALL MATCH ()-[r:HAS_CODE]->() RETURN 'HAS_CODE' AS name, count(r) AS count
UNION ALL MATCH ()-[r:HAS_RESOURCE]->() RETURN 'HAS_RESOURCE' AS name, count(r) AS count
UNION ALL MATCH ()-[r:WROTE]->() RETURN 'WROTE' AS name, count(r) AS count
