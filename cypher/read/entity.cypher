MATCH (e:{{LABEL}} {id: $id})
RETURN e.name AS label, e.aliases AS aliases, e.degree AS degree
