// Every entity of one label with what node details return (the columns of entity.cypher, plus its id), for the
// neighbourhood index of a frozen store.
MATCH (e:{{LABEL}})
RETURN e.id AS id, e.name AS label, e.aliases AS aliases, e.degree AS degree
ORDER BY id
