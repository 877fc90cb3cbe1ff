// Every paper → entity link of one relationship type with its provenance, for the neighbourhood index of a
// frozen store. One type per read keeps the rows held at once to the biggest type's share.
MATCH (p:Paper)-[r:{{REL}}]->(e)
RETURN p.id AS source, e.id AS target, r.mentions AS mentions, r.evidence AS evidence, r.charStart AS charStart,
       r.charEnd AS charEnd
ORDER BY source, target
