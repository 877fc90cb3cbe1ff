// name: code-availability
// description: How many papers link to code (a repository) and how many do not.
MATCH (p:Paper)
OPTIONAL MATCH (p)-[:HAS_CODE]->(r:Repository)
WITH p, count(r) AS repos
RETURN CASE WHEN repos > 0 THEN 'with code' ELSE 'without code' END AS code, count(*) AS papers
ORDER BY code
