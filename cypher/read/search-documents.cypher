// What the search index holds: every laid-out node's id, display label and aliases.
// In no order (the index sorts), a page of nodes at a time where the store reads in pages.
MATCH (n)
WHERE n.x IS NOT NULL AND {{page(n)}}
RETURN n.id AS id, coalesce(n.title, n.name) AS label, n.aliases AS aliases, n.degree AS degree
