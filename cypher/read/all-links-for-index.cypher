// Every paper → entity link of one relationship type with its provenance, for the neighbourhood index of a
// frozen store. One type per read keeps the rows held at once to the biggest type's share.
// In no order (the index sorts), a page of papers at a time where the store reads in pages (page(p)). A link's
// sentence is its number among its paper's (all-papers-for-index reads them): the index resolves it, once per
// paper rather than once per link.
MATCH (p:Paper)-[r:{{REL}}]->(e)
WHERE {{page(p)}}
RETURN p.id AS source, e.id AS target, r.mentions AS mentions, r.sentence AS sentence, r.charStart AS charStart,
       r.charEnd AS charEnd
