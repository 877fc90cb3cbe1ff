// The authors of one paper, in the order its listing gives (stores written before positions were kept: by name).
MATCH (a:Author)-[w:WROTE]->(p:Paper {id: $id})
RETURN a.id AS id, a.name AS name, w.position AS position
ORDER BY position, name, id
