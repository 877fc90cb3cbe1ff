// Entities no paper links to any more (after papers were rewritten or pruned).
MATCH (e:{{LABEL}})
WHERE NOT EXISTS { MATCH (:Paper)-[]->(e) }
DELETE e
