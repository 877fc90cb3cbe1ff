// name: shortest-path
// description: A shortest path between two entities or papers (any relationship, either direction).
// param: from string = model:bert -- id of one end
// param: to string = dataset:imagenet -- id of the other end
// param: maxHops int = 8 -- longest path considered (8 at most)
MATCH path = (a {id: $from})-[* SHORTEST 1..8]-(b {id: $to})
WHERE length(path) <= $maxHops
RETURN length(path) AS hops, properties(nodes(path), 'id') AS ids, path
LIMIT 1
