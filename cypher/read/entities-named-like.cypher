// Entities of one label whose name contains `$name` (any case): candidates for its variants.
MATCH (e:{{LABEL}})
WHERE {{lower(e.name)}} CONTAINS {{lower($name)}}
RETURN e.id AS id, e.name AS label, e.degree AS degree
ORDER BY degree DESC, id
LIMIT $limit
