// Before a paper is rewritten or deleted, its results' links go first (a step of its own: see write-plan.ts on
// DETACH DELETE under LOAD FROM), then the results themselves (delete-paper-results).
MATCH (p:Paper {id: id})<-[:RESULT_OF]-(r:Result)-[l]->() DELETE l
