// What the search index holds: every laid-out node's id, display label and aliases.
MATCH (n)
WHERE n.x IS NOT NULL
RETURN n.id AS id, coalesce(n.title, n.name) AS label, n.aliases AS aliases, n.degree AS degree
ORDER BY id
