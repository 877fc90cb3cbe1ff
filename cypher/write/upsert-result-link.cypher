// A result's link to its paper, dataset or benchmark, model or metric; both ends were written in this batch.
MATCH (r:Result {id: resultId})
MATCH (e:{{LABEL}} {id: targetId})
MERGE (r)-[:{{REL}}]->(e)
