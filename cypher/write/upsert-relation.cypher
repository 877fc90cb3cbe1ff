// Both ends were written earlier in the same batch, so plain MATCHes find them (two MATCH clauses, not one
// `MATCH (a), (b)`, which Kùzu plans as a cross product; see STACK-FACTS). The link itself is CREATEd: the batch
// deleted this paper's links first and holds one per paper and entity, so nothing can exist to merge with, and a
// MERGE would scan a hub's thousands of links for every row. Properties given in the CREATE, not SET after it:
// Kùzu runs a SET as a pass of its own over the created links.
MATCH (p:Paper {id: paperId})
MATCH (e:{{LABEL}} {id: entityId})
CREATE (p)-[:{{REL}} {mentions: mentions, sentence: sentence, charStart: charStart, charEnd: charEnd,
                      confidence: confidence}]->(e)
