// Every node id (the id prefix tells its kind): the node set the layout runs over.
MATCH (n) RETURN n.id AS id
ORDER BY id
