// name: top-repo-owners
// description: Code owners (host/owner of linked repositories) with the most papers.
// param: limit int = 20 -- rows at most
MATCH (p:Paper)-[:HAS_CODE]->(r:Repository)
WITH p, r, split(toLower(r.name), '/') AS parts
WITH p, r, parts[0] + '/' + parts[1] AS owner
RETURN owner, count(DISTINCT p) AS papers, count(DISTINCT r) AS repositories
ORDER BY papers DESC, owner
LIMIT $limit
