MERGE (a:Author {id: id})
SET a.name = name
