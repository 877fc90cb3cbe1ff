// name: shortest-path
// description: A shortest path between two entities or papers along paper–entity links (either direction; results and authorship are not paths).
// param: from node = model:bert -- one end: an id, a name or a title
// param: to node = dataset:imagenet -- the other end: an id, a name or a title
// param: maxHops int = 8 -- longest path considered (8 at most)
MATCH (a {id: $from}), (b {id: $to})
MATCH path = shortestPath((a)-[:PROPOSES|USES|EVALUATES_ON|REPORTS|ADDRESSES|HAS_CODE|HAS_RESOURCE*..8]-(b))
WHERE length(path) <= $maxHops
RETURN length(path) AS hops, [n IN nodes(path) | n.id] AS ids, path
LIMIT 1
