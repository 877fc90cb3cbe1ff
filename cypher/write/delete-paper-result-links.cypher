// Before a paper is rewritten or deleted, its results' links go first (a step of its own: see write-plan.ts on
// DETACH DELETE under LOAD FROM), then the results themselves (delete-paper-results). Two MATCH clauses: within
// one, Neo4j would never bind `l` to the RESULT_OF link already matched, and that link would stay.
MATCH (p:Paper {id: id})<-[:RESULT_OF]-(r:Result)
MATCH (r)-[l]->()
DELETE l
