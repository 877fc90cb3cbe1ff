// Every entity of one label with what node details return (the columns of entity.cypher, plus its id), for the
// neighbourhood index of a frozen store.
// In no order (the index sorts), a page of entities at a time where the store reads in pages.
MATCH (e:{{LABEL}})
WHERE {{page(e)}}
RETURN e.id AS id, e.name AS label, e.aliases AS aliases, e.degree AS degree
