// name: top-repo-owners
// description: Code owners (host/owner of linked repositories) with the most papers.
// param: limit int = 20 -- rows at most
MATCH (p:Paper)-[:HAS_CODE]->(r:Repository)
WITH p, r, string_split(lower(r.name), '/') AS parts
WITH p, r, concat(parts[1], '/', parts[2]) AS owner
RETURN owner, count(DISTINCT p) AS papers, count(DISTINCT r) AS repositories
ORDER BY papers DESC, owner
LIMIT $limit
