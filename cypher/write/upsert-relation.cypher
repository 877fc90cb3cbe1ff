// Three MERGEs rather than MATCH (a), (b): Kùzu plans the latter as a cross product (see STACK-FACTS).
MERGE (p:Paper {id: paperId})
MERGE (e:{{LABEL}} {id: entityId})
MERGE (p)-[r:{{REL}}]->(e)
SET r.mentions = mentions, r.evidence = evidence, r.charStart = charStart, r.charEnd = charEnd,
    r.confidence = confidence
